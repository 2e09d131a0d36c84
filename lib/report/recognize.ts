import { parseChineseNumeral } from '../text/numbers';
import type { Level, ReportMeta } from './types';
import { parentOf } from './parent';

/**
 * Cheap first look for the content script: false only when the text surely is not a work report
 * (no 政府工作报告/各位代表 and no English title), so ordinary pages cost next to nothing.
 */
export function quickReject(text: string): boolean {
  if (text.length < 800) return true;
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return !(/政\s*府\s*工\s*作\s*报\s*告|各位代表|REPORT ON THE WORK OF THE GOVERNMENT/i.test(head));
}

const SESSION_RE =
  /(?:在)?((?:[\u4e00-\u9fff]{1,12}?)?第?[一二三四五六七八九十]+届(?:全国)?人民代表大会第[一二三四五六七八九十]+次会议|[省市县区州盟旗]?[一二三四五六七八九十]+届人大[一二三四五六七八九十]+次会议|第[一二三四五六七八九十]+届全国人大[一二三四五六七八九十]+次会议)/;
const DATE_LINE_RE = /(?:^|\n)\s*(?:[—\-–－─]{1,3}\s*)?(\d{4})年(\d{1,2})月(\d{1,2})日/;

const REGION_SUFFIX = /(?:省|市|自治区|特别行政区|区|县|旗|州|盟|自治州|自治县)$/;

