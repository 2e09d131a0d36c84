// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/commitments';
import { fillArticle, reportLines, TEMPLATES, type Template } from '@/tests/fixtures/templates/templates';
import { applyPick, findBody, lineInfos, makePick } from './body';
import { trimReportLines } from './body-cues';
import { buildTextMap, toRange } from './textmap';

/** The labelled reports (tests/fixtures/gold/*.gold.json name them). */
const GOLD = ['national-2019', 'national-2020', 'shanghai-2021', 'shanghai-2022', 'yuncheng-2021-summary'];
const corpus = (name: string) => readFileSync(`tests/fixtures/corpus/${name}.zh.txt`, 'utf8');

function load(t: Template, text: string): Document {
  const html = t.html({ text, headline: '2022年政府工作报告全文', site: '某市人民政府', json: 'x.json' });
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  if (t.data) fillArticle(document, JSON.parse(t.data({ text, headline: '', site: '' })) as string[]);
  return document;
}

/** What a commitment says, without where it is. */
/**
 * The body the page should give: the report's lines as a browser renders them (white space runs
 * collapsed); the e-paper summary's editor credits before its title are the paper's, not the report's.
 */
function expectedBody(text: string): string {
  const lines = reportLines(text).map((l) => l.replace(/[ \t\r\f]+/g, ' '));
  return lines.slice(Math.max(0, lines.findIndex((l) => l.includes('政府工作报告')))).join('\n');
}

const said = (text: string) => analyze(text, { force: true }).commitments
  .map((c) => [c.kind, c.indicator, c.quote.replace(/\s/g, ''), JSON.stringify(c.amount), c.unit, c.comparator].join('|'));

describe('findBody over every template × labelled report', () => {
  for (const name of GOLD) {
    const text = corpus(name);
    const expected = said(text);
    for (const t of TEMPLATES) {
      it(`${t.name} × ${name}: the body is the report's text, and gives the .txt's commitments`, () => {
        const doc = load(t, text);
        const page = buildTextMap(doc.body);
        const body = findBody(page);
        expect(body.source).toBe('found');
        expect(body.confident).toBe(true);
        // Exactly the report's lines: nothing of the chrome, nothing of the report lost.
        expect(body.map.text).toBe(expectedBody(text));
        expect(said(body.map.text)).toEqual(expected);
        // The page itself holds more (so this could fail): the sidebar's headlines with figures.
        expect(page.text).toContain('养老床位5000张');
        // The whole-page text an earlier build stored re-reads (text only, lib/store/body-reread.ts) to the same body.
        expect(trimReportLines(page.text)).toBe(body.map.text);
      });
    }
  }
});

describe('the report\'s end', () => {
  it('keeps an annex after the closing call, and leaves out comments and a byline after it', () => {
    const text = corpus('national-2020');
    const annex = ['名词解释', '1.“六稳”：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', '2.“六保”：保居民就业、保基本民生、保市场主体。'];
    const withAnnex = `${text.trimEnd()}\n${annex.join('\n')}\n`;
    const paginated = TEMPLATES.find((t) => t.name === 'paginated')!;
    const body = findBody(buildTextMap(load(paginated, withAnnex).body));
    expect(body.closing).toBe(true);
    expect(body.map.text.endsWith(annex.join('\n'))).toBe(true);
    expect(body.map.text).not.toContain('网友');
    expect(body.map.text).not.toContain('责任编辑');
  });
});

describe('the body map is a view of the page', () => {
  it('maps every body offset back to the page node the page map names', () => {
    const doc = load(TEMPLATES[0]!, corpus('shanghai-2022'));
    const page = buildTextMap(doc.body);
    const body = findBody(page);
    for (const c of analyze(body.map.text).commitments.slice(0, 20)) {
      const onPage = toRange(body.map, c.start, c.end).toString();
      expect(onPage.replace(/\s/g, '')).toBe(body.map.text.slice(c.start, c.end).replace(/\s/g, ''));
    }
    for (const n of body.map.nodes) if (n) expect(page.nodes).toContain(n);
  });
});

describe('confidence', () => {
  it('is low on a page of plain prose without a report opening or closing', () => {
    document.body.innerHTML = `<nav><a href="#">首页</a><a href="#">新闻</a></nav><div id="a">${
      Array.from({ length: 30 }, (_, i) => `<p>第${i}段，今年将新建养老床位${i * 100}张，改造道路${i}公里。</p>`).join('')}</div>
      <div class="foot">沪ICP备05003366号</div>`;
    const body = findBody(buildTextMap(document.body));
    expect(body.source).toBe('found');
    expect(body.confident).toBe(false);
    expect(body.map.text).not.toContain('ICP');
  });

  it('falls back to the whole page when nothing reads as text', () => {
    document.body.innerHTML = `<ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="#">链接${i}</a></li>`).join('')}</ul>`;
    const body = findBody(buildTextMap(document.body));
    expect(body.source).toBe('page');
    expect(body.confident).toBe(false);
  });
});

describe('the reader picks the body', () => {
  const page = () => {
    document.body.innerHTML = `<div id="menu"><a href="#">首页</a></div><div class="c"><p>导语，不是报告。</p>
      <p>今年的主要目标是，地区生产总值增长5.5%左右。</p><p>新增就业55万人以上。</p><p>感谢大家。</p></div>`;
    return buildTextMap(document.body);
  };
  it('keeps the lines from the clicked start to the clicked end, and finds them again from the pick', () => {
    const map = page();
    const infos = lineInfos(map);
    const first = infos.findIndex((l) => map.text.slice(l.start, l.end).startsWith('今年'));
    const last = infos.findIndex((l) => map.text.slice(l.start, l.end).startsWith('新增'));
    const pick = makePick(map, infos, first, last)!;
    expect(pick.path).toBe('div:nth-of-type(2)');
    const body = applyPick(page(), pick, document)!;
    expect(body.source).toBe('picked');
    expect(body.map.text).toBe('今年的主要目标是，地区生产总值增长5.5%左右。\n新增就业55万人以上。');
  });
  it('uses the picked element on another page of the site, where the quotes are not found', () => {
    const map = page();
    const infos = lineInfos(map);
    const pick = { ...makePick(map, infos, 1, 2)!, start: '不在此页', end: '不在此页' };
    const body = applyPick(map, pick, document)!;
    expect(body.map.text).toContain('新增就业55万人以上。');
    expect(body.map.text).not.toContain('首页');
  });
});
