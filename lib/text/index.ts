export type { Normalized } from './types';
export { normalize, toSourceSpan } from './normalize';
export { isFurnitureLine } from './furniture';
export { parseChineseNumeral, multiplierOf, clean } from './numbers';
export { findQuantities, UNITS, type Quantity } from './quantities';
export { wellFormed, wellFormedDeep } from './well-formed';
export { PAGE_BREAK, pageAt, pageOf, pageStarts } from './pages';
