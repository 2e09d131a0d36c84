/**
 * Every string the extension shows, from public/_locales (zh_CN, en). In the extension the
 * browser picks the language (`i18n.getMessage`); entrypoints call `useMessages` with it. In
 * tests and Node, the Chinese messages are used.
 */
import zh from '../public/_locales/zh_CN/messages.json';
import type { Change, Status } from '@/lib/commitments';

type Dict = Record<string, { message: string }>;
const ZH = zh as Dict;

let lookup: (key: string) => string = (key) => ZH[key]?.message ?? '';

/** Uses the browser's messages (e.g. `browser.i18n.getMessage`). */
export function useMessages(get: (key: string) => string): void {
  lookup = get;
}

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
export function langOf(uiLocale: string | undefined | null): 'zh' | 'en' {
  return uiLocale?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

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
