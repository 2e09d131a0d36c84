import { describe, expect, it } from 'vitest';
import { isChromeLine, isStopHeading, reportSpan, trimReportLines } from './body-cues';

const REPORT = [
  '政府工作报告',
  '——2022年1月20日在某市第十五届人民代表大会第六次会议上',
  '市长　张三',
  '各位代表：',
  '现在，我代表市人民政府，向大会报告工作，请予审议。',
  '今年全市生产总值增长5.5%左右。',
  '各位代表，让我们更加紧密地团结在一起，为建设美好城市而努力奋斗！',
];

describe('report cues', () => {
  it('knows chrome lines and stop headings, and not report sentences', () => {
    for (const l of ['浏览次数：23459', '【字体：大 中 小】【打印】【关闭】', '沪ICP备05003366号-1', '联系电话：021-23112311', '上一页 1 2 3 下一页', '来源：市政府办公厅']) {
      expect(isChromeLine(l), l).toBe(true);
    }
    for (const l of REPORT) expect(isChromeLine(l), l).toBe(false);
    expect(isChromeLine('加强知识产权保护，全年专利授权量增长10%，推进版权所有者权益保护。'.repeat(3))).toBe(false);
    expect(isStopHeading('相关新闻')).toBe(true);
    expect(isStopHeading('网友评论')).toBe(true);
    expect(isStopHeading('相关新闻报道显示今年经济增长5%。')).toBe(false);
  });

  it('spans from the title to the closing call; comments after it are cut, an annex is kept', () => {
    const lead = ['2022年政府工作报告全文', '发布日期：2022-01-28'];
    const comments = ['网友：养老床位5000张，期待早日落实！'];
    expect(reportSpan([...lead, ...REPORT, ...comments])).toEqual({ first: 2, last: 8, opening: true, closing: true });
    const annex = ['名词解释', '1.“一网通办”：政务服务一网办理。'];
    expect(reportSpan([...REPORT, ...annex])).toEqual({ first: 0, last: 8, opening: true, closing: true });
  });

  it('trims a whole-page text stored before the body was found, and leaves a text without an opening alone', () => {
    const page = ['首页 要闻 政务公开', '浏览次数：23459', ...REPORT, '相关新闻', '2022年将新建改建养老床位5000张', '沪ICP备05003366号'].join('\n');
    expect(trimReportLines(page)).toBe(REPORT.join('\n'));
    expect(trimReportLines('一段普通的文字，没有报告的开头。\n第二行。')).toBeNull();
  });
});
