import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
export const corpus = (name: string) => readFileSync(join(FIXTURES, 'corpus', name), 'utf8').replace(/^\uFEFF/, '');
export const negative = (name: string) => readFileSync(join(FIXTURES, 'negative', name), 'utf8');

export interface GoldEntry {
  id: string;
  quote: string;
  number: string;
  amount: number | [number, number];
  unit: string;
  comparator: string;
  indicator: string;
  optional?: boolean;
  priorTarget?: string;
}
export interface Gold {
  file: string;
  region: string;
  level: string;
  year: number;
  targets: GoldEntry[];
  outcomes?: GoldEntry[];
}
export const gold = (name: string): Gold => JSON.parse(readFileSync(join(FIXTURES, 'gold', name), 'utf8'));
