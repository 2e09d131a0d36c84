/**
 * A figure as the report writes it, with its comparator: 5.5%左右, 5.5%以内, 4.5%—5%, 1100万人以上,
 * 超过2.5万亿元. Every table, card and export writes figures through `writtenFigure`, so a target
 * whose 左右 became 以内 never reads as the same 5.5% twice.
 */
import { UNITS } from '../text/quantities';
import type { Amount, Comparator } from './types';

/** What a figure is written from: a Commitment, or the structural rows of lib/exchange. */
export interface FigureSource {
  /** The number as written, with its multiplier: 1100万, 5.5, 6%－6.5%. */
  number: string;
  /** The base unit (人, %, 百分点…). */
  unit?: string;
  /** The clause that holds the number, as written. */
  quote: string;
  comparator?: Comparator;
  kind?: 'target' | 'outcome';
  amount?: Amount;
}

// A qualifier right after the number and its unit, and the words before it that state a bound.
const AFTER = /^(?:及以上|以上|以内|以下|之内|左右|多|余)/;
const BEFORE = /(?:不少于|不低于|不小于|至少|不超过|不高于|不多于|控制在|低于|少于|突破|超过|高于|多于|大于|大约|约为|接近|约|近)$/;
const DIGIT = /[\d.零〇一二两三四五六七八九十百千万亿]/;
const UNIT_AFTER = /^(?:个百分点|百分点|[%％‰])/;
// The measure words the engine reads (longest first), for a figure whose base unit differs from its word (6个项目).
const MEASURE = new RegExp(`^(?:${[...UNITS].sort((a, b) => b.length - a.length).map((u) => u.replace(/[()]/g, '\\$&')).join('|')})`);

/** Which comparators each written qualifier states (a match confirms the occurrence in the quote). */
function states(word: string): Comparator[] {
  if (/以上|多|余|不少于|不低于|不小于|至少/.test(word)) return ['>=', '>'];
  if (/以内|以下|之内|不超过|不高于|不多于|控制在|低于|少于/.test(word)) return ['<='];
  if (/突破|超过|高于|多于|大于/.test(word)) return ['>', '>='];
  if (/左右|约|近|接近/.test(word)) return ['~'];
  return [];
}

interface Reading {
  text: string;
  /** The written words agree with the comparator (or there is none to agree with). */
  agrees: boolean;
}

/** The figure at `at` in the quote: an optional bound word before, the number, its unit, a qualifier after. */
function readAt(c: FigureSource, at: number): Reading {
  const q = c.quote;
  let end = at + c.number.length;
  // 6000多公里, 300余家: "more than" sits between the number and its measure word.
  const more = /^[多余]/.exec(q.slice(end, end + 1))?.[0] ?? '';
  end += more.length;
  const tail = q.slice(end, end + 6);
  const unit = /[%％‰]$/.test(c.number) ? '' : UNIT_AFTER.exec(tail)?.[0] ?? (c.unit && tail.startsWith(c.unit) ? c.unit : MEASURE.exec(tail)?.[0] ?? '');
  end += unit.length;
  const after = more || (AFTER.exec(q.slice(end, end + 3))?.[0] ?? '');
  const before = after ? '' : BEFORE.exec(q.slice(Math.max(0, at - 3), at))?.[0] ?? '';
  const word = after || before;
  const cmp = c.comparator;
  const bounded = cmp === '>=' || cmp === '>' || cmp === '<=' || cmp === '~';
  const agrees = !cmp || (word ? states(word).includes(cmp) : !bounded);
  // A change (增长3%) is written signed, as tables write it; a level reached in the review is not.
  const sign = c.kind !== 'outcome' && !word ? (cmp === '+' ? '+' : cmp === '-' ? '−' : '') : '';
  const number = q.slice(at, at + c.number.length);
  return { text: more ? `${sign}${number}${more}${unit}` : `${sign}${before}${number}${unit}${after}`, agrees };
}

function amountText(a: Amount): string {
  const f = (n: number) =>
    Math.abs(n) >= 1e12
      ? `${+(n / 1e12).toPrecision(6)}万亿`
      : Math.abs(n) >= 1e8
        ? `${+(n / 1e8).toPrecision(6)}亿`
        : Math.abs(n) >= 1e4
          ? `${+(n / 1e4).toPrecision(6)}万`
          : String(+n.toPrecision(6));
  return Array.isArray(a) ? `${f(a[0])}—${f(a[1])}` : f(a);
}

const QUALIFIER: Record<Comparator, string> = { '>=': '以上', '>': '', '<=': '以内', '~': '左右', '=': '', range: '', '+': '', '-': '' };

/** From the parsed amount, where the quote does not hold the number (an edited row, an English report). */
function fromAmount(c: FigureSource): string {
  const unit = c.unit === '百分点' ? '个百分点' : c.unit ?? '';
  const cmp = c.comparator ?? '=';
  const sign = c.kind === 'outcome' ? '' : cmp === '+' ? '+' : cmp === '-' ? '−' : '';
  const n = c.amount === undefined ? c.number : amountText(c.amount);
  const written = Array.isArray(c.amount) && unit === '%' ? n.replace('—', '%—') : n;
  return `${sign}${cmp === '>' ? '超过' : ''}${written}${unit}${QUALIFIER[cmp]}`;
}

const EN_BEFORE = /(?:more than|at least|no less than|over|above|exceed(?:ed|ing)?|about|around|roughly|approximately|nearly|close to|no more than|under|below|within|up to)\s+$/i;
const EN_WORD: Partial<Record<Comparator, string>> = { '>=': 'at least ', '>': 'over ', '<=': 'at most ', '~': 'about ' };

/** An English report's figure (its official translation): the bound in its own words, never a Chinese qualifier. */
function englishFigure(c: FigureSource, number: string): string {
  const at = c.quote.indexOf(c.number);
  const before = EN_BEFORE.exec(c.quote.slice(Math.max(0, at - 20), at))?.[0];
  const tail = /^(?:\s*(?:percent(?:age points?)?|%|million|billion|trillion|yuan|hectares|mu|tons|km|kilometers))*/i.exec(c.quote.slice(at + c.number.length))?.[0] ?? '';
  const word = before ?? (c.comparator ? EN_WORD[c.comparator] ?? '' : '');
  return `${word}${number.replace(/^[+−]/, '')}${tail}`.replace(/\s+/g, ' ').trim();
}

/** The figure as the report writes it, with its comparator; '' for none. */
export function writtenFigure(c: FigureSource | null | undefined): string {
  if (!c || !c.number) return '';
  let first: Reading | null = null;
  for (let at = c.quote.indexOf(c.number); at >= 0; at = c.quote.indexOf(c.number, at + 1)) {
    // The 6 of 9600 is no occurrence of 6.
    if (DIGIT.test(c.quote[at - 1] ?? '') || DIGIT.test(c.quote[at + c.number.length] ?? '')) continue;
    const r = readAt(c, at);
    if (r.agrees) return r.text;
    first ??= r;
  }
  if (first && !/[\u4e00-\u9fff]/.test(c.quote)) return englishFigure(c, first.text);
  // The quote never states the comparator the engine read (e.g. from a word further back): say it as a qualifier.
  if (first && c.comparator === '>') return `超过${first.text}`;
  if (first && c.comparator && QUALIFIER[c.comparator]) return first.text + QUALIFIER[c.comparator];
  return first?.text ?? fromAmount(c);
}
