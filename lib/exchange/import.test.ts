import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import {
  Anchorer,
  createAnnotation,
  reportFingerprint,
  sameReport,
  type Annotation,
  type ReportIdentity,
} from '../anchoring/index.ts';
import { exportCollection, LIMITS, parseImport, serializeExport, type ImportResult } from './index.ts';

const corpus = (name: string) => readFileSync(new URL(`../../tests/fixtures/corpus/${name}`, import.meta.url), 'utf8');
const R2018 = corpus('national-2018.zh.txt');
const R2018_ALT = corpus('alt/national-2018.zh.paragraphs.txt');
const IDENTITY: ReportIdentity = { region: '全国', year: 2018, title: '政府工作报告', fingerprint: reportFingerprint(R2018) };
const NOW = new Date('2024-03-06T08:00:00Z');

function on(text: string, quote: string, extra: Partial<Parameters<typeof createAnnotation>[0]> = {}): Annotation {
  const i = text.indexOf(quote);
  if (i < 0) throw new Error(quote);
  return createAnnotation({
    text,
    start: i,
    end: i + quote.length,
    source: 'https://www.gov.cn/guowuyuan/2018zfgzbg.htm',
    report: IDENTITY,
    now: NOW,
    ...extra,
  });
}

const SAMPLE: Annotation[] = [
  on(R2018, '城镇新增就业1100万人以上', {
    note: '<script>alert(1)</script> 与 "去年" 相同, 见表',
    tags: ['关注', '质询'],
    colour: '#A1B2C3',
    creator: { name: '王记者', id: 'urn:uuid:6f1c1a43-1d0c-4d4a-9b8e-0d7d1c3b2a11' },
  }),
  on(R2018, '居民消费价格涨幅3％左右', { tags: ['待核实'] }),
  on(R2018, '国内生产总值增长6.5％左右'),
];
const FILE = serializeExport(exportCollection(SAMPLE, { label: '测试', now: NOW, id: 'urn:uuid:00000000-0000-4000-8000-000000000001' }));

function expectError(r: ImportResult, code: string) {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.code).toBe(code);
  expect(r.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(r.en).toMatch(/[A-Za-z]{3}/);
  expect(r.error).toBe(`${r.zh}\n${r.en}`);
}

