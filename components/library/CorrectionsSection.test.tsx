// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Correction } from '@/lib/corrections/types';
import { CorrectionsSection, type CorrectionsApi, type StaleCorrection } from './CorrectionsSection';

const correction = (id: string, action: Correction['action']): Correction => ({
  id, report: { region: '上海市', year: 2022 }, figureAt: 8, number: '5.5%', action, created: '2026-03-05T09:00:00.000Z',
  selectors: { quote: { type: 'TextQuoteSelector', exact: '全市生产总值增长5.5%左右' } },
});
const api = (all: Correction[], stale: StaleCorrection[]): CorrectionsApi => ({
  all: async () => all,
  importText: async () => ({ added: 0, kept: 0 }),
  exportFile: () => '',
  exportLabels: async () => '',
  download: () => undefined,
  stale: async () => stale,
  remove: async () => undefined,
});
const settle = () => act(async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); });

describe('CorrectionsSection', () => {
  // happy-dom's navigator speaks English: the section does too.
  it('lists the corrections that no longer apply, with why and what they did, and keeps them', async () => {
    const link = correction('a', { kind: 'link', year: 2021, indicator: '全市生产总值', quote: '增长6%以上' });
    const dismiss = correction('b', { kind: 'dismiss' });
    const root = document.createElement('div');
    document.body.appendChild(root);
    await act(() => render(<CorrectionsSection api={api([link, dismiss], [{ correction: link, status: 'changed' }])} />, root));
    await settle();
    const items = [...root.querySelectorAll('[data-testid=stale-correction]')];
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['changed']);
    expect(items[0]!.textContent).toContain('The figure changed');
    expect(items[0]!.textContent).toContain('Linked to 2021: 全市生产总值');
    expect(items[0]!.textContent).toContain('全市生产总值增长5.5%左右');
    expect(root.querySelector('[data-testid=corrections-count]')!.textContent).toContain('2');
    await act(() => render(<CorrectionsSection api={api([dismiss], [])} />, root));
    render(null, root);
    const fresh = document.createElement('div');
    await act(() => render(<CorrectionsSection api={api([dismiss], [])} />, fresh));
    await settle();
    expect(fresh.querySelector('[data-testid=corrections-stale-none]')).not.toBeNull();
    render(null, fresh);
    root.remove();
  });

  it('deletes a listed correction only when the reader presses twice', async () => {
    const dismiss = correction('b', { kind: 'dismiss' });
    let all = [dismiss];
    const removed: string[] = [];
    const root = document.createElement('div');
    document.body.appendChild(root);
    const withRemove: CorrectionsApi = { ...api([], []), all: async () => all, stale: async (list) => list.map((c) => ({ correction: c, status: 'orphaned' as const })), remove: async (id) => void (removed.push(id), all = all.filter((c) => c.id !== id)) };
    await act(() => render(<CorrectionsSection api={withRemove} />, root));
    await settle();
    const button = () => root.querySelector('[data-testid=stale-remove]') as HTMLButtonElement | null;
    await act(() => button()!.click());
    expect(removed).toEqual([]);
    expect(button()!.textContent).toBe('Delete it? Click again');
    await act(() => button()!.click());
    await settle();
    expect(removed).toEqual(['b']);
    expect(button()).toBeNull();
    render(null, root);
    root.remove();
  });
});
