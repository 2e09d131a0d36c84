/**
 * The library's batch import and across-governments view strings, zh and en. The language follows the
 * browser's UI language (`messagesLocale()`), Chinese by default.
 */
import { stringTable } from '../string-table';
import type { BatchFailure } from './batch';

export const LIBRARY_STRINGS = {
  chooseFolder: { zh: '选择文件夹…', en: 'Choose a folder…' },
  openReader: { zh: '逐页阅读 PDF 文件…', en: 'Read a PDF page by page…' },
  openReaderHint: { zh: '在报告文件阅读页中逐页显示 PDF，标出目标，可加批注（.docx 文件亦可）', en: 'Shows a PDF page by page in the report file reader, with its targets marked and room for notes (Word files too)' },
  importing: { zh: '正在导入 $1/$2：$3', en: 'Importing $1 of $2: $3' },
  batchDone: { zh: '已导入 $1 份报告，$2 份未导入', en: '$1 reports imported, $2 not imported' },
  batchFailedTitle: { zh: '未导入的文件', en: 'Files not imported' },
  filedAs: { zh: '$1 $2年', en: '$1 $2' },
  'fail-too-large': { zh: '文件过大（上限 8 MB）', en: 'File too large (8 MB at most)' },
  'fail-unreadable': { zh: '无法读取文件', en: 'The file could not be read' },
  'fail-empty': { zh: '文件没有文字', en: 'The file has no text' },
  'fail-not-recognized': { zh: '未识别出是哪级政府哪一年的工作报告（可粘贴全文后手动填写）', en: "Not recognized as a government's work report of a year (paste it and fill in the details by hand)" },
  'fail-not-a-text': { zh: '不是可读取的报告文件（.txt、.html、PDF、.docx）', en: 'Not a report file this can read (.txt, .html, .pdf, .docx)' },
  'fail-save-failed': { zh: '保存失败：$1', en: 'Could not be saved: $1' },
  'fail-file-problem': { zh: '$1', en: '$1' },
  acrossTitle: { zh: '各地目标对照', en: 'Targets across governments' },
  acrossHint: { zh: '同一年份各地政府工作报告的目标并列：前五行为主要指标，其后为至少两地共有的指标。', en: "One year's targets of every stored government side by side: the five headline indicators first, then every indicator at least two governments share." },
  yearLabel: { zh: '年份', en: 'Year' },
  levelAll: { zh: '全部层级', en: 'All levels' },
  levelLabel: { zh: '层级', en: 'Level' },
  build: { zh: '生成对照表', en: 'Build the table' },
  building: { zh: '正在分析 $1/$2', en: 'Analysing $1 of $2' },
  needTwo: { zh: '该年份只保存了 $1 份报告，至少需要两份才能对照。', en: 'Only $1 report of that year is stored; at least two are needed.' },
  filterLabel: { zh: '筛选指标', en: 'Filter indicators' },
  indicatorCol: { zh: '指标', en: 'Indicator' },
  spreadCol: { zh: '分布', en: 'Spread' },
  sortBy: { zh: '按此行排序各地', en: 'Sort governments by this row' },
  sortedBy: { zh: '各地按“$1”$2排列', en: 'Governments sorted by “$1”, $2' },
  ascending: { zh: '从低到高', en: 'lowest first' },
  descending: { zh: '从高到低', en: 'highest first' },
  byName: { zh: '按名称排序', en: 'Sort by name' },
  passageOf: { zh: '$1 · $2', en: '$1 · $2' },
  openStored: { zh: '在保存的副本中打开此段', en: 'Open this passage in the stored copy' },
  closePassage: { zh: '关闭', en: 'Close' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportMd: { zh: '导出 Markdown', en: 'Export Markdown' },
  fileName: { zh: '$1年各地政府工作报告目标对照', en: '$1 Government Work Report targets across governments' },
  rowsShown: { zh: '$1 个指标，$2 地', en: '$1 indicators, $2 governments' },
  noTarget: { zh: '未写明', en: 'not stated' },
  spreadSummary: { zh: '最低 $1，最高 $2，$3 地', en: 'lowest $1, highest $2, $3 governments' },
} as const;

export type LibraryKey = keyof typeof LIBRARY_STRINGS;

/** The string `key` in the UI's language with `$1`, `$2`… replaced by `subs`. */
export const ls: (key: LibraryKey, ...subs: (string | number)[]) => string = stringTable(LIBRARY_STRINGS);

export function failureText(failure: BatchFailure, detail?: string): string {
  return ls(`fail-${failure}`, detail ?? '');
}
