/**
 * e2e global setup: builds the extension for both browsers once, copies the builds aside to
 * test-output/ext/, and serves seeds/ and tests/e2e/pages/ on 127.0.0.1 at a random port.
 *
 * E2E_SKIP_BUILD=1 reuses the builds already in test-output/ext/ (quick iteration).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeTemplates } from '../../scripts/make-templates';
import { writeFileFixtures } from '../../scripts/make-pdfs';
import { BUILD_DIR, buildExtension, DEFAULT_MOUNTS, startStaticServer, TEST_OUTPUT } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT — /seeds/…, /pages/…, /templates/… and /files/… (the printed PDFs) */
    baseUrl: string;
    chromeExtension: string;
    firefoxExtension: string;
    /** Seconds each build took (0 when reused). */
    buildSeconds: { chrome: number; firefox: number };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const ext = join(TEST_OUTPUT, 'ext');
  mkdirSync(join(TEST_OUTPUT, 'screenshots'), { recursive: true });
  const reuse = process.env.E2E_SKIP_BUILD === '1'
    && existsSync(join(ext, BUILD_DIR.chrome, 'manifest.json')) && existsSync(join(ext, BUILD_DIR.firefox, 'manifest.json'));
  const buildSeconds = { chrome: 0, firefox: 0 };
  if (!reuse) {
    buildSeconds.chrome = buildExtension('chrome', ext).seconds;
    buildSeconds.firefox = buildExtension('firefox', ext).seconds;
  }
  // The body finder's site templates around corpus reports (scripts/make-templates.ts), at /templates/.
  const templates = join(TEST_OUTPUT, 'templates');
  writeTemplates(templates);
  // PDFs and .docx files printed from corpus reports by Chromium and the docx library (scripts/make-pdfs.ts).
  await writeFileFixtures(join(TEST_OUTPUT, 'files'));
  const server = await startStaticServer({ ...DEFAULT_MOUNTS, templates, files: join(TEST_OUTPUT, 'files') });
  project.provide('baseUrl', server.baseUrl);
  project.provide('chromeExtension', join(ext, BUILD_DIR.chrome));
  project.provide('firefoxExtension', join(ext, BUILD_DIR.firefox));
  project.provide('buildSeconds', buildSeconds);
  return server.close;
}
