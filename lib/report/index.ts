export type { ReportMeta, Level, Heading, SectionRole } from './types';
export { recognize, quickReject } from './recognize';
export { buildOutline, type Outline } from './outline';
export { readStructure, type Structure, type Part, type PartRole } from './structure';
