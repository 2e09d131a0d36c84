import type { Outline } from '../report/outline';
import { clean } from '../text/numbers';
import type { Quantity } from '../text/quantities';
import type { RawCommitment } from './extract';
import type { Comparator } from './types';

/**
 * Commitments in the official English translation ("Over 11 million new urban jobs", "GDP growth
 * of 6–6.5 percent", "a deficit of 2.76 trillion yuan"). Units are given the Chinese base names
 * the rest of the engine uses (%, 百分点, 元, 人, 亩…) so English rows compare like Chinese ones.
 */
const QUANTITY =
  /(?<![\w.$])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:(?:\s*(?:%|percent))?\s*(?:–|-|—|to|(?<=\bbetween\s+[\d.,]+(?:\s*(?:%|percent))?\s*)and)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))?(?:\s*(million|billion|trillion))?(?:\s*(percentage points?|percent|%|yuan|rmb|mu|hectares|square kilometers|square meters|kilometers|km|metric tons|tons|jin|kilowatts|gigawatts|person-times|people|persons|households|housing units|units|schools|hospitals|projects|enterprises|companies|beds|villages|counties))?(?![\w])/gi;

const MULT: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };
const UNIT: Record<string, string> = {
  'percentage point': '百分点', 'percentage points': '百分点', percent: '%', '%': '%', yuan: '元', rmb: '元', mu: '亩',
  hectares: '公顷', 'square kilometers': '平方公里', 'square meters': '平方米', kilometers: '公里', km: '公里',
  'metric tons': '吨', tons: '吨', jin: '斤', kilowatts: '千瓦', gigawatts: '千瓦', 'person-times': '人次', people: '人',
  persons: '人', households: '户', 'housing units': '套', units: '套', schools: '所', hospitals: '所', projects: '个',
  enterprises: '家', companies: '家', beds: '张', villages: '个', counties: '个',
};
/** Words after a bare count that say it counts people. */
const PEOPLE_AFTER = /^\s+(?:new urban jobs|urban jobs|jobs|rural|poor|people|residents|students|workers|migrant|college graduates|taxpayers)/i;

const SENTENCE_END = /[.;!?\n]/;
const CLAUSE_END = /[.;!?\n,:]/;
const FORWARD = /\b(?:will|shall|must|plan|aim|target|projected|set|should|this year|to be|ensure|strive)\b/i;
const BACKGROUND = /\b(?:last year|in 20\d\d|was|were|had|has been|have been|already|over the past|currently|now stands)\b/i;

