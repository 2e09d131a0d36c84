/**
 * e2e global setup: builds the extension for both browsers once, copies the builds aside (so a
 * rebuild in the working tree cannot change files under a running browser), and serves seeds/
 * and tests/e2e/pages/ on 127.0.0.1 at a random port.
 *
 * E2E_SKIP_BUILD=1 reuses the builds already in test-output/ext/ (quick iteration).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'test-output');

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT — /seeds/… and /pages/… */
    baseUrl: string;
    chromeExtension: string;
    firefoxExtension: string;
    /** Seconds each build took (0 when reused). */
    buildSeconds: { chrome: number; firefox: number };
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};
const MOUNTS: Record<string, string> = { seeds: join(ROOT, 'seeds'), pages: join(ROOT, 'tests/e2e/pages') };

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, mount = '', ...rest] = path.split('/');
    const base = MOUNTS[mount];
    const file = base ? normalize(join(base, ...rest)) : '';
    if (!base || !file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

function build(target: 'chrome' | 'firefox'): number {
  const t0 = performance.now();
  const args = ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
  execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  const dir = target === 'firefox' ? 'firefox-mv2' : 'chrome-mv3';
  const dest = join(OUT, 'ext', dir);
  rmSync(dest, { recursive: true, force: true });
  cpSync(join(ROOT, '.output', dir), dest, { recursive: true });
  return (performance.now() - t0) / 1000;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(join(OUT, 'screenshots'), { recursive: true });
  const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(OUT, 'ext/chrome-mv3/manifest.json'))
    && existsSync(join(OUT, 'ext/firefox-mv2/manifest.json'));
  const buildSeconds = reuse ? { chrome: 0, firefox: 0 } : { chrome: build('chrome'), firefox: build('firefox') };
  const server = await serve();
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  project.provide('chromeExtension', join(OUT, 'ext/chrome-mv3'));
  project.provide('firefoxExtension', join(OUT, 'ext/firefox-mv2'));
  project.provide('buildSeconds', buildSeconds);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
