import { describe, expect, it } from 'vitest';
import { corpus } from '../../tests/unit/engine/corpus';
import { normalize } from '../text';
import { buildOutline } from './outline';

describe('buildOutline', () => {
  it('finds every heading style and which parts review and plan', () => {
    const text = [
      '各位代表：',
      '一、2021年工作回顾',
      '过去一年，全市生产总值增长8.1%。',
      '二、2022年主要任务',
      '（一）聚力稳增长',
      '1. 扩大有效投资',
      '一是加快重大项目建设，新开工项目50个。',
      '筑牢安全稳定底线。强化常态化疫情防控。',
    ].join('\n');
    const o = buildOutline(text);
    expect(o.headings.map((h) => [h.depth, h.text, h.role])).toEqual([
      [1, '一、2021年工作回顾', 'review'],
      [1, '二、2022年主要任务', 'plan'],
      [2, '（一）聚力稳增长', 'plan'],
      [3, '1. 扩大有效投资', 'plan'],
      [4, '一是加快重大项目建设', 'plan'],
      [4, '筑牢安全稳定底线', 'plan'],
    ]);
    expect(o.roleAt(text.indexOf('8.1%'))).toBe('review');
    expect(o.roleAt(text.indexOf('50个'))).toBe('plan');
    expect(o.pathAt(text.indexOf('50个')).map((h) => h.depth)).toEqual([1, 2, 3, 4]);
  });

  it('an English translation without part titles is split where the Premier says what comes next', () => {
    const text = [
      'Esteemed Deputies,',
      'Let me begin with a review of our work in 2016.',
      'The CPI rose by 2 percent.',
      'I will now move on to discuss our main work last year:',
      'More local government bonds were issued, reducing interest payments by roughly 400 billion yuan.',
      'Esteemed Deputies, Let me now brief you on the main targets of the 13th Five-Year Plan from 2016 through 2020.',
      'Forest coverage should reach 23.04%.',
      'I now wish to discuss our major areas of work for 2017.',
      'Over 11 million new urban jobs will be created.',
    ].join('\n');
    const o = buildOutline(text, { year: 2017 });
    expect(o.structure.parts.map((p) => p.role)).toEqual(['opening', 'review', 'multi-year', 'plan']);
    expect(o.roleAt(text.indexOf('400 billion'))).toBe('review');
    expect(o.roleAt(text.indexOf('11 million'))).toBe('plan');
  });

  it('the same sentences inside a text with part titles change nothing', () => {
    const text = ['I. Review of Work in 2018', 'GDP grew by 6.6%.', 'I now wish to discuss our work for 2019.', 'II. Overall Requirements and Policy Orientation for 2019', 'GDP growth of 6-6.5%.'].join('\n');
    expect(buildOutline(text, { year: 2019 }).structure.parts.map((p) => p.role)).toEqual(['review', 'plan']);
  });

  it('ignores an out-of-sequence "三、" inside prose', () => {
    const o = buildOutline('一、2020年工作回顾\n三、旅客吞吐量在世界第四的基础上位次提升。\n二、2021年主要任务');
    expect(o.headings.map((h) => h.text)).toEqual(['一、2020年工作回顾', '二、2021年主要任务']);
  });

  it('national 2020: review of 2019 and this year so far, then the plan', () => {
    const text = normalize(corpus('national-2020.zh.txt')).text;
    const o = buildOutline(text);
    const tops = o.headings.filter((h) => h.depth === 1);
    expect(tops[0]).toMatchObject({ text: '一、2019年和今年以来工作回顾', role: 'review' });
    expect(tops.slice(1).every((h) => h.role === 'plan')).toBe(true);
  });

  it('national 2016: the 十三五 section plans five years', () => {
    const text = normalize(corpus('national-2016.zh.txt')).text;
    const o = buildOutline(text);
    const at = text.indexOf('二、“十三五”时期主要目标任务');
    expect(o.roleAt(at + 20)).toBe('plan');
    expect(o.multiYearAt(at + 20)).toBe(true);
    expect(o.multiYearAt(text.indexOf('三、2016年重点工作') + 20)).toBe(false);
  });

  it('after the closing, a glossary is annex but a 民生实事 list is plan', () => {
    const filler = '我们要团结奋进。'.repeat(40);
    const text = `一、2021年主要任务\n${filler}\n为建设美好家园而努力奋斗！\n名词解释\n1. 六稳：稳就业。\n办好民生实事\n一是建设河东驿站10座`;
    const o = buildOutline(text);
    expect(o.roleAt(text.indexOf('稳就业'))).toBe('annex');
    expect(o.roleAt(text.indexOf('10座'))).toBe('plan');
  });
});

