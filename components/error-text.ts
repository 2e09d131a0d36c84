/**
 * What a failure says to the reader, in the UI's language. Errors from the background carry a code
 * (lib/messages, lib/store/errors); their messages are written for logs and for the English UI, so
 * the Chinese UI says the same thing in its own words, and the technical detail goes to the console.
 */
import { langOf, type Lang } from '@/lib/terms';
import { messagesLocale } from './i18n';

type Code = 'quota' | 'invalid' | 'not-found' | 'conflict' | 'failed' | 'no-answer' | 'unknown-message' | 'no-handler' | 'text-gone';

const ZH: Record<Code, string> = {
  quota: '存储空间已满，本次未保存，已保存的内容没有丢失。请清理磁盘或删除不需要的报告后重试。',
  invalid: '内容无效，未作任何更改。',
  'not-found': '该报告或版本已不在存储中，未作任何更改。',
  conflict: '已有另一份报告以相同的政府和年份存储，本报告未更改。',
  failed: '浏览器存储出错，本次操作未完成；已保存的内容没有丢失。请重试。',
  'no-answer': '扩展没有响应（可能正在重新加载）。请刷新页面后重试。',
  'unknown-message': '扩展内部出错，本次操作未完成。请重新加载扩展后重试。',
  'no-handler': '扩展内部出错，本次操作未完成。请重新加载扩展后重试。',
  'text-gone': '扩展没有响应（可能正在重新加载）。请刷新页面后重试。',
};

const EN_QUOTA =
  "The disk or the browser's storage for this extension is full, so nothing was saved; everything saved before is unchanged. Free some disk space, or delete reports you no longer need, then try again.";

const isCode = (c: unknown): c is Code => typeof c === 'string' && c in ZH;

function uiLanguage(): Lang {
  return langOf(messagesLocale());
}

/** The reader's words for a failure: coded errors in the UI's language, our own errors as they are written. */
export function errorText(e: unknown, lang: Lang = uiLanguage()): string {
  const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  const message = e instanceof Error ? e.message : String(e);
  if (!isCode(code)) return message;
  if (code === 'quota') return lang === 'zh' ? ZH.quota : EN_QUOTA;
  if (lang === 'en') return message;
  console.warn(`[gzbg] ${code}: ${message}`);
  return ZH[code];
}
