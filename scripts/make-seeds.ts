/**
 * Makes the seed pages from the corpus: report texts as a reader meets them on the web (a
 * government website, a newspaper's e-paper), plain-text copies for "load samples", and the
 * negative pages the e2e tests open. The page chrome (header, breadcrumb, toolbar, footer) is a
 * mock-up; the report text is the corpus text unchanged, line by line.
 *
 *   npx tsx scripts/make-seeds.ts        (writes seeds/ and tests/e2e/pages/)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'tests/fixtures/corpus');
const NEGATIVE = join(ROOT, 'tests/fixtures/negative');
const SEEDS = join(ROOT, 'seeds');
const PAGES = join(ROOT, 'tests/e2e/pages');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const read = (file: string) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');

/** One <p> per line of text; a blank line stays a blank line (as e-paper pages carry them). */
function paragraphs(text: string, blankLines: boolean): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  return lines
    .map((line) => (line.trim() ? `<p>${esc(line)}</p>` : blankLines ? '<p><br></p>' : ''))
    .filter(Boolean)
    .join('\n');
}

const GOV_CSS = `
body { margin: 0; font: 16px/1.8 "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #222; background: #f4f4f4; }
.top { background: #b3121b; color: #fff; padding: 14px 40px; font-size: 24px; letter-spacing: 2px; }
.nav { background: #8f0e15; padding: 6px 40px; }
.nav a { color: #fff; margin-right: 22px; text-decoration: none; font-size: 15px; }
.wrap { width: 960px; margin: 16px auto; background: #fff; padding: 20px 48px 40px; }
.crumb { font-size: 13px; color: #666; border-bottom: 1px solid #ddd; padding-bottom: 8px; }
.crumb a { color: #666; text-decoration: none; }
h1 { text-align: center; font-size: 26px; margin: 28px 0 8px; color: #111; }
.info { text-align: center; font-size: 13px; color: #888; }
.tools { text-align: right; font-size: 13px; color: #555; border-bottom: 1px dashed #ccc; padding: 6px 0; }
.tools a { color: #555; margin-left: 10px; cursor: pointer; }
.article p { text-indent: 2em; margin: 0 0 10px; }
.share { display: none; }
.foot { text-align: center; font-size: 12px; color: #777; padding: 20px; line-height: 1.8; }
`;

interface GovPage {
  site: string;
  nav: string[];
  title: string;
  info: string;
  body: string;
  foot: string[];
}

