/**
 * The annotation views' strings, zh and en. The entrypoint picks the language once
 * (`setAnnotationLang(browser.i18n.getUILanguage())`); Chinese is the default.
 */
import { fill } from '../fill';
import { langOf } from '../i18n';
export const ANNOTATION_STRINGS = {
  annotate: { zh: '批注', en: 'Annotate' },
  annotateHint: { zh: '给选中的文字加批注（Alt+Shift+A）', en: 'Annotate the selected text (Alt+Shift+A)' },
  addFigure: { zh: '添加为目标', en: 'Add as a target' },
  addFigureHint: { zh: '引擎漏掉的数字目标：引擎先读出数值、单位、比较方式和名称，你可逐项修改后保存', en: 'A target the engine missed: the engine proposes the amount, unit, comparator and name, and you can edit each before saving' },
  figureTitle: { zh: '添加为目标', en: 'Add as a target' },
  figureFound: { zh: '选中的数字：', en: 'The figure selected:' },
  figureName: { zh: '指标名称', en: 'Indicator name' },
  figureAmount: { zh: '数值（以基本单位计）', en: 'Amount (in the base unit)' },
  figureAmountHint: { zh: '如 5.5；区间写作 6-6.5；55万写作 550000', en: 'Such as 5.5; a range as 6-6.5; 550,000 as 550000' },
  figureAmountBad: { zh: '请填一个数，或用“-”连接的两个数（小的在前）', en: 'Write a number, or two joined by "-" (the lower first)' },
  figureUnit: { zh: '单位', en: 'Unit' },
  figureComparator: { zh: '比较方式', en: 'Comparator' },
  figureRole: { zh: '类型', en: 'Kind' },
  roleTarget: { zh: '目标', en: 'Target' },
  roleOutcome: { zh: '实绩（往年的结果）', en: 'Outcome (an earlier result)' },
  cmpAtLeast: { zh: '以上（不低于）', en: 'At least' },
  cmpOver: { zh: '超过', en: 'More than' },
  cmpAtMost: { zh: '以内（不高于）', en: 'At most' },
  cmpAbout: { zh: '左右', en: 'About' },
  cmpExactly: { zh: '等于', en: 'Exactly' },
  cmpRange: { zh: '区间', en: 'A range' },
  cmpUp: { zh: '增加（增量）', en: 'An increase of' },
  cmpDown: { zh: '减少（减量）', en: 'A decrease of' },
  figureSave: { zh: '保存为更正', en: 'Save the correction' },
  figureKeys: { zh: 'Enter 保存，Esc 取消', en: 'Enter saves, Esc cancels' },
  editorTitle: { zh: '批注', en: 'Annotation' },
  note: { zh: '批注内容', en: 'Note' },
  notePlaceholder: { zh: '写下你的看法、问题或建议…', en: 'Your comment, question or suggestion…' },
  tags: { zh: '标签', en: 'Tags' },
  addTag: { zh: '添加标签', en: 'Add a tag' },
  addTagPlaceholder: { zh: '新标签，回车添加', en: 'New tag, Enter to add' },
  colour: { zh: '颜色', en: 'Colour' },
  colourDefault: { zh: '默认', en: 'Default' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  delete: { zh: '删除', en: 'Delete' },
  confirmDelete: { zh: '确定删除这条批注？', en: 'Delete this annotation?' },
  keys: { zh: 'Ctrl+Enter 保存，Esc 取消', en: 'Ctrl+Enter saves, Esc cancels' },
  quote: { zh: '原文', en: 'Quote' },
  changed: { zh: '原文已改', en: 'Text changed' },
  changedDetail: { zh: '原文已改：「$1」→「$2」', en: 'The text changed: "$1" → "$2"' },
  orphaned: { zh: '找不到原文', en: 'Text not found' },
  orphanedDetail: { zh: '在本页找不到批注的原文：「$1」', en: 'The annotated text is no longer on this page: "$1"' },
  moved: { zh: '位置已变', en: 'Moved' },
  imported: { zh: '导入自 $1', en: 'Imported from $1' },
  by: { zh: '批注人：$1', en: 'By $1' },
  listTitle: { zh: '本报告的批注（$1）', en: 'Annotations on this report ($1)' },
  listButton: { zh: '批注 $1', en: 'Notes $1' },
  search: { zh: '搜索批注', en: 'Search annotations' },
  allTags: { zh: '全部标签', en: 'All tags' },
  noAnnotations: { zh: '还没有批注：选中报告中的文字，点“批注”。', en: 'No annotations yet: select text in the report and press "Annotate".' },
  noMatches: { zh: '没有符合条件的批注。', en: 'No annotations match.' },
  close: { zh: '关闭', en: 'Close' },
  onCard: { zh: '批注（$1）', en: 'Annotations ($1)' },
  saveFailed: { zh: '保存失败：$1', en: 'Could not save: $1' },
  // the annotations page
  pageTitle: { zh: '全部批注', en: 'All annotations' },
  pageIntro: { zh: '批注只保存在本机。导出文件可以交给同事导入，批注会落在同一份报告上（按政府、年份、标题和正文识别，不看网址）。', en: 'Annotations stay on this machine. An exported file can be imported by a colleague; the annotations land on the same report (matched by government, year, title and text, not by address).' },
  reportFilter: { zh: '报告', en: 'Report' },
  allReports: { zh: '全部报告', en: 'All reports' },
  exportJson: { zh: '导出批注（W3C JSON-LD）', en: 'Export annotations (W3C JSON-LD)' },
  exportCsv: { zh: '导出对照表 CSV', en: 'Export table as CSV' },
  exportMd: { zh: '导出 Markdown 简报', en: 'Export Markdown briefing' },
  exportNoText: { zh: '本机没有保存这些批注所在报告的正文，无法生成对照表。', en: 'The text of the annotated reports is not stored here, so the table cannot be made.' },
  importTitle: { zh: '导入批注文件', en: 'Import an annotations file' },
  importFile: { zh: '选择文件', en: 'Choose a file' },
  importPaste: { zh: '或粘贴文件内容', en: 'or paste its content' },
  importCheck: { zh: '检查', en: 'Check' },
  importPreview: { zh: '“$1”：共 $2 条批注。新增 $3 条，更新 $4 条，冲突 $5 条（双方都保留），已有 $6 条。', en: '"$1": $2 annotations. $3 new, $4 updated, $5 conflicting (both kept), $6 already here.' },
  importReports: { zh: '涉及报告：$1', en: 'Reports: $1' },
  importConfirm: { zh: '导入', en: 'Import' },
  importDone: { zh: '已导入：新增 $1 条，更新 $2 条，冲突 $3 条。', en: 'Imported: $1 new, $2 updated, $3 conflicting.' },
  importRefused: { zh: '文件未导入，本机数据没有任何改动。', en: 'The file was not imported; nothing here changed.' },
  importNothing: { zh: '没有需要导入的新内容。', en: 'Nothing new to import.' },
  yourName: { zh: '我的署名（写入批注）', en: 'My name (written into annotations)' },
  count: { zh: '$1 条', en: '$1' },
  status: { zh: '状态', en: 'Status' },
  openReport: { zh: '打开', en: 'Open' },
  readStored: { zh: '在本机保存的副本上阅读和批注', en: 'Read and annotate the stored copy' },
  storedCopy: { zh: '本机保存的副本，$1 保存。选中文字即可批注。', en: 'The copy stored here, saved $1. Select text to annotate it.' },
  allAnnotations: { zh: '全部批注 · 导出与导入', en: 'All annotations · export and import' },
  rebase: { zh: '把批注移到现在的文字上', en: 'Move the annotation onto the text as it is now' },
  backToAll: { zh: '← 全部批注', en: '← All annotations' },
  notStored: { zh: '本机没有保存这份报告。', en: 'This report is not stored here.' },
} as const;

export type AnnotationKey = keyof typeof ANNOTATION_STRINGS;

let lang: 'zh' | 'en' = 'zh';

/** 'en…' → English; anything else Chinese. */
export function setAnnotationLang(uiLanguage: string | undefined | null): void {
  lang = langOf(uiLanguage);
}

export function annotationLang(): 'zh' | 'en' {
  return lang;
}

/** The string `key` with `$1`, `$2`… replaced by `subs`. */
export function tr(key: AnnotationKey, ...subs: (string | number)[]): string {
  return fill(ANNOTATION_STRINGS[key][lang], subs);
}

export const short = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s);
