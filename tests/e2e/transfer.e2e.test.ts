/**
 * Files in and out through the product's own UI, in Chromium and Firefox (same test bodies):
 * annotations exported with the annotations page's button and imported into a fresh profile
 * through its file input, then re-anchored on the report page; reports dropped on the library's
 * drop zone; the library's backup downloaded with its button and restored into a fresh profile.
 *
 * Downloads are the real ones the pages start (an <a download> click): Chromium's through
 * playwright's download event, Firefox's from the download directory its prefs point at (download
 * handling in puppeteer-core is CDP-only), see `Tab.download`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { validateBackup } from '@/lib/store/backup';
import { launchChromium, launchFirefox, type Driver } from './browsers';
import { ROOT } from './harness';
import { notesAre } from './page-fns';
import { annotateOnPage } from './in-page';
import { secondTab, type Tab } from './tabs';

const base = inject('baseUrl');
const SEED = `${base}/seeds/national-2020.html`;
const QUOTE_JOBS = '城镇新增就业900万人以上';
const QUOTE_DEFICIT = '赤字率拟按3.6%以上安排';
const NOTE_JOBS = '比去年的1100万少';
const NOTE_DEFICIT = '赤字率首次突破3%';

const browsers: [string, () => Promise<Driver>][] = [
  ['chromium', () => launchChromium(inject('chromeExtension'))],
  ['firefox', () => launchFirefox(inject('firefoxExtension'))],
];

const annotatorReady = () => !!document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('.root');
const rowIds = () => [...document.querySelectorAll('[data-testid=report]')].map((r) => r.getAttribute('data-id'));
/** Each listed report as the library shows it: its government's heading and its year cell. */
const listed = () => [...document.querySelectorAll('[data-testid=report]')].map((r) => ({
  id: r.getAttribute('data-id') ?? '',
  government: r.closest('[data-testid=government]')?.querySelector('h3')?.textContent ?? '',
  year: r.querySelector('td')?.textContent ?? '',
})).sort((x, y) => x.id.localeCompare(y.id));

/** Fires a drag over the library's drop zone with files built in the page; true when the zone accepts it (cancels dragover). */
const dragFiles = ({ files, drop }: { files: { name: string; text: string }[]; drop: boolean }): boolean => {
  const zone = document.querySelector('[data-testid=drop]')!;
  const data = new DataTransfer();
  for (const f of files) data.items.add(new File([f.text], f.name, { type: 'text/plain' }));
  const fire = (type: string) => zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
  fire('dragenter');
  const accepted = !fire('dragover');
  if (drop) fire('drop');
  return accepted;
};

