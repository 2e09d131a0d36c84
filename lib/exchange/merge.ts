import { fnv1a64, type Annotation } from '../anchoring/index.ts';

/*
 * Merging imported annotations into the local ones. Pure: it plans, the caller shows the counts
 * (new, updated, conflicting) and writes `result` in one transaction only if the user agrees.
 * Rules: nothing local is ever removed; a local annotation is replaced only by an incoming copy
 * of the same id with a strictly newer `modified`; when the local copy is as new or newer and
 * differs, both are kept (the incoming one under a new id, its old id in provenance).
 */

export interface Conflict {
  local: Annotation;
  incoming: Annotation;
  /** The incoming annotation as it will be kept: new id, provenance.originalId = incoming id. */
  copy: Annotation;
}

export interface MergePlan {
  new: Annotation[];
  /** Incoming annotations that replace an older local copy. */
  updated: Annotation[];
  conflicting: Conflict[];
  /** Incoming annotations already present (same content), including re-imported conflict copies. */
  unchanged: Annotation[];
  /** Every local annotation (updated ones replaced in place), then new ones, then conflict copies. */
  result: Annotation[];
}

/** The parts that make two copies "the same annotation": everything but provenance. */
function contentKey(a: Annotation): string {
  return JSON.stringify([a.created, a.modified, a.creator ?? null, a.body, a.target]);
}

function time(s: string): number {
  const t = Date.parse(s);
  return Number.isNaN(t) ? -Infinity : t;
}

/** A stable urn:uuid for the kept copy of a conflicting annotation (same input, same id). */
export function conflictCopyId(incoming: Annotation): string {
  const seed = `${incoming.id}\u0000${incoming.modified}\u0000${contentKey(incoming)}`;
  const h = fnv1a64(seed) + fnv1a64(`conflict-copy\u0000${seed}`);
  // RFC 9562 layout, version 8 (custom), variant 10xx
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function planMerge(local: readonly Annotation[], incoming: readonly Annotation[]): MergePlan {
  const plan: MergePlan = { new: [], updated: [], conflicting: [], unchanged: [], result: [...local] };
  const index = new Map<string, number>();
  plan.result.forEach((a, i) => {
    if (!index.has(a.id)) index.set(a.id, i);
  });
  const put = (a: Annotation) => {
    index.set(a.id, plan.result.length);
    plan.result.push(a);
  };
  for (const inc of incoming) {
    const at = index.get(inc.id);
    if (at === undefined) {
      plan.new.push(inc);
      put(inc);
      continue;
    }
    const mine = plan.result[at]!;
    if (contentKey(mine) === contentKey(inc)) {
      plan.unchanged.push(inc);
      continue;
    }
    if (time(inc.modified) > time(mine.modified)) {
      plan.updated.push(inc);
      plan.result[at] = inc;
      continue;
    }
    const copyId = conflictCopyId(inc);
    const existing = index.get(copyId);
    if (existing !== undefined && contentKey(plan.result[existing]!) === contentKey({ ...inc, id: copyId })) {
      plan.unchanged.push(inc);
      continue;
    }
    const copy: Annotation = {
      ...inc,
      id: copyId,
      provenance: {
        importedFrom: inc.provenance?.importedFrom ?? '(unknown)',
        importedAt: inc.provenance?.importedAt ?? new Date(0).toISOString(),
        ...inc.provenance,
        originalId: inc.id,
      },
    };
    plan.conflicting.push({ local: mine, incoming: inc, copy });
    put(copy);
  }
  return plan;
}
