import {
  newAnnotationId,
  sameReport,
  type Annotation,
  type Creator,
  type ReportIdentity,
} from '../anchoring/index.ts';
import { term } from '../terms/index.ts';

/*
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).
 * One annotation: TextualBody bodies (the note with purpose commenting, each tag with purpose
 * tagging), a SpecificResource target with a TextQuoteSelector and a TextPositionSelector, the
 * colour as a CSS class (styleClass + an embedded CssStylesheet).
 * Our own data rides along in keys the anno context does not define, declared in a second,
 * inline context as JSON literals: `report` on the target (the report's identity, so a colleague's
 * copy anchors on the same report at another URL) and `provenance` (where an imported annotation
 * came from). Other Web Annotation clients ignore them.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const GZBG_NS = 'urn:gongzuo-baogao-reader:ns#';
export const EXPORT_CONTEXT = [
  ANNO_CONTEXT,
  {
    '@version': 1.1,
    gzbg: GZBG_NS,
    report: { '@id': 'gzbg:report', '@type': '@json' },
    provenance: { '@id': 'gzbg:provenance', '@type': '@json' },
    reports: { '@id': 'gzbg:reports', '@type': '@json' },
  },
] as const;

export const COLOUR_CLASS_PREFIX = 'gzbg-colour-';
const COLOUR_RE = /^#[0-9a-fA-F]{6}$/;

export interface Agent {
  id?: string;
  type?: 'Person' | 'Software' | 'Organization';
  name?: string;
  homepage?: string;
}

export const DEFAULT_GENERATOR: Agent = {
  id: 'urn:gongzuo-baogao-reader:extension',
  type: 'Software',
  // The product's one name in both languages (lib/terms), as the extension's title bar shows it.
  name: `${term('product', 'zh')} (${term('product', 'en')})`,
};

export interface ExportMeta {
  /** Collection id; a fresh urn:uuid by default. */
  id?: string;
  /** Collection label, e.g. 全国2024年政府工作报告 批注. */
  label?: string;
  /** Who exports. */
  creator?: Creator;
  generator?: Agent;
  /** An IRI of the licence the exporter grants, e.g. https://creativecommons.org/licenses/by/4.0/ */
  rights?: string;
  /** Export time; now by default. */
  now?: Date;
}

/** True for an absolute IRI we are willing to write (scheme, no spaces or controls). */
export function isIri(s: unknown): s is string {
  return typeof s === 'string' && s.length <= 2048 && /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f]+$/.test(s);
}

/** The target source as an IRI: the URL when it is one, else a urn naming the report's text. */
export function sourceIri(source: string, report: ReportIdentity): string {
  try {
    const href = new URL(source).href;
    if (isIri(href)) return href;
  } catch {
    // not a URL: fall through
  }
  return `urn:gongzuo-baogao-reader:report:${encodeURIComponent(report.fingerprint || 'unknown')}`;
}

function agent(c: Creator | undefined, type: Agent['type']): Record<string, string> | undefined {
  if (!c) return undefined;
  const out: Record<string, string> = {};
  if (isIri(c.id)) out.id = c.id;
  out.type = type ?? 'Person';
  if (c.name) out.name = c.name;
  return out.id || out.name ? out : undefined;
}

function plainAgent(a: Agent): Record<string, string> {
  const out: Record<string, string> = {};
  if (isIri(a.id)) out.id = a.id;
  if (a.type) out.type = a.type;
  if (a.name) out.name = a.name;
  if (isIri(a.homepage)) out.homepage = a.homepage;
  return out;
}

export function colourClass(colour: string | null): string | null {
  return colour && COLOUR_RE.test(colour) ? COLOUR_CLASS_PREFIX + colour.slice(1).toLowerCase() : null;
}

export type JsonObject = { [key: string]: unknown };