describe('part titles without a number, or running into their first sentence', () => {
  const para = (s: string) => s.repeat(6);
  it.each([
    ['2030年工作回顾', '2031年工作安排建议'],
    ['2030年工作回顾', '2031年工作任务'],
    ['2030年工作回顾', '2031年政府工作'],
    ['过去五年工作回顾', '今后五年及2031年工作'],
  ])('%s / %s', (review, plan) => {
    const text = `各位代表：\n${review}\n${para('过去一年，全县经济平稳运行，民生持续改善。')}\n${plan}\n${para('今年，要新建幼儿园3所，改造老旧小区10个。')}`;
    const o = buildOutline(text, { year: 2031 });
    expect(o.roleAt(text.indexOf('过去一年'))).toBe('review');
    expect(o.roleAt(text.indexOf('新建幼儿园'))).toBe('plan');
  });
  it('一、回顾2030年，… / 二、奋进2031年，…', () => {
    const text = `各位代表：\n一、回顾2030年，我们在爬坡过坎中${'砥砺前行，全县经济平稳运行。'.repeat(6)}\n二、奋进2031年，我们要${'新建幼儿园3所，改造老旧小区10个。'.repeat(6)}`;
    const o = buildOutline(text, { year: 2031 });
    expect(o.headings.filter((h) => h.depth === 1).map((h) => h.text)).toEqual(['一、回顾2030年', '二、奋进2031年']);
    expect(o.roleAt(text.indexOf('砥砺前行'))).toBe('review');
    expect(o.roleAt(text.indexOf('新建幼儿园'))).toBe('plan');
  });
});