/** What every imported annotation must look like (checked independently of the parser). */
function expectValid(a: Annotation) {
  expect(a.id).toMatch(/^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/);
  expect(Number.isNaN(Date.parse(a.created))).toBe(false);
  expect(Number.isNaN(Date.parse(a.modified))).toBe(false);
  expect(typeof a.body.note).toBe('string');
  expect(a.body.note.length).toBeLessThanOrEqual(LIMITS.note);
  for (const t of a.body.tags) expect(typeof t).toBe('string');
  expect(a.body.colour === null || /^#[0-9a-f]{6}$/.test(a.body.colour)).toBe(true);
  expect(typeof a.target.source).toBe('string');
  expect(typeof a.target.report.fingerprint).toBe('string');
  expect(a.target.selectors.quote.type).toBe('TextQuoteSelector');
  expect(a.target.selectors.quote.exact.length).toBeGreaterThan(0);
  const p = a.target.selectors.position;
  if (p) expect(Number.isSafeInteger(p.start) && Number.isSafeInteger(p.end) && 0 <= p.start && p.start <= p.end).toBe(true);
  expect(a.provenance?.importedFrom).toBeTypeOf('string');
  expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
}

group('parseImport: our own export', () => {
  it('reads back every annotation unchanged, adding provenance', () => {
    const r = parseImport(FILE, { fileName: 'wang.jsonld', now: new Date('2024-03-07T00:00:00Z') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.label).toBe('测试');
    expect(r.annotations).toHaveLength(3);
    r.annotations.forEach((a, i) => {
      const { provenance, ...rest } = a;
      expect(rest).toEqual(SAMPLE[i]);
      expect(provenance).toEqual({
        importedFrom: 'wang.jsonld',
        importedAt: '2024-03-07T00:00:00.000Z',
        ...(SAMPLE[i]!.creator ? { originalCreator: SAMPLE[i]!.creator } : {}),
      });
      expectValid(a);
    });
    expect(r.annotations[0]!.body.note).toBe('<script>alert(1)</script> 与 "去年" 相同, 见表');
    expect(r.annotations[0]!.body.colour).toBe('#a1b2c3');
    expect(r.reports).toEqual([{ identity: IDENTITY, urls: ['https://www.gov.cn/guowuyuan/2018zfgzbg.htm'], count: 3 }]);
  });

  it('accepts a single Annotation, an AnnotationPage, a bare array, a BOM, and an empty collection', () => {
    const doc = JSON.parse(FILE);
    const one = { '@context': doc['@context'], ...doc.first.items[0] };
    expect(parseImport(JSON.stringify(one))).toMatchObject({ ok: true, annotations: [{ id: SAMPLE[0]!.id }] });
    expect(parseImport(JSON.stringify(doc.first))).toMatchObject({ ok: true });
    expect(parseImport(JSON.stringify(doc.first.items))).toMatchObject({ ok: true });
    expect(parseImport('\uFEFF' + FILE)).toMatchObject({ ok: true });
    expect(parseImport(serializeExport(exportCollection([], { now: NOW })))).toMatchObject({ ok: true, annotations: [] });
  });

  it('a colleague’s file anchors on the same report at another URL with another layout', () => {
    const r = parseImport(FILE, { fileName: 'wang.jsonld' });
    if (!r.ok) throw new Error(r.error);
    // The colleague reads the newspaper's paragraph layout at another address.
    const local: ReportIdentity = { region: '全国', year: 2018, title: '政府工作报告', fingerprint: reportFingerprint(R2018_ALT) };
    expect(local.fingerprint).not.toBe(IDENTITY.fingerprint);
    expect(sameReport(r.reports[0]!.identity, local)).toBe(true);
    const anchorer = new Anchorer(R2018_ALT);
    for (const a of r.annotations) {
      const res = anchorer.anchor(a.target.selectors);
      expect(['exact', 'moved']).toContain(res.status);
      expect(res.newQuote!.replace(/％/g, '%')).toBe(a.target.selectors.quote.exact.replace(/％/g, '%'));
    }
  });
});

group('parseImport: malformed, hostile and huge files change nothing and say why', () => {
  const doc = () => JSON.parse(FILE);
  const item = (mutate: (a: Record<string, any>) => void) => {
    const d = doc();
    mutate(d.first.items[1]);
    return JSON.stringify(d);
  };

  it.each([
    ['too large', 'x'.repeat(2000), 'too-large', { maxBytes: 1000 }],
    ['too large in UTF-8 bytes', JSON.stringify({ a: '汉'.repeat(400) }), 'too-large', { maxBytes: 1000 }],
    ['empty', '   \n', 'empty', {}],
    ['not JSON', '{"@context": ', 'not-json', {}],
    ['an HTML page', '<!doctype html><html><body><script>alert(1)</script></body></html>', 'not-json', {}],
    ['a JSON number', '42', 'not-annotations', {}],
    ['another type', '{"type": "Person"}', 'not-annotations', {}],
    ['deep nesting', '['.repeat(100_000) + ']'.repeat(100_000), 'too-deep', { maxBytes: 1_000_000 }],
    ['__proto__ key', item((a) => (a.target.report = JSON.parse('{"__proto__": {"polluted": 1}, "fingerprint": "x"}'))), 'forbidden-key', {}],
    ['constructor key', item((a) => Object.defineProperty(a, 'constructor', { value: { prototype: 1 }, enumerable: true })), 'forbidden-key', {}],
    ['wrong item type', item((a) => (a.type = 'Comment')), 'invalid', {}],
    ['bad id', item((a) => (a.id = 'not an iri')), 'invalid', {}],
    ['bad date', item((a) => (a.modified = 'yesterday')), 'invalid', {}],
    ['no times', item((a) => { delete a.created; delete a.modified; }), 'invalid', {}],
    ['body is a number', item((a) => (a.body = 5)), 'invalid', {}],
    ['non-text body', item((a) => (a.body = { type: 'Image', id: 'https://x.org/a.png', value: 'x' })), 'invalid', {}],
    ['body and bodyValue', item((a) => (a.bodyValue = 'x')), 'invalid', {}],
    ['note too long', item((a) => (a.body = { type: 'TextualBody', value: 'x'.repeat(LIMITS.note + 1) })), 'invalid', {}],
    ['two targets', item((a) => (a.target = [a.target, a.target])), 'invalid', {}],
    ['no report identity', item((a) => delete a.target.report), 'invalid', {}],
    ['year as text', item((a) => (a.target.report.year = '2018')), 'invalid', {}],
    ['no quote', item((a) => (a.target.selector = [a.target.selector[1]])), 'invalid', {}],
    ['empty quote', item((a) => (a.target.selector[0].exact = '')), 'invalid', {}],
    ['negative position', item((a) => (a.target.selector[1].start = -1)), 'invalid', {}],
    ['position end before start', item((a) => (a.target.selector[1].end = 0)), 'invalid', {}],
    ['CSS in the colour class', item((a) => (a.target.styleClass = 'gzbg-colour-red;}body{display:none')), 'invalid', {}],
    ['duplicate ids', item((a) => (a.id = doc().first.items[0].id)), 'duplicate-id', {}],
    ['pages by reference', JSON.stringify({ ...doc(), first: 'https://evil.example/page1' }), 'not-annotations', {}],
  ] as const)('%s', (_name, text, code, options) => {
    const r = parseImport(text, options);
    expectError(r, code);
  });

  it('rejects a file over the item limit as a whole', () => {
    const d = JSON.parse(FILE);
    const one = d.first.items[0];
    d.first.items = Array.from({ length: LIMITS.annotations + 1 }, (_, i) => ({ ...one, id: `urn:uuid:${i}` }));
    expectError(parseImport(JSON.stringify(d), { maxBytes: 100_000_000 }), 'too-many');
  });

  it('never pollutes Object.prototype', () => {
    parseImport('{"__proto__": {"polluted": true}, "type": "AnnotationCollection"}');
    parseImport(JSON.stringify({ type: 'Annotation', constructor: { prototype: { polluted: true } } }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

group('parseImport: property tests (random and mutated input never crash, never half-succeed)', () => {
  const valid = JSON.parse(FILE);

  it('random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const r = parseImport(s);
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) r.annotations.forEach(expectValid);
      }),
      { numRuns: 500 },
    );
  });

  it('random bytes decoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = parseImport(new TextDecoder().decode(bytes));
        if (r.ok) r.annotations.forEach(expectValid);
        else expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const r = parseImport(JSON.stringify(v) ?? 'null');
        if (r.ok) r.annotations.forEach(expectValid);
      }),
      { numRuns: 500 },
    );
  });

  /** Replaces the value at a random path of a valid export with random JSON (or deletes it). */
  const mutation = fc.record({
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(undefined, '__proto__', '', -1, 1e309, '<img src=x onerror=alert(1)>', 'urn:uuid:x'),
    ),
    key: fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'id', 'exact', 'start', 'year')),
  });
  function mutate(doc: unknown, m: { path: number[]; value: unknown; key: string | null }): unknown {
    const root = structuredClone(doc);
    let node: any = root;
    for (let d = 0; d < m.path.length; d++) {
      if (node === null || typeof node !== 'object') break;
      const keys = Object.keys(node);
      if (!keys.length) break;
      const k = keys[m.path[d]! % keys.length]!;
      if (d === m.path.length - 1 || node[k] === null || typeof node[k] !== 'object') {
        if (m.key) {
          if (m.key === '__proto__') Object.defineProperty(node, '__proto__', { value: m.value ?? {}, enumerable: true });
          else node[m.key] = m.value;
        } else if (m.value === undefined) delete node[k];
        else node[k] = m.value;
        break;
      }
      node = node[k];
    }
    return root;
  }

  it('mutated valid exports: ok with valid annotations, or a clear error; all or nothing', () => {
    let oks = 0;
    let errors = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        const doc = ms.reduce(mutate, valid as unknown);
        const r = parseImport(JSON.stringify(doc) ?? '');
        if (r.ok) {
          oks++;
          r.annotations.forEach(expectValid);
          // all or nothing: an accepted file yields as many annotations as it has items
          const items = (doc as any)?.first?.items;
          if (Array.isArray(items) && (doc as any).type === 'AnnotationCollection') expect(r.annotations).toHaveLength(items.length);
        } else {
          errors++;
          expect(r.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(r.en.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 1000 },
    );
    expect(oks).toBeGreaterThan(0);
    expect(errors).toBeGreaterThan(0);
  });

  it('one bad item rejects the whole file (never a partial import)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 }), fc.jsonValue({ maxDepth: 2 }), (i, garbage) => {
        const d = structuredClone(valid);
        d.first.items[i] = garbage;
        const r = parseImport(JSON.stringify(d));
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
