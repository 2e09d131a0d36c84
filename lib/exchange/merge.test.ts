import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import type { Annotation } from '../anchoring/index.ts';
import { conflictCopyId, exportCollection, parseImport, planMerge, serializeExport } from './index.ts';

function ann(id: string, modified: string, note = '', extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    created: '2024-03-01T00:00:00.000Z',
    modified,
    body: { note, tags: [], colour: null },
    target: {
      source: 'https://www.gov.cn/r.htm',
      report: { region: '全国', year: 2024, title: '政府工作报告', fingerprint: 'fnv1a64:0123456789abcdef' },
      selectors: { quote: { type: 'TextQuoteSelector', exact: '城镇新增就业1200万人以上', prefix: '；', suffix: '，' } },
    },
    ...extra,
  };
}

const T1 = '2024-03-02T00:00:00.000Z';
const T2 = '2024-03-03T00:00:00.000Z';

group('planMerge', () => {
  it('adds new, updates older local copies, keeps both on conflict, skips unchanged', () => {
    const local = [ann('urn:a', T1, 'a'), ann('urn:b', T2, 'b local, newer'), ann('urn:c', T1, 'c'), ann('urn:d', T1, 'd')];
    const incoming = [
      ann('urn:new', T1, 'new'),
      ann('urn:a', T2, 'a edited by colleague'),
      ann('urn:b', T1, 'b colleague, older'),
      ann('urn:c', T1, 'c'),
      ann('urn:d', T1, 'd, same time, other text'),
    ];
    const plan = planMerge(local, incoming);
    expect(plan.new.map((a) => a.id)).toEqual(['urn:new']);
    expect(plan.updated.map((a) => a.body.note)).toEqual(['a edited by colleague']);
    expect(plan.unchanged.map((a) => a.id)).toEqual(['urn:c']);
    expect(plan.conflicting.map((c) => c.local.id)).toEqual(['urn:b', 'urn:d']);
    for (const c of plan.conflicting) {
      expect(c.copy.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(c.copy.provenance?.originalId).toBe(c.incoming.id);
      expect(c.copy.body).toEqual(c.incoming.body);
    }
    expect(plan.result.map((a) => a.body.note)).toEqual([
      'a edited by colleague',
      'b local, newer',
      'c',
      'd',
      'new',
      'b colleague, older',
      'd, same time, other text',
    ]);
    // the inputs are untouched
    expect(local[0]!.body.note).toBe('a');
  });

  it('is idempotent: merging the same file again changes nothing', () => {
    const local = [ann('urn:a', T2, 'mine')];
    const incoming = [ann('urn:a', T1, 'theirs'), ann('urn:b', T1, 'b')];
    const once = planMerge(local, incoming);
    const twice = planMerge(once.result, incoming);
    expect([twice.new.length, twice.updated.length, twice.conflicting.length]).toEqual([0, 0, 0]);
    expect(twice.unchanged).toHaveLength(2);
    expect(twice.result).toEqual(once.result);
  });

  it('unreadable times: an incoming copy with an unreadable modified time never replaces a local one', () => {
    const plan = planMerge([ann('urn:a', 'garbage', 'mine')], [ann('urn:a', T2, 'theirs')]);
    expect(plan.updated).toHaveLength(1); // a parsable incoming time beats an unreadable local one...
    const back = planMerge([ann('urn:a', T2, 'mine')], [ann('urn:a', 'garbage', 'theirs')]);
    expect(back.updated).toHaveLength(0); // ...but an unreadable incoming time never wins
    expect(back.conflicting).toHaveLength(1);
  });

  it('gives conflict copies stable ids', () => {
    const a = ann('urn:a', T1, 'x');
    expect(conflictCopyId(a)).toBe(conflictCopyId({ ...a }));
    expect(conflictCopyId(a)).not.toBe(conflictCopyId({ ...a, body: { ...a.body, note: 'y' } }));
  });

  it('works end to end with parseImport, keeping who and where', () => {
    const mine = ann('urn:uuid:11111111-1111-4111-8111-111111111111', T2, 'mine', { creator: { name: '我' } });
    const theirs = { ...mine, modified: T1, body: { ...mine.body, note: 'theirs' }, creator: { name: '同事' } };
    const file = serializeExport(exportCollection([theirs, ann('urn:uuid:22222222-2222-4222-8222-222222222222', T1, 'n')]));
    const r = parseImport(file, { fileName: 'colleague.jsonld' });
    if (!r.ok) throw new Error(r.error);
    const plan = planMerge([mine], r.annotations);
    expect(plan.new).toHaveLength(1);
    expect(plan.conflicting).toHaveLength(1);
    const copy = plan.conflicting[0]!.copy;
    expect(copy.creator).toEqual({ name: '同事' });
    expect(copy.provenance).toMatchObject({ importedFrom: 'colleague.jsonld', originalCreator: { name: '同事' }, originalId: mine.id });
    expect(plan.result[0]).toBe(mine);
  });
});

group('planMerge: property tests', () => {
  const time = fc.integer({ min: 0, max: 5 }).map((d) => `2024-03-0${d + 1}T00:00:00.000Z`);
  const annotation = fc
    .record({
      id: fc.constantFrom('urn:a', 'urn:b', 'urn:c', 'urn:d', 'urn:e'),
      modified: fc.oneof(time, fc.constant('not a time')),
      note: fc.constantFrom('', 'x', 'y', '关注'),
    })
    .map(({ id, modified, note }) => ann(id, modified, note));
  const uniqueById = (list: Annotation[]) => [...new Map(list.map((a) => [a.id, a])).values()];

  it('never loses or silently overwrites a local record; counts add up', () => {
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 6 }).map(uniqueById), fc.array(annotation, { maxLength: 8 }), (local, incoming) => {
        const before = structuredClone(local);
        const plan = planMerge(local, incoming);
        expect(local).toEqual(before); // pure
        expect(plan.new.length + plan.updated.length + plan.conflicting.length + plan.unchanged.length).toBe(incoming.length);
        expect(plan.result.length).toBe(local.length + plan.new.length + plan.conflicting.length);
        const byId = new Map(plan.result.map((a) => [a.id, a]));
        expect(byId.size).toBe(plan.result.length); // ids stay unique
        for (const l of local) {
          const r = byId.get(l.id);
          expect(r).toBeDefined(); // never deleted
          if (r !== l) {
            // replaced only by a strictly newer copy
            expect(Date.parse(r!.modified)).toBeGreaterThan(Number.isNaN(Date.parse(l.modified)) ? -Infinity : Date.parse(l.modified));
          }
        }
        // every incoming annotation is kept (as itself or as a conflict copy), unless a strictly newer copy of it is
        const content = (a: Annotation) => JSON.stringify([a.created, a.modified, a.body, a.target, a.creator ?? null]);
        const t = (s: string) => (Number.isNaN(Date.parse(s)) ? -Infinity : Date.parse(s));
        for (const inc of incoming) {
          const kept = plan.result.some((a) => (a.id === inc.id || a.provenance?.originalId === inc.id) && content(a) === content(inc));
          const superseded = plan.result.some((a) => a.id === inc.id && t(a.modified) > t(inc.modified));
          expect(kept || superseded).toBe(true);
        }
        // idempotent (for files with unique ids, which parseImport guarantees)
        if (new Set(incoming.map((a) => a.id)).size === incoming.length) {
          const again = planMerge(plan.result, incoming);
          expect(again.new.length + again.updated.length + again.conflicting.length).toBe(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
