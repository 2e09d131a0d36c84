/**
 * What a reporter quotes, in each browser and each UI language: the bar and the card in the UI's
 * language with figures as the report writes them, the bar never over the report's last line, the
 * card's 本年回顾中未找到 with its link to the review, the exported Markdown and CSV of a pair
 * whose comparator changed (城镇登记失业率 4.5%以内 → 5.5%左右) showing both, files named after
 * the report and year in the UI's language, and no page of ours speaking the other language.
 * Screenshots of the card, the side panel and the exports land in test-output/screenshots/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, launchFirefox, SCREENSHOTS, type Driver } from './browsers';
import { annotateOnPage } from './in-page';
import { barShown, locateText } from './page-fns';
import { clickAt, driverTabId, secondTab, type Tab } from './tabs';

const base = inject('baseUrl');
const HOST = 'gzbg-status';
type Lang = 'zh' | 'en';

const browsers: [string, (lang: Lang) => Promise<Driver>][] = [
  ['chromium', (uiLanguage) => launchChromium(inject('chromeExtension'), { uiLanguage })],
  ['firefox', (uiLanguage) => launchFirefox(inject('firefoxExtension'), { uiLanguage })],
];

/**
 * Visible text of the product that is in the other language: every text node of the page (or, on
 * a report page, inside our shadow roots). The report's own words (indicators, figures, quotes,
 * headings, addresses) are marked translate="no" (components/report-text) and let through: there
 * the report speaks, not the product. Serialized into the page.
 */
const otherLanguage = ({ lang, hosts }: { lang: 'zh' | 'en'; hosts: string[] }): string[] => {
  // Technical names the Chinese UI writes as they are.
  const allowed = /^(?:CSV|Markdown|JSON|LD|W3C|MB|Ctrl|Enter|Esc|Alt|Shift|txt|html|htm|json|jsonld|PDF|URL|docx)$/;
  const bad: string[] = [];
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!el || !text || el.closest('script, style, noscript, [hidden], [aria-hidden=true]')) continue;
      if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.closest('[translate=no]')) continue;
      if (lang === 'en' ? /[\u3400-\u9fff]/.test(text) : (text.match(/[A-Za-z]{2,}/g) ?? []).some((w) => !allowed.test(w))) bad.push(text.slice(0, 80));
    }
  };
  if (!hosts.length) visit(document.body);
  for (const h of hosts) {
    const root = document.querySelector(h)?.shadowRoot;
    if (root) visit(root);
  }
  return bad;
};

/** The bottom-most line of the report's text, scrolled to the page's end: is it covered by a box of ours? */
const lastLineCovered = (): { covered: boolean; text: string; y: number } => {
  window.scrollTo(0, document.documentElement.scrollHeight);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (el && !el.closest('[data-gzbg-ui], script, style') && n.textContent!.trim() && el.getClientRects().length) last = n as Text;
  }
  if (!last) return { covered: true, text: '', y: -1 };
  const r = document.createRange();
  r.selectNodeContents(last);
  const rects = [...r.getClientRects()];
  const line = rects[rects.length - 1]!;
  const x = line.left + Math.min(8, line.width / 2);
  const y = line.top + line.height / 2;
  const hit = document.elementFromPoint(x, y);
  return { covered: !!hit?.closest('[data-gzbg-ui]'), text: last.textContent!.trim().slice(-30), y };
};

/** Shows a downloaded text as the tab's page, for a screenshot of what the file holds. */
const showText = ({ title, text }: { title: string; text: string }) => {
  document.head.innerHTML = '<style>body{margin:12px;font:13px/1.5 "Noto Sans CJK SC",monospace} pre{white-space:pre-wrap}</style>';
  document.body.replaceChildren(Object.assign(document.createElement('h3'), { textContent: title }), Object.assign(document.createElement('pre'), { textContent: text }));
};

const WANT = {
  zh: { title: '全国2020年政府工作报告', vs: '对照2019年', notFound: '本年回顾中未找到' },
  en: { title: 'National 2020 Government Work Report', vs: 'vs-2019', notFound: "not found in this year's review" },
} as const;

