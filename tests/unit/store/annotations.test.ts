import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, reportFingerprint, type Annotation, type ReportIdentity } from '@/lib/anchoring';
import { exportCollection, planMerge, serializeExport } from '@/lib/exchange';
import { openStore, type GzbgDB } from '@/lib/store';
import {
  allAnnotations,
  annotationReportKey,
  annotationsOfReport,
  deleteAnnotation,
  getAnnotation,
  matchesQuery,
  mergeAnnotations,
  saveAnnotation,
  searchAnnotations,
  tagsInUse,
} from '@/lib/store/annotations';
import { importAnnotationsText } from '@/components/annotations/importing';
import { freshName } from './fixtures';

const TEXT = '各位代表：现在，我代表市人民政府向大会报告工作。全市生产总值增长6%以上，城镇新增就业50万人以上。';
const SH: ReportIdentity = { region: '上海市', year: 2021, title: '政府工作报告', fingerprint: reportFingerprint(TEXT) };
const NATIONAL: ReportIdentity = { region: '全国', year: 2024, title: '政府工作报告', fingerprint: 'fnv1a64:0000000000000000' };

function on(report: ReportIdentity, quote: string, over: { note?: string; tags?: string[]; now?: Date; source?: string } = {}): Annotation {
  const start = TEXT.indexOf(quote);
  return createAnnotation({
    text: TEXT, start: start < 0 ? 0 : start, end: start < 0 ? 4 : start + quote.length, source: over.source ?? 'https://www.shanghai.gov.cn/r.html',
    report, note: over.note ?? '', tags: over.tags ?? [], colour: '#FFD400', now: over.now ?? new Date('2024-03-05T00:00:00Z'),
  });
}

let db: GzbgDB;
const open = async () => (db = await openStore(freshName()));
afterEach(() => db?.close());

