export type * from './types';
export { analyze, portable, type Analysis, type LinkableAnalysis, type PortableAnalysis } from './analyze';
export { indicatorKey } from './key';
export { compareReports, buildHistory, changeOf, statusOf, type Comparison, type RepeatedPromise } from './link';
export { figureText, CHANGE_LABEL, STATUS_LABEL, toCsv } from './format';
export { writtenFigure, type FigureSource } from './figure';
export { quickReject } from '../report';
export { ENGINE_VERSION } from './version';