describe.each(browsers)('%s', (name, launch) => {
  describe.each(['zh', 'en'] as const)('UI in %s', (lang) => {
    let d: Driver;
    let tab: Tab;
    let reportTab: number;
    const work = mkdtempSync(join(tmpdir(), 'gzbg-ui-lang-'));
    const shot = (what: string) => `${lang}-${what}`;

    beforeAll(async () => {
      d = await launch(lang);
      await d.goto(`${base}/seeds/national-2019.html`);
      await d.waitFor(barShown, null, 30_000);
      await new Promise((r) => setTimeout(r, 1000)); // the save finishes after the overlay is drawn
      await d.goto(`${base}/seeds/national-2020.html`);
      await d.waitFor(() => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=bar-raised]'), null, 30_000);
      tab = await secondTab(d);
      reportTab = (await driverTabId(tab))!;
    }, 90_000);
    afterAll(async () => {
      await d?.close();
    });

    it('the bar names the report in the UI language and never hides the last line; collapsing keeps room', async () => {
      const bar = await d.shadowText(HOST, '[data-testid=bar-open]');
      expect(bar).toContain(WANT[lang].title);
      expect(await d.evaluate(otherLanguage, { lang, hosts: [HOST] })).toEqual([]);
      const end = await d.evaluate(lastLineCovered, null);
      expect(end.covered, `last line "${end.text}" at y=${end.y}`).toBe(false);
      await d.clickIn(HOST, '[data-testid=bar-collapse]');
      await d.waitFor(() => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=bar-expand]'), null);
      expect((await d.evaluate(lastLineCovered, null)).covered).toBe(false);
      await d.clickIn(HOST, '[data-testid=bar-expand]');
      await d.waitFor(() => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=bar-collapse]'), null);
    });

    it('the card of a target whose comparator changed: both figures as written, and 本年回顾中未找到 linking to the review', async () => {
      const at = await d.evaluate(locateText, { text: '城镇登记失业率5.5%左右', within: 'body' });
      expect(at).not.toBeNull();
      // The figure is the mark: click on it (the clause starts 7 characters earlier).
      const fig = await d.evaluate(locateText, { text: '5.5%左右', within: 'body' });
      await clickAt(d, fig!.x, fig!.y);
      await d.waitFor(() => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]'), null);
      expect(await d.shadowText(HOST, '[data-testid=figure]')).toBe('5.5%左右');
      expect(await d.shadowText(HOST, '[data-testid=history]')).toContain('4.5%以内');
      expect(await d.shadowText(HOST, '[data-testid=status]')).toContain(WANT[lang].notFound);
      expect(await d.evaluate(otherLanguage, { lang, hosts: [HOST] })).toEqual([]);
      await d.screenshot(shot('card'));
      await d.clickIn(HOST, '[data-testid=check-review]');
      // The page scrolled up to the review (过去一年 / 2019年工作回顾), well above the target.
      await d.waitFor(() => window.scrollY < 2000, null);
    });

    it('side panel, popup, library, annotations, compare and reader pages speak only the UI language', async () => {
      const pages = [`sidepanel.html?tab=${reportTab}`, `popup.html?tab=${reportTab}`, 'library.html', 'annotations.html', 'compare.html', 'reader.html'];
      for (const page of pages) {
        await tab.open(page);
        await tab.waitFor(() => (document.body.textContent ?? '').replace(/…/g, '').trim().length > 20 && !document.body.textContent!.includes('正在比较') && !/Comparing/.test(document.body.textContent!), null, 30_000);
        expect(await tab.evaluate(otherLanguage, { lang, hosts: [] }), page).toEqual([]);
        if (page.startsWith('sidepanel')) {
          expect(await tab.evaluate(() => document.querySelector('[data-testid=heading]')?.textContent, null)).toBe(WANT[lang].title);
          await tab.screenshot(shot('sidepanel'));
        }
      }
    });

    it('the compare page exports Markdown and CSV with both comparators, named after the report and year', async () => {
      await tab.open('compare.html');
      await tab.waitFor(() => !!document.querySelector('[data-testid=stats]'), null, 30_000);
      // Old: 2019, new: 2020 (picked by their group, whatever the order of the list).
      await tab.evaluate(() => {
        const pick = (id: string, year: string) => {
          const s = document.querySelector<HTMLSelectElement>(`[data-testid=${id}]`)!;
          s.value = [...s.options].find((o) => o.textContent!.includes(year))!.value;
          s.dispatchEvent(new Event('change', { bubbles: true }));
        };
        pick('pick-a', '2019');
        pick('pick-b', '2020');
      }, null);
      await tab.waitFor(() => !!document.querySelector('[data-testid=stats]'), null, 30_000);
      const md = await tab.download('[data-testid=export-md]', work);
      const csv = await tab.download('[data-testid=export-targets-csv]', work);
      const stem = lang === 'zh' ? `${WANT.zh.title}-${WANT.zh.vs}` : `National-2020-Government-Work-Report-${WANT.en.vs}`;
      expect(md.name).toBe(`${stem}-${lang === 'zh' ? '文字修改' : 'text-changes'}.md`);
      expect(csv.name).toBe(`${stem}-${lang === 'zh' ? '指标对照' : 'Targets-compared'}.csv`);
      const mdRow = md.text.split('\n').find((l) => l.startsWith('| 城镇登记失业率 |'));
      expect(mdRow).toContain('4.5%以内');
      expect(mdRow).toContain('5.5%左右');
      const csvRow = csv.text.split('\r\n').find((l) => l.startsWith('城镇登记失业率,'));
      expect(csvRow).toContain('4.5%以内');
      expect(csvRow).toContain('5.5%左右');
      expect(csv.text.split('\r\n')[0]).toContain(lang === 'zh' ? '上年目标' : "Last year's target");
      writeFileSync(join(SCREENSHOTS, `${name}-${shot('export.md')}`), md.text);
      writeFileSync(join(SCREENSHOTS, `${name}-${shot('export.csv')}`), csv.text);
      await tab.evaluate(showText, { title: md.name, text: md.text.split('\n').slice(0, 40).join('\n') });
      await tab.screenshot(shot('export-md'));
      await tab.evaluate(showText, { title: csv.name, text: csv.text.split('\r\n').slice(0, 30).join('\n') });
      await tab.screenshot(shot('export-csv'));
    });
    it('the annotations page exports every report, grouped by report, with both comparators, in the UI language', async () => {
      // A note on this year's figure, the card's row: its table row holds 2019's and 2020's figures.
      await d.waitFor(() => !!document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('.root'), null);
      await annotateOnPage(d, '城镇登记失业率5.5%左右', 'note on the rate');
      await tab.open(`annotations.html?t=${Date.now()}`);
      await tab.waitFor(() => document.querySelectorAll('[data-testid=anno-item]').length === 1, null);
      // No report chosen: all of them.
      expect(await tab.evaluate(() => (document.querySelector('[data-testid=anno-report]') as HTMLSelectElement).value, null)).toBe('');
      const csv = await tab.download('[data-testid=export-csv]', work);
      const md = await tab.download('[data-testid=export-md]', work);
      expect(csv.name).toMatch(lang === 'zh' ? /^全部报告-批注对照表-\d{4}-\d{2}-\d{2}\.csv$/ : /^All-reports-annotated-table-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(md.name).toMatch(lang === 'zh' ? /^全部报告-简报-\d{4}-\d{2}-\d{2}\.md$/ : /^All-reports-briefing-\d{4}-\d{2}-\d{2}\.md$/);
      const row = csv.text.split('\r\n').find((l) => l.includes(',城镇登记失业率,'));
      expect(row?.startsWith(`${WANT[lang].title},城镇登记失业率,4.5%以内,`), row).toBe(true);
      expect(row).toContain('5.5%左右');
      expect(row).toContain('note on the rate');
      expect(md.text).toContain(`# ${WANT[lang].title}`);
      expect(md.text).toMatch(/\| 城镇登记失业率 \| 4\.5%以内 \| 5\.5%左右 \|/);
      writeFileSync(join(SCREENSHOTS, `${name}-${shot('annotations.csv')}`), csv.text);
    });
  });
});
