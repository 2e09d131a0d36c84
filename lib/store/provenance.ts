/**
 * Where a stored text came from, and how far it is trusted. A report is stored by government and
 * year, so any site can serve "the same report": a text from another source never silently
 * replaces the report of record. It is kept as a version from that source, and the reader sees
 * the difference and chooses. By default official sources (a gov.cn site, the reader's own
 * imports) rank above every other site; among equals the first one stays.
 */

/** 'official': a gov.cn site; 'import': a file or text the reader imported; 'other': any other site. */
export type Trust = 'official' | 'import' | 'other';

export interface TextSource {
  /** The page's origin (`https://www.shanghai.gov.cn`), '' for a file or pasted text. */
  origin: string;
  /** The address the text was read at ('' for a file). */
  url: string;
  /** When it was read, ms since epoch. */
  at: number;
  trust: Trust;
}

const RANK: Record<Trust, number> = { official: 2, import: 2, other: 1 };

/** The origin of an http(s) address, else ''. */
export function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : '';
  } catch {
    return '';
  }
}

/** How far a source is trusted by default, from its origin. */
export function trustOf(origin: string): Trust {
  if (!origin) return 'import';
  const host = new URL(origin).hostname.toLowerCase().replace(/\.$/, '');
  return host === 'gov.cn' || host.endsWith('.gov.cn') ? 'official' : 'other';
}

export function sourceOf(url: string, at: number): TextSource {
  const origin = originOf(url);
  return { origin, url, at, trust: trustOf(origin) };
}

/** `a` ranks strictly above `b` (official and imports above other sites). */
export function outranks(a: Trust, b: Trust): boolean {
  return RANK[a] > RANK[b];
}

/** One source: the same origin (every import is the reader's own: one source). */
export function sameSource(a: { origin: string }, b: { origin: string }): boolean {
  return a.origin === b.origin;
}

/** The source of a record stored before sources were kept: its first address, when first saved. */
export function legacySource(record: { urls?: unknown; url?: unknown; savedAt?: unknown; seenAt?: unknown }): TextSource {
  const url = typeof record.url === 'string' ? record.url
    : Array.isArray(record.urls) && typeof record.urls[0] === 'string' ? record.urls[0] : '';
  const at = typeof record.savedAt === 'number' ? record.savedAt : typeof record.seenAt === 'number' ? record.seenAt : 0;
  return sourceOf(url, at);
}
