// @vitest-environment happy-dom
/**
 * The check that a text map still reads the page, in slices as on the page: it pauses on a long
 * page and gives the answer of the one-task check, for a page left alone and for one whose text
 * changed anywhere (first, middle or last segment).
 */
import { describe, expect, it } from 'vitest';
import { mapHolds, mapHoldsSteps } from './map-holds';
import { runSliced } from './slices';
import { buildTextMap } from './textmap';

function longPage(paragraphs = 2000): HTMLElement {
  document.body.innerHTML = `<div id="zoom">${Array.from({ length: paragraphs }, (_, i) => `<p>第${i}段，增长6%左右。</p>`).join('')}</div>`;
  return document.getElementById('zoom')!;
}

async function sliced(map: ReturnType<typeof buildTextMap>): Promise<{ holds: boolean; pauses: number }> {
  let pauses = 0;
  const holds = await runSliced(mapHoldsSteps(map), { budgetMs: 0, pause: async () => void pauses++ });
  return { holds, pauses };
}

describe('mapHoldsSteps', () => {
  it('pauses on a long page and says the map holds where the page was left alone', async () => {
    const map = buildTextMap(longPage());
    const { holds, pauses } = await sliced(map);
    expect(holds).toBe(true);
    expect(mapHolds(map)).toBe(true);
    expect(pauses).toBeGreaterThan(5);
  });

  it.each(['first', 'middle', 'last'] as const)('sees a change to the %s paragraph, like the one-task check', async (where) => {
    const root = longPage();
    const map = buildTextMap(root);
    const ps = root.querySelectorAll('p');
    const p = ps[where === 'first' ? 0 : where === 'last' ? ps.length - 1 : ps.length >> 1]!;
    p.firstChild!.textContent = p.textContent!.replace('6%', '9%');
    expect((await sliced(map)).holds).toBe(false);
    expect(mapHolds(map)).toBe(false);
  });
});
