/**
 * Every string the extension shows, from public/_locales (zh_CN, en). In the extension the
 * browser picks the language (`i18n.getMessage`); entrypoints call `useMessages` with it. In
 * tests and Node, the Chinese messages are used.
 */
import zh from '../public/_locales/zh_CN/messages.json';
import type { Change, Status } from '@/lib/commitments';
import { langOf, reportTitle, type Lang, type ReportLike } from '@/lib/terms';

type Dict = Record<string, { message: string }>;
const ZH = zh as Dict;

let lookup: (key: string) => string = (key) => ZH[key]?.message ?? '';
let lang: Lang = 'zh';

/** Uses the browser's messages (e.g. `browser.i18n.getMessage`); the UI language is theirs. */
export function useMessages(get: (key: string) => string): void {
  lookup = get;
  lang = langOf(get('@@ui_locale') || 'zh');
}

/** The language the views speak (the messages' language): names and exports follow it. */
export function uiLang(): Lang {
  return lang;
}

/** A report's name in the UI's language (上海市2022年政府工作报告 / Shanghai 2022 Government Work Report). */
export const reportLabel = (r: ReportLike): string => reportTitle(r, lang);

/**
 * The locale the browser picked the extension's messages in: every view follows it, so one page
 * never mixes languages (Chromium on Linux can report a `getUILanguage()` other than the
 * messages' locale). As a BCP 47 tag ('en-US', 'zh-CN').
 */
export function messagesLocale(): string {
  try {
    return (browser.i18n.getMessage('@@ui_locale' as 'extName') || browser.i18n.getUILanguage()).replace('_', '-');
  } catch {
    return navigator.language;
  }
}

/** The UI language as zh or en (anything not English reads Chinese), from `messagesLocale()`. */
export { langOf };

/** The message `key` with `{0}`, `{1}`… replaced by `args`. */
export function t(key: string, ...args: (string | number)[]): string {
  const m = lookup(key) || ZH[key]?.message || key;
  return args.length ? m.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? '')) : m;
}

const CHANGE_KEY: Record<Change, string> = {
  raised: 'changeRaised', lowered: 'changeLowered', same: 'changeSame', 'comparator-changed': 'changeComparator',
  'unit-changed': 'changeUnit', new: 'changeNew', dropped: 'changeDropped', qualitative: 'changeQualitative',
};
const STATUS_KEY: Record<Exclude<Status, null>, string> = {
  exceeded: 'statusExceeded', met: 'statusMet', missed: 'statusMissed', 'not-reported': 'statusNotReported',
};

export const changeLabel = (c: Change): string => t(CHANGE_KEY[c]);
export const statusLabel = (s: Exclude<Status, null>): string => t(STATUS_KEY[s]);

const LEVEL_KEY: Record<string, string> = { national: 'levelNational', provincial: 'levelProvincial', municipal: 'levelMunicipal', county: 'levelCounty' };
export const levelLabel = (level: string | null): string => (level && LEVEL_KEY[level] ? t(LEVEL_KEY[level]) : '');
