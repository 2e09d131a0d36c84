/**
 * The views' own zh/en string tables (the strings a view keeps beside itself rather than in the locales):
 * one lookup rule for all of them, in the messages' language, with `$1`, `$2`… filled.
 */
import { fill } from './fill';
import { langOf, messagesLocale } from './i18n';

export type StringTable = Readonly<Record<string, { readonly zh: string; readonly en: string }>>;

/** A lookup into `table` in the language the browser picked the extension's messages in. */
export function stringTable<T extends StringTable>(table: T): (key: keyof T, ...subs: (string | number)[]) => string {
  return (key, ...subs) => fill(table[key]![langOf(messagesLocale())], subs);
}