describe('annotation repository', () => {
  it('saves, reads, lists by report identity (not URL) in text order, and deletes', async () => {
    await open();
    const jobs = await saveAnnotation(db, on(SH, '城镇新增就业50万人以上', { note: '比去年多？', tags: ['关注'] }));
    const gdp = await saveAnnotation(db, on(SH, '全市生产总值增长6%以上', { tags: ['质询'] }));
    await saveAnnotation(db, on(NATIONAL, '各位代表'));
    expect(await getAnnotation(db, jobs.id)).toEqual(jobs);
    // The same report at another URL, with another layout's fingerprint: found by government, year and title.
    const mirror: ReportIdentity = { ...SH, fingerprint: 'fnv1a64:ffffffffffffffff' };
    expect((await annotationsOfReport(db, mirror)).map((a) => a.id)).toEqual([gdp.id, jobs.id]);
    expect((await allAnnotations(db)).length).toBe(3);
    expect(await deleteAnnotation(db, gdp.id)).toBe(true);
    expect(await deleteAnnotation(db, gdp.id)).toBe(false);
    expect((await annotationsOfReport(db, SH)).map((a) => a.id)).toEqual([jobs.id]);
    // the stored record carries the index key, the API never shows it
    expect((await db.get('annotations', jobs.id))?.reportId).toBe('anno:上海市:2021');
    expect(Object.keys((await getAnnotation(db, jobs.id))!)).not.toContain('reportId');
  });

  it('keys reports without government and year by fingerprint; summaries apart', () => {
    expect(annotationReportKey({ ...SH, region: null })).toBe(`fp:${SH.fingerprint}`);
    expect(annotationReportKey({ ...SH, summary: true })).toBe('anno:上海市:2021:summary');
  });

  it('searches note, quote and tags, and filters by tag', async () => {
    await open();
    await saveAnnotation(db, on(SH, '城镇新增就业50万人以上', { note: '比去年多？', tags: ['关注', '待核实'] }));
    await saveAnnotation(db, on(SH, '全市生产总值增长6%以上', { note: 'GDP 目标', tags: ['质询'] }));
    expect((await searchAnnotations(db, { text: '去年' })).length).toBe(1);
    expect((await searchAnnotations(db, { text: 'gdp' })).length).toBe(1);
    expect((await searchAnnotations(db, { text: '６％' })).length).toBe(1); // full-width folded
    expect((await searchAnnotations(db, { tag: '待核实' })).map((a) => a.body.note)).toEqual(['比去年多？']);
    expect((await searchAnnotations(db, { tag: '质询', text: '就业' })).length).toBe(0);
    expect(tagsInUse(await allAnnotations(db))).toEqual(['关注', '待核实', '质询'].sort((a, b) => a.localeCompare(b)));
    expect(matchesQuery(on(SH, '各位代表'), {})).toBe(true);
  });

  it('refuses what is not an annotation', async () => {
    await open();
    await expect(saveAnnotation(db, { id: 'x' } as unknown as Annotation)).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('merge import in one transaction', () => {
  it('writes the plan: new and updated, conflicts kept as copies; local newer edits stay', async () => {
    await open();
    const a = await saveAnnotation(db, on(SH, '各位代表', { note: 'mine' }));
    const b = await saveAnnotation(db, on(SH, '城镇新增就业50万人以上', { note: 'mine, newer', now: new Date('2024-03-09T00:00:00Z') }));
    const incoming = [
      { ...a, modified: '2024-03-06T00:00:00.000Z', body: { ...a.body, note: 'colleague edit' } },
      { ...b, modified: '2024-03-07T00:00:00.000Z', body: { ...b.body, note: 'colleague, older' } },
      on(SH, '全市生产总值增长6%以上', { note: 'new' }),
    ];
    const counts = await mergeAnnotations(db, (local) => {
      const p = planMerge(local, incoming);
      return { write: [...p.new, ...p.updated, ...p.conflicting.map((c) => c.copy)], value: [p.new.length, p.updated.length, p.conflicting.length] };
    });
    expect(counts).toEqual([1, 1, 1]);
    const all = await allAnnotations(db);
    expect(all.length).toBe(4);
    expect((await getAnnotation(db, a.id))!.body.note).toBe('colleague edit');
    expect((await getAnnotation(db, b.id))!.body.note).toBe('mine, newer');
  });

  it('all or nothing: a failure in the middle writes nothing', async () => {
    await open();
    const a = await saveAnnotation(db, on(SH, '各位代表', { note: 'mine' }));
    const good = on(SH, '全市生产总值增长6%以上');
    await expect(mergeAnnotations(db, () => ({ write: [good, { id: 'bad' } as unknown as Annotation], value: 0 }))).rejects.toMatchObject({ code: 'invalid' });
    expect((await allAnnotations(db)).map((x) => x.id)).toEqual([a.id]);
  });

  it('importAnnotationsText: preview counts, then the same counts written; hostile files change nothing', async () => {
    await open();
    const mine = await saveAnnotation(db, on(SH, '各位代表', { note: 'mine' }));
    const theirs = [on(SH, '全市生产总值增长6%以上', { note: '<img src=x onerror=alert(1)>', tags: ['建议'] }), on(NATIONAL, '各位代表', { note: 'other report' })];
    const file = serializeExport(exportCollection(theirs, { creator: { name: '王同事' } }));
    const merge = <T,>(decide: Parameters<typeof mergeAnnotations<T>>[1]) => mergeAnnotations(db, decide);
    const preview = await importAnnotationsText(file, 'shared.jsonld', false, merge);
    expect(preview).toMatchObject({ ok: true, written: false, counts: { new: 2, updated: 0, conflicting: 0, unchanged: 0 } });
    expect((await allAnnotations(db)).length).toBe(1);
    const done = await importAnnotationsText(file, 'shared.jsonld', true, merge);
    expect(done).toMatchObject({ ok: true, written: true, counts: { new: 2 } });
    const imported = (await allAnnotations(db)).find((x) => x.body.tags.includes('建议'))!;
    expect(imported.body.note).toBe('<img src=x onerror=alert(1)>');
    expect(imported.provenance?.importedFrom).toBe('shared.jsonld');
    // again: nothing new
    expect(await importAnnotationsText(file, 'shared.jsonld', true, merge)).toMatchObject({ counts: { new: 0, unchanged: 2 } });
    for (const bad of ['{', '{"__proto__": {}}', 'x'.repeat(6 * 1024 * 1024), '"hello"', JSON.stringify({ type: 'AnnotationCollection', first: { items: [{ id: 1 }] } })]) {
      const r = await importAnnotationsText(bad, 'bad.json', true, merge);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.zh.length).toBeGreaterThan(0);
    }
    expect((await allAnnotations(db)).length).toBe(3);
    expect((await getAnnotation(db, mine.id))!.body.note).toBe('mine');
  });
});
