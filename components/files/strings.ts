/**
 * The strings of reading report files (the PDF reader, the library's file import), zh and en.
 * The entrypoint picks the language once (`setFileLang(messagesLocale())`); Chinese is the default.
 */
import type { FileProblem } from '@/lib/files';
import { fill } from '../fill';
import { langOf } from '../i18n';

export const FILE_STRINGS = {
  readerTitle: { zh: '报告文件阅读', en: 'Report file reader' },
  openFile: { zh: '打开 PDF 或 .docx 文件', en: 'Open a PDF or Word file' },
  dropHint: { zh: '把政府工作报告的 PDF 或 .docx 文件拖到这里，或点上面的按钮选择', en: 'Drop a work report as PDF or Word (.docx) here, or choose one with the button above' },
  reading: { zh: '正在读取 $1…', en: 'Reading $1…' },
  fetching: { zh: '正在下载 $1…', en: 'Fetching $1…' },
  pages: { zh: '$1 页', en: '$1 pages' },
  saved: { zh: '已保存到资料库', en: 'Saved to the library' },
  notReport: { zh: '未识别为政府工作报告；仍标出了找到的数字目标', en: 'Not recognized as a work report; the numeric targets found are marked anyway' },
  fileGone: { zh: '这个文件已不在本机的缓存里，请重新打开它', en: 'This file is no longer kept here; open it again' },
  needAccess: {
    zh: '浏览器要先征得你的同意，扩展才能从 $1 下载这个 PDF：只为这一个文件，读完即收回',
    en: 'The browser asks for your consent before the extension fetches this PDF from $1: for this one file, withdrawn once it is read',
  },
  allowFetch: { zh: '允许并读取', en: 'Allow and read' },
  fetchFailed: { zh: '无法下载这个 PDF：$1', en: 'The PDF could not be fetched: $1' },
  networkRefused: { zh: '网络不通，或网站拒绝了请求', en: 'the network or the site refused the request' },
  saveFailed: { zh: '未能保存：$1', en: 'Not saved: $1' },
  'problem-too-large': { zh: '文件太大（$1 MB）；只读取 64 MB 以内的文件，未保存任何内容', en: 'The file is too large ($1 MB); files up to 64 MB are read. Nothing was stored' },
  'problem-encrypted': { zh: '这个 PDF 有密码保护，无法读取；请另存一份无密码的副本再打开。未保存任何内容', en: 'This PDF is protected by a password and cannot be read; save a copy without the password and open that. Nothing was stored' },
  'problem-corrupt': { zh: '文件已损坏或不是 PDF / .docx 文件，无法读取。未保存任何内容', en: 'The file is damaged or not a PDF / Word file and cannot be read. Nothing was stored' },
  'problem-no-text': { zh: '这个 PDF 没有可读的文字：页面是扫描图片（本扩展不做文字识别 OCR）。未保存任何内容', en: 'This PDF has no text to read: its pages are scanned pictures (no OCR is done here). Nothing was stored' },
  'problem-unsupported': { zh: '只能读取 PDF 和 .docx 文件', en: 'Only PDF and Word (.docx) files are read' },
  'problem-empty': { zh: '文件是空的。未保存任何内容', en: 'The file is empty. Nothing was stored' },
} as const;

export type FileStringKey = keyof typeof FILE_STRINGS;

let lang: 'zh' | 'en' = 'zh';

export function setFileLang(uiLocale: string | undefined | null): void {
  lang = langOf(uiLocale);
}

/** The string `key` with `$1`, `$2`… replaced by `args`. */
export function fr(key: FileStringKey, ...args: (string | number)[]): string {
  return fill(FILE_STRINGS[key][lang], args);
}

/** The reader's message for a file that was not read. */
export function problemMessage(problem: FileProblem, sizeMb = 0): string {
  return fr(`problem-${problem}`, sizeMb);
}
