import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toSourceSpan } from './normalize';

const norm = (s: string) => normalize(s).text;

describe('normalize', () => {
  it('turns full-width digits, letters and ％ into ASCII', () => {
    expect(norm('国内生产总值增长６．５％左右，ＧＤＰ')).toBe('国内生产总值增长6.5%左右，GDP');
  });

  it('removes spaces between Chinese characters and keeps one between Latin words', () => {
    expect(norm('政 府 工 作 报 告')).toBe('政府工作报告');
    expect(norm('Report  on the\u00a0work')).toBe('Report on the work');
  });

  it('turns a wide gap after a heading into a line break (flattened sources)', () => {
    expect(norm('一、2021年工作回顾    过去一年，面对百年变局')).toBe('一、2021年工作回顾\n过去一年，面对百年变局');
  });

  it('joins page-break splits inside a phrase', () => {
    const a = '开展“批而未供”“闲置土地”处置专项行动,盘活存量用地,推进产业项目全部实行“标准地”供给。扶持15\n\n家“金种子”企业对接资本市场。';
    expect(norm(a)).toContain('扶持15家“金种子”企业');
    const b = '加强全科医生培养,推进医联体建设,支持创建省级区域医疗中\n\n心。加强乡镇卫生院建设。';
    expect(norm(b)).toContain('省级区域医疗中心。');
    const c = '加强大气污染联防联控,打好蓝天保卫战,细颗粒物浓度持续下降,PM\n2.5平均浓度下降5%。';
    expect(norm(c)).toContain('PM2.5平均浓度');
  });

  it('keeps headings apart from their paragraphs', () => {
    const t = '(五) 全力用好“关键一招” 促进系统改革走深走实\n\n改革是破解难题的关键一招。';
    expect(norm(t)).toBe('(五)全力用好“关键一招”促进系统改革走深走实\n改革是破解难题的关键一招。');
  });

  it('keeps an English part title apart from its paragraph, though it is long and has commas', () => {
    const t = "II. General Requirements, Major Targets and Macroeconomic Policies for This Year's Economic and Social Development\nAt its Eighteenth National Congress, the Party set the goal.";
    expect(norm(t).split('\n')).toHaveLength(2);
  });

  it('reads an ASCII comma or semicolon in Chinese prose as the Chinese one, not in numbers or English', () => {
    expect(norm('审批环节、时限,材料再压缩30%以上;新增就业1,000人')).toBe('审批环节、时限，材料再压缩30%以上；新增就业1,000人');
    expect(norm('GDP grew, and jobs rose; CPI fell.')).toBe('GDP grew, and jobs rose; CPI fell.');
  });

  it('drops newspaper furniture and page markers', () => {
    const t = '\n\n责任编辑 关凝淼 / 美编 荆星子 / 校对 白洁\nE-mail: ycwbbjb@126.com\n\n市四届人大七次会议政府工作报告(摘要)\n\n(上接05版)\n\n推进乡村振兴（下转第2版）。';
    expect(norm(t)).toBe('市四届人大七次会议政府工作报告(摘要)\n推进乡村振兴。');
  });

  it('drops web-page furniture, related links and a repeated title', () => {
    const t = [
      '首页 > 政务公开 > 政府工作报告',
      '2024年政府工作报告',
      '发布时间：2024-01-25 来源：市政府办公室',
      '【字体：大 中 小】 打印 分享',
      '2024年政府工作报告',
      '各位代表：',
      '现在，我代表市人民政府，向大会报告工作。',
      '3月5日，李强总理代表国务院作政府工作报告。新华社记者 饶爱民 摄',
      '相关报道：',
      '一图读懂政府工作报告',
      '政府工作报告全文',
      '打印本页 | 关闭窗口',
    ].join('\n');
    expect(norm(t)).toBe('2024年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。');
  });

  it('drops note markers and stray markup', () => {
    expect(norm('坚持“两个毫不动摇”［12］，**筑牢安全稳定底线。**强化')).toBe('坚持“两个毫不动摇”，筑牢安全稳定底线。强化');
  });

  it('maps every offset back to the source', () => {
    const src = '　　国内生产总值增长６％左右，\n\n城镇新增就业１１００万人以上。';
    const n = normalize(src);
    const i = n.text.indexOf('1100');
    const [s, e] = toSourceSpan(n, i, i + 4);
    expect(src.slice(s, e)).toBe('１１００');
  });

  it('property: every normalized character comes from its mapped source character', () => {
    const alphabet = fc.constantFrom(
      ...'各位代表增长就业万亿元人，。；：“”（）()一二两三十百5０１２％%. \u3000\n\n\t*［］[]12上接05版PMab'.split(''),
      '(上接05版)', '责任编辑 张三 / 美编 李四', '\n\n', '**', '［3］',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (src) => {
        const n = normalize(src);
        expect(n.toSource.length).toBe(n.text.length + 1);
        expect(n.toSource[n.text.length]).toBe(src.length);
        let last = -1;
        for (let i = 0; i < n.text.length; i++) {
          const at = n.toSource[i]!;
          expect(at).toBeGreaterThanOrEqual(last);
          expect(at).toBeLessThan(src.length);
          last = at;
          const out = n.text[i]!;
          const from = src[at]!;
          if (out === '\n' || out === ' ') continue; // line breaks and spaces stand for whitespace runs
          const widened = String.fromCharCode(out.charCodeAt(0) + 0xfee0);
          expect([out, widened]).toContain(from);
        }
      }),
      { numRuns: 400 },
    );
  });
});
