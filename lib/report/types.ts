/** Administrative level of the government that presents the report. */
export type Level = 'national' | 'provincial' | 'municipal' | 'county';

/** What the engine can tell about a text; `null` wherever the text does not say. */
export interface ReportMeta {
  isReport: boolean;
  /** 0..1: how sure the recognizer is that this is a work report (not news about one). */
  confidence: number;
  title: string | null;
  /** Government's region as written: 全国, 上海市, 运城市, 海拉尔区. */
  region: string | null;
  level: Level | null;
  /** The government this one answers to, where the text tells (a city's province): lib/report/parent. */
  parent?: string | null;
  /** The year whose plan the report sets. */
  year: number | null;
  /** Session, e.g. 市四届人大七次会议 or 第十三届全国人民代表大会第三次会议. */
  session: string | null;
  /** True for a 摘要 (summary) rather than the whole text. */
  summary: boolean;
  /** Language of the text. */
  lang: 'zh' | 'en';
}

/** Whether a part of the report looks back (review) or forward (plan). */
export type SectionRole = 'review' | 'plan' | 'other' | 'annex';

export interface Heading {
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  text: string;
  /** 1 = 一、, 2 = (一), 3 = 1., 4 = bold lead sentence / 一是. */
  depth: number;
  role: SectionRole;
}
