import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import zh from '../public/_locales/zh_CN/messages.json';
import { t } from './i18n';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\./.test(f) ? [p] : [];
  });
}

describe('strings', () => {
  it('every key the views use exists in Chinese and English', () => {
    const used = new Set<string>();
    for (const f of [...files('components/overlay'), ...files('components/sidepanel'), ...files('components/library'), 'components/PopupView.tsx', 'components/i18n.ts', ...files('entrypoints')]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]!);
      for (const m of readFileSync(f, 'utf8').matchAll(/: '((?:change|status|level)[A-Z][A-Za-z]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !(k in zh) || !(k in en));
    expect(missing).toEqual([]);
  });

  it('fills {n} placeholders', () => {
    expect(t('nTargets', 49)).toBe('49 项目标');
    expect(t('wasFigure', 2021, '6%以上')).toBe('2021 年：6%以上');
  });
});
