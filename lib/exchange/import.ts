import type { Annotation, Creator, FragmentSelector, ReportIdentity, TextQuoteSelector } from '../anchoring/index.ts';
import { pdfPageSelector } from '../anchoring/index.ts';
import { COLOUR_CLASS_PREFIX, isIri, reportsOf } from './jsonld.ts';

/*
 * Reading an export file someone else made: untrusted input. The whole file is checked before
 * anything is returned, so a caller that writes only on `ok: true` never writes part of a file.
 * Checks, in order: size, JSON syntax, nesting depth and forbidden keys (__proto__, constructor,
 * prototype) anywhere, then our schema for every annotation. Strings stay strings: nothing is
 * parsed as HTML or CSS (the colour is read from our own class-name pattern only).
 * The validator is hand-written (no ajv at runtime: extension pages forbid the eval ajv compiles with).
 */

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const LIMITS = {
  annotations: 10_000,
  depth: 16,
  id: 512,
  url: 4096,
  note: 50_000,
  tags: 50,
  tag: 64,
  exact: 20_000,
  context: 1_000,
  name: 200,
  region: 100,
  title: 300,
  fingerprint: 100,
  fileName: 255,
} as const;

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-annotations'
  | 'too-many'
  | 'invalid'
  | 'duplicate-id';

export interface ImportedReport {
  identity: ReportIdentity;
  /** Every URL the annotations give for this report. */
  urls: string[];
  count: number;
}

export type ImportResult =
  | { ok: true; annotations: Annotation[]; reports: ImportedReport[]; label: string | null }
  | {
      ok: false;
      code: ImportErrorCode;
      /** One line in Chinese, then one in English. */
      error: string;
      zh: string;
      en: string;
      /** Where in the file, e.g. `items[3].target.selector`. */
      at?: string;
    };

export interface ImportOptions {
  maxBytes?: number;
  /** The file's name, kept in each annotation's provenance. */
  fileName?: string;
  now?: Date;
}

