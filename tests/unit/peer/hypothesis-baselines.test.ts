/**
 * External test: Hypothesis's HTML anchoring baselines (hypothesis/client
 * src/annotator/anchoring/test/html-baselines, BSD 2-Clause; copied to tests/fixtures/peer/).
 * For every baseline annotation our anchor() must find the same text as the baseline's `exact`,
 * by quote, by position and by both, and describe() must regenerate the baseline's selectors.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe as group, expect, it } from 'vitest';
import {
  anchor,
  describe,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../../../lib/anchoring/index.ts';

const DIR = new URL('../../fixtures/peer/hypothesis-html-baselines/', import.meta.url);

interface Row {
  id: string;
  target: { selector: ({ type: string } & Record<string, unknown>)[] }[];
}

const windows: Window[] = [];
afterAll(async () => {
  for (const w of windows) await w.happyDOM.close();
});

/**
 * The body text as the browser that recorded the baselines saw it. Like the upstream test, src=
 * and href= are rewritten so nothing loads. `rawNoscript`: Hypothesis ran in a browser with
 * scripting on, where <noscript> content is raw text (its markup counts as characters); happy-dom
 * parses it as elements, so we escape it to get the same text.
 */
function bodyText(name: string, rawNoscript: boolean): string {
  let html = readFileSync(new URL(`${name}.html`, DIR), 'utf8').replace(/\bsrc=/g, 'sr_=').replace(/\bhref=/g, 'hre_=');
  if (rawNoscript) {
    html = html.replace(/<noscript>([\s\S]*?)<\/noscript>/g, (_, inner: string) =>
      `<noscript>${inner.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</noscript>`,
    );
  }
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  windows.push(window);
  window.document.write(html);
  return window.document.body.textContent ?? '';
}

function selectors(row: Row): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const list = row.target[0]!.selector;
  const q = list.find((s) => s.type === 'TextQuoteSelector')!;
  const p = list.find((s) => s.type === 'TextPositionSelector')!;
  return {
    quote: { type: 'TextQuoteSelector', exact: q.exact as string, prefix: q.prefix as string, suffix: q.suffix as string },
    position: { type: 'TextPositionSelector', start: p.start as number, end: p.end as number },
  };
}

const FIXTURES = ['minimal', 'wikipedia-regression-testing'];
let rowsChecked = 0;

for (const name of FIXTURES) {
  const rows = (JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as { rows: Row[] }).rows;

  group(`Hypothesis baseline ${name} (${rows.length} annotations)`, () => {
    const text = bodyText(name, true);

    it.each(rows.map((r, i) => [i, r] as const))('row %i anchors on the same text as the baseline', (_i, row) => {
      const { quote, position } = selectors(row);
      rowsChecked++;
      // position alone
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      // quote alone
      const byQuote = anchor(text, { quote });
      expect(byQuote.newQuote).toBe(quote.exact);
      expect([byQuote.start, byQuote.end]).toEqual([position.start, position.end]);
      // both, as stored
      const both = anchor(text, row.target[0]!.selector);
      expect(both.status).toBe('exact');
      expect(both.newQuote).toBe(quote.exact);
      // round trip: describe the range again and get the baseline's selectors back
      const again = describe(text, both.start!, both.end!);
      expect(again.quote).toEqual(quote);
      expect(again.position).toEqual(position);
      expect(anchor(text, again)).toMatchObject({ status: 'exact', start: position.start, end: position.end });
    });

    it('finds every quote even on a DOM text that differs (happy-dom parses <noscript> as elements)', () => {
      const other = bodyText(name, false);
      for (const row of rows) {
        const r = anchor(other, selectors(row));
        expect(['exact', 'moved']).toContain(r.status);
        expect(r.newQuote).toBe(selectors(row).quote.exact);
      }
    });
  });
}

it('checked all 6 baseline annotations', () => {
  expect(rowsChecked).toBe(6);
});
