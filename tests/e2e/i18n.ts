/** The extension's messages in both languages: a browser shows one or the other (its UI language). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

type Dict = Record<string, { message: string }>;
const load = (loc: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', loc, 'messages.json'), 'utf8')) as Dict;
const LOCALES = [load('zh_CN'), load('en')];

/** The message `key` (with `{n}` filled) in every language. */
export function msg(key: string, ...args: (string | number)[]): string[] {
  return LOCALES.map((d) => {
    const m = d[key]?.message;
    if (!m) throw new Error(`no message ${key}`);
    return m.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
  });
}

/** True when `text` contains the message in one of the languages. */
export function hasMsg(text: string | null | undefined, key: string, ...args: (string | number)[]): boolean {
  return !!text && msg(key, ...args).some((m) => text.includes(m));
}
