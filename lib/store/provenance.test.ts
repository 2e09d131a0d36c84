import { describe, expect, it } from 'vitest';
import { legacySource, originOf, outranks, sameSource, sourceOf, trustOf } from './provenance';

describe('provenance', () => {
  it('an origin for web addresses only', () => {
    expect(originOf('https://www.shanghai.gov.cn/a/b.html#x')).toBe('https://www.shanghai.gov.cn');
    expect(originOf('http://127.0.0.1:8080/seeds/x.html')).toBe('http://127.0.0.1:8080');
    expect(originOf('')).toBe('');
    expect(originOf('file:///tmp/a.txt')).toBe('');
    expect(originOf('not a url')).toBe('');
  });

  it('gov.cn sites and the reader\'s imports are official; look-alikes are not', () => {
    expect(trustOf('https://www.gov.cn')).toBe('official');
    expect(trustOf('https://www.shanghai.gov.cn')).toBe('official');
    expect(trustOf('http://gov.cn')).toBe('official');
    expect(trustOf('')).toBe('import');
    expect(trustOf('https://gov.cn.example.com')).toBe('other');
    expect(trustOf('https://fakegov.cn')).toBe('other');
    expect(trustOf('https://www.gov.cn.evil')).toBe('other');
    expect(trustOf('http://127.0.0.1:8080')).toBe('other');
  });

  it('ranks official and imports above other sites, never equals above each other', () => {
    expect(outranks('official', 'other')).toBe(true);
    expect(outranks('import', 'other')).toBe(true);
    expect(outranks('other', 'official')).toBe(false);
    expect(outranks('official', 'import')).toBe(false);
    expect(outranks('other', 'other')).toBe(false);
  });

  it('one origin is one source; a record from before sources were kept gets its first address', () => {
    expect(sameSource(sourceOf('https://a.example/1', 0), sourceOf('https://a.example/2', 5))).toBe(true);
    expect(sameSource(sourceOf('https://a.example/1', 0), sourceOf('http://a.example/1', 0))).toBe(false);
    expect(legacySource({ urls: ['https://www.gov.cn/r.html', 'https://x.example/'], savedAt: 7 }))
      .toEqual({ origin: 'https://www.gov.cn', url: 'https://www.gov.cn/r.html', at: 7, trust: 'official' });
    expect(legacySource({ url: '', seenAt: 3 })).toEqual({ origin: '', url: '', at: 3, trust: 'import' });
  });
});
