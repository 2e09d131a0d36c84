export {
  buildTextMap,
  locate,
  offsetOf,
  segmentAt,
  toRange,
  UI_ATTRIBUTE,
  type DomPoint,
  type DomTextMap,
  type ElementStyle,
  type TextMapOptions,
} from './textmap';
export { markPainter, MarkPainter, MARK_ATTRIBUTE, MARK_TAG, onMarkMutations, type MarkMode, type MarkPath, type MarkStyle } from './marks';
export { originalPoint } from './pieces';
export { applyPick, applyPickSteps, findBody, findBodySteps, lineInfos, makePick, CONFIDENT, type BodyPick, type PageBody } from './body';
export { trimReportLines } from './body-cues';
export { placedTextMap, type PlacedText } from './item-map';
