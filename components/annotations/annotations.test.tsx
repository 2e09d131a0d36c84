// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation } from '@/lib/anchoring';
import { exportCollection, serializeExport } from '@/lib/exchange';
import type { ImportOutcome } from '@/lib/store/annotations';
import { AnnotationsPage, type AnnotationsApi } from './AnnotationsPage';
import { Editor } from './Editor';
import { FigureForm, parseAmount, type AddedFigure } from './FigureForm';
import { NoteList } from './NoteList';
import { ANNOTATION_STRINGS, setAnnotationLang, tr } from './strings';

const TEXT = '今年发展主要预期目标是：城镇新增就业900万人以上，城镇调查失业率6%左右。';
const REPORT = { region: '全国', year: 2020, title: '政府工作报告', fingerprint: 'fnv1a64:0123456789abcdef' };
function ann(quote: string, note: string, tags: string[]): Annotation {
  const start = TEXT.indexOf(quote);
  return createAnnotation({ text: TEXT, start, end: start + quote.length, source: 'https://www.gov.cn/r.htm', report: REPORT, note, tags });
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) {
    render(null, root);
    root.remove();
    root = null;
  }
  setAnnotationLang('zh-CN');
});
function mount(vnode: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  root = el;
  document.body.appendChild(el);
  act(() => render(vnode, el));
  return el;
}
const input = (el: HTMLInputElement | HTMLSelectElement, value: string) => act(() => {
  el.value = value;
  el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
});

describe('strings', () => {
  it('every string exists in both languages; English is picked for en UIs', () => {
    for (const [key, v] of Object.entries(ANNOTATION_STRINGS)) {
      expect(v.zh, key).not.toBe('');
      expect(v.en, key).not.toBe('');
      expect((v.zh.match(/\$\d/g) ?? []).sort(), key).toEqual((v.en.match(/\$\d/g) ?? []).sort());
    }
    setAnnotationLang('en-US');
    expect(tr('listButton', 3)).toBe('Notes 3');
    setAnnotationLang('zh_CN');
    expect(tr('listButton', 3)).toBe('批注 3');
  });
});

describe('NoteList', () => {
  it('shows user text as text, searches and filters by tag', () => {
    const hostile = ann('城镇新增就业900万人以上', '<img src=x onerror="alert(1)"> 比去年少', ['质询']);
    const other = ann('城镇调查失业率6%左右', '待查', ['待核实', '关注']);
    const el = mount(<NoteList items={[{ annotation: hostile }, { annotation: other, anchor: { status: 'changed', start: 0, end: 3, oldQuote: '6%', newQuote: '5.5%', score: 0.8 } }]} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror="alert(1)"> 比去年少');
    expect(el.querySelectorAll('[data-testid=anno-item]').length).toBe(2);
    expect(el.querySelector('[data-status=changed] [data-testid=anno-item-changed]')?.textContent).toContain('5.5%');
    input(el.querySelector('[data-testid=anno-search]')!, '比去年');
    expect(el.querySelectorAll('[data-testid=anno-item]').length).toBe(1);
    input(el.querySelector('[data-testid=anno-search]')!, '');
    const select = el.querySelector<HTMLSelectElement>('[data-testid=anno-tag-filter]')!;
    expect([...select.options].map((o) => o.value)).toEqual(['', '关注', '待核实', '质询']);
    input(select, '待核实');
    expect([...el.querySelectorAll('[data-testid=anno-item-note]')].map((n) => n.textContent)).toEqual(['待查']);
  });
});

describe('NoteList: an orphaned annotation', () => {
  it('stays listed with its quote and says its text is gone', () => {
    const gone = ann('城镇调查失业率6%左右', '这句删了？', []);
    const el = mount(<NoteList items={[{ annotation: gone, anchor: { status: 'orphaned', oldQuote: '城镇调查失业率6%左右', score: 0.2 } }]} />);
    const item = el.querySelector('[data-testid=anno-item]')!;
    expect(item.getAttribute('data-status')).toBe('orphaned');
    expect(item.querySelector('[data-testid=anno-item-quote]')?.textContent).toContain('城镇调查失业率6%左右');
    expect(item.querySelector('[data-testid=anno-item-status]')?.textContent).toBe(tr('orphaned'));
  });
});

describe('Editor', () => {
  it('offers the default tags and own ones, adds a tag, saves with Ctrl+Enter and cancels with Escape', () => {
    const saved: unknown[] = [];
    let cancelled = 0;
    const el = mount(<Editor quote="城镇新增就业900万人以上" initial={{ note: '', tags: [], colour: null }} knownTags={['预算']} at={null}
      onSave={(b) => saved.push(b)} onCancel={() => cancelled++} />);
    expect([...el.querySelectorAll('[data-testid=anno-tag]')].map((t) => t.getAttribute('data-tag'))).toEqual(['关注', '质询', '建议', '待核实', '预算']);
    input(el.querySelector<HTMLInputElement>('[data-testid=anno-note]') as unknown as HTMLInputElement, '为什么少了？');
    act(() => el.querySelector<HTMLInputElement>('[data-tag="建议"]')!.click());
    const tag = el.querySelector<HTMLInputElement>('[data-testid=anno-new-tag]')!;
    input(tag, '就业');
    act(() => void tag.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    act(() => el.querySelector<HTMLInputElement>('[data-colour="#93c5fd"]')!.click());
    const editor = el.querySelector('[data-testid=anno-editor]')!;
    act(() => void editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })));
    expect(saved).toEqual([{ note: '为什么少了？', tags: ['建议', '就业'], colour: '#93c5fd' }]);
    act(() => void editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(cancelled).toBe(1);
  });
});

