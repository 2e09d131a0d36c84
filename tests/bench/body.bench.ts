/**
 * The body finder's cost in Node (happy-dom): on every site template (tests/fixtures/templates)
 * around the largest labelled report, the page's text map and then `findBody` over it (the extra
 * work a report page costs since issue 13). The browsers' own numbers are written by
 * tests/e2e/body.e2e.test.ts to test-output/body-timings.json (the content script's `body.ms`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { findBody } from '../../lib/dom/body';
import { buildTextMap } from '../../lib/dom/textmap';
import { fillArticle, reportLines, TEMPLATES } from '../fixtures/templates/templates';

const REPORT = 'national-2019';

function median(runs: number[]): number {
  return +runs.sort((x, y) => x - y)[Math.floor(runs.length / 2)]!.toFixed(2);
}

export async function benchBody(): Promise<Record<string, number>> {
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'corpus', `${REPORT}.zh.txt`), 'utf8');
  const out: Record<string, number> = {};
  for (const t of TEMPLATES) {
    const window = new Window();
    const doc = window.document as unknown as Document;
    const html = t.html({ text, headline: '2019年政府工作报告', site: '中国政府网', json: 'x.json' });
    doc.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    if (t.data) fillArticle(doc, reportLines(text));
    // Tag defaults instead of happy-dom's slow computed styles: the map is not what is timed here.
    const styleOf = () => ({ display: '', visibility: '', whiteSpace: '' });
    const map = buildTextMap(doc.body, { styleOf });
    const runs: number[] = [];
    let chars = 0;
    for (let k = 0; k < 9; k++) {
      const t0 = performance.now();
      chars = findBody(map).map.text.length;
      runs.push(performance.now() - t0);
    }
    out[`findBody, ${t.name} × ${REPORT} (page ${map.text.length} chars → body ${chars}), median of 9, ms`] = median(runs);
    await window.happyDOM.close();
  }
  return out;
}