export function extractEnglish(text: string, outline: Outline): RawCommitment[] {
  const found: RawCommitment[] = [];
  let previousEnd = 0;
  let oldValueName: string | undefined;
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index!;
    const [whole, n1, n2, mult, unitWord] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined];
    const factor = mult ? MULT[mult.toLowerCase()]! : 1;
    const after = text.slice(start + whole.length, start + whole.length + 40);
    let unit = unitWord ? UNIT[unitWord.toLowerCase()] ?? '' : '';
    if (!unit && factor > 1 && PEOPLE_AFTER.test(after)) unit = '人';
    if (!unit) continue; // a bare number is a year, an ordinal or a name
    const v1 = clean(Number(n1.replace(/,/g, '')) * factor);
    const v2 = n2 ? clean(Number(n2.replace(/,/g, '')) * factor) : null;
    if (/^\d{4}$/.test(n1) && !mult && !unitWord) continue;
    const role = outline.roleAt(start);
    if (role === 'annex') continue;
    const sStart = lastIndexOf(text, SENTENCE_END, start) + 1;
    const cStart = Math.max(lastIndexOf(text, CLAUSE_END, start) + 1, previousEnd > sStart ? previousEnd : 0);
    const cEnd = indexOf(text, CLAUSE_END, start + whole.length);
    const sentenceBefore = text.slice(sStart, start);
    const before = text.slice(cStart, start);
    previousEnd = start + whole.length;
    // "risen from 87,000 yuan to over 120,000 yuan": the old value; its words name the new one.
    if (/\bfrom\s*$/i.test(before) && /^\s*to\s+(?:over|more than|about|around|nearly)?\s*\d/i.test(after)) {
      oldValueName = indicatorEn(before.replace(/\bfrom\s*$/i, ''), '', undefined);
      continue;
    }
    // The nation and its people ("China's 1.3 billion people", "1.4 billion Chinese") are not targets.
    if (unit === '人' && (/\b(?:China's|our country's|our)\s*$/i.test(before) || /^\s+Chinese\b/.test(after))) continue;
    let kind: RawCommitment['kind'] = role === 'review' ? 'outcome' : 'target';
    if (kind === 'target' && BACKGROUND.test(sentenceBefore) && !FORWARD.test(sentenceBefore)) kind = 'outcome';
    if (role === 'other' && !FORWARD.test(sentenceBefore)) kind = 'outcome';
    // "from 50 to 60 percent": the old value and the new one, not a range.
    const fromTo = v2 !== null && /\bfrom\s*$/i.test(before) && /\bto\b/.test(whole);
    const q: Quantity = {
      start,
      end: start + whole.length,
      unitEnd: start + whole.length,
      written: whole,
      amount: fromTo ? v2! : v2 !== null && v2 > v1 ? [v1, v2] : v1,
      unit,
      chinese: false,
    };
    const sentence = text.slice(sStart, indexOf(text, SENTENCE_END, start));
    const horizon = /\b(?:next|coming|over the)\s+(?:two|three|five)\s+years|\bcumulative|\bby 20\d\d\b|Five-Year Plan period/i.exec(sentence);
    found.push({
      kind,
      q,
      comparator: fromTo ? '=' : comparatorEn(before, after, q),
      indicator: indicatorEn(before, text.slice(start + whole.length, cEnd), oldValueName ?? (found.at(-1)?.q.start !== undefined && found.at(-1)!.q.start >= sStart ? found.at(-1)!.indicator : undefined)),
      quoteStart: Math.max(cStart, start - 60),
      quoteEnd: Math.min(cEnd, start + whole.length + 40),
      sectionPath: outline.pathAt(start).map((h) => h.text),
      horizonLabel: horizon ? horizon[0] : null,
      multiYear: outline.multiYearAt(start) || !!horizon,
    });
    oldValueName = undefined;
  }
  return found;
}

function comparatorEn(before: string, after: string, q: Quantity): Comparator {
  if (Array.isArray(q.amount)) return 'range';
  const b = before.toLowerCase().trimEnd();
  if (/^\s*(?:or more|and above|or above|plus)\b/i.test(after)) return '>=';
  if (/(?:over|more than|at least|no less than|no fewer than|not less than|a minimum of)$/.test(b)) return '>=';
  if (/(?:exceed|exceeding|surpass|above|upwards of)$/.test(b)) return '>';
  if (/(?:around|about|approximately|roughly|nearly|almost|some|close to)$/.test(b)) return '~';
  if (/(?:within|under|below|no more than|not more than|less than|up to|at most)$/.test(b)) return '<=';
  if (/(?:increase(?:d)? by|grow(?:th)? (?:of|by)|rise(?:s)? by|raise(?:d)? by|increase of|up by)$/.test(b)) return '+';
  if (/(?:cut(?:s)? by|reduce(?:d)? by|reduction of|drop of|decline of|fall(?:s)? by|lower(?:ed)? by|down by|decrease(?:d)? by)$/.test(b)) return '-';
  return '=';
}

