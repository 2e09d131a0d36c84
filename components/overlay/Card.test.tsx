// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { ModelItem } from '@/lib/reading/model';
import type { CorrectionAction } from '@/lib/corrections/types';
import { Card } from './Card';
import { linkCandidates } from './CardCorrections';

const item: ModelItem = {
  id: 'T1', start: 0, end: 3, indicator: '全市生产总值增长', figure: '5.5%左右',
  quote: '<img src=x onerror="alert(1)">全市生产总值增长5.5%左右', section: '二、主要任务', sectionPath: ['二、主要任务'],
  multiYear: false, change: 'lowered', status: 'exceeded',
  prior: { year: 2021, figure: '6%以上', quote: '<b>全市生产总值增长6%以上</b>', href: 'https://example.gov.cn/2021.html#:~:text=x' },
  actual: '+8.1%', history: [{ year: 2021, target: '6%以上', actual: '+8.1%' }], notes: [],
};

const PRIOR = [
  { indicator: '城镇新增就业', figure: '50万人以上', number: '50万', quote: '城镇新增就业50万人以上' },
  { indicator: '全市生产总值增长', figure: '6%以上', number: '6', quote: '全市生产总值增长6%以上' },
  { indicator: '居民消费价格涨幅', figure: '3%左右', number: '3%', quote: '居民消费价格涨幅3%左右' },
];

describe('Card', () => {
  it('links a figure to a chosen target of the year compared with (filtered by typing), unlinks it, and reads it as an outcome', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const saved: CorrectionAction[] = [];
    const handlers = { onCorrect: (_: unknown, a: CorrectionAction) => void saved.push(a), onUndo: () => undefined };
    const q = <T extends Element>(id: string) => root.querySelector(`[data-testid=${id}]`) as T | null;
    const click = (id: string) => act(() => q<HTMLButtonElement>(id)!.click());
    const choices = () => [...root.querySelectorAll('[data-testid=link-choice]')] as HTMLButtonElement[];
    act(() => render(<Card item={item} priorYear={2021} year={2022} at={{ left: 10, top: 10, bottom: 30 }} pinned onClose={() => undefined} corrections={handlers} priorTargets={PRIOR} />, root));
    click('link-to');
    // The filter takes the keys at once; the likeliest target (the closest name) comes first.
    const filter = q<HTMLInputElement>('link-filter')!;
    expect(document.activeElement).toBe(filter);
    expect(choices()[0]!.dataset.quote).toBe('全市生产总值增长6%以上');
    expect(choices()).toHaveLength(3);
    act(() => {
      filter.value = '就业';
      filter.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(choices().map((b) => b.dataset.quote)).toEqual(['城镇新增就业50万人以上']);
    act(() => choices()[0]!.click());
    expect(saved.at(-1)).toEqual({ kind: 'link', year: 2021, indicator: '城镇新增就业', quote: '城镇新增就业50万人以上', number: '50万' });
    // Esc leaves the list without linking, and the buttons come back.
    click('link-to');
    act(() => void q('link-filter')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(q('link-picker')).toBeNull();
    expect(saved).toHaveLength(1);
    click('unlink');
    expect(saved.at(-1)).toEqual({ kind: 'unlink' });
    click('retype-outcome');
    expect(saved.at(-1)).toEqual({ kind: 'retype', role: 'outcome' });
    // Without an earlier year there is nothing to link to, and nothing to unlink.
    act(() => render(<Card item={{ ...item, prior: null, change: null }} priorYear={null} year={2022} at={{ left: 10, top: 10, bottom: 30 }} pinned onClose={() => undefined} corrections={handlers} />, root));
    expect(q('link-to')).toBeNull();
    expect(q('unlink')).toBeNull();
    render(null, root);
    root.remove();
  });

  it('ranks the earlier targets by name and filters them by every word typed', () => {
    expect(linkCandidates(PRIOR, '居民消费价格', '').map((t) => t.indicator)[0]).toBe('居民消费价格涨幅');
    expect(linkCandidates(PRIOR, '居民消费价格', '50万 就业')).toHaveLength(1);
    expect(linkCandidates(PRIOR, '居民消费价格', '没有这个')).toEqual([]);
  });

  it('shows the target, last year, the change and a link; page text stays text', () => {
    const root = document.createElement('div');
    render(<Card item={item} priorYear={2021} year={2022} at={{ left: 10, top: 10, bottom: 30 }} pinned onClose={() => undefined} />, root);
    const card = root.querySelector('[data-testid=card]')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toContain('全市生产总值增长');
    expect(root.querySelector('[data-testid=figure]')!.textContent).toBe('5.5%左右');
    expect(root.querySelector('[data-testid=change]')!.textContent).toBe('下调');
    expect([...root.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['6%以上', '+8.1%']);
    expect(root.querySelector('[data-testid=open-prior]')!.getAttribute('href')).toContain('#:~:text=');
    // Markup in a quote is shown as text, never parsed.
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('[data-testid=prior-quote]')!.textContent).toContain('<b>');
    render(null, root);
  });

  it('offers the stored copy of last year at the passage where that report is stored, and only there', () => {
    const root = document.createElement('div');
    const opened: [string, string][] = [];
    const stored = { ...item, prior: { ...item.prior!, reportId: 'gov:provincial:上海市:2021' } };
    render(<Card item={stored} priorYear={2021} year={2022} at={{ left: 10, top: 10, bottom: 30 }} pinned onClose={() => undefined} onOpenCopy={(id, q) => opened.push([id, q])} />, root);
    (root.querySelector('[data-testid=open-prior-copy]') as HTMLButtonElement).click();
    expect(opened).toEqual([['gov:provincial:上海市:2021', '<b>全市生产总值增长6%以上</b>']]);
    render(<Card item={item} priorYear={2021} year={2022} at={{ left: 10, top: 10, bottom: 30 }} pinned onClose={() => undefined} onOpenCopy={() => undefined} />, root);
    expect(root.querySelector('[data-testid=open-prior-copy]')).toBeNull();
    render(null, root);
  });

  it('a result the engine did not find reads as ours, not the report\'s, and links to this year\'s review', () => {
    const root = document.createElement('div');
    const shown: number[] = [];
    const missing = { ...item, status: 'not-reported' as const };
    render(<Card item={missing} priorYear={2021} year={2022} at={{ left: 10, top: 10, bottom: 30 }} pinned onClose={() => undefined} review={{ start: 120, end: 900, title: '一、2021年工作回顾' }} onShowReview={(s) => shown.push(s)} />, root);
    const status = root.querySelector('[data-testid=status]')!;
    expect(status.textContent).toContain('本年回顾中未找到');
    expect(status.textContent).not.toContain('未报告');
    (root.querySelector('[data-testid=check-review]') as HTMLButtonElement).click();
    expect(shown).toEqual([120]);
    // Without a review part found, no link that leads nowhere.
    render(<Card item={missing} priorYear={2021} year={2022} at={{ left: 10, top: 10, bottom: 30 }} pinned onClose={() => undefined} review={null} onShowReview={() => undefined} />, root);
    expect(root.querySelector('[data-testid=check-review]')).toBeNull();
    render(null, root);
  });
});
