import { useMessages, t } from '@/components/i18n';
import { OVERLAY_CSS } from '@/components/overlay/styles';
import { quickReject } from '@/lib/commitments';
import { markPainter, type BodyPick, type DomTextMap } from '@/lib/dom';
import { DEFAULT_SETTINGS, send, serveTab, type PageSeen, type Settings } from '@/lib/messages';
import { buildReadingModel, type ReadingModel } from '@/lib/reading/model';
import { annotatePage, setFigureAdder } from './annotate';
import { analyzeOffPage, linkPage, savePage } from './engine';
import { Overlay, type OverlayTiming } from '@/components/overlay/overlay';
import { showChanges } from './changes';
import { pickBody } from './pick-body';
import { MAX_PAGE_CHARS, readPage } from './read-page';
import { showTooLong } from './too-long';
import { mountPageUi } from './page-ui';
import { watchPage } from './watch';
import { addFigure, correctFigure, undoCorrection, withCorrections } from './corrections';
import { errorText } from '@/components/error-text';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Every UI passes its CSS to createShadowRootUi itself; 'ui' would fetch a content.css that does not exist on each mount.
  cssInjectionMode: 'manual',
  async main(ctx) {
    useMessages((key) => browser.i18n.getMessage(key as 'extName'));
    let page: PageSeen | null = null;
    let model: ReadingModel | null = null;
    let overlay: Overlay | null = null;
    let settings: Settings = DEFAULT_SETTINGS;
    let running: Promise<void> | null = null;
    let changesShown = false;
    /** The whole page's text map of the last reading (where the reader picks the body). */
    let pageMap: DomTextMap | null = null;
    /** The reader's pick of the body on this site; undefined until asked (only pages that may be reports ask). */
    let pick: BodyPick | null | undefined;

    async function sitePick(force: boolean): Promise<BodyPick | null> {
      if (pick !== undefined) return pick;
      if (!force && quickReject(document.body?.textContent ?? '')) return null;
      pick = await send('body/pick/get', { site: location.host }).catch(() => null);
      return pick;
    }

    /** Reads the page; for a report (or when forced) links it to earlier years and draws the overlay. */
    async function read(force: boolean): Promise<void> {
      const t0 = performance.now();
      const { analysis: engineAnalysis, map, seen, page: whole } = await readPage(document, location.href, { force, pick: await sitePick(force), analyze: analyzeOffPage });
      page = seen;
      pageMap = whole;
      if (seen.tooLong) {
        await showTooLong(ctx, seen.chars, MAX_PAGE_CHARS);
        await send('page/seen', { page: seen }).catch(() => undefined);
        return;
      }
      if (!engineAnalysis || !map || (seen.verdict !== 'report' && !force)) {
        if (!force) await send('page/seen', { page: seen }).catch(() => undefined);
        return;
      }
      let error: string | null = null;
      // The reader's corrections apply to what everything below shows; what is saved is the engine's own reading.
      const { analysis } = await withCorrections(engineAnalysis, map.text);
      const { meta } = analysis;
      // The background links this year to the stored earlier ones while the page draws its marks.
      let linked: ReadingModel | null = null;
      const linking = meta.region && meta.year
        ? linkPage(analysis, engineAnalysis, map.text)
          .catch((e: unknown) => {
            error = errorText(e);
            return buildReadingModel(analysis);
          })
        : Promise.resolve(buildReadingModel(analysis));
      void linking.then((m) => (linked = m));
      settings = await send('settings/get').catch(() => DEFAULT_SETTINGS);
      // 'elements' wraps marks in elements even where CSS highlights exist (an advanced setting).
      markPainter(document).setMode(settings.marks);
      // Saving runs in the background while the overlay is drawn; changes and annotations wait for it.
      const saving = seen.verdict === 'report' && settings.saveAsRead
        ? savePage(engineAnalysis, map.text, location.href)
        : null;
      const timingAt = (tAsked: number, tLinked: number): OverlayTiming => ({
        ms: seen.ms, mapMs: seen.mapMs, bodyMs: seen.body?.ms, chars: seen.chars, overlayMs: Math.round(tLinked - t0),
        askMs: Math.round(tAsked - t0 - seen.ms), linkMs: Math.round(tLinked - tAsked),
      });
      // The earlier years are still on their way: draw this year's marks now, colour them when they come.
      if (linked === null && !overlay && settings.overlay && !ctx.isInvalid) {
        const now = performance.now();
        overlay = await mount(map, buildReadingModel(analysis), timingAt(now, now), null, true);
      }
      const tAsked = performance.now();
      model = await linking;
      const tLinked = performance.now();
      seen.overlayMs = Math.round(tLinked - t0);
      if (ctx.isInvalid) return;
      const timing = timingAt(tAsked, tLinked);
      if (overlay) overlay.update(map, model, timing, error);
      else overlay = await mount(map, model, timing, error);
      if (!settings.overlay) overlay.setOn(false);
      if (saving) {
        try {
          const saved = await saving;
          seen.reportId = saved.id;
          // A text held as another source's version: the record's changes are not this page's.
          if (!changesShown && !saved.held) {
            changesShown = true;
            void showChanges(ctx, map, saved.id).catch((e: unknown) => console.warn('gzbg changes', e));
          }
        } catch (e) {
          overlay.update(map, model, timing, errorText(e));
        }
      }
      const report = { region: meta.region, year: meta.year, level: meta.level, summary: meta.summary };
      setFigureAdder(meta.region && meta.year
        ? (start, end, figure) => void addFigure(map.text, report, start, end, figure).then(() => again(false), (e: unknown) => console.warn('gzbg correction', e))
        : null);
      void annotatePage(ctx, map, meta, model.items, analysis.kept?.fingerprint).catch((e: unknown) => console.warn('gzbg annotations', e));
      await send('page/seen', { page: seen }).catch(() => undefined);
    }

    async function mount(map: Parameters<typeof buildOverlay>[0], m: ReadingModel, timing: OverlayTiming, error: string | null, linking = false): Promise<Overlay> {
      const ui = await mountPageUi(ctx, 'gzbg-status', OVERLAY_CSS, (container) => buildOverlay(map, m, timing, error, container, linking), (o) => o?.destroy());
      return ui.built;
    }

    function buildOverlay(map: import('@/lib/dom').DomTextMap, m: ReadingModel, timing: OverlayTiming, error: string | null, container: HTMLElement, linking: boolean): Overlay {
      return new Overlay(container, map, m, timing, error, {
        openPanel: () => void send('ui/open', { what: 'sidepanel' }).catch(() => undefined),
        hidden: () => void send('settings/set', { patch: { overlay: false } }).catch(() => undefined),
        openCopy: (reportId, quote) => void send('ui/open-copy', { reportId, quote }).catch(() => undefined),
        // A correction is saved, then the page read again: the bar, cards and panel follow.
        correct: (item, action) => void correctFigure(map.text, { region: m.region, year: m.year, level: m.level, summary: m.summary }, item, action).then(() => again(false), (e: unknown) => console.warn('gzbg correction', e)),
        undo: (id) => void undoCorrection(id).then(() => again(false), (e: unknown) => console.warn('gzbg correction', e)),
      }, linking);
    }

    const again = (force: boolean) => (running = (running ?? Promise.resolve()).then(() => read(force)).catch((e: unknown) => {
      console.warn(t('extName'), e);
    }));

    serveTab({
      'overlay/model': () => ({ model, page, on: overlay?.isOn ?? false }),
      'overlay/toggle': async ({ on }) => {
        const next = on ?? !(overlay?.isOn ?? false);
        overlay?.setOn(next);
        await send('settings/set', { patch: { overlay: next } }).catch(() => undefined);
        return { on: overlay ? next : false };
      },
      'overlay/step': ({ dir }) => ({ id: overlay?.step(dir) ?? null }),
      'overlay/show': ({ id }) => ({ ok: overlay?.showId(id) ?? false }),
      'page/analyze': async ({ force }) => {
        pick = undefined; // the site's pick may have changed (the popup forgets it)
        await again(force);
        return page;
      },
      'body/pick-start': async () => {
        const whole = pageMap ?? (await again(true), pageMap);
        if (!whole) return { ok: false };
        void pickBody(ctx, whole).then(async (picked) => {
          if (!picked) return;
          pick = picked;
          await send('body/pick/set', { site: location.host, pick: picked }).catch(() => undefined);
          await again(page?.forced === true);
        });
        return { ok: true };
      },
    });

    await again(false);
    // Dynamic pages: read again when the visible text changes a lot (content that arrives later).
    watchPage(ctx, () => page?.verdict === 'report' || page?.forced === true, () => void again(page?.forced === true));
  },
});
