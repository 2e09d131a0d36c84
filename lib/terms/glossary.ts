/**
 * The product's terms in both languages: one rendering each, used by the UI (through
 * public/_locales, whose messages for these keys must equal the glossary: a unit test checks) and
 * by every export. `avoid` lists renderings that crept in before (删去 beside 未再提及); the test
 * keeps them out of every string the product shows or writes.
 */
export type Lang = 'zh' | 'en';

export interface Term {
  zh: string;
  en: string;
  /** The _locales message that shows this term in the UI. */
  message?: string;
  avoid?: string[];
}

export const GLOSSARY = {
  product: { zh: '政府工作报告阅读助手', en: 'Work Report Reader', message: 'extName', avoid: ['政府工作报告阅读器'] },
  workReport: { zh: '政府工作报告', en: 'Government Work Report', message: 'workReport', avoid: ['government work report'] },
  summary: { zh: '（摘要）', en: ' (summary)', message: 'summarySuffix' },
  year: { zh: '年份', en: 'Year', message: 'year' },
  // What is counted: this year's targets (the plan), last year's results (the review), and the two together.
  target: { zh: '目标', en: 'Target', message: 'target' },
  actual: { zh: '实绩', en: 'Result', message: 'actual' },
  figures: { zh: '目标与实绩', en: 'Targets and results', message: 'figuresCol', avoid: ['数字 {0} 处', '{0} figures'] },
  indicator: { zh: '指标', en: 'Indicator' },
  priorTarget: { zh: '上年目标', en: "Last year's target" },
  priorActual: { zh: '上年实绩', en: "Last year's result" },
  status: { zh: '完成情况', en: "Last year's target met?" },
  currentTarget: { zh: '今年目标', en: "This year's target", message: 'targetThisYear', avoid: ['本年目标'] },
  change: { zh: '变化', en: 'Change' },
  priorQuote: { zh: '上年原文', en: "Last year's text" },
  currentQuote: { zh: '今年原文', en: "This year's text" },
  confidence: { zh: '置信度', en: 'Confidence' },
  notes: { zh: '备注', en: 'Notes' },
  unitDiffers: { zh: '单位不同', en: 'Units differ', message: 'noteUnitDiffers' },
  statedAs: { zh: '今年表述', en: 'Worded this year as', message: 'noteStatedAs' },
  report: { zh: '报告', en: 'Report' },
  annotation: { zh: '批注', en: 'Annotations' },
  tags: { zh: '标签', en: 'Tags' },
  annotator: { zh: '批注人', en: 'Annotator' },
  annotatedText: { zh: '批注原文', en: 'Annotated text' },
  otherAnnotations: { zh: '（其他批注）', en: '(other annotations)' },
  untagged: { zh: '未加标签', en: 'Untagged' },
  comparedTable: { zh: '指标对照', en: 'Targets compared' },
  briefing: { zh: '简报', en: 'briefing' },
  annotationsTable: { zh: '批注对照表', en: 'annotated table' },
  allReports: { zh: '全部报告', en: 'All reports' },
  changedText: { zh: '原文已改', en: 'Text changed' },
  orphanedText: { zh: '原文中已找不到', en: 'Text no longer found' },
  toCheck: { zh: '需要核对', en: 'To check' },
  textChanges: { zh: '文字修改', en: 'text changes' },
  numberChanges: { zh: '数字修改', en: 'number changes' },
  // How a target changed from last year's report to this year's.
  raised: { zh: '上调', en: 'raised', message: 'changeRaised' },
  lowered: { zh: '下调', en: 'lowered', message: 'changeLowered' },
  same: { zh: '持平', en: 'unchanged', message: 'changeSame' },
  'comparator-changed': { zh: '表述变化', en: 'wording changed', message: 'changeComparator' },
  'unit-changed': { zh: '单位变化', en: 'unit changed', message: 'changeUnit' },
  new: { zh: '新增', en: 'new', message: 'changeNew' },
  dropped: { zh: '未再提及', en: 'not named again', message: 'changeDropped', avoid: ['删去'] },
  qualitative: { zh: '无量化', en: 'no longer quantified', message: 'changeQualitative', avoid: ['定性表述'] },
  // How last year's target fared, judged by this year's review.
  exceeded: { zh: '超额完成', en: 'exceeded', message: 'statusExceeded' },
  met: { zh: '完成', en: 'met', message: 'statusMet' },
  missed: { zh: '未完成', en: 'missed', message: 'statusMissed' },
  // The engine found no figure for it in the review: a fact about our reading, not about the report.
  'not-reported': { zh: '本年回顾中未找到', en: "not found in this year's review", message: 'statusNotReported', avoid: ['未报告', 'not reported'] },
  national: { zh: '国家', en: 'national', message: 'levelNational' },
  provincial: { zh: '省级', en: 'provincial', message: 'levelProvincial' },
  municipal: { zh: '市级', en: 'municipal', message: 'levelMunicipal' },
  county: { zh: '县级', en: 'county', message: 'levelCounty' },
} as const satisfies Record<string, Term>;

export type TermKey = keyof typeof GLOSSARY;

/** The term in `lang`. */
export function term(key: TermKey, lang: Lang = 'zh'): string {
  return GLOSSARY[key][lang];
}

/** 'en…' → English; anything else Chinese (the product's first language). */
export function langOf(locale: string | undefined | null): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
