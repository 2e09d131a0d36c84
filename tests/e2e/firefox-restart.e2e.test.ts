/**
 * Firefox ESR: a restart on the same profile keeps the link. The MV2 build is zipped and installed
 * permanently (BiDi `webExtension.install` with `moz:permanent`; a temporary add-on would not
 * survive the restart), national-2019 is stored, Firefox is closed and launched again on the same
 * profile without installing again, and national-2020 is still linked to 2019.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { launchFirefox, type Driver } from './browsers';
import { hasMsg } from './i18n';
import { barShown, marks } from './page-fns';

const base = inject('baseUrl');
const HOST = 'gzbg-status';

/** Every file under `dir`, relative, with '/' separators. */
function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join('/')];
  });
}

/** A plain ZIP (deflate, UTF-8 names) of `dir`, written to `to`: the archive Firefox installs. */
function zipDir(dir: string, to: string): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const files = listFiles(dir);
  for (const file of files) {
    const name = Buffer.from(file, 'utf8');
    const data = readFileSync(join(dir, file));
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(to, Buffer.concat([...locals, cd, end]));
}

/** Installs the zipped build permanently (it stays in the profile across restarts). */
async function installPermanently(d: Driver, archive: string): Promise<string> {
  if (d.raw.name !== 'firefox') throw new Error('not firefox');
  // puppeteer's BiDi browser exposes its connection (not in the public Browser type);
  // browser.installExtension() sends the same command without 'moz:permanent'.
  const { connection } = d.raw.browser as unknown as {
    connection: { send(method: string, params: unknown): Promise<{ result: { extension: string } }> };
  };
  const { result } = await connection.send('webExtension.install', {
    extensionData: { type: 'archivePath', path: archive },
    'moz:permanent': true,
  });
  return result.extension;
}

describe('firefox restart', () => {
  it('a report served again after Firefox restarts on the same profile is still linked (nothing lost)', async () => {
    const extension = inject('firefoxExtension');
    const geckoId = (JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    }).browser_specific_settings.gecko.id;
    const work = mkdtempSync(join(tmpdir(), 'gzbg-ff-restart-'));
    const profile = join(work, 'profile');
    const archive = join(work, 'extension.zip');
    try {
      zipDir(extension, archive);
      let d = await launchFirefox(extension, { profile, install: false });
      try {
        expect(await installPermanently(d, archive)).toBe(geckoId);
        await d.goto(`${base}/seeds/national-2019.html`);
        await d.waitFor(barShown, null, 30_000);
        expect(hasMsg(await d.shadowText(HOST, '.bar'), 'noPriorStored')).toBe(true);
      } finally {
        await d.close();
      }
      d = await launchFirefox(extension, { profile, install: false });
      try {
        await d.goto(`${base}/seeds/national-2020.html`);
        await d.waitFor((h) => !!document.querySelector(h)?.shadowRoot?.querySelector('.part-raised'), HOST, 30_000);
        expect(hasMsg(await d.shadowText(HOST, '.bar'), 'comparedWith', 2019)).toBe(true);
        const m = await d.evaluate(marks, null);
        expect((m['gzbg-same'] ?? 0) + (m['gzbg-raised'] ?? 0) + (m['gzbg-lowered'] ?? 0)).toBeGreaterThan(5);
        await d.screenshot('national-2020-after-restart');
      } finally {
        await d.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 90_000);
});
