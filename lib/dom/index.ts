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
