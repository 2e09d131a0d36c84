/**
 * Whether a tab's address is a PDF the browser shows in its own viewer (Chromium's PDF viewer,
 * Firefox's pdf.js): the popup offers "read this report in the reader" for it. Decided by the
 * address alone (the path ends in .pdf), which the popup sees through the activeTab grant of the
 * click that opened it: neither viewer runs content scripts, so nothing in the tab can be asked.
 */
export function pdfAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: the raw path is still read
  }
  if (!/\.pdf$/i.test(path)) return null;
  // The viewer's own #page=… is no part of the file's address.
  parsed.hash = '';
  return parsed.href;
}

/**
 * The host permission pattern for the one host a PDF comes from (Firefox asks for it; see
 * entrypoints/reader). Match patterns name no port (one with a port is refused as invalid): the
 * host's pattern covers its every port.
 */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
