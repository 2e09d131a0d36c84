import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getCommitments, getReport, openStore, priorAnalyses, saveReport, type GzbgDB, type Reanalyze } from '@/lib/store';
import { analysis, commitment, freshName } from './fixtures';

let db: GzbgDB;
afterEach(() => db?.close());

const never: Reanalyze = (r) => {
  throw new Error(`${r.id} was saved by this engine: it must not be analyzed again`);
};

/** Shanghai 2019–2022 saved by engine `v1` (2020 twice: the whole report and a summary), plus other governments. */
async function seed(): Promise<void> {
  db = await openStore(freshName());
  for (const year of [2019, 2020, 2021, 2022]) {
    await saveReport(db, {
      url: `https://sh.example/${year}`, text: `上海${year}全文`, engine: 'v1', analysis: analysis({ year }, [
        commitment({ id: 'T1', key: 'gdp-growth', amount: year - 2014 }),
        commitment({ id: 'T2', key: 'jobs', start: 40, end: 50 }),
      ]),
    });
  }
  await saveReport(db, { url: 'https://paper.example/2020', text: '上海2020摘要', engine: 'v1', analysis: analysis({ year: 2020, summary: true }) });
  await saveReport(db, { url: 'https://gov.example/2021', text: '全国2021', engine: 'v1', analysis: analysis({ region: '全国', level: 'national', year: 2021 }) });
}

describe('priorAnalyses', () => {
  it('gives the nearest earlier years of the same government, whole reports before summaries, without texts', async () => {
    await seed();
    const prior = await priorAnalyses(db, { region: '上海市', level: 'provincial', year: 2022 }, 'v1', never);
    expect(prior.map((p) => [p.analysis.meta.year, p.analysis.meta.summary])).toEqual([[2021, false], [2020, false], [2019, false]]);
    expect(prior[0]!.reportId).toBe('gov:provincial:上海市:2021');
    expect(prior[0]!.url).toBe('https://sh.example/2021');
    expect(prior[0]!.analysis.commitments.map((c) => c.id)).toEqual(['T1', 'T2']);
    expect(prior[0]!.analysis.headings).toHaveLength(1);
    expect(JSON.stringify(prior)).not.toContain('全文');
    expect((await priorAnalyses(db, { region: '上海市', level: 'provincial', year: 2022, years: 1 }, 'v1', never)).length).toBe(1);
    expect(await priorAnalyses(db, { region: '上海市', level: 'provincial', year: 2019 }, 'v1', never)).toEqual([]);
    expect(await priorAnalyses(db, { region: '上海市', level: 'municipal', year: 2023 }, 'v1', never)).toEqual([]);
    expect(await priorAnalyses(db, { region: '北京市', level: 'provincial', year: 2023 }, 'v1', never)).toEqual([]);
  });

  it('a summary stands in for a year with no whole report', async () => {
    db = await openStore(freshName());
    await saveReport(db, { url: '', text: '上海2020摘要', engine: 'v1', analysis: analysis({ year: 2020, summary: true }) });
    const prior = await priorAnalyses(db, { region: '上海市', level: 'provincial', year: 2021 }, 'v1', never);
    expect(prior.map((p) => p.analysis.meta.summary)).toEqual([true]);
  });

  it('analyzes a report of another engine version once, stores the result, and keeps its identity', async () => {
    await seed();
    const asked: string[] = [];
    const v2: Reanalyze = (r) => {
      asked.push(r.id);
      // The new engine finds three targets and (say) no longer tells the year: the stored identity wins.
      return analysis({ year: null }, [commitment({ id: 'T1' }), commitment({ id: 'T2', start: 40, end: 50 }), commitment({ id: 'T3', start: 60, end: 70 })]);
    };
    const first = await priorAnalyses(db, { region: '上海市', level: 'provincial', year: 2022, years: 2 }, 'v2', v2);
    expect(asked).toEqual(['gov:provincial:上海市:2021', 'gov:provincial:上海市:2020']);
    expect(first[0]!.analysis.commitments.map((c) => c.id)).toEqual(['T1', 'T2', 'T3']);
    expect(first[0]!.analysis.meta.year).toBe(2021);
    const stored = await getCommitments(db, 'gov:provincial:上海市:2021');
    expect(stored.map((c) => [c.id, c.year, c.region])).toEqual([['T1', 2021, '上海市'], ['T2', 2021, '上海市'], ['T3', 2021, '上海市']]);
    const report = await getReport(db, 'gov:provincial:上海市:2021');
    expect([report!.engine, report!.commitmentCount, report!.year, report!.text]).toEqual(['v2', 3, 2021, '上海2021全文']);

    // The second visit reads what the first stored.
    const again = await priorAnalyses(db, { region: '上海市', level: 'provincial', year: 2022, years: 2 }, 'v2', never);
    expect(again).toEqual(first);
    // Reports not asked for are left as they were.
    expect((await getReport(db, 'gov:provincial:上海市:2019'))!.engine).toBe('v1');
  });
});
