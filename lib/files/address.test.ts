import { describe, expect, it } from 'vitest';
import { originPattern, pdfAddress } from './address';

describe('pdfAddress', () => {
  it('takes an http(s) address whose path ends in .pdf, without the viewer\'s #page', () => {
    expect(pdfAddress('https://www.gov.cn/premier/2020-05/22/5513757/files/2020gzbg.pdf')).toBe('https://www.gov.cn/premier/2020-05/22/5513757/files/2020gzbg.pdf');
    expect(pdfAddress('http://127.0.0.1:8080/files/national-2020.PDF?download=0#page=4')).toBe('http://127.0.0.1:8080/files/national-2020.PDF?download=0');
    expect(pdfAddress('https://example.org/%E6%8A%A5%E5%91%8A.pdf')).toBe('https://example.org/%E6%8A%A5%E5%91%8A.pdf');
  });

  it('leaves pages, other schemes and no address at all', () => {
    for (const url of [
      undefined, null, '', 'not a url', 'https://www.gov.cn/zhengce/2020gzbg.htm', 'https://example.org/a.pdf.html',
      'https://example.org/?file=a.pdf', 'file:///home/me/a.pdf', 'chrome-extension://abc/reader.html?url=a.pdf', 'about:blank',
    ]) expect(pdfAddress(url), String(url)).toBeNull();
  });
});

describe('originPattern', () => {
  it('is the one host of the file, without a port (match patterns have none)', () => {
    expect(originPattern('https://www.gov.cn/a/b.pdf?x=1')).toBe('https://www.gov.cn/*');
    expect(originPattern('http://127.0.0.1:8080/files/a.pdf')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://user:pw@example.org:8443/a.pdf')).toBe('https://example.org/*');
  });
});
