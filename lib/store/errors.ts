/** Why a store operation failed, in words a reader can act on. */
export type StoreErrorCode = 'quota' | 'invalid' | 'not-found' | 'conflict' | 'failed';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export const QUOTA_MESSAGE =
  'The disk or the browser\'s storage for this extension is full, so nothing was saved; everything saved before is unchanged. '
  + 'Free some disk space, or delete reports you no longer need, then try again. '
  + '（存储空间已满，本次未保存，已保存的内容没有丢失。请清理磁盘或删除不需要的报告后重试。）';

function isQuota(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const name = (e as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Turns whatever IndexedDB threw into a StoreError; quota errors get the clear message. `also` is
 * another error seen on the way (a transaction's own error), checked for quota too.
 */
export function toStoreError(e: unknown, what: string, also?: unknown): StoreError {
  if (e instanceof StoreError) return e;
  for (const x of [e, also, (e as { cause?: unknown } | null)?.cause]) {
    if (isQuota(x)) return new StoreError('quota', QUOTA_MESSAGE, x);
  }
  const detail = e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as Error).message) : String(e);
  return new StoreError('failed', `${what} failed: ${detail}`, e);
}
