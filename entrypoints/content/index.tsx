import { render } from 'preact';
import { StatusPill, STATUS_PILL_CSS } from '@/components/StatusPill';
import { UI_ATTRIBUTE } from '@/lib/dom';
import { send } from '@/lib/messages';
import { showChanges } from './changes';
import { readPage } from './read-page';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const { analysis, map, seen } = readPage(document, location.href);
    if (seen.verdict === 'rejected' || !analysis || !map) return;

    let priorYears: number[] = [];
    let error: string | null = null;
    if (seen.verdict === 'report') {
      try {
        const { meta, headings, commitments } = analysis;
        const saved = await send('report/save', { url: location.href, text: map.text, analysis: { meta, headings, commitments } });
        seen.reportId = saved.id;
        void showChanges(ctx, map, saved.id).catch((e: unknown) => console.warn('gzbg changes', e));
        if (meta.region && meta.year) {
          const prior = await send('report/prior', { region: meta.region, level: meta.level, year: meta.year });
          priorYears = prior.map((p) => p.report.year);
        }
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
    }
    await send('page/seen', { page: seen }).catch(() => undefined);
    if (seen.verdict !== 'report' || ctx.isInvalid) return;

    const ui = await createShadowRootUi(ctx, {
      name: 'gzbg-status',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: STATUS_PILL_CSS,
      onMount(container, _shadow, host) {
        host.setAttribute(UI_ATTRIBUTE, '');
        render(<StatusPill page={seen} priorYears={priorYears} error={error} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
