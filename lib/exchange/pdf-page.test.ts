import { describe, expect, it } from 'vitest';
import { createAnnotation, pdfPageSelector } from '../anchoring';
import { exportCollection, parseImport, serializeExport } from './index.ts';

describe('a note on a PDF', () => {
  const text = '城镇新增就业900万人以上';
  const note = createAnnotation({
    source: 'urn:sha256:ab', report: { region: '全国', year: 2020, title: '政府工作报告', fingerprint: 'f' }, text, start: 0, end: text.length, note: '少了',
  });
  note.target.selectors.page = pdfPageSelector(4);

  it('is exported with its page as a FragmentSelector beside the quote and position (RFC 8118), and read back', () => {
    const doc = exportCollection([note]) as { first: { items: { target: { selector: { type: string; value?: string; conformsTo?: string }[] } }[] } };
    const selectors = doc.first.items[0]!.target.selector;
    expect(selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'FragmentSelector']);
    expect(selectors[2]).toEqual({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc8118', value: 'page=4' });
    const back = parseImport(serializeExport(exportCollection([note])));
    expect(back.ok && back.annotations[0]!.target.selectors.page?.value).toBe('page=4');
  });

  it('keeps no fragment that is not a page', () => {
    const doc = JSON.parse(serializeExport(exportCollection([note]))) as { first: { items: { target: { selector: { type: string; value?: string }[] } }[] } };
    doc.first.items[0]!.target.selector[2]!.value = 'viewrect=0,0,10,10';
    const back = parseImport(JSON.stringify(doc));
    expect(back.ok && back.annotations[0]!.target.selectors.page).toBeUndefined();
  });
});
