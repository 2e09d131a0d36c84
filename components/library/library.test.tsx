// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { corpus } from '../../tests/unit/engine/corpus';
import type { Analysis } from '@/lib/commitments';
import { anchorOfFigure, type Correction } from '@/lib/corrections';
import { buildAcross, cellValue, filterRows, orderGovernments, spreadOf } from './across';
import { importBatch, type BatchFile, type BatchProgress } from './batch';
import { MAX_IMPORT_BYTES } from './importing';

const PROVINCES = ['gansu', 'guangdong', 'hainan', 'jilin', 'ningxia'].map((p) => `provinces-2026/${p}-2026.zh.txt`);
const file = (name: string, text: string, size = text.length): BatchFile => ({ name, size, text: async () => text });

describe('importBatch', () => {
  it('files each report under its government and year, with progress, and keeps going past bad files', async () => {
    const saved: { name: string; region: string | null; year: number | null }[] = [];
    const save = async (name: string, _text: string, a: Analysis) => {
      if (name === 'full-disk.txt') throw new Error('QuotaExceededError: the disk is full');
      saved.push({ name, region: a.meta.region, year: a.meta.year });
      return `gov:${a.meta.region}:${a.meta.year}`;
    };
    const progress: BatchProgress[] = [];
    const files = [
      file('gansu.txt', corpus(PROVINCES[0]!)),
      file('notes.txt', '会议纪要：下午三点开会，讨论食堂菜单。'),
      file('empty.txt', '  \n '),
      file('huge.txt', 'x', MAX_IMPORT_BYTES + 1),
      file('scan.pdf', '%PDF-1.7'),
      file('full-disk.txt', corpus(PROVINCES[1]!)),
      file('hainan.html', `<!doctype html><html><body><div>${corpus(PROVINCES[2]!).split('\n').map((l) => `<p>${l}</p>`).join('')}</div></body></html>`),
    ];
    const results = await importBatch(files, save, (p) => progress.push(p));
    expect(results.map((r) => [r.name, r.ok, r.failure ?? null])).toEqual([
      ['gansu.txt', true, null],
      ['notes.txt', false, 'not-recognized'],
      ['empty.txt', false, 'empty'],
      ['huge.txt', false, 'too-large'],
      ['scan.pdf', false, 'not-a-text'],
      ['full-disk.txt', false, 'save-failed'],
      ['hainan.html', true, null],
    ]);
    expect(results[5]!.detail).toMatch(/disk is full/);
    expect(results[1]!.detail).toBe('region,year');
    expect(saved.map((s) => [s.region, s.year])).toEqual([['甘肃省', 2026], ['海南省', 2026]]);
    // One step per file, in order, then done.
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(progress.at(-1)).toEqual({ done: 7, total: 7, current: null });
  });
});

describe('importBatch with PDF and Word files', () => {
  it('reads them through the given reader and lists a file it cannot read with the reader\'s message', async () => {
    const bin = (name: string): BatchFile => ({ name, size: 10, text: async () => '', arrayBuffer: async () => new TextEncoder().encode(name).buffer as ArrayBuffer });
    const readBinary = async (name: string) => {
      if (name.includes('scanned')) throw new Error('这个 PDF 没有可读的文字');
      return corpus(PROVINCES[3]!);
    };
    const saved: string[] = [];
    const results = await importBatch([bin('jilin.pdf'), bin('jilin.scanned.pdf'), bin('jilin.docx')], async (name) => (saved.push(name), name), () => undefined, readBinary);
    expect(results.map((r) => [r.name, r.ok, r.failure ?? null, r.region ?? null])).toEqual([
      ['jilin.pdf', true, null, '吉林省'],
      ['jilin.scanned.pdf', false, 'file-problem', null],
      ['jilin.docx', true, null, '吉林省'],
    ]);
    expect(results[1]!.detail).toMatch(/没有可读的文字/);
    // Without a reader for them (no pdf.js here), such files are refused, not misread as text.
    expect((await importBatch([bin('x.pdf')], async () => 'id', () => undefined))[0]!.failure).toBe('not-a-text');
  });
});

