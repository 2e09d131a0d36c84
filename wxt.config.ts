import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const SEEDS = resolve(import.meta.dirname, 'seeds');

/** A hash of the engine's sources: stored analyses of another engine are redone (lib/commitments/version.ts). */
function engineHash(): string {
  const h = createHash('sha256');
  for (const dir of ['lib/text', 'lib/report', 'lib/commitments']) {
    const abs = resolve(import.meta.dirname, dir);
    for (const f of readdirSync(abs).filter((n) => /\.(ts|json)$/.test(n) && !n.endsWith('.test.ts')).sort()) {
      h.update(f).update(readFileSync(join(abs, f)));
    }
  }
  return h.digest('hex').slice(0, 12);
}

// See README "Permissions" for why each permission is asked for.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
    define: { __GZBG_ENGINE__: JSON.stringify(engineHash()) },
    // GZBG_NO_MINIFY=1: function names a CPU profile can be read by (tests/bench/longtask-profile.ts).
    ...(process.env.GZBG_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  hooks: {
    // The library's "load sample reports" reads the seed texts from the extension itself (no network).
    'build:publicAssets': (_wxt, files) => {
      const index = JSON.parse(readFileSync(join(SEEDS, 'index.json'), 'utf8')) as { name: string; txt: string }[];
      files.push({ relativeDest: 'seeds/index.json', contents: JSON.stringify(index.map((s) => ({ name: s.name, txt: s.txt }))) });
      for (const s of index) files.push({ relativeDest: `seeds/${s.txt}`, absoluteSrc: join(SEEDS, s.txt) });
      // The PDF reader's pdf.js worker, Chinese CMaps and standard fonts, inside the extension (no network).
      const pdfjs = resolve(import.meta.dirname, 'node_modules/pdfjs-dist');
      files.push({ relativeDest: 'pdfjs/pdf.worker.min.mjs', absoluteSrc: join(pdfjs, 'build/pdf.worker.min.mjs') });
      for (const dir of ['cmaps', 'standard_fonts']) {
        for (const f of readdirSync(join(pdfjs, dir))) files.push({ relativeDest: `pdfjs/${dir}/${f}`, absoluteSrc: join(pdfjs, dir, f) });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab: when the reader clicks the toolbar button on a tab showing a PDF (the browser's own viewer, where no
    // content script runs), the popup sees that tab's address and may fetch that one file for the reader page, once;
    // no host permission. tabs.query (ids) and tabs.sendMessage need no permission.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Asked only where that fetch is refused (Firefox: activeTab opens no cross-origin fetch), for the one origin
    // of the one PDF, on the reader's click, and given back once the file is read (entrypoints/reader/main.ts).
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    commands: {
      'next-commitment': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNext__' },
      'previous-commitment': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdPrevious__' },
      'toggle-overlay': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_cmdToggle__' },
      // Firefox opens its sidebar itself on this reserved name; Chrome's background opens the side panel.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdOpenPanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gzbg-reader@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
