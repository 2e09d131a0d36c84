import { describe, expect, it } from 'vitest';
import { corpus, negative } from '../../tests/unit/engine/corpus';
import { normalize } from '../text';
import { newspaperRegion, quickReject, recognize } from './recognize';

const meta = (file: string) => recognize(normalize(corpus(file)).text);

describe('recognize', () => {
  it.each([
    ['national-2008.zh.txt', '全国', 'national', 2008],
    ['national-2010.zh.txt', '全国', 'national', 2010],
    ['national-2014.zh.txt', '全国', 'national', 2014],
    ['national-2020.zh.txt', '全国', 'national', 2020],
    ['national-2024.zh.txt', '全国', 'national', 2024],
    ['shanghai-2020.zh.txt', '上海市', 'provincial', 2020],
    ['shanghai-2022.zh.txt', '上海市', 'provincial', 2022],
    ['hailar-2012.zh.txt', '海拉尔区', 'county', 2012],
    ['hailar-2017.zh.txt', '海拉尔区', 'county', 2017],
    ['alt/national-2016.zh.paragraphs.txt', '全国', 'national', 2016],
    ['partial/national-2025.zh.partial.txt', '全国', 'national', 2025],
  ])('%s is a report of %s (%s) for %d', (file, region, level, year) => {
    const m = meta(file);
    expect(m.isReport).toBe(true);
    expect(m.region).toBe(region);
    expect(m.level).toBe(level);
    expect(m.year).toBe(year);
  });

  it('reads the session', () => {
    expect(meta('national-2020.zh.txt').session).toBe('第十三届全国人民代表大会第三次会议');
    expect(meta('hailar-2014.zh.txt').session).toBe('海拉尔区第十四届人民代表大会第三次会议');
  });

  it('recognizes the newspaper summary and says null where it does not tell', () => {
    const m = meta('yuncheng-2021-summary.zh.txt');
    expect(m.isReport).toBe(true);
    expect(m.summary).toBe(true);
    expect(m.session).toBe('市四届人大七次会议');
    expect(m.level).toBe('municipal');
    // The summary names neither its city nor its year: the library asks the user.
    expect(m.region).toBeNull();
    expect(m.year).toBeNull();
  });

  it('takes the city from a newspaper title or masthead named after it, and the year from a dateline', () => {
    const text = normalize(corpus('yuncheng-2021-summary.zh.txt')).text;
    // The page title of the e-paper: the session says 市, the paper says 运城.
    const m = recognize(text, { title: '市四届人大七次会议政府工作报告(摘要) - 运城日报数字报' });
    expect(m).toMatchObject({ region: '运城市', level: 'municipal', year: null });
    // A masthead and credit line at the top of the page text.
    const paged = recognize('临汾日报 2022年2月10日 星期四\n' + text);
    expect(paged).toMatchObject({ region: '临汾市', level: 'municipal', year: 2022 });
    // An e-paper address dated /2021-02/03/.
    expect(recognize(text, { url: 'https://epaper.example.cn/html/2021-02/03/content_1.htm' }).year).toBe(2021);
    // Papers named after no place, and a province's paper.
    expect(recognize(text, { title: '政府工作报告(摘要) - 人民日报' }).region).toBeNull();
    expect(newspaperRegion('', '政府工作报告 - 湖北日报', null)).toEqual({ region: '湖北省', level: 'provincial' });
    // A county session with a paper of the same place.
    expect(newspaperRegion('', '县十七届人大五次会议政府工作报告 - 长兴日报', 'county')).toEqual({ region: '长兴县', level: 'county' });
    // The paper of a province does not name the government of a city's session.
    expect(newspaperRegion('', '市四届人大七次会议政府工作报告 - 山西日报', 'municipal')).toBeNull();
  });

  it('reads the plan year of a session held late in the year, dated in brackets, or dated nowhere', () => {
    const body = '各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n';
    // A December session plans the next year.
    expect(recognize(`政府工作报告\n——2030年12月18日在某市第九届人民代表大会第二次会议上\n${body}`).year).toBe(2031);
    expect(recognize(`政府工作报告\n——二〇三〇年十二月十八日在某市第九届人民代表大会第二次会议上\n${body}`).year).toBe(2031);
    // The date in brackets on its own line, under the speaker.
    expect(recognize(`政府工作报告\n——在某县第九届人民代表大会第二次会议上\n县长 某某\n（2031年1月9日）\n${body}`).year).toBe(2031);
    // No date at all: part titles, numbered or not, and the latest year they plan (主要工作 may title a review).
    expect(recognize(`政府工作报告\n${body}2030年工作回顾\n过去一年，全县经济平稳运行。\n2031年工作任务\n今年要抓好六个方面。`).year).toBe(2031);
    expect(recognize(`某市市长 某某\n${body}一、回顾2030年，我们克难攻坚\n过去一年，全市经济平稳运行。\n二、冲刺2031年，我们要激扬锐气\n今年要抓好六个方面。`).year).toBe(2031);
    expect(recognize(`政府工作报告\n${body}一、2030年主要工作和五年成就\n过去一年，全市经济平稳运行。\n二、2031年主要工作\n今年要抓好六个方面。`).year).toBe(2031);
  });

  it('counts a report\'s own date line and its part titles as evidence, without the greeting', () => {
    const text = `政府工作报告\n（2031年1月9日在某市第九届人民代表大会第二次会议上）\n一、2030年工作回顾\n${'过去一年，全市经济平稳运行，民生持续改善。'.repeat(40)}\n二、2031年工作安排\n${'今年要抓好六个方面的工作。'.repeat(40)}`;
    expect(recognize(text)).toMatchObject({ isReport: true, year: 2031 });
    // A news story quoting the same session is still no report.
    expect(recognize('本报讯（记者 某某）1月9日，某市第九届人民代表大会第二次会议开幕。市长作政府工作报告。报告提出，今年地区生产总值增长5%。报告指出，要抓好六个方面。').isReport).toBe(false);
  });

  it('recognizes the official English translation', () => {
    const m = meta('national-2020.en.txt');
    expect(m).toMatchObject({ isReport: true, lang: 'en', region: '全国', level: 'national', year: 2020 });
  });

  it('reads the year and session of an English cover dated by month alone, with a curly apostrophe', () => {
    const m = recognize(normalize("REPORT ON THE WORK OF THE GOVERNMENT\nLi Keqiang Premier of the State Council\nSecond Session of the 13th National People’s Congress of the People’s Republic of China, March 2019\nFellow Deputies,\nOn behalf of the State Council, I will now report to you.").text);
    expect(m).toMatchObject({ isReport: true, lang: 'en', year: 2019, session: 'Second Session of the 13th National People’s Congress' });
  });

  it.each(['news-about-report.txt', 'interpretation.txt', 'link-list.txt'])('rejects %s', (file) => {
    const m = recognize(normalize(negative(file)).text);
    expect(m.isReport).toBe(false);
    expect(m.confidence).toBeLessThan(0.5);
  });

  it('quickReject passes reports and drops short or unrelated text cheaply', () => {
    expect(quickReject(corpus('national-2019.zh.txt'))).toBe(false);
    expect(quickReject('天气预报：明天晴。'.repeat(200))).toBe(true);
    expect(quickReject('短文本')).toBe(true);
  });
});
