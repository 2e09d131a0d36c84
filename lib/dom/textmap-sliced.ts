/**
 * The page's text map built in time slices (lib/dom/slices.ts), for pages too long to walk in one
 * task. The page runs between slices and may change: a change ahead of the walk is read as it is
 * when the walk gets there; a change to what was already read (lib/dom/read-guard.ts) starts the
 * walk again, so the map is always one consistent reading of the page, never a mix of two.
 */
import { guardRead } from './read-guard';
import { runSliced, type Slicing } from './slices';
import { textMapSteps, type DomTextMap, type TextMapOptions } from './textmap';

/** Thrown inside a sliced walk when the page changed what it had read. */
class PageChanged extends Error {}

export interface SlicedMapOptions extends TextMapOptions {
  slicing?: Omit<Slicing<Node>, 'beforeSlice'>;
  /** Walks started before giving up on a page that keeps changing what was read. */
  attempts?: number;
}

/**
 * The same map as `buildTextMap(root, options)`, built in slices; null when the page changed
 * what had been read in each of `attempts` walks.
 */
export async function buildTextMapSliced(root: Node, options: SlicedMapOptions = {}): Promise<DomTextMap | null> {
  const { slicing, attempts = 3, ...mapOptions } = options;
  for (let i = 0; i < attempts; i++) {
    const guard = guardRead(root);
    try {
      return await runSliced(textMapSteps(root, mapOptions), {
        ...slicing,
        beforeSlice: (at) => {
          if (guard.changedBefore(at)) throw new PageChanged();
        },
      });
    } catch (e) {
      if (!(e instanceof PageChanged)) throw e;
    } finally {
      guard.stop();
    }
  }
  return null;
}
