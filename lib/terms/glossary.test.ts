import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { ANNOTATION_STRINGS } from '../../components/annotations/strings';
import { CHANGES_STRINGS } from '../../components/changes/strings';
import { CHANGE_LABEL, STATUS_LABEL } from '../commitments';
import { GLOSSARY, REGION_COUNT, exportFileName, regionEnglish, reportTitle, type Term } from './index';

type Dict = Record<string, { message: string }>;
const LOCALES: Record<'zh' | 'en', Dict> = { zh: zh as Dict, en: en as Dict };
const TERMS = Object.entries(GLOSSARY) as [string, Term][];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\./.test(f) ? [p] : [];
  });
}

/** Every string the product shows or writes: both locales, the views' string tables, and the sources of the views and exports. */
function everyString(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const [lang, d] of Object.entries(LOCALES)) for (const [k, v] of Object.entries(d)) out.push({ where: `${lang}:${k}`, text: v.message });
  for (const [k, v] of Object.entries({ ...ANNOTATION_STRINGS, ...CHANGES_STRINGS })) out.push({ where: `strings:${k}`, text: `${v.zh}\n${v.en}` });
  for (const f of [...files('components'), ...files('entrypoints'), ...files('lib/exchange'), ...files('lib/reading'), 'lib/commitments/format.ts', 'lib/commitments/table-format.ts', 'lib/diff/export.ts', 'lib/cli.ts']) {
    out.push({ where: f, text: readFileSync(f, 'utf8') });
  }
  return out;
}

describe('the glossary', () => {
  it('every locale key exists in both zh_CN and en, with text in each', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const d of Object.values(LOCALES)) for (const [k, v] of Object.entries(d)) expect(v.message.trim(), k).not.toBe('');
  });

  it('the UI shows each term exactly as the glossary writes it', () => {
    for (const [key, t] of TERMS) {
      if (!t.message) continue;
      expect(LOCALES.zh[t.message]?.message, `${key} (zh)`).toBe(t.zh);
      expect(LOCALES.en[t.message]?.message, `${key} (en)`).toBe(t.en);
    }
  });

  it('the exports write the same change and status words', () => {
    for (const [k, v] of Object.entries(CHANGE_LABEL)) expect(v).toBe(GLOSSARY[k as keyof typeof GLOSSARY].zh);
    for (const [k, v] of Object.entries(STATUS_LABEL)) expect(v).toBe(GLOSSARY[k as keyof typeof GLOSSARY].zh);
  });

  it('a term never has two renderings: no retired rendering appears anywhere, no two terms share one', () => {
    const strings = everyString();
    const found: string[] = [];
    for (const [key, t] of TERMS) {
      for (const bad of t.avoid ?? []) {
        for (const s of strings) if (s.text.includes(bad) && !s.where.startsWith('lib/terms')) found.push(`${key}: "${bad}" in ${s.where}`);
      }
    }
    expect(found).toEqual([]);
    for (const lang of ['zh', 'en'] as const) {
      const seen = new Map<string, string>();
      for (const [key, t] of TERMS) {
        const r = t[lang].trim().toLowerCase();
        expect(seen.get(r), `${key} and ${seen.get(r)} both read "${r}"`).toBeUndefined();
        seen.set(r, key);
      }
    }
  });

  it('names the country and the 34 provincial-level units in English', () => {
    expect(REGION_COUNT).toBe(35);
    expect(regionEnglish('全国')).toBe('National');
    expect(regionEnglish('上海市')).toBe('Shanghai');
    expect(regionEnglish('上海')).toBe('Shanghai');
    expect(regionEnglish('新疆维吾尔自治区')).toBe('Xinjiang');
    expect(regionEnglish('内蒙古')).toBe('Inner Mongolia');
    expect(regionEnglish('海拉尔区')).toBeNull();
  });

  it('names reports and their files in the UI language', () => {
    const sh = { region: '上海市', year: 2022, title: '政府工作报告' };
    expect(reportTitle(sh, 'zh')).toBe('上海市2022年政府工作报告');
    expect(reportTitle(sh, 'en')).toBe('Shanghai 2022 Government Work Report');
    expect(reportTitle({ region: '全国', year: 2022, summary: true }, 'en')).toBe('National 2022 Government Work Report (summary)');
    expect(exportFileName(sh, 'zh', { against: 2021, ext: 'csv' })).toBe('上海市2022年政府工作报告-对照2021年.csv');
    expect(exportFileName(sh, 'en', { against: 2021, ext: 'csv' })).toBe('Shanghai-2022-Government-Work-Report-vs-2021.csv');
    expect(exportFileName(sh, 'zh', { kind: 'briefing', ext: 'md' })).toBe('上海市2022年政府工作报告-简报.md');
    expect(exportFileName(null, 'en', { kind: 'annotationsTable', ext: 'csv' })).toBe('All-reports-annotated-table.csv');
    expect(exportFileName({ region: 'a/b:c', year: 2020 }, 'zh', { ext: 'md' })).toBe('a-b-c2020年政府工作报告.md');
  });
});
