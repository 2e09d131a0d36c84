/**
 * The reader's picks of a report's body, one per site (lib/dom/body.ts `BodyPick`), kept in the
 * settings store under `bodyPick:<host>` (so a backup carries them). No schema change.
 */
import type { BodyPick } from '../dom/body';
import { getSetting, setSetting, type GzbgDB } from './reports';

const key = (site: string) => `bodyPick:${site}`;

export async function getBodyPick(db: GzbgDB, site: string): Promise<BodyPick | null> {
  return (await getSetting<BodyPick | null>(db, key(site))) ?? null;
}

export async function setBodyPick(db: GzbgDB, site: string, pick: BodyPick | null): Promise<void> {
  await setSetting(db, key(site), pick);
}

/** The background's handlers of the pick messages, over the database `db()` opens. */
export function bodyPickHandlers(db: () => Promise<GzbgDB>) {
  return {
    'body/pick/get': async ({ site }: { site: string }) => getBodyPick(await db(), site),
    'body/pick/set': async ({ site, pick }: { site: string; pick: BodyPick | null }) => {
      await setBodyPick(await db(), site, pick);
      return { ok: true as const };
    },
  };
}
