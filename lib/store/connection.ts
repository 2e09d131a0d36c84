import { openStore, DB_NAME } from './migrations';
import type { GzbgDB } from './reports';

/**
 * The background's one connection, opened on first use and reopened after the browser closed it
 * (a newer version upgraded the database, or the browser terminated the connection).
 */
export function connection(name = DB_NAME): () => Promise<GzbgDB> {
  let current: Promise<GzbgDB> | null = null;
  return () => {
    if (!current) {
      current = openStore(name).then((db) => {
        const drop = () => {
          current = null;
        };
        db.addEventListener('close', drop);
        db.addEventListener('versionchange', drop);
        return db;
      });
      current.catch(() => {
        current = null;
      });
    }
    return current;
  };
}
