// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { BodySeen, PageStatus } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/messages';
import { useMessages } from './i18n';
import { PopupView, type PopupActions } from './PopupView';

function status(over: Partial<PageStatus>, body: BodySeen): PageStatus {
  return {
    url: 'https://www.example.gov.cn/r.html', title: 'r', verdict: 'not-report', confidence: 0.4, region: null, year: null,
    level: null, summary: false, targets: 0, outcomes: 0, chars: body.chars, ms: 1, mapMs: 1, tabId: 1, at: 0, body, ...over,
  };
}

async function show(page: PageStatus | null, pdfUrl: string | null = null) {
  const calls: string[] = [];
  const actions = new Proxy({}, { get: (_, name) => async () => void calls.push(String(name)) }) as PopupActions;
  const root = document.createElement('div');
  document.body.append(root);
  render(<PopupView title="t" actions={actions} load={async () => ({
    pong: { version: '0', schema: 2, at: 0 }, reports: [], estimate: null, page, settings: DEFAULT_SETTINGS, overlayOn: null, pdfUrl,
  })} />, root);
  for (let i = 0; i < 50 && !root.querySelector('[data-testid=page]'); i++) await new Promise((r) => setTimeout(r, 10));
  return { root, calls };
}

describe('PopupView: the report\'s body', () => {
  const unsure: BodySeen = { source: 'found', confidence: 0.3, confident: false, chars: 9697, pageChars: 10980, ms: 2 };

  it('says when the body was not found with confidence, and offers the pick', async () => {
    const { root, calls } = await show(status({}, unsure));
    const box = root.querySelector('[data-testid=body-status]')!;
    expect(box.getAttribute('data-confident')).toBe('false');
    expect(box.querySelector('[role=alert]')!.textContent).toContain('30%');
    expect(box.querySelector('[data-testid=forget-body-pick]')).toBeNull();
    (box.querySelector('[data-testid=pick-body]') as HTMLButtonElement).click();
    for (let i = 0; i < 50 && !calls.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(calls).toContain('pickBody');
  });

  it('offers to forget a pick, and says nothing of a body on a page that reads as no report', async () => {
    const picked = await show(status({ verdict: 'report', confidence: 0.9 }, { ...unsure, source: 'picked', confidence: 1, confident: true }));
    expect(picked.root.querySelector('[data-testid=body-status] [role=alert]')).toBeNull();
    expect(picked.root.querySelector('[data-testid=forget-body-pick]')).not.toBeNull();
    const news = await show(status({ confidence: 0 }, unsure));
    expect(news.root.querySelector('[data-testid=body-status]')).toBeNull();
  });
});

describe('PopupView: files', () => {
  it('offers to read the tab\'s PDF in the reader only when the tab shows one, and always the reader for a file', async () => {
    const plain = await show(null);
    expect(plain.root.querySelector('[data-testid=read-pdf]')).toBeNull();
    expect(plain.root.querySelector('[data-testid=open-reader]')).not.toBeNull();
    const url = 'http://127.0.0.1:8080/files/national-2020.pdf';
    const pdf = await show(null, url);
    const button = pdf.root.querySelector('[data-testid=read-pdf]') as HTMLButtonElement;
    expect(button.textContent).toBe('在阅读器中读这份报告');
    button.click();
    for (let i = 0; i < 50 && !pdf.calls.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(pdf.calls).toEqual(['readPdf']);
  });
});

describe('PopupView: this page', () => {
  const seen: BodySeen = { source: 'found', confidence: 0.9, confident: true, chars: 9000, pageChars: 9500, ms: 2 };

  it("names a city's report in the English UI with the city's own name marked as the report's words", async () => {
    const en = JSON.parse(readFileSync(join(import.meta.dirname, '../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    useMessages((key) => (key === '@@ui_locale' ? 'en' : en[key]?.message ?? ''));
    try {
      const { root } = await show(status({ verdict: 'report', region: '运城市', year: 2021, targets: 29 }, seen));
      const line = root.querySelector('[data-testid=page]')!;
      expect(line.textContent).toBe('This page: 运城市 2021 Government Work Report, 29 targets');
      // (translate=false is a property happy-dom does not reflect; the UI-language e2e checks it in the browsers.)
      const city = [...line.querySelectorAll('[lang]')].map((e) => [e.textContent, e.getAttribute('lang')]);
      expect(city).toEqual([['运城市', 'zh-CN']]);
    } finally {
      useMessages((key) => (key === '@@ui_locale' ? 'zh' : ''));
    }
  });
});
