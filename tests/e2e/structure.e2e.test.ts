/**
 * The overlay tells the reader when the engine is unsure where the review ends and the plan begins
 * (lib/report/structure): a whole report printed without its part titles shows the notice on the
 * bar, in Chromium and Firefox; a report whose titles say it plainly does not.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Driver } from './browsers';
import { bothBrowsers } from './both-browsers';
import { hasMsg } from './i18n';
import { barShown } from './page-fns';

const base = inject('baseUrl');
const HOST = 'gzbg-status';

const browsers = bothBrowsers();

describe.each(browsers)('%s', (name, launch) => {
  let d: Driver;
  beforeAll(async () => {
    d = await launch();
  });
  afterAll(async () => {
    await d?.close();
  });

  it('a report without part titles: its targets marked, and the bar says the split is a guess', async () => {
    await d.goto(`${base}/pages/untitled-parts.html`);
    await d.waitFor(barShown, null);
    const notice = await d.shadowText(HOST, '[data-testid=bar-unsure]');
    expect(hasMsg(notice, 'structureUnsure')).toBe(true);
    // The split read from tense keeps last year's figures out of the targets: the seed's 41, not its 100-odd figures.
    const targets = Number(await d.shadowAttribute(HOST, '.pill', 'data-targets'));
    expect(targets).toBeGreaterThan(30);
    expect(targets).toBeLessThan(50);
    await d.screenshot(`${name}-structure-unsure`);
  });

  it('a report with plain part titles shows no such notice', async () => {
    await d.goto(`${base}/seeds/shanghai-2021.html`);
    await d.waitFor(barShown, null);
    expect(await d.shadowText(HOST, '[data-testid=bar]')).toBeTruthy();
    expect(await d.shadowText(HOST, '[data-testid=bar-unsure]')).toBeNull();
  });
});