describe('Editor on a changed quote', () => {
  it('shows old vs new and can move the annotation onto the new text', () => {
    const saved: [unknown, unknown][] = [];
    const el = mount(<Editor quote="城镇新增就业900万人以上" initial={{ note: 'n', tags: [], colour: null }} knownTags={[]} at={null}
      anchor={{ status: 'changed', start: 5, end: 18, oldQuote: '城镇新增就业900万人以上', newQuote: '城镇新增就业1000万人以上', score: 0.9, numbers: { old: ['900万'], new: ['1000万'] } }}
      onSave={(b, rebase) => saved.push([b, rebase])} onCancel={() => undefined} />);
    expect(el.querySelector('[data-testid=anno-changed]')?.textContent).toContain('1000万');
    act(() => el.querySelector<HTMLInputElement>('[data-testid=anno-rebase]')!.click());
    act(() => el.querySelector<HTMLButtonElement>('[data-testid=anno-save]')!.click());
    expect(saved).toEqual([[{ note: 'n', tags: [], colour: null }, true]]);
  });
});

/** The annotations page's API with nothing stored, `over` replacing parts. */
const pageApi = (over: Partial<AnnotationsApi>): AnnotationsApi => ({
  list: async () => [],
  importFile: async () => ({ ok: false, code: 'empty', zh: '', en: '' }),
  table: async () => null,
  readStored: async () => false,
  getName: async () => '',
  setName: async () => undefined,
  download: () => undefined,
  ...over,
});

