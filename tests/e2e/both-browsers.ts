import { inject } from 'vitest';
import { launchChromium, launchFirefox, type Driver } from './browsers';

/** Both browsers, by name, for `describe.each`: an e2e file runs the same bodies in Chromium and Firefox ESR. */
export const bothBrowsers = (): [string, () => Promise<Driver>][] => [
  ['chromium', () => launchChromium(inject('chromeExtension'))],
  ['firefox', () => launchFirefox(inject('firefoxExtension'))],
];
