/**
 * A normalized text whose every offset maps back to the source it came from (a file's text or
 * a page's text map). `toSource[i]` is the source offset of normalized character i;
 * `toSource[text.length]` is the source length, so an end offset maps too.
 */
export interface Normalized {
  source: string;
  text: string;
  toSource: Int32Array;
}
