/**
 * A report's name and its exports' file names in the UI's language: 上海市2022年政府工作报告 /
 * Shanghai 2022 Government Work Report; 上海市2022年政府工作报告-对照2021年.csv /
 * Shanghai-2022-Government-Work-Report-vs-2021.csv.
 */
import { term, type Lang, type TermKey } from './glossary';
import { regionEnglish } from './regions';

export interface ReportLike {
  region: string | null;
  year: number | null;
  /** The report's own title, used only where it names neither government nor year. */
  title?: string | null;
  summary?: boolean;
}

/** The government in `lang`: the table's English name, else the report's own. */
export function regionName(region: string | null, lang: Lang): string {
  if (!region) return '';
  return lang === 'en' ? regionEnglish(region) ?? region : region;
}

/** The report as a reader names it. */
export function reportTitle(r: ReportLike, lang: Lang): string {
  const summary = r.summary ? term('summary', lang) : '';
  if (!r.region && !r.year) {
    const own = r.title?.trim() || term('workReport', lang);
    return /摘要|summary/i.test(own) ? own : own + summary;
  }
  if (lang === 'en') return `${[regionName(r.region, 'en'), r.year].filter(Boolean).join(' ')} ${term('workReport', 'en')}${summary}`;
  return `${r.region ?? ''}${r.year ? `${r.year}年` : ''}${term('workReport', 'zh')}${summary}`;
}

export interface FileNameOptions {
  /** The year compared with (对照2021年 / vs-2021). */
  against?: number | null;
  /** What the file holds, after the report's name (简报 / briefing). */
  kind?: TermKey;
  /** Without the dot: csv, md, jsonld. */
  ext: string;
}

/** A file name no system refuses: no path or reserved characters, no spaces in English. */
function safe(name: string, lang: Lang): string {
  const s = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/[()（）]/g, '');
  return (lang === 'en' ? s.replace(/['’]/g, '').replace(/\s+/g, '-') : s.replace(/\s+/g, '')).replace(/-{2,}/g, '-');
}

/** An export's file name: the report (or all reports when null) and year, what it holds, in the UI's language. */
export function exportFileName(r: ReportLike | null, lang: Lang, o: FileNameOptions): string {
  const parts = [r ? reportTitle(r, lang) : term('allReports', lang)];
  if (o.against) parts.push(lang === 'en' ? `vs ${o.against}` : `对照${o.against}年`);
  if (o.kind) parts.push(term(o.kind, lang));
  return `${safe(parts.join(lang === 'en' ? ' - ' : '-'), lang)}.${o.ext}`;
}
