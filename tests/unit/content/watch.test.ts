// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '@/entrypoints/content/watch';
import { buildTextMap, MarkPainter, toRange } from '@/lib/dom';

const flush = () => new Promise<void>((r) => queueMicrotask(r));

describe('watchPage and the mark painter', () => {
  let invalidate: (() => void) | null = null;
  afterEach(() => {
    invalidate?.();
    vi.useRealTimers();
  });

  it('does not schedule a re-read for the painter\'s own wrapping, and does for a page change', async () => {
    document.body.innerHTML = '<p id="p">城镇新增就业1100万人以上，居民消费价格涨幅3%左右。</p>';
    const ctx = { onInvalidated: (f: () => void) => void (invalidate = f) } as unknown as ContentScriptContext;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    watchPage(ctx, () => true, () => undefined);
    const painter = new MarkPainter(document);
    const map = buildTextMap(document.body);
    const at = map.text.indexOf('1100万人');
    painter.paint('gzbg-new', [toRange(map, at, at + 6)], { css: 'background-color: yellow' });
    painter.clear('gzbg-new');
    await flush();
    expect(vi.getTimerCount()).toBe(0);
    document.getElementById('p')!.append('新的一段文字。');
    await flush();
    expect(vi.getTimerCount()).toBe(1);
  });
});