function govPage(p: GovPage, source: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(p.title)}_${esc(p.site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${GOV_CSS}</style>
<script>/* 统计代码 */ window._stat = { page: "report" };</script>
</head>
<body>
<!-- Seed page made by scripts/make-seeds.ts from ${source}. The page chrome is a mock-up; the report text is the corpus text. -->
<div class="top">${esc(p.site)}</div>
<div class="nav">
${p.nav.map((n) => `<a href="#">${esc(n)}</a>`).join('\n')}
</div>
<div class="wrap">
<div class="crumb"><a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府工作报告</a></div>
<h1>${esc(p.title)}</h1>
<div class="info">${esc(p.info)}</div>
<div class="tools">【字体：<a onclick="document.querySelector('.article').style.fontSize='20px'">大</a> <a onclick="document.querySelector('.article').style.fontSize='16px'">中</a> <a onclick="document.querySelector('.article').style.fontSize='14px'">小</a>】 <a onclick="window.print()">打印</a> <a>分享</a><span class="share">微信 微博 QQ空间</span></div>
<div class="article" id="zoom">
${p.body}
</div>
</div>
<div class="foot">${p.foot.map(esc).join('<br>')}</div>
</body>
</html>
`;
}

const EPAPER_CSS = `
body { margin: 0; font: 15px/1.9 "Noto Serif CJK SC", "Noto Sans CJK SC", serif; background: #e9e4d8; color: #222; }
.mast { background: #1d3f72; color: #fff; padding: 10px 30px; display: flex; justify-content: space-between; align-items: baseline; }
.mast b { font-size: 28px; letter-spacing: 6px; }
.pager { background: #fff; padding: 6px 30px; font-size: 13px; border-bottom: 1px solid #ccc; }
.pager a { margin-right: 14px; color: #1d3f72; }
.layout { display: flex; gap: 18px; width: 1100px; margin: 14px auto; }
.side { width: 240px; background: #fff; padding: 10px; font-size: 13px; }
.side li { margin: 4px 0; }
.paper { flex: 1; background: #fffdf6; padding: 18px 36px; }
#ozoom p { margin: 0; text-indent: 2em; }
.copyright { text-align: center; font-size: 12px; color: #666; padding: 14px; }
`;

function epaperPage(title: string, body: string, source: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)} - 运城日报数字报</title>
<style>${EPAPER_CSS}</style>
</head>
<body>
<!-- Seed page made by scripts/make-seeds.ts from ${source}. The e-paper chrome is a mock-up; the article text (editor credits, page marker and page-break artifacts included) is the corpus text. -->
<div class="mast"><b>运城日报</b><span>数字报 · 版面导航</span></div>
<div class="pager">
<a href="#">上一版</a>
<a href="#">下一版</a>
<a href="#">上一篇</a>
<a href="#">下一篇</a>
<a href="#">返回目录</a>
</div>
<div class="layout">
<ul class="side">
<li><a href="#">市四届人大七次会议政府工作报告(摘要)</a></li>
<li><a href="#">本版其他文章</a></li>
</ul>
<div class="paper">
<div id="ozoom">
${body}
</div>
</div>
</div>
<div class="copyright">版权所有 运城日报社 · 未经书面授权不得复制或建立镜像</div>
</body>
</html>
`;
}

/** A news or portal page: the article plus the chrome such pages carry (menus, related links, footer). */
function simplePage(title: string, body: string, note: string): string {
  const menu = ['首页', '时政', '财经', '社会', '评论', '图片', '视频', '专题', '数据', '地方'];
  const related = [
    '两会特别报道：代表委员热议高质量发展',
    '图解：一组数据看过去一年经济社会发展成就',
    '权威发布：今年重点民生实事项目公布',
    '评论：把蓝图变成施工图，把目标变成实效',
    '专家访谈：稳就业稳预期政策效果持续显现',
    '现场直击：会场内外的“民生关键词”',
    '数说：城乡居民收入增长与经济增长基本同步',
    '热点问答：优化营商环境还有哪些新举措',
  ];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body { font: 16px/1.8 "Noto Sans CJK SC", sans-serif; margin: 0; color: #222; }
header, footer { background: #f2f2f2; padding: 8px 40px; font-size: 14px; }
header a { margin-right: 16px; color: #333; }
main { width: 900px; margin: 20px auto; }
.byline { color: #777; font-size: 13px; }
aside { border-top: 1px solid #ddd; margin-top: 24px; font-size: 14px; }
footer { color: #777; font-size: 12px; text-align: center; }
</style>
</head>
<body>
<!-- Negative page made by scripts/make-seeds.ts${note ? ` from ${note}` : ''}: not a work report. -->
<header>
<b>新闻网</b>
${menu.map((m) => `<a href="#">${m}</a>`).join('\n')}
<form><input placeholder="搜索"><button>搜索</button></form>
</header>
<main>
${body}
<aside>
<h3>相关新闻</h3>
<ul>
${related.map((r) => `<li><a href="#">${esc(r)}</a></li>`).join('\n')}
</ul>
</aside>
</main>
<footer>关于我们 | 联系我们 | 网站地图 | 违法和不良信息举报 | 版权声明<br>本网站所刊登的各种新闻、信息和专栏资料，均为本网版权所有，未经协议授权，禁止下载使用。<br>Copyright © 新闻网 版权所有　京ICP证000000号（示例页面）</footer>
</body>
</html>
`;
}

const SHANGHAI_FOOT = ['主办：上海市人民政府办公厅　承办：上海市大数据中心', '（示例页面：正文取自公开的政府工作报告文本）'];
const GOV_CN_FOOT = ['主办单位：国务院办公厅　运行维护单位：中国政府网运行中心', '（示例页面：正文取自公开的政府工作报告文本）'];

interface Seed {
  name: string;
  corpus: string;
  html: (text: string, source: string) => string;
}

const SEEDS_LIST: Seed[] = [
  ...[2021, 2022].map((year): Seed => ({
    name: `shanghai-${year}`,
    corpus: `shanghai-${year}.zh.txt`,
    html: (text, source) => govPage({
      site: '上海市人民政府',
      nav: ['首页', '要闻动态', '政务公开', '政务服务', '互动交流', '走进上海'],
      title: `${year}年上海市政府工作报告`,
      info: '来源：上海市人民政府',
      body: paragraphs(text, false),
      foot: SHANGHAI_FOOT,
    }, source),
  })),
  ...[2019, 2020].map((year): Seed => ({
    name: `national-${year}`,
    corpus: `national-${year}.zh.txt`,
    html: (text, source) => govPage({
      site: '中华人民共和国中央人民政府',
      nav: ['首页', '国务院', '总理', '新闻', '政策', '互动', '服务', '数据', '国情'],
      title: `${year}年政府工作报告`,
      info: '来源：中国政府网',
      body: paragraphs(text, false),
      foot: GOV_CN_FOOT,
    }, source),
  })),
  {
    name: 'yuncheng-2021-summary',
    corpus: 'yuncheng-2021-summary.zh.txt',
    html: (text, source) => epaperPage('市四届人大七次会议政府工作报告(摘要)', paragraphs(text, true), source),
  },
];

function negativePages(): Record<string, string> {
  const news = read(join(NEGATIVE, 'news-about-report.txt')).trim().split(/\n+/);
  const links = read(join(NEGATIVE, 'link-list.txt')).trim().split(/\n+/);
  const interp = read(join(NEGATIVE, 'interpretation.txt')).trim().split(/\n+/);
  const [headline = '', ...newsBody] = news;
  const [crumb = '', listTitle = '', ...items] = links;
  const [interpTitle = '', ...interpBody] = interp;
  const municipal = [
    '市政府工作报告提出今年GDP增长6%左右',
    '本报讯（记者 陈静 通讯员 刘洋）1月18日上午，市十六届人大四次会议开幕。市长代表市人民政府向大会作政府工作报告。',
    '报告提出，今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业4.5万人以上，城镇调查失业率控制在5.5%以内，居民人均可支配收入增长与经济增长基本同步。',
    '报告回顾了过去一年的工作。据介绍，去年全市地区生产总值达到3120亿元，增长5.8%；规模以上工业增加值增长7.1%；固定资产投资增长8.3%。',
    '“目标定得实，举措接地气。”列席会议的市民代表王女士说，报告中关于新建改建30所中小学和幼儿园、新增停车泊位1万个的安排，都是大家关心的事。',
    '市人大代表、某科技公司董事长张伟表示，报告提出设立50亿元产业引导基金，支持企业加大研发投入，让民营企业更有信心。',
    '记者注意到，今年的政府工作报告篇幅比去年略短，但“民生”一词出现了40余次。报告提出，将继续办好十件民生实事，包括新增养老床位2000张、改造老旧小区120个、建设口袋公园50个。',
    '市政协委员赵敏在小组讨论时建议，对照报告提出的目标任务，逐项明确责任单位和完成时限，年中开展一次评估，让群众看得见进度。',
    '据悉，会议期间，代表们将分组审议政府工作报告、计划报告和预算报告。',
    '（责任编辑：李娜）',
  ];
  const numbers = [
    '2024年第三季度手机销量统计',
    '据市场研究机构发布的数据，第三季度全国手机出货量约7320万部，同比增长3.2%。其中5G手机出货量6580万部，占比89.9%。',
    '国产品牌出货量占比达到85%以上。平均售价2650元，较上季度下降120元。',
    '型号　　　　出货量（万部）　　同比',
    '甲品牌X1　　1260　　　　　　 +12%',
    '乙品牌Y5　　980　　　　　　　-4%',
    '丙品牌Z9　　875　　　　　　　+6.5%',
    '分析人士预计，第四季度出货量将在7500万部至7800万部之间，全年有望增长2%左右。',
    '本文数据仅供参考，不构成投资建议。',
  ];
  const list = (lines: string[]) => lines.map((l) => `<li><a href="#">${esc(l)}</a></li>`).join('\n');
  return {
    'news-about-report.html': simplePage(headline, [
      `<h1>${esc(headline)}</h1>`,
      `<p class="byline">新华网　2024-03-05　【打印】【关闭】</p>`,
      ...newsBody.map((l) => `<p>${esc(l)}</p>`),
    ].join('\n'), 'tests/fixtures/negative/news-about-report.txt'),
    'news-municipal.html': simplePage(municipal[0]!, [
      `<h1>${esc(municipal[0]!)}</h1>`,
      ...municipal.slice(1).map((l) => `<p>${esc(l)}</p>`),
    ].join('\n'), ''),
    'report-links.html': simplePage(listTitle, [
      `<div class="crumb">${esc(crumb)}</div>`,
      `<h1>${esc(listTitle)}</h1>`,
      `<ul>\n${list(items)}\n</ul>`,
    ].join('\n'), 'tests/fixtures/negative/link-list.txt'),
    'interpretation.html': simplePage(interpTitle, [
      `<h1>${esc(interpTitle)}</h1>`,
      ...interpBody.map((l) => `<p>${esc(l)}</p>`),
    ].join('\n'), 'tests/fixtures/negative/interpretation.txt'),
    'numbers.html': simplePage(numbers[0]!, [
      `<h1>${esc(numbers[0]!)}</h1>`,
      ...numbers.slice(1).map((l) => `<p>${esc(l)}</p>`),
    ].join('\n'), ''),
  };
}

/**
 * A whole report whose part titles were left out (some sites print them as images or drop them):
 * the engine can only guess the review/plan split from tense, and the overlay must say so.
 */
function structurePages(): Record<string, string> {
  const source = 'tests/fixtures/corpus/hailar-2014.zh.txt';
  const text = read(join(ROOT, source))
    .split('\n')
    .filter((line) => !/^\s*[一二三四五六七八九十]+、/.test(line))
    .join('\n');
  return {
    'untitled-parts.html': govPage(
      { site: '示例区人民政府', nav: ['首页', '政务公开', '政府工作报告'], title: '政府工作报告', info: '来源：示例区人民政府办公室', body: paragraphs(text, false), foot: ['示例区人民政府 主办'] },
      `${source}, its part titles (一、二、…) left out`,
    ),
  };
}

function main(): void {
  mkdirSync(SEEDS, { recursive: true });
  mkdirSync(PAGES, { recursive: true });
  const index: { name: string; html: string; txt: string; source: string }[] = [];
  for (const seed of SEEDS_LIST) {
    const source = `tests/fixtures/corpus/${seed.corpus}`;
    const text = read(join(CORPUS, seed.corpus));
    writeFileSync(join(SEEDS, `${seed.name}.html`), seed.html(text, source));
    writeFileSync(join(SEEDS, `${seed.name}.txt`), text);
    index.push({ name: seed.name, html: `${seed.name}.html`, txt: `${seed.name}.txt`, source });
  }
  writeFileSync(join(SEEDS, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  for (const [file, html] of Object.entries(negativePages())) writeFileSync(join(PAGES, file), html);
  for (const [file, html] of Object.entries(structurePages())) writeFileSync(join(PAGES, file), html);
  console.log(`seeds: ${index.length} reports; pages: ${Object.keys(negativePages()).length} negative`);
}

main();