describe('a review without a title of its own', () => {
  const past = (s: string) => s.repeat(5);
  it('sections numbered before the first part titled as the plan year review (一、稳字当头… then 2031年工作安排)', () => {
    const text = `各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、稳字当头，经济支撑更有底气。${past('全年地区生产总值增长5%，新建学校3所。')}\n二、创新驱动，产业发展更富朝气。${past('新增高新技术企业50家，完成投资20亿元。')}\n2031年工作安排\n${past('今年要新建幼儿园3所，改造老旧小区10个。')}`;
    const o = buildOutline(text, { year: 2031 });
    expect(o.roleAt(text.indexOf('全年地区生产总值'))).toBe('review');
    expect(o.roleAt(text.indexOf('新增高新技术企业'))).toBe('review');
    expect(o.roleAt(text.indexOf('今年要新建'))).toBe('plan');
  });
  it('what follows the greeting and precedes the first plan part reviews (…请予审议。过去一年… 2031年工作任务)', () => {
    const text = `各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n${'过去一年，全县地区生产总值增长5%，新建学校3所，完成了年初确定的目标任务。'.repeat(6).concat('\n').repeat(8)}2031年工作任务\n${past('今年要新建幼儿园3所，改造老旧小区10个。')}`;
    const o = buildOutline(text, { year: 2031 });
    expect(o.roleAt(text.indexOf('现在，我代表'))).toBe('other');
    expect(o.roleAt(text.indexOf('过去一年'))).toBe('review');
    expect(o.roleAt(text.indexOf('今年要新建'))).toBe('plan');
  });
  it('a review section with a few asides in the future tense stays review before the titled plan; a section on the government\'s own work after the plan is plan', () => {
    const aside = '新增高新技术企业17家，总数达96家。钢铁项目将在3月建成投产，预计8月前全面达产，今年将再新增产能。';
    const text = `各位代表：\n一、2030年工作回顾\n${past('全年地区生产总值增长5%，新建学校3所。')}\n二、发展新动能不断增强\n${aside}\n三、民生保障全面增强\n${past('全年民生支出完成96亿元，新增就业2万人。')}\n2031年工作安排\n${past('今年要新建幼儿园3所，改造老旧小区10个。')}\n四、全面加强政府自身建设\n${past('我们严格落实各项制度，建设法治政府，完成了政务公开任务。')}`;
    const o = buildOutline(text, { year: 2031 });
    expect(o.roleAt(text.indexOf('新增高新技术企业'))).toBe('review');
    expect(o.roleAt(text.indexOf('今年要新建'))).toBe('plan');
    expect(o.roleAt(text.indexOf('我们严格落实'))).toBe('plan');
  });
  it('a call to strive that ends a section does not end the speech; a glossary titled with the report\'s name is annex', () => {
    const text = `各位代表：\n一、2030年工作回顾\n${past('全年地区生产总值增长5%，新建学校3所。')}\n二、2031年工作安排\n（一）办好民生实事。\n${past('今年要新建幼儿园3所，改造老旧小区10个。')}为人民对美好生活的向往不懈奋斗！\n（二）统筹发展和安全。\n今年要新建消防站4个。\n《政府工作报告》注释\n1.两个确保：2029年提出。`;
    const o = buildOutline(text, { year: 2031 });
    expect(o.roleAt(text.indexOf('新建消防站'))).toBe('plan');
    expect(o.roleAt(text.indexOf('2029年提出'))).toBe('annex');
  });
  it('a title on the years ahead sets multi-year goals (二、关于今后五年发展)', () => {
    const text = `各位代表：\n一、过去五年工作回顾\n${past('五年来，全区地区生产总值年均增长6%。')}\n二、关于今后五年发展\n${past('今后五年，我们要推动经济总量迈上新台阶。')}\n三、2031年重点工作任务\n${past('今年要新建幼儿园3所，改造老旧小区10个。')}`;
    const o = buildOutline(text, { year: 2031 });
    expect(o.multiYearAt(text.indexOf('今后五年，我们要'))).toBe(true);
    expect(o.roleAt(text.indexOf('今后五年，我们要'))).toBe('plan');
    expect(o.multiYearAt(text.indexOf('今年要新建'))).toBe(false);
  });
  it('titles that say a plan was carried out, or name a past year bare, review (任务完成情况, 奋斗2030，…)', () => {
    const text = `各位代表：\n一、县十届人大三次会议确定任务完成情况\n${past('全县地区生产总值增长5%，新建学校3所。')}\n二、奋斗2030，夯基筑路\n${past('新增高新技术企业50家，完成投资20亿元。')}\n三、2031年的主要任务\n${past('今年要新建幼儿园3所，改造老旧小区10个。')}`;
    const o = buildOutline(text, { year: 2031 });
    expect(o.roleAt(text.indexOf('全县地区生产总值'))).toBe('review');
    expect(o.roleAt(text.indexOf('新增高新技术企业'))).toBe('review');
    expect(o.roleAt(text.indexOf('今年要新建'))).toBe('plan');
  });
});

describe('a summary continued from another page', () => {
  it('accepts a first (五) heading and reads it as plan', () => {
    const o = buildOutline('市四届人大七次会议政府工作报告(摘要)\n(五)全力用好“关键一招”促进系统改革走深走实\n改革是关键一招。\n(六)持续增进民生福祉\n城镇新增就业5万人以上。');
    expect(o.headings.filter((h) => h.depth === 2).map((h) => [h.text, h.role])).toEqual([
      ['（五）全力用好“关键一招”促进系统改革走深走实', 'plan'],
      ['（六）持续增进民生福祉', 'plan'],
    ]);
  });
});