/** Recognizes a work report and reads its metadata from normalized text. */
export function recognize(text: string, hints: { title?: string; url?: string } = {}): ReportMeta {
  const lang = detectLanguage(text);
  if (lang === 'en') return recognizeEnglish(text);
  const head = text.slice(0, 1500);
  const sessionMatch = SESSION_RE.exec(head);
  const session = sessionMatch ? sessionMatch[1]!.replace(/^.*?在/, '') : null;
  const title = findTitle(head, hints.title);
  const summary = /摘要|摘编|节选/.test(title ?? '') || /政府工作报告[（(]摘要[)）]/.test(head);

  const evidence = scoreEvidence(text, head, session, title);
  // (Rounded first: 0.15 + 0.1 + 0.1 + 0.1 + 0.05 is 0.49999… in floating point.)
  const confidence = round2(Math.max(0, Math.min(1, evidence)));
  const isReport = confidence >= 0.5;

  let { region, level } = findRegion(text, head, session);
  if (!region) {
    // A newspaper's summary may name its city only in the masthead: 运城日报 → 运城市.
    const paper = newspaperRegion(head, hints.title, level);
    if (paper) ({ region, level } = paper);
  }
  const year = findYear(text, head) ?? hintYear(head, hints);
  const parent = parentOf(text, region, level);
  return { isReport, confidence, title, region, level, parent, year, session, summary, lang };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function detectLanguage(text: string): 'zh' | 'en' {
  const sample = text.slice(0, 4000);
  const cjk = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return cjk * 3 < latin ? 'en' : 'zh';
}

function findTitle(head: string, hint?: string): string | null {
  for (const line of head.split('\n').slice(0, 12)) {
    const t = line.trim();
    if (/政府工作报告/.test(t) && t.length <= 60 && !/。/.test(t)) return t.replace(/^[—\-\s]+/, '');
  }
  if (hint && /政府工作报告/.test(hint)) return hint.trim();
  return null;
}

/**
 * Evidence that the text IS a report (spoken to deputies, reviews and plans) and not a news story
 * about one, a list of links or an interpretation (解读).
 */
function scoreEvidence(text: string, head: string, session: string | null, title: string | null): number {
  let s = 0;
  if (/各位代表/.test(head)) s += 0.35;
  if (/我代表[\u4e00-\u9fff]{0,16}(?:人民政府|国务院|政府)[，,]?\s*向大会(?:作|报告)/.test(head)) s += 0.35;
  if (title) s += 0.15;
  if (session) s += 0.1;
  // The report's own date line: ——2023年1月30日在…会议上, or the same in brackets.
  if (/(?:^|\n)\s*(?:[—\-–－─―]{1,3}|[（(])\s*\d{4}年\d{1,2}月\d{1,2}日在[^\n]{4,40}会议上/.test(head)) s += 0.15;
  // Part titles of their own lines, one reviewing and one planning: the body of a report, not a story about it.
  if (/(?:^|\n)\s*(?:[一二三四五六七八九十]、)?[^\n，。]{0,16}工作回顾\s*(?:\n|$)/.test(text) && /(?:^|\n)\s*(?:[一二三四五六七八九十]、)?[^\n，。]{0,16}(?:\d{4}年|今年)[^\n，。]{0,12}(?:工作安排|工作任务|主要任务|重点工作|目标任务)[^\n，。]{0,8}\s*(?:\n|$)/.test(text)) s += 0.15;
  if (/工作回顾|过去一年|过去五年/.test(text)) s += 0.1;
  if (/主要预期目标|主要任务|重点工作|(?:今年|\d{4}年)(?:政府)?工作(?:的)?(?:总体要求|安排|任务)/.test(text)) s += 0.1;
  if (/各位代表[！!]/.test(text.slice(-3000))) s += 0.05;
  if (text.length > 8000) s += 0.05;
  // A summary printed in a newspaper carries no greeting; its headings and session still tell.
  if (!/各位代表/.test(head) && title && /摘要/.test(title) && /[（(][一二三四五六七八九十]+[）)]/.test(text)) s += 0.35;
  // Against: news and interpretation pages about a report.
  if (/解读|图解|一图读懂|答记者问|记者会|热词|关键词|划重点/.test(head.slice(0, 300))) s -= 0.5;
  if (/(?:记者|通讯员)\s*\S{1,4}\s*(?:报道|摄)|(?:本报|新华社)\S{0,10}电/.test(head.slice(0, 400)) && !/各位代表/.test(head)) s -= 0.3;
  const reported = (text.match(/报告(?:提出|指出|强调|显示|称|明确)/g) ?? []).length;
  if (reported >= 2) s -= 0.3;
  return s;
}

function findRegion(text: string, head: string, session: string | null): { region: string | null; level: Level | null } {
  if (/全国人民代表大会|全国人大|国务院总理|我代表国务院/.test(head)) return { region: '全国', level: 'national' };
  const candidates: string[] = [];
  const s = session ? /^([\u4e00-\u9fff]{2,12}?)第?[一二三四五六七八九十]+届/.exec(session) : null;
  if (s) candidates.push(s[1]!);
  // 我代表省人民政府 names only the level; 我代表贵州省人民政府 names the government.
  const gov = /(?:我代表|^|\n)([\u4e00-\u9fff]{2,12}?)人民政府/.exec(head);
  if (gov) candidates.push(gov[1]!.replace(/^.*?我代表/, ''));
  const mayor = /(?:^|\n)\s*([\u4e00-\u9fff]{2,10}?)(?:人民政府)?(?:代?(?:市长|区长|县长|州长|省长|旗长|盟长|主席))/.exec(head);
  if (mayor) candidates.push(mayor[1]!);
  for (const c of candidates) {
    const name = c.replace(/^(?:在|于)/, '').replace(/^.*?(?:自治区|省)(?=[\u4e00-\u9fff]{2,}[市州盟])/, '');
    // 呼伦贝尔市海拉尔区 → 海拉尔区 (the innermost government)
    const inner = /([\u4e00-\u9fff]{1,8}?(?:自治县|自治州|自治区|特别行政区|省|市|区|县|旗|州|盟))$/.exec(name);
    const region = provinceByName(name) ?? (inner ? provinceByName(innermost(inner[1]!)) ?? innermost(inner[1]!) : null);
    if (region && REGION_SUFFIX.test(region)) return { region, level: levelOf(region) };
  }
  // Session without a name: 市四届人大七次会议 tells the level only.
  const bare = session ? /^([省市县区州旗])[一二三四五六七八九十]+届/.exec(session) : null;
  if (bare) return { region: null, level: levelOf(bare[1]!) };
  return { region: null, level: null };
}

/** Newspapers named after no place (人民日报, 解放日报) or after a trade. */
const NOT_A_PLACE = /^(?:人民|光明|经济|解放|工人|农民|法制|法治|中国|科技|健康|证券|金融|青年|中国青年|文汇|新华|参考|环球|南方|北方|都市|晚|商|侨|学习|组织|检察|人民政协|劳动|体育|教育|企业|今|今日|社区|民族|军|国防)$/;
const PROVINCES = /^(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)$/;
const AUTONOMOUS = /^(?:内蒙古|广西|西藏|宁夏|新疆)$/;
const CITY_MUNICIPALITIES = /^(?:北京|上海|天津|重庆)$/;

/**
 * The region of a party paper named after its place (运城日报, 湖北日报) in the page title or in a
 * masthead or credit line at the top of the text. The session's level (市四届人大) says whether the
 * place is a city or a county; without it a province name is a province and anything else a city.
 */
export function newspaperRegion(head: string, title: string | undefined, level: Level | null): { region: string; level: Level } | null {
  const names: string[] = [];
  const t = title ? /([\u4e00-\u9fff]{2,4})日报/.exec(title) : null;
  if (t) names.push(t[1]!);
  for (const m of head.slice(0, 600).matchAll(/(?:^|\n)\s*([\u4e00-\u9fff]{2,4})日报(?=\s|$|[·|｜\d数电])/g)) names.push(m[1]!);
  for (const name of names) {
    if (NOT_A_PLACE.test(name) || REGION_SUFFIX.test(name)) continue;
    let region: string;
    if (PROVINCES.test(name)) region = name + '省';
    else if (AUTONOMOUS.test(name)) region = name + '自治区';
    else if (CITY_MUNICIPALITIES.test(name)) region = name + '市';
    else region = name + (level === 'county' ? '县' : '市');
    const l = levelOf(region);
    // A paper's place must agree with the session's level when the session gives one.
    if (level && l !== level && !(level === 'county' && region.endsWith('县'))) continue;
    return { region, level: l };
  }
  return null;
}

/**
 * The year of a page that gives it only outside the report's text: a newspaper's dateline
 * ("运城日报 2021年2月3日", "2021年02月03日 星期三") at the top, or an e-paper address dated
 * /2021-02/03/ or /20210203/. A report is read in the first months of the year it plans for.
 */
function hintYear(head: string, hints: { title?: string; url?: string }): number | null {
  const dateline = /(?:日报|晚报|报)\s*(?:数字报)?\s*[\s·|｜,，]?\s*(20\d\d)年\d{1,2}月\d{1,2}日|(?:^|\n)\s*(20\d\d)年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]/.exec(head.slice(0, 800));
  if (dateline) return Number(dateline[1] ?? dateline[2]);
  const inTitle = hints.title ? /(20\d\d)年\d{1,2}月\d{1,2}日/.exec(hints.title) : null;
  if (inTitle) return Number(inTitle[1]);
  const url = hints.url ? /[/_-](20\d\d)[-/]?(0[1-9]|1[0-2])[-/]?([0-3]\d)(?=[/_.-]|$)/.exec(hints.url) : null;
  if (url) return Number(url[1]);
  return null;
}

/** 贵州 is a province, not a prefecture ending in 州: a bare province name gets its own suffix. */
function provinceByName(name: string): string | null {
  const bare = name.replace(/^(?:在|于)/, '');
  if (PROVINCES.test(bare)) return bare + '省';
  if (AUTONOMOUS.test(bare)) return AUTONOMOUS_FULL[bare]!;
  if (CITY_MUNICIPALITIES.test(bare)) return bare + '市';
  return null;
}
const AUTONOMOUS_FULL: Record<string, string> = { 内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区' };

function innermost(name: string): string {
  const parts = name.match(/[\u4e00-\u9fff]+?(?:自治县|自治州|自治区|特别行政区|省|市|区|县|旗|州|盟)/g);
  return parts ? parts[parts.length - 1]! : name;
}

const MUNICIPALITIES = new Set(['北京市', '上海市', '天津市', '重庆市']);

function levelOf(region: string): Level {
  if (MUNICIPALITIES.has(region) || /省$|自治区$|特别行政区$/.test(region)) return 'provincial';
  if (/市$|州$|盟$/.test(region)) return 'municipal';
  return 'county';
}

/**
 * The plan year: the year of the date line, else the year after the reviewed one. A session held in
 * November or December (common for cities and counties) plans the year after its date.
 */
function findYear(text: string, head: string): number | null {
  const sessionYear = (year: number, month: number) => (month >= 11 ? year + 1 : year);
  const date = DATE_LINE_RE.exec(head);
  if (date) return sessionYear(Number(date[1]), Number(date[2]));
  // ——二〇二六年一月二十七日在…会议上
  const written = /(?:^|\n)\s*(?:[—\-–－─―]{1,3}\s*)?([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月/.exec(head);
  if (written) return sessionYear(Number([...written[1]!].map((d) => '〇一二三四五六七八九'.indexOf(d === '零' ? '〇' : d)).join('')), parseChineseNumeral(written[2]!) ?? 1);
  // (2015年1月20日) on a line of its own, or after 会议上: the session's date in brackets.
  const anyDate = /(\d{4})年(\d{1,2})月(\d{1,2})日[^。\n]{0,20}(?:会议|大会)/.exec(head) ?? /(?:^|\n|会议上|大会上)\s*[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[)）]/.exec(head);
  if (anyDate) return sessionYear(Number(anyDate[1]), Number(anyDate[2]));
  // Part titles, numbered or not: 一、2022年工作回顾 / 2023年工作安排. 主要工作 titles a review as
  // often as a plan (2015年主要工作和“十二五”发展成就), so the latest year any title plans wins.
  const planned = [...text.matchAll(/(?:^|\n)\s*(?:[一二三四五六七八九十]+、)?\s*(\d{4})\s*年(?:主要任务|目标任务|工作安排|工作任务|政府工作任务|重点工作|主要工作|工作总体部署|经济社会发展)(?![\u4e00-\u9fff]{0,2}回顾)/g)].map((m) => Number(m[1]));
  const reviewed = [...text.matchAll(/(?:^|\n)\s*(?:[一二三四五六七八九十]+、)?\s*(\d{4})\s*年(?:和今年以来|和过去五年|和“十[一二三四五六七八九]五”(?:时期)?)?(?:政府)?工作回顾/g)].map((m) => Number(m[1]) + 1);
  // 一、回顾2024年，我们… / 二、冲刺2025年，我们要…: year-led titles.
  for (const m of text.matchAll(/(?:^|\n)\s*[一二三四五六七八九十]+、\s*([\u4e00-\u9fff]{0,4}?)(\d{4})年[，,]/g)) {
    if (/回顾|过去|总结/.test(m[1]!)) reviewed.push(Number(m[2]) + 1);
    else planned.push(Number(m[2]));
  }
  if (planned.length || reviewed.length) return Math.max(...planned, ...reviewed);
  const title = /(\d{4})年[\u4e00-\u9fff]{0,12}?政府工作报告/.exec(head);
  if (title) return Number(title[1]);
  return null;
}

function recognizeEnglish(text: string): ReportMeta {
  const head = text.slice(0, 2000);
  const title = /REPORT ON THE WORK OF THE GOVERNMENT/i.test(head) ? 'Report on the Work of the Government' : null;
  const session = /(?:at the )?((?:First|Second|Third|Fourth|Fifth) Session of the \w+ National People['’]s Congress)/i.exec(head);
  // "March 5, 2017" or, on some covers, "March 2019".
  const date = /(January|February|March|April|May|June)\s+(?:\d{1,2},\s*)?(\d{4})/.exec(head);
  let s = 0;
  if (title) s += 0.4;
  if (/Fellow Deputies|Esteemed Deputies/i.test(head)) s += 0.35;
  if (session) s += 0.15;
  if (/on behalf of the State Council/i.test(head)) s += 0.2;
  const confidence = Math.min(1, s);
  const national = /State Council|National People['’]s Congress/i.test(head);
  return {
    isReport: confidence >= 0.5,
    confidence: round2(confidence),
    title,
    region: national ? '全国' : null,
    level: national ? 'national' : null,
    parent: null,
    year: date ? Number(date[2]) : null,
    session: session ? session[1]! : null,
    summary: false,
    lang: 'en',
  };
}

/** Exposed for tests: the session's ordinal numbers, e.g. 四届 七次. */
export function sessionOrdinals(session: string): [number, number] | null {
  const m = /([一二三四五六七八九十]+)届.*?([一二三四五六七八九十]+)次/.exec(session);
  if (!m) return null;
  return [parseChineseNumeral(m[1]!)!, parseChineseNumeral(m[2]!)!];
}
