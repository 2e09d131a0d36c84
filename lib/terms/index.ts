export { GLOSSARY, langOf, term, type Lang, type Term, type TermKey } from './glossary';
export { REGION_COUNT, regionEnglish } from './regions';
export { exportFileName, regionName, reportTitle, type FileNameOptions, type ReportLike } from './report-name';
