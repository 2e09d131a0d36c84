import type { Analysis } from './analyze';

/** One report's parts with what the engine found in each: the gold-free check of the review/plan split. */
export interface StructureReport {
  isReport: boolean;
  region: string | null;
  level: string | null;
  year: number | null;
  confidence: number;
  doubts: string[];
  goals: { start: number; end: number } | null;
  parts: { role: string; start: number; end: number; title: string | null; targets: number; outcomes: number }[];
}

export function describeStructure(a: Analysis): StructureReport {
  const parts = a.structure.parts.map((p) => {
    const inside = a.commitments.filter((c) => c.start >= p.start && c.start < p.end);
    return { ...p, targets: inside.filter((c) => c.kind === 'target').length, outcomes: inside.filter((c) => c.kind === 'outcome').length };
  });
  const { isReport, region, level, year } = a.meta;
  return { isReport, region, level, year, confidence: a.structure.confidence, doubts: a.structure.doubts, goals: a.structure.goals, parts };
}

export function formatStructureTable(r: StructureReport & { file: string }): string {
  const head = `${r.file}: ${r.region ?? '?'} ${r.level ?? '?'} ${r.year ?? '?'}${r.isReport ? '' : ' (not a report)'} · confidence ${r.confidence}${r.doubts.length ? ' · ' + r.doubts.join(', ') : ''}${r.goals ? ` · 主要预期目标 at ${r.goals.start}` : ' · no 主要预期目标'}`;
  const rows = r.parts.map((p) => `  ${p.role.padEnd(10)} ${String(p.start).padStart(6)}–${String(p.end).padEnd(6)} T${String(p.targets).padEnd(4)} O${String(p.outcomes).padEnd(4)} ${(p.title ?? '').slice(0, 40)}`);
  return [head, ...rows].join('\n');
}
