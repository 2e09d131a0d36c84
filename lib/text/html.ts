/**
 * Visible text of an HTML document, without a DOM (CLI, imported files), with a map from every
 * text offset back to the HTML source. Scripts, styles and hidden blocks are skipped; block
 * elements end a line; entities are decoded.
 */
export interface HtmlText {
  text: string;
  /** toSource[i] = offset in the HTML of text[i]; toSource[text.length] = html.length. */
  toSource: Int32Array;
  title: string | null;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'td', 'th', 'tr', 'ul', 'title', 'center',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'select', 'textarea']);
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', yen: '¥',
};

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const map: number[] = [];
  let title: string | null = null;
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (titleMatch) title = decode(titleMatch[1]!).trim() || null;
  let i = 0;
  let skipUntil: string | null = null;
  const newline = (at: number) => {
    if (out.length && out[out.length - 1] !== '\n') {
      out.push('\n');
      map.push(at);
    }
  };
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const e = html.indexOf('-->', i + 4);
        i = e < 0 ? html.length : e + 3;
        continue;
      }
      const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/.exec(html.slice(i, i + 2000));
      if (!m) {
        if (!skipUntil) {
          out.push(c);
          map.push(i);
        }
        i++;
        continue;
      }
      const name = m[1]!.toLowerCase();
      const closing = m[0][1] === '/';
      if (skipUntil) {
        if (closing && name === skipUntil) skipUntil = null;
      } else if (!closing && (SKIP.has(name) || /\bhidden\b|display\s*:\s*none|aria-hidden\s*=\s*["']?true/i.test(m[2]!))) {
        if (!/\/\s*$/.test(m[2]!) && !['br', 'hr', 'img', 'input', 'meta', 'link'].includes(name)) skipUntil = name;
      } else if (BLOCK.has(name)) {
        newline(i);
      }
      i += m[0].length;
      continue;
    }
    if (skipUntil) {
      i++;
      continue;
    }
    if (c === '&') {
      const m = /^&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/.exec(html.slice(i, i + 12));
      if (m) {
        for (const unit of decode(m[0]).split('')) {
          out.push(unit);
          map.push(i);
        }
        i += m[0].length;
        continue;
      }
    }
    if (c === '\n' || c === '\r' || c === '\t') {
      // Source line breaks inside HTML are spaces.
      if (out.length && out[out.length - 1] !== '\n' && out[out.length - 1] !== ' ') {
        out.push(' ');
        map.push(i);
      }
      i++;
      continue;
    }
    out.push(c);
    map.push(i);
    i++;
  }
  const text = out.join('');
  const toSource = new Int32Array(text.length + 1);
  map.forEach((v, k) => (toSource[k] = v));
  toSource[text.length] = html.length;
  return { text, toSource, title };
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}
