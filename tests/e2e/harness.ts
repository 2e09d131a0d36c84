/**
 * Pieces of the e2e harness that other runners (benches, demos) can use too: building the
 * extension and copying the build aside, and the static server for seeds/ and tests/e2e/pages/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TEST_OUTPUT = join(ROOT, 'test-output');

export type Target = 'chrome' | 'firefox';
export const BUILD_DIR: Record<Target, string> = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' };

/**
 * Copies the build of `target` from .output/ to `into` (so a rebuild in the working tree cannot
 * change files under a running browser), building it first when `rebuild` or when it is missing.
 * Returns the copy's directory and the seconds the build took (0 when none ran).
 */
export function buildExtension(target: Target, into: string, rebuild = true): { dir: string; seconds: number } {
  const built = join(ROOT, '.output', BUILD_DIR[target]);
  let seconds = 0;
  if (rebuild || !existsSync(join(built, 'manifest.json'))) {
    const t0 = performance.now();
    execFileSync('npx', ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' },
    });
    seconds = (performance.now() - t0) / 1000;
  }
  const dir = join(into, BUILD_DIR[target]);
  rmSync(dir, { recursive: true, force: true });
  cpSync(built, dir, { recursive: true });
  return { dir, seconds };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.pdf': 'application/pdf',
};

export const DEFAULT_MOUNTS: Record<string, string> = {
  seeds: join(ROOT, 'seeds'),
  pages: join(ROOT, 'tests/e2e/pages'),
};

/** A static server on 127.0.0.1 at a random port: /NAME/… serves mounts[NAME]/…. */
export async function startStaticServer(mounts = DEFAULT_MOUNTS): Promise<{ server: Server; baseUrl: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, mount = '', ...rest] = path.split('/');
    const base = mounts[mount];
    const file = base ? normalize(join(base, ...rest)) : '';
    if (!base || !file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    server,
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
