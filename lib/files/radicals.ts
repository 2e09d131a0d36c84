/**
 * CJK fonts draw a radical and its ideograph with one glyph, so a PDF's ToUnicode map often names
 * the radical (⼯ U+2F2F, ⺠ U+2EA0) where the text says 工, 民: Chromium's and Word's PDFs of
 * Chinese text are full of them. Read as radicals, 政府⼯作报告 is not 政府工作报告 and no rule
 * of the engine matches. Each is one UTF-16 unit, as is its ideograph, so every offset holds.
 */

/** CJK Radicals Supplement (U+2E80–U+2EF3) → the ideograph each is drawn as (Unicode's EquivalentUnifiedIdeograph). */
const SUPPLEMENT = '⺁厂⺇几⺊卜⺌小⺎兀⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺝月⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺦丬⺧牛⺨犭⺩王⺪疋⺫目⺬示⺭礻⺮竹⺯糸⺰纟⺲罒⺳罓⺶羊⺹耂⺺肀⺻聿⺼肉⺽臼⺾艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟';

/**
 * Ideographs that simplified-Chinese fonts draw with another's glyph, whose ToUnicode then names
 * the other: Noto CJK SC's 户 comes out as 戶. A simplified report never writes the latter.
 */
const SHARED_GLYPH = '戶户';

const TABLE = new Map<string, string>();
for (const pairs of [SUPPLEMENT, SHARED_GLYPH]) for (let i = 0; i < pairs.length; i += 2) TABLE.set(pairs[i]!, pairs[i + 1]!);

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5\u6236]/g;

/** `s` with every CJK radical replaced by its ideograph (Kangxi radicals by NFKC); same length. */
export function unifyRadicals(s: string): string {
  if (!/[\u2e80-\u2fdf\u6236]/.test(s)) return s;
  return s.replace(RADICAL, (c) => {
    const u = TABLE.get(c) ?? c.normalize('NFKC');
    return u.length === 1 ? u : c;
  });
}
