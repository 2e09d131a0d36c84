/**
 * Writes the body finder's page templates (tests/fixtures/templates/templates.ts) around corpus
 * reports, for the e2e tests: <out>/<template>--<report>.html (and the JSON a script-filled page
 * fetches), plus one copy with a figure of the body edited. The e2e global setup writes them to
 * test-output/templates/ and serves them at /templates/ (generated on every run, never committed).
 *
 *   npx tsx scripts/make-templates.ts [OUT]     (default test-output/templates)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATES } from '../tests/fixtures/templates/templates';

const ROOT = join(import.meta.dirname, '..');

/** The reports wrapped, with the headline and site their pages carry. */
const REPORTS = [
  { name: 'shanghai-2021', headline: '2021年上海市政府工作报告', site: '上海市人民政府' },
  { name: 'shanghai-2022', headline: '2022年上海市政府工作报告', site: '上海市人民政府' },
];

/** One figure of the body changed: the edited copy a revisit must report as changed. */
export const EDIT = { report: 'shanghai-2022', template: 'trs-gov', before: '全市生产总值增长5.5%左右', after: '全市生产总值增长6%左右' };

/**
 * A page the body finder cannot be sure of: the TRS portal around a middle stretch of a report (no
 * title, no 各位代表, no closing call), for the reader's pick.
 */
export const UNSURE = { report: 'shanghai-2022', template: 'trs-gov', from: 4, to: 30, file: 'trs-gov--unsure.html' };

/** Writes every template around every report into `OUT`; returns the number of files. */
export function writeTemplates(OUT: string): number {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let files = 0;
  for (const r of REPORTS) {
    const text = readFileSync(join(ROOT, 'tests/fixtures/corpus', `${r.name}.zh.txt`), 'utf8');
    for (const t of TEMPLATES) {
      const base = `${t.name}--${r.name}`;
      const input = { text, headline: r.headline, site: r.site, json: `${base}.json` };
      writeFileSync(join(OUT, `${base}.html`), t.html(input));
      files++;
      if (t.data) {
        writeFileSync(join(OUT, `${base}.json`), t.data(input));
        files++;
      }
      if (t.name === UNSURE.template && r.name === UNSURE.report) {
        const middle = text.split('\n').filter((l) => l.trim()).slice(UNSURE.from, UNSURE.to).join('\n');
        writeFileSync(join(OUT, UNSURE.file), t.html({ ...input, text: middle }));
        files++;
      }
      if (t.name === EDIT.template && r.name === EDIT.report) {
        if (text.split(EDIT.before).length !== 2) throw new Error(`${EDIT.before} is not once in ${r.name}`);
        writeFileSync(join(OUT, `${base}--edited.html`), t.html({ ...input, text: text.replace(EDIT.before, EDIT.after) }));
        files++;
      }
    }
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(ROOT, 'test-output/templates'));
  console.log(`templates: ${writeTemplates(out)} files in ${out}`);
}