class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly zh: string,
    readonly en: string,
    readonly at?: string,
  ) {
    super(en);
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** Depth and forbidden keys, iteratively (a hostile file may nest deeper than the stack). */
function scan(root: unknown): void {
  const stack: [unknown, number, string][] = [[root, 0, '']];
  while (stack.length) {
    const [v, depth, path] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > LIMITS.depth) {
      throw new ImportError('too-deep', `文件嵌套过深（超过 ${LIMITS.depth} 层）。`, `The file nests deeper than ${LIMITS.depth} levels.`, path);
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push([v[i], depth + 1, `${path}[${i}]`]);
    } else {
      for (const k of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(k)) {
          throw new ImportError('forbidden-key', `文件含有不允许的键“${k}”。`, `The file contains the forbidden key "${k}".`, path);
        }
        stack.push([(v as Record<string, unknown>)[k], depth + 1, path ? `${path}.${k}` : k]);
      }
    }
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function invalid(at: string, zh: string, en: string): never {
  throw new ImportError('invalid', `位置 ${at}：${zh}`, `At ${at}: ${en}`, at);
}

function hasType(o: Obj, type: string): boolean {
  const t = o.type;
  return t === type || (Array.isArray(t) && t.includes(type));
}

function str(o: Obj, key: string, at: string, max: number, required: true): string;
function str(o: Obj, key: string, at: string, max: number, required?: false): string | undefined;
function str(o: Obj, key: string, at: string, max: number, required = false): string | undefined {
  const v = o[key];
  if (v === undefined) {
    if (required) invalid(`${at}.${key}`, '缺少此项。', 'missing.');
    return undefined;
  }
  if (typeof v !== 'string') invalid(`${at}.${key}`, '应为文字。', 'must be a string.');
  if (v.length > max) invalid(`${at}.${key}`, `过长（上限 ${max} 字）。`, `too long (at most ${max} characters).`);
  return v;
}

const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function dateTime(o: Obj, key: string, at: string): string | undefined {
  const v = str(o, key, at, 40);
  if (v === undefined) return undefined;
  if (!DATE_TIME_RE.test(v) || Number.isNaN(Date.parse(v))) {
    invalid(`${at}.${key}`, '不是有效的日期时间（ISO 8601）。', 'not a valid ISO 8601 date-time.');
  }
  return new Date(v).toISOString();
}

/** One value or a list of values, as JSON-LD allows. */
function list(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function creatorOf(v: unknown, at: string): Creator | undefined {
  const first = list(v)[0];
  if (first === undefined) return undefined;
  if (typeof first === 'string') {
    if (!isIri(first) || first.length > LIMITS.id) invalid(at, '作者应为 IRI 或对象。', 'creator must be an IRI or an object.');
    return { id: first };
  }
  if (!isObj(first)) invalid(at, '作者应为对象。', 'creator must be an object.');
  const c: Creator = {};
  const id = str(first, 'id', at, LIMITS.id);
  if (id !== undefined) {
    if (!isIri(id)) invalid(`${at}.id`, '不是有效的 IRI。', 'not a valid IRI.');
    c.id = id;
  }
  const nameValue = Array.isArray(first.name) ? first.name[0] : first.name;
  if (nameValue !== undefined) {
    const name = str({ name: nameValue }, 'name', at, LIMITS.name);
    if (name) c.name = name;
  }
  return c.id || c.name ? c : undefined;
}

function reportOf(v: unknown, at: string): ReportIdentity {
  if (!isObj(v)) invalid(at, '缺少报告身份（地区、年份、标题、指纹）。', 'missing the report identity (region, year, title, fingerprint).');
  const nullableStr = (key: string, max: number): string | null => {
    if (v[key] === null || v[key] === undefined) return null;
    return str(v, key, at, max)!;
  };
  const region = nullableStr('region', LIMITS.region);
  const title = nullableStr('title', LIMITS.title);
  const fingerprint = str(v, 'fingerprint', at, LIMITS.fingerprint, true);
  if (!/^[A-Za-z0-9:._-]+$/.test(fingerprint)) invalid(`${at}.fingerprint`, '格式不对。', 'malformed.');
  let year: number | null = null;
  if (v.year !== null && v.year !== undefined) {
    if (typeof v.year !== 'number' || !Number.isInteger(v.year) || v.year < 1949 || v.year > 2200) {
      invalid(`${at}.year`, '应为 1949–2200 之间的整数。', 'must be an integer from 1949 to 2200.');
    }
    year = v.year;
  }
  const identity: ReportIdentity = { region, year, title, fingerprint };
  if (v.summary !== undefined) {
    if (typeof v.summary !== 'boolean') invalid(`${at}.summary`, '应为 true 或 false。', 'must be true or false.');
    identity.summary = v.summary;
  }
  return identity;
}

function nonNegativeInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function annotationOf(item: unknown, at: string, provenance: { importedFrom: string; importedAt: string }): Annotation {
  if (!isObj(item)) invalid(at, '应为批注对象。', 'must be an annotation object.');
  if (!hasType(item, 'Annotation')) invalid(`${at}.type`, '应为 "Annotation"。', 'must be "Annotation".');
  const id = str(item, 'id', at, LIMITS.id, true);
  if (!isIri(id)) invalid(`${at}.id`, '不是有效的 IRI。', 'not a valid IRI.');
  const created = dateTime(item, 'created', at);
  const modified = dateTime(item, 'modified', at);
  if (!created && !modified) invalid(at, '缺少创建或修改时间。', 'needs created or modified.');

  // bodies: the note (any purpose but tagging) and tags
  if (item.body !== undefined && item.bodyValue !== undefined) invalid(at, '不能同时有 body 与 bodyValue。', 'cannot have both body and bodyValue.');
  const notes: string[] = [];
  const tags: string[] = [];
  const bodyValue = str(item, 'bodyValue', at, LIMITS.note);
  if (bodyValue) notes.push(bodyValue);
  const bodies = list(item.body);
  if (bodies.length > LIMITS.tags + 1) invalid(`${at}.body`, '内容项过多。', 'too many bodies.');
  bodies.forEach((b, i) => {
    const bat = `${at}.body[${i}]`;
    if (!isObj(b)) invalid(bat, '应为 TextualBody 对象。', 'must be a TextualBody object.');
    if (b.type !== undefined && !hasType(b, 'TextualBody')) invalid(`${bat}.type`, '只支持 TextualBody。', 'only TextualBody is supported.');
    const value = str(b, 'value', bat, LIMITS.note, true);
    const purposes = list(b.purpose);
    if (purposes.includes('tagging')) {
      const tag = value.trim();
      if (!tag || tag.length > LIMITS.tag) invalid(`${bat}.value`, `标签应为 1–${LIMITS.tag} 字。`, `a tag must be 1 to ${LIMITS.tag} characters.`);
      if (!tags.includes(tag)) tags.push(tag);
    } else notes.push(value);
  });
  const note = notes.join('\n\n');
  if (note.length > LIMITS.note) invalid(`${at}.body`, '批注过长。', 'the note is too long.');

  // target: one SpecificResource with a TextQuoteSelector (and maybe a TextPositionSelector)
  const targets = list(item.target);
  if (targets.length !== 1) invalid(`${at}.target`, '应恰有一个目标。', 'must have exactly one target.');
  const t = targets[0];
  const tat = `${at}.target`;
  if (!isObj(t)) invalid(tat, '应为对象（含 source 与 selector）。', 'must be an object with source and selector.');
  const source = str(t, 'source', tat, LIMITS.url, true);
  const report = reportOf(t.report, `${tat}.report`);
  const url = isObj(t.report) && typeof t.report.url === 'string' && t.report.url.length <= LIMITS.url ? t.report.url : source;
  let quote: TextQuoteSelector | undefined;
  let position: { type: 'TextPositionSelector'; start: number; end: number } | undefined;
  let page: FragmentSelector | undefined;
  const selectors = list(t.selector);
  if (selectors.length > 8) invalid(`${tat}.selector`, '选择器过多。', 'too many selectors.');
  selectors.forEach((s, i) => {
    const sat = `${tat}.selector[${i}]`;
    if (!isObj(s)) invalid(sat, '应为选择器对象。', 'must be a selector object.');
    if (s.type === 'TextQuoteSelector' && !quote) {
      const exact = str(s, 'exact', sat, LIMITS.exact, true);
      if (!exact) invalid(`${sat}.exact`, '引文为空。', 'the quote is empty.');
      quote = { type: 'TextQuoteSelector', exact };
      const prefix = str(s, 'prefix', sat, LIMITS.context);
      const suffix = str(s, 'suffix', sat, LIMITS.context);
      if (prefix !== undefined) quote.prefix = prefix;
      if (suffix !== undefined) quote.suffix = suffix;
    } else if (s.type === 'TextPositionSelector' && !position) {
      if (!nonNegativeInt(s.start) || !nonNegativeInt(s.end) || s.end < s.start) {
        invalid(sat, '位置应为非负整数且 start ≤ end。', 'start and end must be non-negative integers with start ≤ end.');
      }
      position = { type: 'TextPositionSelector', start: s.start, end: s.end };
    } else if (s.type === 'FragmentSelector' && !page && typeof s.value === 'string') {
      // Only a PDF page (RFC 8118) is kept; it says where the quote is, it never anchors it.
      const n = /^page=([1-9][0-9]{0,4})$/.exec(s.value);
      if (n) page = pdfPageSelector(Number(n[1]));
    }
  });
  if (!quote) invalid(`${tat}.selector`, '缺少引文选择器（TextQuoteSelector）。', 'missing a TextQuoteSelector.');

  let colour: string | null = null;
  const cls = list(t.styleClass).find((c): c is string => typeof c === 'string' && c.startsWith(COLOUR_CLASS_PREFIX));
  if (cls !== undefined) {
    const m = /^gzbg-colour-([0-9a-f]{6})$/.exec(cls);
    if (!m) invalid(`${tat}.styleClass`, '颜色格式不对。', 'malformed colour class.');
    colour = `#${m[1]}`;
  }

  const creator = creatorOf(item.creator, `${at}.creator`);
  const earlier = isObj(item.provenance) ? creatorOf(item.provenance.originalCreator, `${at}.provenance.originalCreator`) : undefined;
  const annotation: Annotation = {
    id,
    created: (created ?? modified)!,
    modified: (modified ?? created)!,
    body: { note, tags, colour },
    target: { source: url, report, selectors: { quote, ...(position ? { position } : {}), ...(page ? { page } : {}) } },
    provenance: { ...provenance },
  };
  if (creator) annotation.creator = creator;
  const original = earlier ?? creator;
  if (original) annotation.provenance!.originalCreator = { ...original };
  return annotation;
}

function itemsOf(doc: unknown): { items: unknown[]; at: string; label: string | null } {
  if (Array.isArray(doc)) return { items: doc, at: '', label: null };
  if (!isObj(doc)) {
    throw new ImportError('not-annotations', '文件不是批注集合。', 'The file is not an annotation collection.');
  }
  const label = typeof doc.label === 'string' ? doc.label.slice(0, LIMITS.title) : null;
  if (hasType(doc, 'AnnotationCollection')) {
    if (doc.first === undefined) {
      if (doc.total === 0 || doc.total === undefined) return { items: [], at: 'first.items', label };
      invalid('first', '集合缺少第一页。', 'the collection has no first page.');
    }
    if (!isObj(doc.first)) {
      throw new ImportError(
        'not-annotations',
        '集合的页面不在文件内（只引用了地址），无法导入。',
        'The collection\'s pages are not in the file (only referenced), so it cannot be imported.',
        'first',
      );
    }
    if (doc.first.next !== undefined) {
      throw new ImportError('not-annotations', '只支持单页集合。', 'Only single-page collections can be imported.', 'first.next');
    }
    if (!Array.isArray(doc.first.items)) invalid('first.items', '应为批注列表。', 'must be a list of annotations.');
    return { items: doc.first.items, at: 'first.items', label };
  }
  if (hasType(doc, 'AnnotationPage')) {
    if (!Array.isArray(doc.items)) invalid('items', '应为批注列表。', 'must be a list of annotations.');
    return { items: doc.items, at: 'items', label };
  }
  if (hasType(doc, 'Annotation')) return { items: [doc], at: '', label };
  throw new ImportError(
    'not-annotations',
    '文件不是 W3C 批注集合（AnnotationCollection）、批注页或批注。',
    'The file is not a W3C AnnotationCollection, AnnotationPage or Annotation.',
    'type',
  );
}

/**
 * Reads an export file. Returns every annotation (with provenance: file name, import time,
 * original creator) and the reports they are on, or an error in Chinese and English.
 * Never throws; never returns part of a file.
 */
export function parseImport(text: string, options: ImportOptions = {}): ImportResult {
  try {
    return parse(text, options);
  } catch (e) {
    const err =
      e instanceof ImportError
        ? e
        : new ImportError('invalid', '文件无法读取。', `The file could not be read (${e instanceof Error ? e.name : 'error'}).`);
    const out: ImportResult = { ok: false, code: err.code, error: `${err.zh}\n${err.en}`, zh: err.zh, en: err.en };
    if (err.at !== undefined) out.at = err.at;
    return out;
  }
}

function parse(text: string, options: ImportOptions): ImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof text !== 'string') throw new ImportError('not-json', '文件不是文本。', 'The file is not text.');
  if (text.length > maxBytes || utf8Length(text) > maxBytes) {
    throw new ImportError(
      'too-large',
      `文件过大（${mb(utf8Length(text))} MB，上限 ${mb(maxBytes)} MB）。`,
      `The file is too large (${mb(utf8Length(text))} MB; the limit is ${mb(maxBytes)} MB).`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) throw new ImportError('empty', '文件是空的。', 'The file is empty.');
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    throw new ImportError('not-json', '文件不是有效的 JSON（可能已损坏，或不是本扩展导出的文件）。', 'The file is not valid JSON (it may be damaged, or not an export of this extension).');
  }
  scan(doc);
  const { items, at, label } = itemsOf(doc);
  if (items.length > LIMITS.annotations) {
    throw new ImportError('too-many', `批注过多（${items.length} 条，上限 ${LIMITS.annotations} 条）。`, `Too many annotations (${items.length}; the limit is ${LIMITS.annotations}).`);
  }
  const provenance = {
    importedFrom: (options.fileName ?? '').slice(0, LIMITS.fileName) || '(unnamed file)',
    importedAt: (options.now ?? new Date()).toISOString(),
  };
  const annotations: Annotation[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const a = annotationOf(item, at ? `${at}[${i}]` : `[${i}]`, provenance);
    if (seen.has(a.id)) {
      throw new ImportError('duplicate-id', `批注编号重复：${a.id}。`, `Duplicate annotation id: ${a.id}.`, `${at}[${i}].id`);
    }
    seen.add(a.id);
    annotations.push(a);
  });
  return { ok: true, annotations, reports: reportsOf(annotations), label };
}
