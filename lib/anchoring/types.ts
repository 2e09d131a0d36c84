/**
 * W3C Web Annotation selectors and the annotation record the extension keeps.
 * Everything here is a plain, JSON-serializable object: it goes into IndexedDB and into export
 * files as is. Offsets are UTF-16 offsets into the report's normalized text.
 */

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** https://www.w3.org/TR/annotation-model/#fragment-selector : for a PDF, its page (`page=5`, RFC 8118). */
export interface FragmentSelector {
  type: 'FragmentSelector';
  conformsTo: string;
  value: string;
}

/** The media type registration of PDF (RFC 8118) defines its fragments: `page=5`. */
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc8118';

/** The selector of a PDF's page (1-based). */
export function pdfPageSelector(page: number): FragmentSelector {
  return { type: 'FragmentSelector', conformsTo: PDF_FRAGMENT_SPEC, value: `page=${page}` };
}

/** What `describe` produces and `anchor` consumes. The quote is the authority; the position a hint. */
export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
  /** The PDF page the quote is on (a report read from a PDF); said beside the quote, never used to anchor. */
  page?: FragmentSelector;
}

/**
 * How an annotation landed on the current text.
 * - `exact`: the quote is where the position selector says (or, without one, found as written).
 * - `moved`: the quote was found as written (up to whitespace and full-width forms), elsewhere.
 * - `fuzzy`: a close match with the same numbers.
 * - `changed`: the best match differs in its numbers; never applied silently, shown old vs new.
 * - `orphaned`: no match good enough; listed with its quote, never dropped.
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'changed' | 'orphaned';

export interface AnchorResult {
  status: AnchorStatus;
  /** Offsets in the current text; absent when orphaned. */
  start?: number;
  end?: number;
  /** The quote as it was annotated. */
  oldQuote: string;
  /** The text now at start..end; absent when orphaned. */
  newQuote?: string;
  /** 0..1: 1 for exact and moved; the match score for fuzzy and changed; the best rejected score when orphaned. */
  score: number;
  /** For `changed`: the numbers in the old quote and in the new text. */
  numbers?: { old: string[]; new: string[] };
}

/**
 * Which report an annotation belongs to, independent of the URL it was read at.
 * `fingerprint` is `reportFingerprint(normalizedText)`.
 */
export interface ReportIdentity {
  /** Government's region as written: 全国, 上海市… */
  region: string | null;
  year: number | null;
  title: string | null;
  fingerprint: string;
  /** True for a 摘要: a summary never matches the whole report by identity alone. */
  summary?: boolean;
}

export interface Creator {
  name?: string;
  /** An IRI (urn:uuid:…, mailto:…, https://…). */
  id?: string;
}

/** The default tag vocabulary; users may add their own tags. */
export const DEFAULT_TAGS = ['关注', '质询', '建议', '待核实'] as const;

export interface AnnotationBody {
  /** The user's note, plain text (never rendered as HTML). May be empty for a bare highlight. */
  note: string;
  tags: string[];
  /** `#rrggbb`, or null for the default highlight colour. */
  colour: string | null;
}

export interface AnnotationTarget {
  /** The URL the report was read at (or a urn for local files). */
  source: string;
  report: ReportIdentity;
  selectors: Selectors;
}

/** Where an imported annotation came from. Absent on annotations made locally. */
export interface Provenance {
  /** File name the annotation was imported from. */
  importedFrom: string;
  importedAt: string;
  /** The creator as given in the imported file. */
  originalCreator?: Creator;
  /** Set when the import had to give the annotation a new id (a conflicting copy). */
  originalId?: string;
}

export interface Annotation {
  /** `urn:uuid:…` */
  id: string;
  /** ISO 8601 date-times. */
  created: string;
  modified: string;
  creator?: Creator;
  body: AnnotationBody;
  target: AnnotationTarget;
  provenance?: Provenance;
}