describe.each(browsers)('%s', (name, launch) => {
  const work = mkdtempSync(join(tmpdir(), `gzbg-transfer-${name}-`));
  const open: Driver[] = [];
  afterAll(async () => {
    for (const d of open) await d.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  });

  async function fresh(): Promise<{ d: Driver; tab: Tab }> {
    const d = await launch();
    open.push(d);
    return { d, tab: await secondTab(d) };
  }
  async function close(d: Driver): Promise<void> {
    open.splice(open.indexOf(d), 1);
    await d.close();
  }

  it('annotations: exported with the page\'s button, imported into a fresh profile through its file input, re-anchored on the report', async () => {
    const a = await fresh();
    await a.d.goto(SEED);
    await a.d.waitFor(annotatorReady, null);
    await annotateOnPage(a.d, QUOTE_JOBS, NOTE_JOBS);
    await annotateOnPage(a.d, QUOTE_DEFICIT, NOTE_DEFICIT);
    await a.d.waitFor(notesAre, { count: 2, quotes: [QUOTE_JOBS, QUOTE_DEFICIT] });

    await a.tab.open('annotations.html');
    await a.tab.waitFor(() => document.querySelectorAll('[data-testid=anno-item]').length === 2, null);
    const file = await a.tab.download('[data-testid=export-json]', work);
    expect(file.name).toMatch(/^(?:全部报告-批注|All-reports-Annotations)-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const doc = JSON.parse(file.text) as { type: string; total: number };
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(2);
    expect(file.text).toContain(NOTE_JOBS);
    expect(file.text).toContain(NOTE_DEFICIT);
    await close(a.d);

    const b = await fresh();
    await b.tab.open('annotations.html');
    await b.tab.waitFor(() => !!document.querySelector('[data-testid=import-file]'), null);
    expect(await b.tab.evaluate(() => document.querySelectorAll('[data-testid=anno-item]').length, null)).toBe(0);
    await b.tab.upload('[data-testid=import-file]', file.path);
    await b.tab.waitFor(() => document.querySelector('[data-testid=import-preview]')?.getAttribute('data-new') === '2', null);
    await b.tab.screenshot('transfer-annotations-preview');
    await b.tab.click('[data-testid=import-confirm]');
    await b.tab.waitFor(() => !!document.querySelector('[data-testid=import-done]') && document.querySelectorAll('[data-testid=anno-item]').length === 2, null);
    const notes = await b.tab.evaluate(() => [...document.querySelectorAll('[data-testid=anno-item-note]')].map((n) => n.textContent), null);
    expect(notes.sort()).toEqual([NOTE_JOBS, NOTE_DEFICIT].sort());

    // The same report read in the fresh profile (at another address): both notes land on their text.
    await b.d.goto(`${SEED}?from=colleague`);
    await b.d.waitFor(notesAre, { count: 2, quotes: [QUOTE_JOBS, QUOTE_DEFICIT] });
    await b.d.screenshot('transfer-annotations-imported');
  });

  it('library: files dropped on the drop zone are imported; the backup from the export button restores into a fresh profile', async () => {
    const files = [
      { name: '2020年政府工作报告.txt', text: readFileSync(join(ROOT, 'seeds/national-2020.txt'), 'utf8') },
      { name: '上海市2021年政府工作报告.txt', text: readFileSync(join(ROOT, 'seeds/shanghai-2021.txt'), 'utf8') },
    ];
    const expected = [
      { id: 'gov:national:全国:2020', government: expect.stringMatching(/全国|National/), year: '2020' },
      { id: 'gov:provincial:上海市:2021', government: expect.stringMatching(/上海市|Shanghai/), year: '2021' },
    ];
    const a = await fresh();
    await a.tab.open('library.html');
    await a.tab.waitFor(() => !!document.querySelector('[data-testid=drop]') && !!document.querySelector('[data-testid=usage]'), null);
    expect(await a.tab.evaluate(rowIds, null)).toEqual([]);
    // a drag over the zone is accepted and shown
    expect(await a.tab.evaluate(dragFiles, { files, drop: false })).toBe(true);
    await a.tab.waitFor(() => document.querySelector('[data-testid=drop]')!.classList.contains('over'), null);
    await a.tab.screenshot('transfer-library-dragover');
    await a.tab.evaluate(dragFiles, { files, drop: true });
    await a.tab.waitFor(() => document.querySelectorAll('[data-testid=report]').length === 2, null, 30_000);
    expect(await a.tab.evaluate(listed, null)).toEqual(expected);
    expect(await a.tab.evaluate(() => document.querySelector('[data-testid=drop]')!.classList.contains('over'), null)).toBe(false);

    const backup = await a.tab.download('[data-testid=export]', work);
    expect(backup.name).toMatch(/^(?:政府工作报告阅读助手-备份|Work Report Reader-Backup)-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = validateBackup(JSON.parse(backup.text));
    expect(parsed.reports.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(parsed.commitments.length).toBeGreaterThan(100);
    await close(a.d);

    const b = await fresh();
    await b.tab.open('library.html');
    await b.tab.waitFor(() => !!document.querySelector('[data-testid=usage]'), null);
    expect(await b.tab.evaluate(rowIds, null)).toEqual([]);
    await b.tab.upload('[data-testid=restore]', backup.path);
    await b.tab.waitFor(() => document.querySelectorAll('[data-testid=report]').length === 2, null);
    expect(await b.tab.evaluate(() => document.querySelector('[data-testid=message]')?.getAttribute('role'), null)).toBe('status');
    expect(await b.tab.evaluate(listed, null)).toEqual(expected);
    await b.tab.screenshot('transfer-library-restored');
  });
});