describe('AnnotationsPage', () => {
  it('previews an import (counts) and writes only on confirmation; a refused file shows why', async () => {
    const existing = [ann('城镇调查失业率6%左右', 'mine', [])];
    const calls: boolean[] = [];
    const api = pageApi({
      list: async () => existing,
      importFile: async (text, _name, write): Promise<ImportOutcome> => {
        calls.push(write);
        if (!text.startsWith('{')) return { ok: false, code: 'not-json', zh: '文件不是有效的 JSON。', en: 'Not JSON.' };
        return { ok: true, written: write, counts: { new: 1, updated: 0, conflicting: 0, unchanged: 0 }, reports: [], label: null, total: 1 };
      },
    });
    const el = mount(<AnnotationsPage api={api} />);
    await act(async () => undefined);
    expect(el.querySelectorAll('[data-testid=anno-item]').length).toBe(1);
    input(el.querySelector('[data-testid=import-paste]') as unknown as HTMLInputElement, 'garbage');
    await act(async () => void el.querySelector<HTMLButtonElement>('[data-testid=import-check]')!.click());
    expect(el.querySelector('[data-testid=import-error]')?.textContent).toContain('JSON');
    expect(el.querySelector('[data-testid=import-confirm]')).toBeNull();
    input(el.querySelector('[data-testid=import-paste]') as unknown as HTMLInputElement, serializeExport(exportCollection([ann('城镇新增就业900万人以上', 'theirs', [])])));
    await act(async () => void el.querySelector<HTMLButtonElement>('[data-testid=import-check]')!.click());
    expect(el.querySelector('[data-testid=import-preview]')?.getAttribute('data-new')).toBe('1');
    expect(calls).toEqual([false, false]);
    await act(async () => void el.querySelector<HTMLButtonElement>('[data-testid=import-confirm]')!.click());
    expect(calls).toEqual([false, false, true]);
    expect(el.querySelector('[data-testid=import-done]')).not.toBeNull();
  });

  it('an import that fails on the way (the background throws) shows why in the preview, nothing uncaught', async () => {
    const api = pageApi({
      importFile: async () => {
        throw new Error('The extension\'s background did not answer');
      },
    });
    const el = mount(<AnnotationsPage api={api} />);
    await act(async () => undefined);
    input(el.querySelector('[data-testid=import-paste]') as unknown as HTMLInputElement, '{}');
    await act(async () => void el.querySelector<HTMLButtonElement>('[data-testid=import-check]')!.click());
    expect(el.querySelector('[data-testid=import-error]')?.textContent).toContain('did not answer');
    expect(el.querySelector('[data-testid=import-confirm]')).toBeNull();
  });
});

describe('FigureForm (adding a figure the engine missed)', () => {
  const proposed: AddedFigure = { role: 'target', amount: 20000, unit: '个', comparator: '>=', indicator: '新增公共充电桩' };

  it('shows what the engine proposed and saves each field as the reader edited it, by keyboard', () => {
    const saved: AddedFigure[] = [];
    const el = mount(<FigureForm number="2万" quote="全年新增公共充电桩2万个以上" proposed={proposed} at={null} onSave={(f) => saved.push(f)} onCancel={() => undefined} />);
    const q = <T extends Element>(id: string) => el.querySelector(`[data-testid=${id}]`) as unknown as T;
    // The name field has focus: the reader types at once.
    expect(document.activeElement).toBe(q('figure-name'));
    expect(q<HTMLInputElement>('figure-amount').value).toBe('20000');
    expect(q<HTMLSelectElement>('figure-comparator').value).toBe('>=');
    input(q('figure-name'), '公共充电桩');
    input(q('figure-amount'), '1.5-2');
    input(q('figure-unit'), '万个');
    input(q('figure-comparator'), 'range');
    input(q('figure-role'), 'outcome');
    act(() => void q<HTMLFormElement>('figure-form').querySelector('form')!.requestSubmit());
    expect(saved).toEqual([{ role: 'outcome', amount: [1.5, 2], unit: '万个', comparator: 'range', indicator: '公共充电桩' }]);
  });

  it('will not save an amount it cannot read, and Esc cancels', () => {
    const saved: AddedFigure[] = [];
    let cancelled = 0;
    const el = mount(<FigureForm number="2万" quote="2万个" proposed={proposed} at={null} onSave={(f) => saved.push(f)} onCancel={() => cancelled++} />);
    const amount = el.querySelector('[data-testid=figure-amount]') as HTMLInputElement;
    input(amount, '两万');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect((el.querySelector('[data-testid=figure-save]') as HTMLButtonElement).disabled).toBe(true);
    act(() => void el.querySelector('form')!.requestSubmit());
    expect(saved).toEqual([]);
    act(() => void amount.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(cancelled).toBe(1);
  });

  it('reads amounts as numbers or low-to-high ranges', () => {
    expect(parseAmount(' 5.5 ')).toBe(5.5);
    expect(parseAmount('６至６.５')).toEqual([6, 6.5]);
    expect(parseAmount('550,000')).toBe(550000);
    expect(parseAmount('6.5-6')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });

  it('has every string in both languages', () => {
    for (const key of ['figureTitle', 'figureAmount', 'cmpAtLeast', 'roleOutcome', 'figureKeys'] as const) {
      expect(ANNOTATION_STRINGS[key].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(ANNOTATION_STRINGS[key].en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
