import type { Commitment } from '@/lib/commitments/types';
import type { ReportMeta } from '@/lib/report/types';
import { createAnnotation } from '@/lib/anchoring';
import type { AnalysisLike, StoredAnnotation } from '@/lib/store';

let dbCounter = 0;
/** A database name no other test uses (fake-indexeddb keeps databases for the whole file). */
export const freshName = (): string => `gzbg-test-${++dbCounter}-${Math.random().toString(36).slice(2)}`;

export function meta(over: Partial<ReportMeta> = {}): ReportMeta {
  return {
    isReport: true,
    confidence: 0.95,
    title: '政府工作报告',
    region: '上海市',
    level: 'provincial',
    year: 2021,
    session: null,
    summary: false,
    lang: 'zh',
    ...over,
  };
}

export function commitment(over: Partial<Commitment> = {}): Commitment {
  return {
    id: 'T1',
    kind: 'target',
    start: 10,
    end: 20,
    quote: '全市生产总值增长6%以上',
    number: '6%',
    amount: 6,
    unit: '%',
    comparator: '>=',
    indicator: '全市生产总值',
    section: null,
    sectionPath: [],
    horizon: 'year',
    horizonLabel: null,
    key: 'gdp-growth',
    ...over,
  };
}

export function analysis(m: Partial<ReportMeta> = {}, commitments: Commitment[] = [commitment()]): AnalysisLike {
  return { meta: meta(m), headings: [{ start: 0, end: 6, text: '一、回顾', depth: 1, role: 'review' }], commitments };
}

/** A stored annotation as the extension writes it. */
export function storedNote(id: string, reportId: string, modified: string, note = ''): StoredAnnotation {
  const a = createAnnotation({
    id, note, source: 'https://sh.example/2021', text: '全市生产总值增长6%以上', start: 8, end: 12,
    report: { region: '上海市', year: 2021, title: '政府工作报告', fingerprint: 'f' },
  });
  return { ...a, modified, reportId } as unknown as StoredAnnotation;
}
