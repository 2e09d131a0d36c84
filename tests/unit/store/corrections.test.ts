import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/commitments';
import { anchorOfFigure, correctionsFile, type Correction, type CorrectionAction } from '@/lib/corrections';
import {
  allCorrections, correctionsOfReport, deleteCorrection, exportAll, mergeCorrections, MIGRATIONS, openStore, openWithMigrations,
  priorAnalyses, reidentifyReport, restoreAll, saveCorrection, saveReport, StoreError,
} from '@/lib/store';
import { corpus } from '../engine/corpus';
import { freshName } from './fixtures';

const TEXT = corpus('shanghai-2021.zh.txt');
const A21 = analyze(TEXT);
const REPORT = { region: '上海市', year: 2021 };
const target = A21.commitments.filter((c) => c.kind === 'target')[3]!;
let n = 0;
const correction = (action: CorrectionAction, report = REPORT): Correction => ({
  id: `c${++n}`, report, ...anchorOfFigure(TEXT, target.start, target.end), action, created: new Date(Date.UTC(2026, 2, 5, 9, n)).toISOString(),
});
const stored = async () => {
  const db = await openStore(freshName());
  await saveReport(db, { url: 'https://www.shanghai.gov.cn/2021.html', text: TEXT, analysis: { meta: A21.meta, headings: A21.headings, commitments: A21.commitments }, engine: 'test' });
  return db;
};

describe('the corrections store (schema v4)', () => {
  it('v3 → v4: a database written by v3 keeps every record and gains an empty corrections store', async () => {
    const name = freshName();
    const old = await openWithMigrations<any>(name, MIGRATIONS.slice(0, 3));
    await old.put('annotations', { id: 'a1', reportId: 'anno:上海市:2021', modified: '2026-01-01T00:00:00Z' });
    await old.put('settings', { hash: 'h1', at: 6 }, 'versions.lastSeen:x');
    old.close();
    const db = await openStore(name);
    expect(db.version).toBe(4);
    expect(await db.getAll('annotations')).toHaveLength(1);
    expect(await db.getAll('settings')).toHaveLength(1);
    expect(await db.getAll('corrections')).toEqual([]);
    db.close();
  });

  it('saves, lists by report (oldest first), undoes, and refuses what is not a correction', async () => {
    const db = await stored();
    const a = await saveCorrection(db, correction({ kind: 'rename', indicator: '甲' }));
    const b = await saveCorrection(db, correction({ kind: 'dismiss' }));
    await saveCorrection(db, correction({ kind: 'dismiss' }, { region: '上海市', year: 2022 }));
    expect((await correctionsOfReport(db, REPORT)).map((c) => c.id)).toEqual([a.id, b.id]);
    expect(await deleteCorrection(db, a.id)).toBe(true);
    expect(await deleteCorrection(db, a.id)).toBe(false);
    expect((await correctionsOfReport(db, REPORT)).map((c) => c.id)).toEqual([b.id]);
    await expect(saveCorrection(db, { ...b, action: { kind: 'explode' } } as unknown as Correction)).rejects.toThrow(StoreError);
    // A colleague's file merges: new ones added, one already here kept as the reader has it.
    const theirs = [{ ...b, action: { kind: 'rename', indicator: '他们的名字' } } as Correction, correction({ kind: 'unlink' })];
    expect(await mergeCorrections(db, theirs)).toEqual({ added: 1, kept: 1 });
    expect((await allCorrections(db)).find((c) => c.id === b.id)!.action).toEqual({ kind: 'dismiss' });
    db.close();
  });

  it('applies an earlier year\'s corrections where that year is read for linking', async () => {
    const db = await stored();
    await saveCorrection(db, correction({ kind: 'dismiss' }));
    const [prior] = await priorAnalyses(db, { region: '上海市', level: 'provincial', year: 2022 }, 'test', () => {
      throw new Error('not analyzed again');
    });
    expect(prior!.analysis.commitments).toHaveLength(A21.commitments.length - 1);
    expect(prior!.analysis.commitments.some((c) => c.start === target.start)).toBe(false);
    db.close();
  });

  it('travels in the backup and moves with the report when its details are fixed', async () => {
    const db = await stored();
    const c = await saveCorrection(db, correction({ kind: 'rename', indicator: '改过的名字' }));
    const backup = await exportAll(db);
    expect(backup.corrections!.map((x) => x.id)).toEqual([c.id]);
    const fresh = await openStore(freshName());
    const restored = await restoreAll(fresh, JSON.parse(JSON.stringify(backup)));
    expect(restored.corrections).toEqual({ added: 1, updated: 0, kept: 0 });
    expect((await correctionsOfReport(fresh, REPORT)).map((x) => x.id)).toEqual([c.id]);
    // A backup from before corrections still restores.
    const { corrections: _c, ...older } = JSON.parse(JSON.stringify(backup));
    await expect(restoreAll(await openStore(freshName()), older)).resolves.toMatchObject({ corrections: { added: 0 } });
    // A malformed correction refuses the whole backup.
    const bad = JSON.parse(JSON.stringify(backup));
    bad.corrections[0].figureAt = -1;
    await expect(restoreAll(await openStore(freshName()), bad)).rejects.toThrow(/corrections/);
    const id = (await fresh.getAll('reports'))[0]!.id;
    await reidentifyReport(fresh, id, { region: '上海市', year: 2020, level: 'provincial', title: null, summary: false });
    expect(await correctionsOfReport(fresh, REPORT)).toEqual([]);
    expect((await correctionsOfReport(fresh, { region: '上海市', year: 2020 })).map((x) => x.id)).toEqual([c.id]);
    expect(correctionsFile(await allCorrections(fresh)).corrections).toHaveLength(1);
    db.close();
  });
});
