import { term, type Lang } from '../terms';
import type { RowNote } from './types';

/** A row's note in the UI's language; the report's own words stay as written. */
export function noteText(note: RowNote, lang: Lang): string {
  const colon = lang === 'zh' ? '：' : ': ';
  if (note.kind === 'unit-differs') return `${term('unitDiffers', lang)}${colon}${note.prior || '—'} → ${note.current || '—'}`;
  return `${term('statedAs', lang)}${colon}${note.clause}`;
}

/** A row's notes as one cell. */
export function notesText(notes: readonly RowNote[], lang: Lang): string {
  return notes.map((n) => noteText(n, lang)).join(lang === 'zh' ? '；' : '; ');
}