const LEAD = /^(?:\s*(?:(?:we )?(?:plan|aim|need|work|strive|hope|continue) to(?: (?:keep|cut|increase|raise|reduce|issue|see|set|provide|build))?(?: the rise in| increases in)?|make good use of(?: the)?|carry out (?:a )?trials? (?:this year )?(?:on|for|in)?|(?:here |it is important to )?(?:I(?:'d|’d| would) )?(?:like to stress|note(?: here)?) that in (?:targeting|setting)|here that in setting|(?:it is )?(?:appropriate|necessary) to set|(?:we )?(?:have |are |will |hope to )?(?:increas(?:e|ing)|creat(?:e|ing)|keep(?:ing)?|hold(?:ing)?|target(?:ing)?|project(?:ed|ing)?|set(?:ting)?|extend(?:ing)?|install(?:ing)?|add(?:ing)?|expand(?:ing)?)(?: increases in| the rise in| a| an| the)?|(?:which |this )?consists(?: of)?(?: a)?|which|I would like to stress that in|like to stress that in|and|or|with|a|an|the|from the|from|in|on|by|so that|that|at|is included in|is|are|reduce the|raise the|lower the|cut the|reduce|raise|lower|increase the|we will|we|will|to|of|in|for|this year's|this year,?|specifically|including|such as|there will be|be|is|are|set at|projected at|aim for|achieve|see|ensure|keep|reach|over|around|about|roughly|approximately|allocate|also|further|another|an additional|continue to|close to)\b)+/i;
// Modals and "by another", "by an average of", "on last year": how the figure is reached, not what is measured.
const TAIL = /(?:\b(?:of|at|to|by|is|are|be|was|will|should|must|will be|further|another|an average|an average of|remain|remain above|no less than|projected at|set at|is budgeted at|is budgeted|is projected|around|about|close to|approximately|over|more than|at least|within|under|below|nearly|increase|increased|raised|lowered|reduced|cut|drop|growth|on last year|from|unchanged|down|down to|up|up to|this year|in monthly sales|between|of between|above|below|in|no higher than|no more than|at or below|at or above|at or|does not rise above|does not|respectively|per kilogram respectively|per person respectively|and|or|for|by an equivalent of|by an equivalent)\s*)+$/i;
/** "800 billion yuan will be invested in railway construction", "2.15 trillion yuan of special bonds will be issued". */
const NAMED_AFTER = /^\s*(?:will be invested in|is included in|of|for)\s+((?:[a-z-]+\s?){1,6}?)(?=\s*(?:will|is|are|to|for|,|\.|$))/i;

function indicatorEn(before: string, after: string, previous?: string): string {
  // "A drop of around 3 percent in energy consumption per unit of GDP": the change of the thing after "in".
  const changeIn = /\b(?:drop|reduction|cut|decrease|decline|fall|increase|rise|growth)\s+of\s+(?:around|about|approximately|roughly|at least|over|more than|no less than)?\s*$/i.test(before)
    ? /^\s*in\s+((?:[A-Za-z-]+\s?){1,8}?)(?=\s*(?:[,.;]|and\b|$))/.exec(after)
    : null;
  if (changeIn) return changeIn[1]!.trim();
  // "…to 120 yuan per person, up 50% over last year": the rise of the figure before.
  if (previous && /^\s*(?:up|down)\s*$/i.test(before)) return `${previous} ${/up/i.test(before) ? 'increase' : 'decrease'}`;
  // "an increase of 40 billion yuan on last year": the change of the figure before.
  if (previous && /^\s*(?:an?\s+)?(?:increase|rise|cut|reduction|decrease)\s+of\s*$/i.test(before)) return `${previous} ${/(increase|rise|cut|reduction|decrease)/i.exec(before)![1]!.toLowerCase()}`;
  // "…in practice -- CPI increase kept at…": a dash opens a list item; the name starts after it.
  let name = before.replace(/\s+/g, ' ').split(/(?:^|\s)(?:--+|—)\s*/).pop()!.trim();
  name = name.replace(TAIL, '').replace(LEAD, '').trim();
  // "the central government will increase general transfer payments to local governments": what is acted on.
  const object = ACTED_ON.exec(name)?.[1]?.replace(TAIL, '').replace(LEAD, '').trim();
  // "China's aggregate economic output should have exceeded", "CPI increase kept": the subject of the
  // last predicate before the figure, not its verb nor an earlier clause.
  const clause = name.split(CLAUSE_OPENER).pop()!;
  const cut = PREDICATE_START.exec(clause);
  const subject = cut ? clause.slice(0, cut.index).replace(LEAD, '').trim() : '';
  if (object && object.length >= 5) name = object;
  else if (subject.length >= 2) name = subject.replace(TAIL, '').trim();
  if (name.split(' ').length > 8) name = name.split(' ').slice(-8).join(' ');
  // "a 6.5 percent increase", "an 800 billion yuan increase on last year": the change of the figure before.
  if (previous && name.length < 3 && /^\s*(?:increase|rise|cut|reduction|decrease)\b/i.test(after)) return `${previous} ${/^\s*(\w+)/.exec(after)![1]!.toLowerCase()}`;
  if (name.length < 3 || /^(?:this year|that|these|it)$/i.test(name)) {
    const of = NAMED_AFTER.exec(after);
    if (of) return /invested/.test(after.slice(0, 20)) ? `investment in ${of[1]!.trim()}` : of[1]!.replace(LEAD, '').trim();
    const noun = /^\s*((?:[a-z-]+\s?){1,6})/i.exec(after.replace(/^\s*(?:or more|and above)\b/i, ''));
    // "…hectares of land should be afforested": the thing, up to its predicate.
    const thing = noun ? noun[1]!.replace(LEAD, '') : '';
    const cutAt = PREDICATE_START.exec(thing)?.index;
    name = noun ? (cutAt !== undefined && cutAt >= 2 ? thing.slice(0, cutAt) : thing).replace(TAIL, '').trim() || noun[1]!.trim() : name;
  }
  // "…are cut by 23%, 15%, and 18%": a bare figure in a list shares the name before it.
  if (!name && previous) return previous;
  return name || '?';
}
/** An active verb after a modal, and its object. */
const ACTED_ON = /(?:^|\s)(?:will|should|shall|must|may|can)\s+(?:further\s+|also\s+|continue to\s+)?(?:increase|raise|allocate|invest|provide|cut|reduce|build|add|spend|lower|issue|extend|expand)\s+(.+)$/i;
/** Where the predicate begins: a modal or auxiliary, or a verb said of the subject. */
const PREDICATE_START = /\s+(?:will|should|shall|must|is|are|was|were|has|have|had|needs? to|can|may|would|kept|reaches|reach|rises?|rose|totals?|accounts? for|both|plans? to|remains|consists)\b/i;
/** Words that open a new clause inside a name's stretch of text: the subject starts after the last. */
const CLAUSE_OPENER = /\b(?:and that|so that|that|while|where|meaning)\s+/i;

function lastIndexOf(text: string, re: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (isBreak(text, re, i)) return i;
  return -1;
}
function indexOf(text: string, re: RegExp, from: number): number {
  for (let i = from; i < text.length; i++) if (isBreak(text, re, i)) return i;
  return text.length;
}
function isBreak(text: string, re: RegExp, i: number): boolean {
  if (re.test(text[i]!) && !(text[i] === '.' && /\d/.test(text[i + 1] ?? ''))) return true;
  // A list flattened into one line ("GDP growth of 6–6.5 percent Over 11 million new urban jobs"):
  // a capital right after a measure, with no stop between, opens the next item.
  return re === CLAUSE_END && text[i] === ' ' && /[A-Z]/.test(text[i + 1] ?? '') && (ITEM_END.test(text.slice(Math.max(0, i - 16), i)) || /^ An? [a-z]/.test(text.slice(i, i + 5)));
}
/** The last words of an item in a flattened list of targets. */
const ITEM_END = /\b(?:percent|yuan|jobs|points?|tons|hectares|kilometers|mu|people|GDP)$/;
