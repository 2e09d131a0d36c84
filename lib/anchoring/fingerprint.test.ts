import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { fnv1a64, reportFingerprint, reportMatch, sameReport, type ReportIdentity } from './index.ts';

const corpus = (name: string) => readFileSync(new URL(`../../tests/fixtures/corpus/${name}`, import.meta.url), 'utf8');

it('fnv1a64 matches the published FNV-1a 64 test vectors', () => {
  expect(fnv1a64('')).toBe('cbf29ce484222325');
  expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
  expect(fnv1a64('foobar')).toBe('85944171f73967e8');
});

it('fingerprints ignore layout: whitespace, line breaks and full-width forms', () => {
  const text = corpus('national-2018.zh.txt');
  const relaid = text.replace(/\n/g, '').replace(/％/g, '%').replace(/。/g, '。 ');
  expect(reportFingerprint(relaid)).toBe(reportFingerprint(text));
  expect(reportFingerprint(text)).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  expect(reportFingerprint(corpus('partial/national-2024.zh.partial.txt'))).not.toBe(reportFingerprint(corpus('national-2024.zh.txt')));
});

const id = (o: Partial<ReportIdentity>): ReportIdentity => ({
  region: '全国',
  year: 2018,
  title: '政府工作报告',
  fingerprint: 'fnv1a64:0000000000000001',
  ...o,
});

it('matches a report by fingerprint, or by government, year and title', () => {
  expect(reportMatch(id({}), id({ region: null, year: null }))).toBe('fingerprint');
  expect(reportMatch(id({}), id({ fingerprint: 'fnv1a64:0000000000000002' }))).toBe('identity');
  expect(sameReport(id({}), id({ fingerprint: 'x', title: '《政府工作报告》' }))).toBe(true);
  expect(sameReport(id({}), id({ fingerprint: 'x', year: 2019 }))).toBe(false);
  expect(sameReport(id({}), id({ fingerprint: 'x', region: '上海市' }))).toBe(false);
  expect(sameReport(id({}), id({ fingerprint: 'x', title: 'Report on the Work of the Government' }))).toBe(false);
  expect(sameReport(id({ region: null }), id({ fingerprint: 'x', region: null }))).toBe(false);
  expect(sameReport(id({ title: null }), id({ fingerprint: 'x', title: null }))).toBe(false);
  expect(sameReport(id({ summary: true }), id({ fingerprint: 'x' }))).toBe(false);
  expect(sameReport(id({ summary: true }), id({ fingerprint: 'x', summary: true }))).toBe(true);
});
