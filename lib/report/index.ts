export type { ReportMeta, Level, Heading, SectionRole } from './types';
export { recognize, quickReject } from './recognize';
export { buildOutline, type Outline } from './outline';
