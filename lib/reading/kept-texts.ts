/**
 * Pages' texts the background keeps for a short while under an id, with the engine's analysis of
 * each, so that a long page's text and its thousands of figures cross the messaging once: the text
 * sent in pieces (each piece serialized in its own task on the page), analyzed, then linked and
 * saved by id. Bounded in count, characters and age: the oldest go first,
 * and a text nobody asked for in `ttlMs` goes at the next use, so the background never grows with
 * the pages read (an evicted id is answered with a 'text-gone' error and the page sends the text).
 */
import type { PortableAnalysis } from '../commitments/analyze';

export interface KeptLimits {
  /** Texts kept at most (uploads in progress included). */
  count: number;
  /** Characters kept at most, over every text and its normalized form (the analysis grows with them). */
  chars: number;
  /** A text not used for this long is dropped, ms. */
  ttlMs: number;
}

/** A few tabs reading long pages at once; 2M-character pages (the limit) twice with their normalized texts. */
export const KEPT_LIMITS: KeptLimits = { count: 8, chars: 8_000_000, ttlMs: 5 * 60_000 };

interface Entry {
  pieces: string[];
  /** The pieces joined, once the text is complete. */
  text?: string;
  /** The engine's analysis of `text`, with its normalized text (for linking and saving). */
  analysis?: PortableAnalysis;
  chars: number;
  usedAt: number;
}

/** The error a request by id gets when its text is no longer kept (code 'text-gone'). */
export class TextGone extends Error {
  override readonly name = 'TextGone';
  readonly code = 'text-gone';
  constructor(id: string) {
    super(`The text ${id} is no longer kept in the background; send it again.`);
  }
}

export class KeptTexts {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly limits: KeptLimits = KEPT_LIMITS,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Adds a piece to the text being sent under `id` (a new text when null); returns its id. */
  append(id: string | null, piece: string): string {
    const entry = id === null ? undefined : this.entries.get(id);
    if (id !== null && (!entry || entry.text !== undefined)) throw new TextGone(id);
    const key = id ?? this.newId();
    const e = entry ?? { pieces: [], chars: 0, usedAt: 0 };
    e.pieces.push(piece);
    e.chars += piece.length;
    this.touch(key, e);
    return key;
  }

  /** Keeps a whole text under a new id. */
  keep(text: string): string {
    const key = this.newId();
    this.touch(key, { pieces: [], text, chars: text.length, usedAt: 0 });
    return key;
  }

  /** The text under `id`, its pieces joined; throws TextGone when it is not (or no longer) kept. */
  text(id: string): string {
    const e = this.use(id);
    if (e.text === undefined) {
      e.text = e.pieces.join('');
      e.pieces = [];
    }
    return e.text;
  }

  /** Keeps the engine's analysis beside the text (its normalized text counted in the limits). */
  setAnalysis(id: string, analysis: PortableAnalysis): void {
    const e = this.use(id);
    if (e.analysis) e.chars -= e.analysis.normalized.text.length;
    e.analysis = analysis;
    e.chars += analysis.normalized.text.length;
    this.touch(id, e);
  }

  /** The analysis kept beside the text, or undefined; throws TextGone when the text is gone. */
  analysis(id: string): PortableAnalysis | undefined {
    return this.use(id).analysis;
  }

  /** Ids kept now, oldest use first (for tests and diagnostics). */
  ids(): string[] {
    this.expire();
    return [...this.entries.keys()];
  }

  private use(id: string): Entry {
    this.expire();
    const e = this.entries.get(id);
    if (!e) throw new TextGone(id);
    this.touch(id, e);
    return e;
  }

  /** Marks an entry as just used (the Map's order is the order of use) and enforces the bounds. */
  private touch(id: string, e: Entry): void {
    e.usedAt = this.now();
    this.entries.delete(id);
    this.entries.set(id, e);
    this.expire();
    let total = 0;
    for (const x of this.entries.values()) total += x.chars;
    // The oldest go first; the one just used stays even alone over the limit (a 2M page must still be read).
    for (const [key, x] of this.entries) {
      if (key === id || (this.entries.size <= this.limits.count && total <= this.limits.chars)) break;
      this.entries.delete(key);
      total -= x.chars;
    }
  }

  private expire(): void {
    const oldest = this.now() - this.limits.ttlMs;
    for (const [key, x] of this.entries) {
      if (x.usedAt >= oldest) break;
      this.entries.delete(key);
    }
  }
}
