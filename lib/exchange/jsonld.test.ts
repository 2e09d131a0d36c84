import { expect, it } from 'vitest';
import { createAnnotation, type ReportIdentity } from '../anchoring/index.ts';
import { annotationsForReport, exportAnnotation, exportCollection, sourceIri, type JsonObject } from './index.ts';

const R: ReportIdentity = { region: '全国', year: 2024, title: '政府工作报告', fingerprint: 'fnv1a64:0123456789abcdef' };
const TEXT = '城镇新增就业1200万人以上，城镇调查失业率5.5%左右。';
const mk = (o: Partial<Parameters<typeof createAnnotation>[0]> = {}) =>
  createAnnotation({ text: TEXT, start: 0, end: 14, source: 'https://www.gov.cn/a.htm', report: R, now: new Date(0), ...o });

it('writes the target source as an IRI: URLs percent-encoded, anything else as a urn of the report', () => {
  expect(sourceIri('https://www.gov.cn/报告 2024.htm', R)).toBe('https://www.gov.cn/%E6%8A%A5%E5%91%8A%202024.htm');
  expect(sourceIri('national-2024.zh.txt', R)).toBe('urn:gongzuo-baogao-reader:report:fnv1a64%3A0123456789abcdef');
  const t = exportAnnotation(mk({ source: 'C:\\报告.txt' })).target as JsonObject;
  expect(t.source).toMatch(/^urn:/);
  expect((t.report as JsonObject).url).toBe('C:\\报告.txt');
});

it('picks the motivation from what the annotation holds', () => {
  expect(exportAnnotation(mk({ note: '看这里' })).motivation).toBe('commenting');
  expect(exportAnnotation(mk({ tags: ['关注'] })).motivation).toBe('tagging');
  expect(exportAnnotation(mk()).motivation).toBe('highlighting');
  expect(exportAnnotation(mk()).body).toBeUndefined();
});

it('writes a colour as styleClass + CssStylesheet, and nothing for no colour', () => {
  const a = exportAnnotation(mk({ colour: '#FFD54F' }));
  expect((a.target as JsonObject).styleClass).toBe('gzbg-colour-ffd54f');
  expect(a.stylesheet).toEqual({ type: 'CssStylesheet', value: '.gzbg-colour-ffd54f { background-color: #ffd54f; }' });
  expect(exportAnnotation(mk()).stylesheet).toBeUndefined();
  expect(exportAnnotation(mk({ colour: 'red;}' })).stylesheet).toBeUndefined();
});

it('exports a collection with one embedded page, total and item count equal', () => {
  const c = exportCollection([mk(), mk({ note: 'x' })], { id: 'urn:uuid:7a0d7d56-0c1d-4e41-8a55-56a1b9c0de01', now: new Date(0) });
  expect(c).toMatchObject({ type: 'AnnotationCollection', total: 2, last: 'urn:uuid:7a0d7d56-0c1d-4e41-8a55-56a1b9c0de01#page1' });
  const page = c.first as JsonObject;
  expect(page).toMatchObject({ type: 'AnnotationPage', startIndex: 0, partOf: { id: c.id, total: 2 } });
  expect(page.items).toHaveLength(2);
  expect(c.reports).toEqual([{ identity: R, urls: ['https://www.gov.cn/a.htm'], count: 2 }]);
});

it('selects a report’s annotations by identity, not URL', () => {
  const here = mk({ source: 'https://a.example/1' });
  const there = mk({ source: 'https://b.example/2', report: { ...R, fingerprint: 'fnv1a64:ffffffffffffffff' } });
  const other = mk({ report: { ...R, year: 2023, fingerprint: 'fnv1a64:eeeeeeeeeeeeeeee' } });
  expect(annotationsForReport([here, there, other], R)).toEqual([here, there]);
});
