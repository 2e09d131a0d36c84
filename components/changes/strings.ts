/**
 * The changes views' strings. The extension's `_locales/{zh_CN,en}/messages.json` hold the same
 * keys (a test keeps them in step); `translator` prefers the browser's message and falls back to
 * these, so the views also render in tests and where `i18n` is missing.
 */
import { fill } from '../fill';
export const CHANGES_STRINGS = {
  changesNotice: { zh: '自 $1 以来修改 $2 处', en: 'Changed in $2 places since $1' },
  changesNumbers: { zh: '其中数字 $1 处', en: '$1 of them numbers' },
  changesShow: { zh: '标出修改', en: 'Mark changes' },
  changesHide: { zh: '隐藏标记', en: 'Hide marks' },
  changesPrev: { zh: '上一处', en: 'Previous' },
  changesNext: { zh: '下一处', en: 'Next' },
  changesPosition: { zh: '第 $1 / $2 处', en: '$1 of $2' },
  changesKeys: { zh: '键盘：] 下一处，[ 上一处', en: 'Keys: ] next, [ previous' },
  changesCompare: { zh: '并排对比', en: 'Compare side by side' },
  changesDismiss: { zh: '知道了', en: 'Got it' },
  changesCollapse: { zh: '收起', en: 'Collapse' },
  changesExpand: { zh: '展开', en: 'Expand' },
  changesInserted: { zh: '新增：$1', en: 'Inserted: $1' },
  changesDeleted: { zh: '删除：$1', en: 'Deleted: $1' },
  changesReplaced: { zh: '原为：$1', en: 'Was: $1' },
  compareTitle: { zh: '对比两个文本', en: 'Compare two texts' },
  compareOld: { zh: '原文本', en: 'Old text' },
  compareNew: { zh: '新文本', en: 'New text' },
  compareSwap: { zh: '对调', en: 'Swap' },
  compareNumbersOnly: { zh: '只看数字变化', en: 'Number changes only' },
  compareFullText: { zh: '显示全文', en: 'Full text' },
  compareExportMd: { zh: '导出 Markdown（指标对照与修改）', en: 'Export Markdown (targets compared and changes)' },
  compareExportCsv: { zh: '导出修改 CSV', en: 'Export changes as CSV' },
  compareExportTargetsCsv: { zh: '导出指标对照 CSV', en: 'Export targets compared as CSV' },
  compareStats: { zh: '修改 $1 处，其中数字 $2 处', en: '$1 changes, $2 of them numbers' },
  compareUnchanged: { zh: '无改动', en: 'No changes' },
  compareCommitments: { zh: '目标对照', en: 'Targets side by side' },
  compareEmpty: { zh: '尚未保存报告：打开一份政府工作报告后再来。', en: 'No stored reports yet: open a work report first.' },
  compareLoading: { zh: '正在比较…', en: 'Comparing…' },
  compareCurrent: { zh: '当前', en: 'current' },
  compareLastSeen: { zh: '上次看过', en: 'last seen' },
  comparePin: { zh: '保留此版本', en: 'Keep this version' },
  comparePinTitle: { zh: '保留的版本不会因存储上限被删除', en: 'A kept version is never dropped by the storage bound' },
} as const;

export type ChangesKey = keyof typeof CHANGES_STRINGS;
export type Translate = (key: ChangesKey, ...subs: Array<string | number>) => string;


/**
 * A translate function: `getMessage` (the browser's `i18n.getMessage`) where it knows the key,
 * else the built-in string in `lang`.
 */
export function translator(lang: 'zh' | 'en', getMessage?: (key: string, subs: string[]) => string): Translate {
  return (key, ...subs) => {
    const own = getMessage?.(key, subs.map(String));
    return own || fill(CHANGES_STRINGS[key][lang], subs);
  };
}

export { langOf } from '../i18n';