describe('the across-governments view model', async () => {
  const stored = PROVINCES.map((f, i) => ({ id: `r${i}`, text: corpus(f), identity: { region: null, level: null, year: null, summary: false } }));
  // The reader fixed one government's name: the table files it under the fix.
  stored[4]!.identity.region = '宁夏回族自治区（修正）' as never;
  const steps: number[] = [];
  const { table, reportOf } = await buildAcross(stored, (done) => steps.push(done));
  const gdp = table.rows[0]!;

  it('reads every stored report once, under the identity the reader fixed', () => {
    expect(steps).toEqual([0, 1, 2, 3, 4, 5]);
    expect(table.governments.map((g) => g.region)).toContain('宁夏回族自治区（修正）');
    expect(reportOf['甘肃省']).toBe('r0');
    expect(gdp.indicator).toBe('地区生产总值增长');
    expect(Object.keys(gdp.cells)).toHaveLength(5);
  });

  it("shows a report's targets as the reader corrected them: a dismissed GDP target leaves its cell", async () => {
    const gansu = gdp.cells['甘肃省']!;
    const dismiss: Correction = { id: 'c1', report: { region: '甘肃省', year: 2026 }, ...anchorOfFigure(stored[0]!.text, gansu.start, gansu.end), action: { kind: 'dismiss' }, created: '2026-03-05T09:00:00.000Z' };
    const corrected = await buildAcross([{ ...stored[0]!, corrections: [dismiss] }, stored[1]!], () => undefined);
    expect(corrected.table.rows[0]!.cells['甘肃省']).toBeUndefined();
    expect(corrected.table.rows[0]!.cells[table.governments[1]!.region]).toBeDefined();
  });

  it('orders governments by a row (ranges by their middle, the unstated last), both ways, or by name', () => {
    const asc = orderGovernments(table, { indicator: gdp.indicator, direction: 1 });
    const values = asc.map((g) => cellValue(gdp.cells[g.region]));
    expect(values).toEqual([...values].sort((a, b) => a! - b!));
    const desc = orderGovernments(table, { indicator: gdp.indicator, direction: -1 });
    expect(desc.map((g) => cellValue(gdp.cells[g.region]))).toEqual([...values].reverse());
    const revenue = table.rows.find((r) => r.indicator === '一般公共预算收入增长')!;
    const stated = Object.keys(revenue.cells).length;
    const byRevenue = orderGovernments(table, { indicator: revenue.indicator, direction: 1 });
    expect(byRevenue.slice(stated).every((g) => !revenue.cells[g.region])).toBe(true);
    expect(orderGovernments(table, null).map((g) => g.region)).toEqual(table.governments.map((g) => g.region).sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it('filters rows by indicator and draws a headline row on one scale', () => {
    expect(filterRows(table.rows, '失业').map((r) => r.indicator)).toContain('城镇调查失业率');
    expect(filterRows(table.rows, '失业').every((r) => r.indicator.includes('失业'))).toBe(true);
    expect(filterRows(table.rows, ' ')).toHaveLength(table.rows.length);
    const spread = spreadOf(gdp)!;
    expect(spread.points).toHaveLength(5);
    expect(Math.min(...spread.points.map((p) => p.from))).toBe(0);
    expect(Math.max(...spread.points.map((p) => p.to))).toBe(1);
    expect(spreadOf({ indicator: 'x', headline: true, cells: {} })).toBeNull();
  });
});

describe('orderGovernments by hierarchy', () => {
  const gov = (region: string, level: string, parent: string | null) => ({ region, level, parent, year: 2021, file: region });
  const table = (govs: ReturnType<typeof gov>[]) => ({ year: 2021, governments: govs, rows: [] });

  it('puts the nation first and each government before those that answer to it, names in pinyin order', () => {
    const t = table([gov('运城市', 'municipal', '山西省'), gov('海拉尔区', 'county', '呼伦贝尔市'), gov('山西省', 'provincial', '全国'), gov('全国', 'national', null), gov('甘肃省', 'provincial', '全国')]);
    expect(orderGovernments(t, null).map((g) => g.region)).toEqual(['全国', '甘肃省', '山西省', '运城市', '海拉尔区']);
  });

  it('keeps every column when two governments name each other as parent', () => {
    const t = table([gov('甲市', 'municipal', '乙市'), gov('乙市', 'municipal', '甲市')]);
    expect(orderGovernments(t, null).map((g) => g.region).sort()).toEqual(['乙市', '甲市'].sort());
  });
});
