export type Comparator = '>=' | '>' | '<=' | '~' | '=' | 'range' | '+' | '-';

export type Amount = number | [number, number];

/** One numeric commitment (target) or review-section outcome found in a report. */
export interface Commitment {
  /** Stable within one text: `T1`, `T2`… for targets, `O1`… for outcomes, in text order. */
  id: string;
  kind: 'target' | 'outcome';
  /** UTF-16 offsets into the source text (file text without BOM, or the page's text map). */
  start: number;
  end: number;
  /** The clause around the number, as written in the source. */
  quote: string;
  /** The number as written, with its multiplier: 55万, 1.3万亿, 两成, 6%－6.5%. */
  number: string;
  /** In the base unit: 55万人 → 550000; ranges are [low, high]. */
  amount: Amount;
  /** Base unit: 人, 亩, 元, %, 百分点, 个… */
  unit: string;
  comparator: Comparator;
  /** What is measured, as a journalist would head a table column: 城镇新增就业. */
  indicator: string;
  /** Nearest heading text, or null. */
  section: string | null;
  /** All enclosing headings, outermost first. */
  sectionPath: string[];
  /** 'year' for this year's plan; 'multi-year' for five-year / 今明两年 / 累计 goals. */
  horizon: 'year' | 'multi-year';
  /** The phrase that set a multi-year horizon (今明两年, 五年累计, 十四五期间), else null. */
  horizonLabel: string | null;
  /** A comparison key: the indicator reduced through the synonym table (see lib/commitments/indicator.ts). */
  key: string;
  /** The page of a PDF the figure is on (1-based); only for texts read from paged files. */
  page?: number;
  /**
   * The reader's pairing (lib/corrections link/unlink): the earlier year's target this figure is the
   * same indicator as, or null for none. Linking honours it before its own pairing; absent, the engine pairs.
   */
  link?: ReaderLink | null;
}

/** An earlier year's target the reader chose, found by its clause (and figure) in that year's analysis. */
export interface ReaderLink {
  year: number;
  indicator: string;
  quote: string;
  /** The figure as written there (5.5%), when the reader's choice recorded it. */
  number?: string;
}

/** How a target changed from the prior report to the current one. */
export type Change =
  | 'raised'
  | 'lowered'
  | 'same'
  | 'comparator-changed'
  | 'unit-changed'
  | 'new'
  | 'dropped'
  | 'qualitative';

/** How last year's target fared, judged from this year's review figure. */
export type Status = 'exceeded' | 'met' | 'missed' | 'not-reported' | null;

export interface ComparisonRow {
  indicator: string;
  key: string;
  prior: Commitment | null;
  current: Commitment | null;
  /** The current report's review figure for the prior target. */
  outcome: Commitment | null;
  change: Change;
  status: Status;
  /** 0..1 confidence of the pairing (1 for unpaired rows). */
  score: number;
  /** What a reader should know about the pairing; written in the UI's language by `noteText`. */
  notes: RowNote[];
}

/** A note on a row: the two years count in different units, or the plan words a dropped target without a figure. */
export type RowNote = { kind: 'unit-differs'; prior: string; current: string } | { kind: 'stated-as'; clause: string };

export interface IndicatorSeries {
  key: string;
  indicator: string;
  points: { year: number; target: Commitment | null; actual: Commitment | null }[];
}