/** One annotation as W3C JSON-LD. `embedded` leaves out @context (inside a collection). */
export function exportAnnotation(a: Annotation, meta: ExportMeta = {}, embedded = false): JsonObject {
  const now = (meta.now ?? new Date()).toISOString();
  const out: JsonObject = {};
  if (!embedded) out['@context'] = EXPORT_CONTEXT;
  out.id = a.id;
  out.type = 'Annotation';
  const note = a.body.note;
  const tags = a.body.tags;
  out.motivation = note.trim() ? 'commenting' : tags.length ? 'tagging' : 'highlighting';
  out.created = a.created;
  out.modified = a.modified;
  out.generated = now;
  const creator = agent(a.creator, 'Person');
  if (creator) out.creator = creator;
  out.generator = plainAgent(meta.generator ?? DEFAULT_GENERATOR);
  if (isIri(meta.rights)) out.rights = meta.rights;
  const bodies: JsonObject[] = [];
  if (note.trim()) bodies.push({ type: 'TextualBody', value: note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of tags) bodies.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' });
  if (bodies.length === 1) out.body = bodies[0];
  else if (bodies.length > 1) out.body = bodies;
  const cls = colourClass(a.body.colour);
  const { quote, position } = a.target.selectors;
  const selector: JsonObject[] = [
    {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      ...(quote.prefix !== undefined ? { prefix: quote.prefix } : {}),
      ...(quote.suffix !== undefined ? { suffix: quote.suffix } : {}),
    },
  ];
  if (position) selector.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  const page = a.target.selectors.page;
  if (page) selector.push({ type: 'FragmentSelector', conformsTo: page.conformsTo, value: page.value });
  const target: JsonObject = {
    type: 'SpecificResource',
    source: sourceIri(a.target.source, a.target.report),
    selector,
  };
  if (cls) target.styleClass = cls;
  target.report = { ...a.target.report, ...(a.target.source ? { url: a.target.source } : {}) };
  out.target = target;
  if (cls) {
    out.stylesheet = { type: 'CssStylesheet', value: `.${cls} { background-color: #${cls.slice(COLOUR_CLASS_PREFIX.length)}; }` };
  }
  if (a.provenance) out.provenance = { ...a.provenance };
  return out;
}

/**
 * Annotations as one W3C AnnotationCollection with a single embedded AnnotationPage: the file a
 * colleague imports whole (`parseImport` reads it back).
 */
export function exportCollection(annotations: readonly Annotation[], meta: ExportMeta = {}): JsonObject {
  const now = (meta.now ?? new Date()).toISOString();
  const id = isIri(meta.id) ? meta.id : newAnnotationId();
  const out: JsonObject = {
    '@context': EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: meta.label ?? `政府工作报告批注 (${annotations.length})`,
    total: annotations.length,
    created: now,
    modified: now,
  };
  const creator = agent(meta.creator, 'Person');
  if (creator) out.creator = creator;
  if (isIri(meta.rights)) out.rights = meta.rights;
  if (annotations.length > 0) {
    const pageId = `${id}#page1`;
    // The page describes its collection inline (as in the model's example 24), so a page read
    // on its own still says what it is part of.
    const partOf: JsonObject = { id, label: out.label, total: out.total, created: now, modified: now };
    if (out.creator) partOf.creator = out.creator;
    if (out.rights) partOf.rights = out.rights;
    partOf.first = pageId;
    partOf.last = pageId;
    out.first = {
      id: pageId,
      type: 'AnnotationPage',
      partOf,
      startIndex: 0,
      items: annotations.map((a) => exportAnnotation(a, { ...meta, now: meta.now ?? new Date(now) }, true)),
    };
    out.last = pageId;
  }
  out.reports = reportsOf(annotations);
  return out;
}

/** The distinct reports the annotations are on, with every URL each was read at. */
export function reportsOf(annotations: readonly Annotation[]): { identity: ReportIdentity; urls: string[]; count: number }[] {
  const out: { identity: ReportIdentity; urls: string[]; count: number }[] = [];
  for (const a of annotations) {
    let r = out.find((x) => x.identity.fingerprint === a.target.report.fingerprint && sameReport(x.identity, a.target.report));
    if (!r) out.push((r = { identity: { ...a.target.report }, urls: [], count: 0 }));
    r.count++;
    if (a.target.source && !r.urls.includes(a.target.source)) r.urls.push(a.target.source);
  }
  return out;
}

/** The annotations on one report (matched by identity, not URL). */
export function annotationsForReport(annotations: readonly Annotation[], report: ReportIdentity): Annotation[] {
  return annotations.filter((a) => sameReport(a.target.report, report));
}

/** The export file's text: pretty-printed JSON-LD, UTF-8. */
export function serializeExport(doc: JsonObject): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
