import { describe } from './describe.ts';
import type { Annotation, Creator, ReportIdentity } from './types.ts';

export function newAnnotationId(): string {
  return 'urn:uuid:' + globalThis.crypto.randomUUID();
}

export interface NewAnnotation {
  /** The report's normalized text and the selected range in it. */
  text: string;
  start: number;
  end: number;
  source: string;
  report: ReportIdentity;
  note?: string;
  tags?: string[];
  colour?: string | null;
  creator?: Creator;
  /** For tests and reproducible exports. */
  now?: Date;
  id?: string;
}

/** `#rrggbb` in lower case, or null for anything else. */
export function normalizeColour(c: string | null | undefined): string | null {
  return c && /^#[0-9a-fA-F]{6}$/.test(c) ? c.toLowerCase() : null;
}

/** A new annotation on text[start, end), described by quote and position selectors. */
export function createAnnotation(a: NewAnnotation): Annotation {
  const time = (a.now ?? new Date()).toISOString();
  const annotation: Annotation = {
    id: a.id ?? newAnnotationId(),
    created: time,
    modified: time,
    body: { note: a.note ?? '', tags: [...new Set(a.tags ?? [])], colour: normalizeColour(a.colour) },
    target: { source: a.source, report: { ...a.report }, selectors: describe(a.text, a.start, a.end) },
  };
  if (a.creator) annotation.creator = { ...a.creator };
  return annotation;
}
