import { findQuantities, type Quantity } from '../text/quantities';

/** Units of a date, an ordinal or a name (13号线, 2020年): not a figure the clause is about. */
const ORDINAL_UNITS = /^(?:年|月|日|号|届|期|次|级|岁|点|度|倍|层|星|个月|季度)$/;

// How the work is to be done (有序推进, 因地制宜新建, 高标准建设) is no part of what is counted.
const LEADING = /^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[—－]{1,2}|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|(?:因地制宜|有序|整体|稳步|逐步|分类|分批|分步|统筹|扎实|集中连片|精准|加力|加速|加紧|全域|梯次|规范|科学|依法|强力|高标准|高质量|高水平|大规模|在?有条件的(?:地方|地区|市县|县区|地市)?)(?=新建|建设|推进|实施|打造|改造|开展|完成|推动|培育|创建|新增|建成|改扩建|提升|开工|整治|治理|更新|发放|招引|引进|布局)|(?:经济社会发展的?|今年|全年)?主要预期目标(?:是|为)?|规划(?=实施|建设|新建|布局)|(?:圆满|顺利)(?=完成)|致力于?|力促|全力以赴|千方百计|想方设法|坚定不移|持之以恒|久久为功|毫不松懈|不折不扣|竭尽全力|尽心竭力|集中力量|集中精力|攻坚克难|冲刺|我们|(?:[省市县区州旗]|自治区)?(?:人民)?政府(?=将|要|继续)|我[省市县区州旗盟](?=安排|共|将|要|计划|力争|全年|今年)|为?(?:人民)?群众(?=办好|办成|办实)|组织(?=实施|开展)|共计|合计|总计|加上|可(?=减轻|减少|节约|带动|实现|惠及|新增|增加|提供|吸纳|覆盖)|[（(]?(?:含|包括)(?=[\u4e00-\u9fff]{2})|(?:底线|重点|关键|核心|前提|目标|任务|重中之重|首要任务)是|所有的?(?=[\u4e00-\u9fff]{2})|[\u4e00-\u9fff]{2,4}[的地](?=做好|抓好|推进|完成|实施|加快|推动)|的|坚决|务必|切实|[一二三四五六七八九十]是|就是要?|今年|全年|明年|当年|每年(?=[\u4e00-\u9fff]{2})|今明两年|年内|到年底|到年末|年底前|年底|年末|全力|力争|确保|要(?!素|件)|将|并(?!购|网|联|行)|同时|其中|继续|努力|实现|进一步|再(?!就业|生|制造|贷款|保险|教育)|和(?!美|谐)|及(?!时|格)|以及|全面|加快|推动|推进|大力|积极|持续|着力|深入|切实|重点(?!项目|工程|企业|产业|领域|行业|人群|群体|任务|[\u4e00-\u9fff]{1,5}(?:项目|工程)(?![\u4e00-\u9fff]))|主要(?!污染物|农作物|江河|河湖)|还要|也要|拟|预计|预期(?!寿命)|同比|计划(?!生育|单列)|争取|累计|共(?!建|享|同|治|性)|新一轮|使(?!用)|让|把|对(?!外|口|台|象|应)|在(?!园|校|建|岗|读|职|编|线|册|营)|为(?!老|民|期|主)|从(?!业|事)|由|其(?!他|余|它)|等(?!级|额|值)|与|并且|对此|基本(?!养老|医疗|医保|公共|药物|农田|民生|生活|住房|口粮)|完成|开展|启动|实施|提出|突破|超过|但|不断|加大|做好|抓好|严守|延续执行|继续执行|延续|全[省市区县国]上下|奋力|(?:管好)?用好(?:用足)?|用足|先(?!进|行|导|锋)|用[两三四五六七八九十\d]?年(?:的)?时间(?:将|把)?(?:完成)?|认真(?=[\u4e00-\u9fff]{2})|安排(?=[\u4e00-\u9fff]{0,6}(?:重点|重大)?项目)|滚动(?=实施|推进)|(?:达到|达|提高到|增加到)(?=(?:每人每月|每人每年|每人|人均|每月|每年)?$)|(?:每人每月|每人每年|每人|每月)$|(?:由|从)?(?:去年|上年)的(?:元|%)?)+/;
const TRAILING = /(?:进一步|持续|稳步|逐步|不断|缩小到|缩小至|收窄到|收窄至|缩小|收窄|迈上|迈过|跨上|跨越|登上|站上|跃上|下降到|下降至|降低到|降低至|上升到|上升至|攀升至|攀升到|跃升至|跃升到|增至|升至|达到|(?<![下送抵])达|为|控制在|保持在|稳定在|保持|稳定|实现|不少于|不低于|至少|突破|超过|不超过|超|逾|(?<![打击])破|高于|不高于|低于|少于|约|近|拟按|扩大到|扩大至|压缩至|压缩到|压减至|压减到|缩短至|缩短到|减少到|减少至|拟定|新安排|首次|设定为|设定在|定在|定为|增长到|增长至|将|按|降至|降到|提高到|提高至|提升到|提升至|增加到|增加至|要|再|的|在|处于|于|比去年|比上年|较去年|较上年|比去年预算|比上年预算|共计|共|累计|总计|合计|全部|分别|(?<!人)均|都|确保|力争|继续|以上|左右|各|每年|年均|日均|平均|大约|接近|安排|拿出|完成|新增加|增加|再增加|和|、|是|全年|今年|年内|当年|首批|第一批|预期目标|目标|预期|每(?:孩|人|户|名|生)(?:每(?:年|月|天))?|每立方米)+$/;
const FILLER_AFTER = /^(?:以上|以内|以下|左右|及以上|多|余|的|，|、|和(?!美|谐)|是|之内|上下|[（(][\u4e00-\u9fff]{1,2}[)）])+/;

/** A verb of work right before a list's first counted item (建设40个…和6条…): every item's. */
const ITEM_VERBS = '(?:新开通|改造建设|新建改建|新改扩建|改扩建|新改建|开工建设|新开工|新建|新增|建设|建成|打造|培育|创建|改造提升|提升改造|改造|提升|改善|整治|开工|开通|认定|引进|招引|扶持|培训|更新|加装|铺设|淘汰|举办|拆除|关停|关闭)';
const ITEM_VERB_END = new RegExp(`${ITEM_VERBS}$`);
const ITEM_VERB_START = new RegExp(`^${ITEM_VERBS}`);
/** A verb of building before a list of examples (建成14号线、18号线…共61公里): what is done to the thing counted. */
const VERB_BEFORE_EXAMPLES = new RegExp(`^${ITEM_VERBS}(?=[^，；]*(?:、|等|共)[^，；]*$)`);

/** A short name of what a figure measures, as a journalist would head a table column. */
/** A size before 的 and a facility it sizes (18个班的公办幼儿园, 1000张床位的新院区, 500个车位的停车场). */
/** What a facility's size counts, then 的 (18个班的, 1000张床位的): the words before the facility's name. */
export const FACILITY_SIZE_LEAD = /^(?:班|座位|床位|张床位|托位|学位|车位|泊位|间)?的/;
/** Units a facility's size is counted in (个班, 张床位, 名学生, 个车位). */
export const SIZE_UNITS = /^(?:个|张|张床位|名|座|间|辆|班)$/;
export const FACILITY_SIZE = new RegExp(FACILITY_SIZE_LEAD.source + '[\\u4e00-\\u9fff]{0,14}?(?:幼儿园|学校|中学|小学|校区|医院|院区|卫生院|中心|体育馆|体育场|场馆|停车场|养老院|敬老院|托育园|综合体|大楼)');

export function indicatorFor(text: string, q: Quantity, sentenceStart: number, clauseStart: number, clauseEnd: number, previous?: string): string {
  const included = includedPart(text, q);
  if (included) return included;
  let before = text.slice(clauseStart, q.start);
  // "完成6万户的村庄改造和3.5万户农村生活污水处理设施改造": the words before the second figure
  // belong to the first; "A单位X和B单位Y" names Y after its own figure.
  const earlier = findQuantities(before)
    .filter((e) => e.unit && !ORDINAL_UNITS.test(e.unit) && (!e.chinese || (typeof e.amount === 'number' && e.amount >= 10000)))
    .filter((e) => !/[每×xX*＊]$/.test(before.slice(0, e.start)) && before[e.unitEnd] !== '级' && before[e.unitEnd] !== '制' && !/^(?:分钟|小时|个小时)$/.test(e.unit))
    .pop();
  const rest = earlier ? before.slice(earlier.unitEnd).replace(/^(?:以上|以内|以下|左右|多|余)/, '') : '';
  // 由X增加到Y, 从X提升到Y, 现行X的税率降至Y: both figures measure one thing.
  const fromTo =
    !!earlier &&
    (/^(?:的)?(?:\d{4}年底?的?)?(?:增加|提高|提升|增长|降低|下降|减少|上升|攀升|跃升|扩大|缩小|调整|压减|升|降|增)?(?:到|至|为)/.test(rest) ||
      /(?:到|至|为)$/.test(rest) ||
      /(?:由|从)[^，。；]{0,10}$/.test(before.slice(0, earlier.start)));
  // "引进总投资50亿元以上的项目20个": a size that says which projects count is part of their name.
  // (新引进投资过5亿元的工业项目170个, 引进落地投资5000万元以上物流项目35个: with the kind of project between.)
  const threshold = !!earlier && earlier.unit === '元' && /^(?:(?:以上|以下)的?|的)?[\u4e00-\u9fff]{0,6}?(?:项目|企业|园区|产业园|开发区|县市)$/.test(before.slice(earlier.unitEnd));
  // "谋划实施总投资2万亿元的重大项目3000个": the sum the projects add up to says which; they are counted.
  const summed = earlier && earlier.unit === '元' && /总投资$/.test(before.slice(0, earlier.start)) && /^(?:左右|多)?(?:的|$)/.test(before.slice(earlier.unitEnd)) ? before.slice(earlier.unitEnd).replace(/^(?:左右|多)?的?/, '') : null;
  // "新建36个班的九年一贯制学校2所": a facility's size before its name is no item before this one.
  const sized = earlier && SIZE_UNITS.test(earlier.unit) && FACILITY_SIZE.test(before.slice(earlier.unitEnd)) ? FACILITY_SIZE_LEAD.exec(before.slice(earlier.unitEnd)) : null;
  if (summed !== null) before = summed;
  else if (sized) before = before.slice(0, earlier!.start) + before.slice(earlier!.unitEnd + sized[0].length);
  // "全年脱贫324户743人": a figure right after another's unit counts the same thing in another unit.
  // (解决3000户、1.2万人饮水问题: households, then the same households' people.)
  else if (earlier && !fromTo && (rest === '' || (rest === '、' && earlier.unit === '户' && /^(?:人|名)$/.test(q.unit))) && earlier.unitEnd + rest.length === before.length) before = before.slice(0, earlier.start);
  else if (earlier && !fromTo && !threshold) {
    const atPlaces = /在$/.test(before.slice(0, earlier.start));
    // "重点建设40个绿美点和6条绿美带": the verb before the first item is the second's too.
    if (/^的?[\u4e00-\u9fff]{1,16}?(?:和|及|以及|与|、)$/.test(rest)) before = ITEM_VERB_END.exec(before.slice(0, earlier.start))?.[0] ?? '';
    else if (/[\u4e00-\u9fff]{2}/.test(rest.replace(/^(?:的|和|及|、)+/, ''))) {
      const item = rest.replace(/^(?:的|和|及|、)+/, '');
      // "新建学校10所和医院5家": the verb the list opened with is the second item's too.
      const opening = /^(?:和|及|与)/.test(rest) && !ITEM_VERB_START.test(item) ? ITEM_VERB_START.exec(before.slice(0, earlier.start).replace(LEADING, ''))?.[0] : undefined;
      before = (opening ?? '') + item;
    }
    // "在14个市州城区和兰州新区增补义务教育学位2万个": the places the earlier figure counts are where, not what.
    if (atPlaces) before = before.replace(PLACES_BEFORE_WORK, '');
  }
  // A voltage, an age or a type naming the kind of thing (750千伏电网工程, 65岁及以上老年人, 0—6岁儿童,
  // 2型糖尿病患者) stays in the name.
  before = before.replace(/(?:(?:到|至)?(?:\d{4}年|\d{1,2}月)(?:底|末|中旬|上旬|下旬)?前?的?)|(?<![A-Za-z\d.每])[\d.]+(?![\d.]|[A-Za-z]|千伏|万伏|岁|周岁|型|人制|(?:万|亿)?元的(?=[\u4e00-\u9fff]{1,4}$)|[—\-～~]\d|(?:万|亿)?元(?:以上的?|的)?[\u4e00-\u9fff]{0,6}?(?:项目|企业|县市|开发区)|(?:万|亿)?(?:元|人|户|吨|亩|平方米|千瓦)?及?(?:以上|以下)的|(?:万|亿)?(?:元|人|户|吨|亩|平方米|千瓦|米|公里)(?:及?以上|及?以下|以内|内)(?=[^，。；\d]{1,14}?(?:占比|比例|比重|率)(?:达到|提高到|提升到|超过|保持在|稳定在|为)?$)|(?:万|亿)?(?:吨|千瓦|标箱|人|元|亩)?级|强|分钟|小时)(?:%|万|亿|个百分点)?的?/g, '').replace(/[“”"'《》‘’「」『』]/g, '');
  let prefix = before;
  for (let i = 0; i < 3; i++) prefix = prefix.replace(LEADING, '').replace(TRAILING, '');
  // 县（市、区）: a parenthesis inside the thing counted is left out of its name.
  const afterRaw = text.slice(q.unitEnd, Math.max(clauseEnd, closingParen(text, q.unitEnd))).replace(/[（(][^（()）]{1,20}[)）]/g, '').replace(FILLER_AFTER, '').replace(/[“”"'《》‘’「」『』]/g, '');
  const spec = SPEC_BEFORE_THING.exec(afterRaw)?.[0] ?? '';
  // A thing named with a Latin token first (5G基站, AI大模型) is named whole.
  // So is one with such a token inside (行政村实现5G网络覆盖).
  let noun = /^(?:\d*[A-Za-z][A-Za-z\d]*[+＋]?)?[\u4e00-\u9fff]{2,16}(?:\d*[A-Za-z][A-Za-z\d]*[+＋]?[\u4e00-\u9fff]{2,10})?/.exec(afterRaw.slice(spec.length))?.[0] ?? '';
  // A noun longer than most runs to its clause's end if that is near; one cut off mid-word
  // (…节能改造和工人新) keeps only its first whole part.
  if (noun.length === 16 && /^[\u4e00-\u9fff]/.test(afterRaw.slice(spec.length + 16))) {
    const whole = /^[\u4e00-\u9fff]{17,24}(?![\u4e00-\u9fff])/.exec(afterRaw.slice(spec.length))?.[0];
    noun = whole ?? /^(.{2,}?)(?:的|和|及|与)/.exec(noun)?.[1] ?? noun;
  }
  // "7700多项食品、药品和其他消费品安全国家标准的制定修改工作", "23所学校、幼儿园的校舍维修改造": a
  // short item, then a list with no figure of its own, is all one thing counted.
  if (noun && [...noun].length <= 4 && text[clauseEnd] === '、' && afterRaw.slice(spec.length) === noun) {
    // Past 30 characters the name is too long anyway: the phrase's end is looked for within 40.
    const rest = /^[^，。；：]{0,40}/.exec(text.slice(clauseEnd, clauseEnd + 40))![0];
    const whole = (noun + rest).replace(/的?(?:工作|任务)$/, '');
    if (/^[\u4e00-\u9fff、]+$/.test(rest) && !findQuantities(rest).length && !PREDICATE_END.test(rest) && !rest.split('、').some((item) => CLAUSE_VERB.test(item)) && [...whole].length <= 30) noun = whole;
  }
  // "抓好1个国家级、5个省级、10个市级重点专科建设": a level alone in a list is of the thing the last level names.
  if (/^(?:国家级|省级|市级|县级|区级|省部级)$/.test(noun) && text[clauseEnd] === '、') {
    const thing = /^(?:、\d+(?:个|家|所|项)(?:国家级|省级|市级|县级|区级|省部级))*、\d+(?:个|家|所|项)(?:国家级|省级|市级|县级|区级|省部级)([\u4e00-\u9fff]{2,12})/.exec(text.slice(clauseEnd, clauseEnd + 80))?.[1];
    if (thing) noun += thing;
  }
  // "扩建七里河安宁、盐场2个污水处理厂": a count of the names listed before it names the things after it,
  // with the verb the list opens or ends on, not the last name.
  if (text[clauseStart - 1] === '、' && [...noun].length >= 2 && directlyAfter(text, q.unitEnd) && typeof q.amount === 'number' && q.amount >= 2 && q.amount <= 12) {
    // (The phrase is read from its last stop within the sentence, never further back.)
    const items = text.slice(sentenceStart, q.start).split(/[，。；：\n]/).pop()!.split('、');
    if (items.length === q.amount && items.every((i) => [...i].length >= 2 && [...i].length <= 16 && !/\d/.test(i))) {
      const verb = /^(?:新建|扩建|改扩建|启动建设|开工建设|建成|新增)/.exec(items[0]!)?.[0] ?? /(?:新建|扩建|改扩建|建设|建成|新增)$/.exec(items[items.length - 1]!)?.[0] ?? '';
      return tidyName(verb + noun.replace(WHEN_DONE, ''));
    }
  }
  // "为80万农村35—64岁妇女免费做两癌检查": an age span inside the people counted is part of who they are.
  const aged = noun && [...noun].length <= 4 ? /^(\d+(?:[-—–~～至到]\d+)?周?岁(?:及以上|以上|以下)?的?)([\u4e00-\u9fff]{2,16})/.exec(afterRaw.slice(spec.length + noun.length)) : null;
  if (aged) noun += aged[1]! + aged[2]!;
  // "为2万名视力、听力、肢体等残疾儿童免费提供…、康复训练等康复救助服务": the kinds listed before 等
  // only say which; the people counted and what they get are after it.
  const kinds = KINDS_THEN_WHO.exec(text.slice(q.unitEnd, q.unitEnd + 80));
  if (kinds) {
    const got = WHAT_THEY_GET.exec(kinds[2]!);
    noun = kinds[1]! + (got?.[1] ?? got?.[2] ?? '');
  }
  // "抓实35个投资5亿元以上的重大工业项目": the projects counted are named with the bar they pass.
  const barred = /^((?:总)?(?:投资|规模|产值|营收|税收)(?:超|过|超过)?\d+(?:\.\d+)?(?:万|亿|千万)?元(?:以上|及以上)?的?[\u4e00-\u9fff]{1,12}?(?:项目|企业|园区|产业园|企业园|开发区))/.exec(text.slice(q.unitEnd, q.unitEnd + 40));
  if (barred && (!noun || /^(?:(?:总)?投资|规模|产值|营收|税收)/.test(noun))) noun = barred[1]! + (text[q.unitEnd + barred[1]!.length] === '园' ? '园' : '');
  // "217个续建项目计划完成投资550亿元": the projects counted, not the investment the clause goes on to.
  noun = noun.replace(/(?<=[\u4e00-\u9fff]{2}(?:项目|工程))(?:年度)?(?:计划|力争)?(?:完成)?(?:总)?投资.*$/, '');
  // "完成…等12条道路、棚户区20条配套道路的建设改造任务": the work the list ends on is each item's.
  if (noun && [...noun].length <= 4 && text[clauseEnd] === '、' && afterRaw.slice(spec.length) === noun) {
    const rest = /^[^，。；：]{0,40}/.exec(text.slice(clauseEnd, clauseEnd + 40))![0];
    const work = /的([\u4e00-\u9fff]{2,8}?)(?:工作任务|任务|工作)?$/.exec(rest)?.[1];
    if (work && WORK_DONE_END.test(work) && !noun.endsWith(work)) noun += work;
  }
  // "5个村的饮水安全工程", "36个老旧小区的既有建筑节能改造": the 的 between what is counted and the
  // work done to it is not part of a table's heading.
  // (道路的扩建和绿化, 沿街楼体的亮化, 起步区的规划: so is the 的 before any work done to the things.)
  noun = noun.replace(/^([\u4e00-\u9fff]{1,10}?)的(?=[\u4e00-\u9fff]*(?:改造|治理|整治|建设|工程|任务|项目|新建|扩建|绿化|亮化|美化|硬化|补植|规划|征收|搬迁|维修|修缮|管护)$)/, '$1');
  // "新建学校10所和医院5家": a noun after 和 with a figure of its own is the next item's, not this one's.
  if (/^(?:以上|以内|以下|左右|多|余)?(?:和|及|与)/.test(text.slice(q.unitEnd)) && /^\d/.test(afterRaw.slice(spec.length + noun.length))) noun = '';
  // "村庄改造和3.5万户…": the conjunction before the next figure is not part of the noun.
  if (/^\d/.test(afterRaw.slice(spec.length + noun.length))) noun = noun.replace(/(?<=[\u4e00-\u9fff]{2})(?:和|及|与)$/, '');
  // "整体提升90所学校、40家医院周边环境", "改善80所学校和30家医院周边交通秩序": the surroundings the
  // list ends on are each item's.
  if (noun && [...noun].length <= 4) {
    const following = afterRaw.slice(spec.length + noun.length);
    const listRest = text[clauseEnd] === '、' && !following ? /^[^，。；：]{0,40}/.exec(text.slice(clauseEnd, clauseEnd + 40))![0] : /^(?:和|及|与)\d/.test(following) ? following : '';
    const around = /\d[^，。；：]*?[\u4e00-\u9fff]{2}((?:周边|周围|附近|沿线|两侧|门前)[\u4e00-\u9fff]{0,6})$/.exec(listRest)?.[1];
    if (around) noun += around;
  }
  // "90%以上的村集体经济收入超过10万元": the bar a share of things reaches is part of what is measured.
  if (q.unit === '%' && noun) {
    const bar = /(?:超过|达到|高于|不低于|突破)$/.test(noun) ? /^\d+(?:\.\d+)?(?:万|亿)?(?:元|人|个|家|吨|亩|平方米|平方公里|公里|米|小时|天|分钟|岁)?(?:以上)?/.exec(afterRaw.slice(spec.length + noun.length)) : null;
    if (bar) noun += bar[0];
  }
  // An age bounds whom the figure counts (3岁以下婴幼儿); a boiler's size only says which ones.
  if (noun && /岁/.test(spec)) noun = spec.replace(/的?(?:各类|各种)?$/, '') + noun;
  // The thing the next item of a 、 list counts, found once: a verb with no object shares it
  // ("新建5个、改扩建10个县级医院"), and so does a figure with nothing else to name it (below).
  // (解决3000户1.1万人安全饮水问题: households then people, counted of one thing named after the second.)
  const nextItemNoun = !noun && text[q.unitEnd] === '、' ? nounAfterNextFigure(text, q.unitEnd + 1) : !noun && q.unit === '户' && /^\d/.test(text.slice(q.unitEnd, q.unitEnd + 1)) ? nounAfterNextFigure(text, q.unitEnd) : '';
  const householdsThenPeople = !!nextItemNoun && q.unit === '户' && (text[q.unitEnd] !== '、' || ([...prefix].length <= 2 && /^、\d+(?:\.\d+)?万?(?:人|名)/.test(text.slice(q.unitEnd, q.unitEnd + 12))));
  if (nextItemNoun && (isVerbPhrase(prefix) || householdsThenPeople)) noun = nextItemNoun;
  // "完成…的补植、管护任务和3000亩重点区域绿化工作任务": before 和 is the item before; this one is named
  // after its figure, with the verb the list opens with.
  if (/(?:和|(?<![惠涉普遍波顾触企危])及|以及)$/.test(before) && prefix && [...noun].length >= 2 && directlyAfter(text, q.unitEnd)) prefix = ITEM_VERB_START.exec(prefix)?.[0] ?? '';
  // "规划实施190个园林绿化项目，开工建设165个，年内完成153个", "新建农村公路300公里，重点养护600公里":
  // a clause that is only a verb and a figure acts on the things the clause before counted in its unit.
  const onThings = !noun && previous && text[clauseStart - 1] === '，' ? VERB_ONLY.exec(text.slice(clauseStart, q.start)) : null;
  if (onThings && q.unit && countsInUnitBefore(text, sentenceStart, clauseStart, q.unit)) {
    // (保障性安居工程建成 → 新开工: a name ending on its verb is left to the borrowing below.)
    // (筹集房源2万套，新开工3000套: what was raised is not what is built; the topic is, below.)
    const lead = VERB_LEAD.exec(previous!)?.[0];
    // (规上工业企业数量突破2000家，净增150家: a count of the things stock is of the things themselves.)
    const things = previous!.replace(VERB_LEAD, '').replace(/^全[省市区县国](?=[\u4e00-\u9fff]{2})/, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:数量|总数|总量|个数|家数|规模|容量)$/, '');
    if ((!lead || VERB_ONLY.test(lead)) && [...things].length >= 2 && !/\d/.test(things) && !MEASURE_END.test(things) && !VERB_TAIL.test(things)) return onThings[1]! + things;
  }
  // "新开工还迁房60万平方米，50万平方米主体竣工": a figure opening its clause, then only what happens to
  // it, is of the things the clause before counted in its unit.
  if (!text.slice(clauseStart, q.start).trim() && HAPPENS_TO_IT.test(noun) && previous && text[clauseStart - 1] === '，' && q.unit && countsInUnitBefore(text, sentenceStart, clauseStart, q.unit)) {
    const things = withoutLeadingVerbs(previous);
    if ([...things].length >= 2 && !/\d/.test(things) && !/(?:建设|建成|改造|开工|竣工|完工|投产)$/.test(things)) return things + noun;
  }
  // "新建改造社区服务场所20个，达标率达到100%": a rate of the things, named alone, is theirs.
  if (THINGS_RATE.test(prefix) && !noun && previous && !/\d/.test(previous) && text[clauseStart - 1] === '，') {
    const things = withoutLeadingVerbs(previous);
    if ([...things].length >= 2 && !VERB_TAIL.test(things) && !MEASURE_END.test(things) && !TRAILING_DIRECTION.test(things)) return things + prefix;
  }
  // "为老年人免费提供健康体检服务，覆盖率达到70%": with no figure before, the rate is of what the clause
  // before provides or carries out.
  if (THINGS_RATE.test(prefix) && !noun && !previous && clauseStart > sentenceStart && text[clauseStart - 1] === '，') {
    const work = /(?:提供|开展|实施|推行|推广|普及)([\u4e00-\u9fff]{2,12})$/.exec(clauseBefore(text, sentenceStart, clauseStart))?.[1];
    if (work) return work + prefix;
  }
  // "按照每孩每年3600元标准发放育儿补贴": a rate of payment is the standard of what is paid.
  const standardOf = /^的?标准(?:发放|给予|落实|提供|补助|补贴)?([\u4e00-\u9fff]{2,12})?/.exec(text.slice(q.unitEnd, clauseEnd));
  if (standardOf && /(?:每|按)/.test(before)) return (standardOf[1] ?? '').replace(/^(?:发放|给予)/, '') + '标准';
  // "发放育儿补贴，每孩每年3600元": a clause that is only a rate's base and its figure is the standard of
  // the payment the clause before makes.
  if (/^(?:按|按照)?(?:(?:每(?:孩|人|户|生|名|亩|头|个)|人均|户均|每(?:招用|吸纳|安置)\d+人)(?:每(?:年|月))?)?(?:最高|不低于|不超过)?(?:给予|补贴|发放|奖励)?$/.test(text.slice(clauseStart, q.start)) && clauseStart < q.start && clauseStart > sentenceStart && text[clauseStart - 1] === '，') {
    const paid = /([\u4e00-\u9fff]{2,10}?(?:补贴|补助|津贴|奖励|奖补|资助|救助金|生活费|慰问金))$/.exec(clauseBefore(text, sentenceStart, clauseStart).replace(LEADING, '').replace(/^(?:为?[\u4e00-\u9fff]{2,10}?)?(?:发放|给予|落实|提高|实施)/, ''))?.[1];
    if (paid) return paid + '标准';
  }
  // "按不低于5%的幅度压减一般性支出": the figure sizes the cut of the thing after it.
  const sizedCut = /^(?:以上|左右)?的(?:幅度|比例)(压减|压缩|削减|降低|减少|提高|增加|下调|上调)([\u4e00-\u9fff]{2,12})/.exec(text.slice(q.unitEnd, clauseEnd));
  if (sizedCut) return sizedCut[2]! + sizedCut[1]!;
  // "提高城乡居民基本医疗保险财政补助标准，达到每人每年670元": a level reached with no figure before is
  // that of what the clause before raises.
  if (!previous && /^(?:力争|确保)?(?:达到|达|提高到|增加到)(?:每人每月|每人每年|每人|人均|每月|每年)?$/.test(text.slice(clauseStart, q.start)) && text[clauseStart - 1] === '，') {
    const raised = /^(?:继续|进一步|稳步|逐步)?(?:提高|提升|增加|上调)([\u4e00-\u9fff]{2,18})$/.exec(clauseBefore(text, sentenceStart, clauseStart).replace(LEADING, ''))?.[1];
    if (raised) return raised;
  }
  // "两年内完成全部老旧小区改造，共计120个": a total alone in its clause counts the work the clause before does.
  if (/^(?:共计|合计|总计|共)$/.test(text.slice(clauseStart, q.start)) && !previous && text[clauseStart - 1] === '，') {
    const work = withoutLeadingVerbs(clauseBefore(text, sentenceStart, clauseStart).replace(LEADING, '').replace(/^(?:(?:今后|未来)?[两三四五]年(?:内|间)?|五年)?(?:完成|实现)?(?:全部|所有)?/, ''));
    if ([...work].length >= 2 && [...work].length <= 12 && !/\d/.test(work)) return work;
  }
  // "拟安排国债投资300亿元，比去年减少200亿元": a change against last year is of the figure before.
  const compared = COMPARED_CHANGE.exec(text.slice(clauseStart, q.start));
  // (营收…比上年增长40%: a growth rate is against last year anyway, as with 较上年增长 below.)
  if (compared && previous && !/\d/.test(previous)) return tidyName(previous.replace(TRAILING_DIRECTION, '')) + (q.unit === '%' && /增长|下降/.test(compared[2]!) ? '' : compared[1]) + compared[2];
  // "一般公共预算收入完成12.6亿元，完成年度目标的103.2%": how much of its goal the amount before reached.
  if (q.unit === '%' && previous && /^(?:完成|达到|占)?(?:全年|年度|年初)?(?:目标|计划|预期目标)(?:任务)?的$/.test(text.slice(clauseStart, q.start)) && !/\d/.test(previous.replace(LATIN_TOKEN, ''))) return previous.replace(TRAILING_DIRECTION, '') + '完成年度目标比例';
  let name: string;
  // "提高6000万农村人口供水保障水平": a change with its object after the figure is a verb, not a growth rate.
  const changeWithObject = /^(?:提高|增加|减少|降低)$/.test(prefix) && q.unit !== '%' && q.unit !== '百分点' && [...noun].length >= 4 && directlyAfter(text, q.unitEnd);
  // "提高企业退休人员基本养老金，人均每年增长10%左右": a per-head or yearly growth with no subject.
  const perHead = /^((?:人均|每年|年均|平均)+)(增长|提高)$/.exec(prefix);
  if (perHead && !noun && clauseStart > sentenceStart && text[clauseStart - 1] === '，') {
    const object = /^(?:今明两年|今年|继续|进一步|逐步|稳步)*(?:提高|增加|上调)([\u4e00-\u9fff]{2,16})$/.exec(clauseBefore(text, sentenceStart, clauseStart).replace(LEADING, ''))?.[1];
    if (object) prefix = object + perHead[1] + perHead[2];
  }
  // 同口径增长, 按可比价格增长: how the change is reckoned is no part of what changes.
  // (扣除价格因素实际增长, 按同口径计算增长, 与上年相比增长, 比增: so is what it is compared with.)
  prefix = prefix
    .replace(/^(?:(?:按|以)?(?:同口径|可比口径|自然口径|可比价格?|不变价格?)(?:计算|计)?|(?:剔除|扣除)[\u4e00-\u9fff]{2,8}?(?:因素|影响)(?:后)?|(?:与|和|同)?(?:上年|去年)(?:同期)?相比?)?(?:实际|名义)?(?=增长|下降)/, '')
    .replace(/^(?:同比)?比增$/, '增长');
  // (…同比增长6.8%，两年平均增长5.1%: a yearly average of the same growth is the same amount's.)
  const averaged = /^((?:两年|三年|五年)?(?:平均|年均))(增长|下降)$/.exec(prefix);
  if (averaged && previous && /(?:增长|下降)$/.test(previous) && !/\d/.test(previous.replace(LATIN_TOKEN, ''))) prefix = previous.replace(TRAILING_DIRECTION, '') + prefix;
  else if (/^(?:(?:两年|三年|五年)?(?:平均|年均))?(?:增长|下降|提高|降低|上涨|上升|增加|减少|增速|增幅)$/.test(prefix) && !changeWithObject) {
    // "…达到4.32万亿元，增长8.1%": the growth of the sentence's subject.
    const subject = /^[\u4e00-\u9fff]{2,12}?(?=达到|达|为|实现|完成(?!投资)|已|预计|增长|超过|突破|从\d|由\d|[\d，,])/.exec(text.slice(sentenceStart, clauseStart).replace(LEADING, ''));
    // "…，一般公共预算收入完成12.5亿元、增长5.8%": the growth of the amount right before, not of the sentence's subject.
    // (按可比价格计算，同比增长6.2%: a clause saying how the change is reckoned stands between them;
    // PM2.5平均浓度…，同比下降6.1%: a figure inside a Latin name is no figure.)
    const amountClauseEnd = RECKONED_CLAUSE.test(clauseBefore(text, sentenceStart, clauseStart)) ? text.lastIndexOf('，', clauseStart - 2) + 1 : clauseStart;
    const adjacent = previous && !/\d/.test(previous.replace(LATIN_TOKEN, '')) && !TRAILING_DIRECTION.test(previous.replace(COMPARED_TAIL, '')) && /\d/.test(text.slice(Math.max(sentenceStart, text.lastIndexOf('，', amountClauseEnd - 2) + 1, text.lastIndexOf('、', amountClauseEnd - 2) + 1), amountClauseEnd));
    // (…转移支付规模近9.8万亿元、增长18%: the growth of a size is the thing's own.)
    // (一般公共预算收入完成12.6亿元，完成年度目标的103.2%，同比增长8.9%: the completion is no amount.)
    // (县域地区生产总值占全省比重达到60%，增长7%: what grows is the amount, not its share.)
    const owner = previous?.replace(COMPARED_TAIL, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:总规模|规模|总量)$/, '').replace(/完成年度目标比例$/, '').replace(q.unit === '%' && /增长/.test(prefix) ? /(?<=[\u4e00-\u9fff]{2})占[\u4e00-\u9fff]{2,10}(?:比重|比例)$/ : /$^/, '');
    // (全市实现地区生产总值7560亿元、增长5.6%: a scope alone is no subject; the amount's owner is.)
    const scopeOnly = !!subject && SCOPE_ALONE.test(subject[0]);
    // "确保农村居民人均可支配收入增速快于城镇居民，增长7.5%左右", "项目投资保持较快增长，增长10%左右": with no
    // amount before, the growth is of what the clause before says grows.
    const grower = !previous && clauseStart > sentenceStart && text[clauseStart - 1] === '，' ? /^(?:确保|力争|推动|保持)?([\u4e00-\u9fff]{2,16}?)(?:增速|增幅|增长|占比|比重)?(?:保持|实现|稳定|持续|继续|快于|高于|略高于|不低于|提高|较快)/.exec(clauseBefore(text, sentenceStart, clauseStart).replace(LEADING, ''))?.[1] : undefined;
    if (grower && !/\d/.test(grower) && !SCOPE_ALONE.test(grower)) prefix = grower + prefix;
    // (外贸完成进出口总额5.6亿元，增长12.3%: the amount's own name is more than the subject it opens with.)
    else if (adjacent && subject && owner && (!owner.startsWith(subject[0]) || scopeOnly || (owner.length > subject[0].length + 1 && !/(?:达到|达|预计|实现|完成|为|增加)$/.test(owner)))) prefix = owner + prefix;
    else if (subject) prefix = subject[0] + prefix;
    // "中央财政安排城乡医疗救助补助资金160亿元，增长9.6%": the growth of what the figure before measures.
    else if (previous && owner && !/\d/.test(previous) && !TRAILING_DIRECTION.test(previous.replace(COMPARED_TAIL, ''))) prefix = owner + prefix;
  }
  // "建成口袋公园等各类公园120座": the examples before 等 do not name what is counted.
  // Only for counted things: in 制造业等行业现行税率 the examples tell one rate from another.
  const examples = COUNTED.test(q.unit) ? /^(.+?[^高中初同平均对])等(?!级)(?:各类|各种|一批|多个|多种)?([\u4e00-\u9fff]{2,})$/.exec(prefix) : null;
  if (examples && !/^(?:方面|领域|行业|省市|地区|部门|国家|城市)/.test(examples[2]!)) prefix = (VERB_LEAD.exec(examples[1]!)?.[0] ?? '') + examples[2]!;
  if (changeWithObject) name = prefix + noun;
  // "新开通海拉尔至俄蒙地区的3条航线": what comes before 的 only says which; the thing counted follows.
  else if (/的$/.test(before) && COUNTED.test(q.unit) && [...noun].length >= 2 && directlyAfter(text, q.unitEnd)) name = (NEW_WORK_LEAD.exec(prefix)?.[0] ?? '') + noun;
  // "西岑科创园区等82项重大项目": the projects. "高速公路续建集安至桓仁等7个项目": bare projects keep
  // what is done to them and what they are, written before the examples.
  else if (noun && /(?:等|涉及|包括|其中)$/.test(prefix)) name = (/^(?:项目|工程)$/.test(noun) ? WORK_BEFORE_EXAMPLES.exec(prefix)?.[1] ?? '' : '') + noun;
  else if (prefix && isVerbPhrase(prefix) && !noun && objectBefore(text, sentenceStart, clauseStart)) {
    // "加快租赁房建设，形成供应5.3万套": a verb with no object takes the object of the clause before.
    // …with the verb once: 中欧班列稳定开行，全年开行 → 中欧班列开行.
    const verb = prefix.replace(LIGHT_VERB, '');
    name = objectBefore(text, sentenceStart, clauseStart).replace(new RegExp(`(?:稳定|常态化|持续|加密|扩大)?${verb}$`), '') + verb;
  } else if (prefix && isVerbPhrase(prefix)) name = prefix + noun;
  // "每个开发区至少建设1个孵化器", "利用闲置资源改造建设300个养老服务中心": a clause ending on a verb
  // names the thing after the figure, with what the clause says before the verb.
  else if (noun && [...noun].length >= 2 && VERB_END.test(prefix) && q.unit !== '%' && q.unit !== '百分点') name = prefix.replace(/(?:至少|不少于|再)(?=[\u4e00-\u9fff]{2}$)/, '') + noun;
  // "沿河5.3公里道路", "主城区21家老工业企业", "二期170万平方米供热改造": a place or a phase before
  // the figure only qualifies the thing named after it.
  else if (prefix.length >= 2 && (prefix.length <= 3 || (qualifiesFigure(before, prefix) && q.unit !== '元' && !NOT_A_THING.test(noun))) && [...noun].length >= 2 && !INVESTMENT.test(prefix) && q.unit !== '%' && q.unit !== '百分点' && /^[\u4e00-\u9fff“]/.test(text.slice(q.unitEnd, q.unitEnd + 40).replace(SPEC_BEFORE_THING, '')) && !/^(?:的|安排|以上|以内|左右|多|余)/.test(text.slice(q.unitEnd))) name = prefix + noun.replace(WHEN_DONE, '');
  // "完成工人新村和城区内零散区域1.8万户的征拆和安置任务": where the households are, then the work done.
  else if (PLACE_END.test(prefix) && /^的/.test(text.slice(q.unitEnd)) && WORK_DONE_END.test(noun)) name = prefix + noun;
  else if (householdsThenPeople) name = prefix + noun;
  else if (prefix.length >= 2) name = prefix;
  else if (noun) name = noun;
  else if (prefix) name = prefix;
  else if (previous && /^(?:今年|全年|年内|到年底|到年末|年底|年末|累计|共|总计|合计)?(?:力争|争取|确保|努力)?(?:到20\d\d年(?:底|末)?)?(?:达到|达|为|突破|超过|超|实现|增至|升至|增加到|提高到|总量|规模|总额)?(?:每人每月|每人每年|每人|人均|每月|每年)?$/.test(text.slice(clauseStart, q.start))) {
    // "地区生产总值增长7.5%，达到309亿元": the figure before in the sentence names this one too.
    // "确保增长5%、力争6%": a second, higher aim for the same rate keeps its direction.
    // (增长12%，力争达到15%: so does one reached, after a growth or a fall.)
    const aim = text.slice(clauseStart, q.start);
    const sameRate = q.unit === '%' && ((/^(?:力争|争取|确保|努力)$/.test(aim) && TRAILING_DIRECTION.test(previous)) || (/^(?:力争|争取|努力)(?:达到|实现)$/.test(aim) && /(?:增长|下降)$/.test(previous)));
    // (年均增长6%，翻一番: what doubles is the thing, not its yearly rate.)
    // (上年粮食产量达到120万吨，今年要稳定在115万吨以上: last year's name without its year or its verb.)
    name = sameRate ? previous : previous.replace(TRAILING_DIRECTION, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:年均|平均|每年)$/, '').replace(/^(?:上年|去年|上一年)/, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:达到|达|为|实现|完成)$/, '');
    // "社会消费品零售总额实现142.3亿元，增幅位居全市首位，达11.2%": the rate the clause before calls a growth.
    if (q.unit === '%' && !sameRate && /增幅|增速/.test(clauseBefore(text, sentenceStart, clauseStart)) && !/增幅|增速/.test(name)) name += '增长';
    // "护理型床位占比提高到60%，达到5万张": a count after a share is of the things, not the share.
    if (q.unit !== '%' && q.unit !== '百分点') name = name.replace(/(?<=[\u4e00-\u9fff]{2})(?:占比|比重|比例|覆盖率)$/, '');
    // "新建5G基站1万个，累计达到10万个": a running total is of the things, not of this year's work.
    if (/^(?:累计|总计|共)/.test(text.slice(clauseStart, q.start)) && VERB_LEAD.test(name) && [...name.replace(VERB_LEAD, '')].length >= 2) name = name.replace(VERB_LEAD, '');
  } else if (previous && /^(?:比上年|比去年|较上年)?(?:增加|减少|增长|下降|提高|降低)$/.test(text.slice(clauseStart, q.start))) {
    // "中央财政赤字1.12万亿元，增加1700亿元": the change of what the figure before measures.
    name = previous.replace(TRAILING_DIRECTION, '') + text.slice(clauseStart, q.start);
  } else if (/^、[^，,。；]{0,16}?的[\u4e00-\u9fff]{2}/.test(text.slice(q.unitEnd, q.unitEnd + 40))) {
    // "完成65条、总长度57.9公里的城市道路新建改造": the count of the thing after 的.
    name = /^、[^，,。；]{0,16}?的([\u4e00-\u9fff]{2,12})/.exec(text.slice(q.unitEnd, q.unitEnd + 40))![1]!;
  } else if (nextItemNoun) {
    // "完成55万平方米、2.8万户中心城区旧里房屋改造": two measures of one thing named after the second.
    name = nextItemNoun;
  } else {
    // Nothing in the clause: borrow the subject of the sentence (not an investment: a count is not money).
    const sentence = text.slice(sentenceStart, clauseStart).replace(LEADING, '');
    name = (/^[\u4e00-\u9fff“”]{2,12}/.exec(sentence)?.[0] ?? '').replace(/(?:增长|增速|下降|提高|降低)$/, '');
    if (INVESTMENT.test(name) && q.unit !== '元') name = '';
  }
  // "今年将有14个、总长800公里以上的…": having is no name.
  if (/^(?:有|共有|拥有)$/.test(name)) name = /^、[^，,。；]{0,16}?的([\u4e00-\u9fff]{2,12})/.exec(text.slice(q.unitEnd, q.unitEnd + 40))?.[1] ?? '';
  // "续建高速公路等7个项目722公里": a length after a count of projects is theirs.
  if (/^(?:项目|工程)$/.test(name) && /^(?:公里|米|千米|平方米|平方公里|亩|公顷)$/.test(q.unit) && previous && /(?:项目|工程)$/.test(previous) && !/\d/.test(previous)) name = previous.replace(/(?:项目|工程)$/, '') + (/(?:公里|米)$/.test(q.unit) && !/平方/.test(q.unit) ? '里程' : '面积');
  // "18号线部分区段共67公里轨道交通线": a total of the items listed is named by the thing counted.
  if (TOTAL_BEFORE.test(text.slice(clauseStart, q.start)) && [...noun].length >= 2) name = noun;
  // "年投资亿元以上项目新开工43个以上、竣工38个以上": a verb alone shares the subject of the figure before.
  if (isVerbPhrase(name) && !noun && previous) {
    const subject = previous.replace(VERB_TAIL, '');
    // "新建高标准农田50万亩、改造提升20万亩": a verb alone after a verb and its object acts on that object.
    // …and after a chain of verbs (新建和改扩建农村公路, 其中新建1000公里), on the thing they act on.
    // …and after the task it is part of (高标准农田建设任务80万亩，其中新建50万亩), on the thing the task builds.
    const object = previous.replace(VERB_LEAD, '').replace(/^(?:(?:和|及|、)(?:新建|新改扩建|改扩建|改建|扩建|建设|改造|改造提升|新增|建成|提升))+/, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:建设任务|任务)$/, '');
    // (高标准农田建设80万亩，其中新建50万亩: the task, its 任务 tidied away, is what the verb builds.)
    const task = text.startsWith('其中', clauseStart) && /(?<=[\u4e00-\u9fff]{2})建设$/.test(previous) && !/\d/.test(previous);
    if (task) name += previous.replace(/建设$/, '');
    // (新开工棚户区改造10391套、建成6140套: a name that opens on its verb has an object, not a subject.)
    else if (subject !== previous && !(VERB_LEAD.test(previous) && object !== previous) && [...subject].length >= 2 && !/\d/.test(subject)) name = subject + name;
    // "新开工亿元以上项目1000个，竣工投产500个": so does a clause that is only a verb and its figure.
    else if (object !== previous && [...object].length >= 2 && !/\d/.test(object) && (text[clauseStart - 1] === '、' || text.startsWith('其中', clauseStart) || (text[clauseStart - 1] === '，' && text.slice(clauseStart, q.start) === name))) name += object;
  }
  // "拟连续几年发行超长期特别国债，…，今年先发行1万亿元": a verb alone names what the same verb
  // took earlier in the sentence.
  if (isVerbPhrase(name) && !noun) {
    const object = sameVerbObject(text.slice(sentenceStart, clauseStart), name);
    // "推动中欧班列稳定开行，全年开行800列": or what the same verb came after.
    const subject = object ? '' : sameVerbSubject(text.slice(sentenceStart, clauseStart), name);
    if (object) name += object;
    else if (subject) name = subject + name;
  }
  // 居民消费价格（CPI）涨幅: the abbreviation in brackets repeats the name before it.
  // 企业（含“小巨人”）, 县（市、区）, 中心（所、站）: what a bracket includes, which places or which
  // smaller forms of the thing, is left out, as the
  // labels' brackets are in scoring.
  name = name.replace(/[（(][A-Za-z0-9&]{2,6}[)）]|[（(](?:含|包括|不含)[^（）()]{1,14}[)）]|[（(][市区县旗州盟](?:、[市区县旗州盟])+[)）]|[（(][所站室点馆](?:、[所站室点馆])+[)）]/g, '').replace(/[，、,：:；（）()]/g, '').replace(/再(?=降|提|增|减|压)/, '');
  // "审批环节、时限、材料再压缩30%以上": one figure for a list of things is named by the whole list.
  // With 等 only when the name keeps its examples (交通运输业、建筑业等行业现行税率), not 口袋公园等各类公园 → 公园.
  const list = !noun && (!/等/.test(text.slice(clauseStart, q.start)) || name.includes('等')) ? nounListBefore(text, sentenceStart, clauseStart) : '';
  // "实施城市更新行动、完成投资220亿元": one thing before a bare 投资 or 规模 is whose it is.
  if (list && name && !name.includes(list.slice(list.lastIndexOf('、') + 1))) name = GENERIC_NAME.test(name) && !list.includes('、') ? list + name : `${list}、${name}`;
  // "全市", "各地可": a scope or a modal alone names nothing; the thing after the figure does.
  if (/^(?:全市|全省|全区|全县|全国|各地|各区|各县|本市)?(?:可|可以|应|应当|要|均)?$/.test(name)) name = noun || clauseBeforeName(text, sentenceStart, clauseStart) || name;
  // 坚决守住18亿亩耕地红线: a verb alone names nothing; the thing after the figure does.
  if (BARE_VERB.test(name) && noun) name = noun;
  // 加计扣除比例从75%提高到100%, 转移支付增加约: a preposition's or an adverb's tail is not part of the name.
  // 地区生产总值同比增长, 经济实现增长: the direction is what is measured, not how it is compared or reached.
  name = name.replace(/(?<=[\u4e00-\u9fff]{2})(?:同比|实现)(?=增长|下降|增速)/, '').replace(/(?:从|由|自|约|近)+$/, '').replace(/(?:增加|提高|增长)(?:约|近)?(?=增长$|规模$)/, '');
  // "经济保持5%左右的增长", "实现6%以上的增长": the growth the figure sizes is what is measured.
  const sizedGrowth = /^(?:以上|以内|左右)?的(?:较快|稳定|中高速|平稳)?(增长|增速)/.exec(text.slice(q.unitEnd));
  if (sizedGrowth && (/(?:保持|实现)$/.test(name) || /(?:保持|实现)$/.test(text.slice(clauseStart, q.start))) && name.length >= 2 && !name.endsWith(sizedGrowth[1]!)) name = name.replace(/(?:保持|实现)$/, '') + sizedGrowth[1];
  // "推进总投资103.7亿元的棚户区改造工程": whatever precedes it, an investment is named by its project.
  // (筹措资金730亿元以上，继续实施十大为民办实事工程: so is money raised for it.)
  if (INVESTMENT.test(name) || /^(?:筹措|筹集|安排|统筹)(?:各类)?资金$/.test(name) || (/投资$/.test(name) && /^(?:以上|左右|多)?的/.test(text.slice(q.unitEnd)))) {
    // "投资4800万元的成吉思汗广场改造提升工程", "投资6.6亿元，实施俄罗斯风情精品街项目": the
    // investment of a named project is named by the project.
    const project = projectAfter(text, q, clauseEnd);
    if (project) name = project + (/总投资/.test(name) ? '总投资' : /资金$/.test(name) ? name.replace(/各类/, '') : '投资');
  }
  // "设立总规模100亿元的产业引导基金": a size is that of the fund after 的.
  // "实施总额4万亿元的两年投资计划": so is a total sum that of the plan after 的.
  const sizedFund = /(?:规模|总额)$/.test(name) ? /^(?:以上|左右|多)?的([\u4e00-\u9fff]{2,14}?(?:基金|资金|债券|贷款|项目|工程|计划))/.exec(text.slice(q.unitEnd, clauseEnd)) : null;
  if (sizedFund) name = sizedFund[1] + (/总规模$/.test(name) ? '总规模' : /总额$/.test(name) ? '总额' : '规模');
  // "中央对地方转移支付增加约7.8%，规模8.3万亿元": a bare 规模 or 总量 is the size of the thing named before.
  // "中央对地方转移支付增加约7.8%，规模8.3万亿元", "实施重大项目1900多个，完成投资2500亿元": a bare 规模,
  // 投资 or 产值 is that of the thing named before in the sentence.
  // "总长度57.9公里的城市道路新建改造": a length or an area is that of the thing after 的.
  const measuredOf = /^(?:以上|左右|多)?的((?:[\u4e00-\u9fff]){2,12})/.exec(text.slice(q.unitEnd, clauseEnd));
  if (/^(?:总长|(?:总)?(?:长度|面积|里程))$/.test(prefix) && measuredOf && name.startsWith(prefix)) name = measuredOf[1] + prefix;
  else if (/^(?:总)?(?:长度|面积|里程)$/.test(name) && measuredOf) name = measuredOf[1] + name;
  if (GENERIC_NAME.test(name)) {
    let owner = previous && !GENERIC_NAME.test(previous) ? previous.replace(TRAILING_DIRECTION, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:(?:播种|种植|养殖)?面积|产量|规模|总量|总投资|投资)$/, '').replace(/^(?:播种|种植|养殖)(?=[\u4e00-\u9fff]{2})/, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:开工建设|开工|建设|实施|推进)$/, '') : clauseBeforeName(text, sentenceStart, clauseStart) || industryBefore(text, sentenceStart);
    // "粮食连续四年增产，产量达到…": a harvest is of the crop the clause before is about, not of its record.
    if (owner && /产/.test(name)) owner = owner.replace(/(?<=[\u4e00-\u9fff]{2})(?:连续|实现|保持|再获|喜获|再夺|获得|增产|丰收|丰产).*$/, '');
    // "新增市场主体2万户，总量突破20万户": a stock is of the things, not of this year's new ones.
    // (高新技术企业净增80家，总数达到600家: nor of the net gain.)
    if (owner) name = (/^总(?:量|数)$/.test(name) ? owner.replace(STOCK_VERB, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:净增|新增|增加)$/, '') || owner : owner) + name;
  } else if (UNOWNED_MEASURE.test(name) && clauseStart > sentenceStart) {
    // "推动庆阳数据中心集群重点项目尽快投产达效，算力规模突破15万P": a size with no owner in its
    // clause is that of the cluster, zone or industry the clause before is about.
    const owner = entityBefore(text, sentenceStart, clauseStart);
    if (owner) name = owner.endsWith('问题') && name.startsWith('问题') ? owner + name.slice(2) : owner + name;
  } else if (/^(?:产业|行业)(?:规模|产值|总产值|营业收入|投资|增加值)$/.test(name)) {
    // "低空经济产业重点推动…。产业规模突破100亿元": the industry the sentence before opens on.
    const owner = industryBefore(text, sentenceStart);
    if (owner) name = owner.replace(/(?:产业|行业)$/, '') + name;
  }
  if (/^(?:总)?投资$/.test(name) && q.unit === '元') {
    const project = projectBefore(text, sentenceStart, clauseStart);
    if (project) name = project + name;
  }
  // "新建10个县级托育服务机构，惠及超50万名婴幼儿": who benefits is named with the work that reaches
  // them (托育服务机构惠及婴幼儿), as the labels do; the work is what the figure before counts.
  if (/^(?:可|将)?(?:惠及|受益)/.test(name) && BENEFIT_CLAUSE.test(text.slice(clauseStart, q.start)) && previous && !/\d/.test(previous) && workGoesOnTo(text, sentenceStart, clauseStart)) {
    const work = withoutLeadingVerbs(previous.replace(/^(?:支持|新建设|推动|帮助|完成|开展)/, '')).replace(TRAILING_DIRECTION, '');
    if ([...work].length >= 2 && !/(?:惠及|受益)/.test(work)) name = work + name.replace(/^(?:可|将)/, '');
  }
  // "拟发行超长期特别国债1.3万亿元，其中8000亿元用于两重建设，5000亿元用于两新工作": a part of a sum named
  // by its use is that sum's.
  if (/^(?:用于|支持)/.test(name) && previous && !/\d/.test(previous.replace(LATIN_TOKEN, '')) && (text.startsWith('其中', clauseStart) || /用于|支持/.test(previous))) {
    const whole = previous.replace(/(?:用于|支持).*$/, '');
    if ([...whole].length >= 2) name = whole + name;
  }
  // "完成老旧小区改造30个，涉及楼栋180栋、居民5200户": what the work counted before involves is named with it.
  if (/^涉及/.test(name) && previous && !/\d/.test(previous) && !previous.includes('涉及') && text[clauseStart - 1] === '，') name = withoutLeadingVerbs(previous) + name;
  else if (previous?.includes('涉及') && !name.includes('涉及') && text[clauseStart - 1] === '、' && [...name].length >= 2) name = previous.slice(0, previous.indexOf('涉及') + 2) + name;
  // "实施城乡供水一体化工程，惠及9万人", "为老年人购买意外伤害保险，覆盖8万人": with no figure before, whom
  // the work reaches is named with the work the clause before does.
  else if (/^(?:可|将|共|直接)?(?:惠及|受益|覆盖|服务)(?:群众|人口|居民|人群)?$/.test(text.slice(clauseStart, q.start)) && /^(?:惠及|受益|覆盖|服务)?(?:群众|人口|居民|人群)?$/.test(name.replace(/^(?:可|将|共|直接)/, '')) && !previous && clauseStart > sentenceStart && text[clauseStart - 1] === '，') {
    const before = clauseBefore(text, sentenceStart, clauseStart).replace(LEADING, '');
    const work = withoutLeadingVerbs(/^为?[\u4e00-\u9fff\d—-]{2,16}?(?:购买|提供|开展|实施|免费|发放|给予)+(.+)$/.exec(before)?.[1] ?? before).replace(/^(?:实施|开展|推进|建设|完成|购买|提供)/, '');
    if ([...work].length >= 2 && [...work].length <= 16 && !/\d/.test(work)) name = work + text.slice(clauseStart, q.start).replace(/^(?:可|将|共|直接)/, '');
  }
  name = tidyName(name);
  // "建成14号线、18号线部分区段共61公里轨道交通线": a verb of building before a list of examples is
  // what is done to the thing counted (建成轨道交通线), as the labels name it.
  if (name && name === noun.replace(WHEN_DONE, '') && !VERB_LEAD.test(name) && !(text[clauseStart - 1] === '、' && CLAUSE_VERB.test(text.slice(clauseStart, q.start)))) {
    const phraseStart = Math.max(sentenceStart, ...['，', '；', '：'].map((c) => text.lastIndexOf(c, q.start - 1) + 1));
    const phrase = text.slice(phraseStart, q.start).replace(LEADING, '');
    const verb = VERB_BEFORE_EXAMPLES.exec(phrase)?.[0];
    if (verb) name = verb + name;
  }
  // "城镇居民人均可支配收入增长5%，农村居民增长6.5%": a subject named without its measure takes the
  // measure the figure before gave the same kind of subject.
  const bareSubject = /^([\u4e00-\u9fff]{2,6})(增长|下降|提高|降低)$/.exec(name);
  if (bareSubject && previous && !/\d/.test(previous)) {
    const kind = bareSubject[1]!.slice(-2);
    const prior = previous.replace(TRAILING_DIRECTION, '');
    const at = prior.indexOf(kind);
    const measure = at > 0 ? prior.slice(at + 2) : '';
    if ([...measure].length >= 2 && /(?:收入|增加值|产值|支出|消费|工资|存款|余额)$/.test(measure)) name = bareSubject[1]! + measure + bareSubject[2]!;
    // "规上工业增加值增长6%，其中制造业增长7%": a part named alone grows in the whole's measure.
    else if (text.startsWith('其中', clauseStart) && !MEASURE_END.test(bareSubject[1]!)) {
      const whole = /(?:增加值|营业收入|产值|零售额|销售额)$/.exec(prior)?.[0];
      if (whole) name = bareSubject[1]! + whole + bareSubject[2]!;
    }
  }
  // "粮食产量1.38万亿斤，增产70亿斤": a gain in harvest is the crop's.
  if (/^(?:增产|减产)$/.test(name) && previous && /(?:总产量|产量|总产)$/.test(previous)) name = previous.replace(/(?:总产量|产量|总产)$/, '') + name;
  // "其中民生支出35.1亿元，占82.4%": a share alone is that of the amount before in the whole.
  if (/^(?:占|占比|所占比重|比重)$/.test(name) && previous && !/\d/.test(previous.replace(LATIN_TOKEN, ''))) name = previous.replace(TRAILING_DIRECTION, '') + '占比';
  // "新增老年助餐服务点86个、…，整体完成率112.4%": a completion rate alone is that of the work before.
  else if (/^(?:整体|总体|综合)?(?:完成率|率)$/.test(name) && previous && !/\d/.test(previous.replace(LATIN_TOKEN, ''))) name = previous.replace(TRAILING_DIRECTION, '') + '完成率';
  // "城镇居民人均可支配收入增长6%，农村增长8%", "城市生活垃圾无害化处理率达到100%，农村达到95%": a place
  // paired with the one the figure before opens or ends on stands for that figure's whole name there.
  const placeAlone = /^(农村|乡村|城市|城镇|城区|乡镇|县城|牧区)(增长|下降|提高|降低)?$/.exec(name);
  if (placeAlone && previous && !/\d/.test(previous)) {
    const place = placeAlone[1]!;
    const prior = previous.replace(TRAILING_DIRECTION, '');
    const other = PLACE_PAIRS.flatMap(([a, b]) => (a === place ? [b] : b === place ? [a] : [])).find((o) => prior.startsWith(o) || prior.endsWith(o));
    if (other && prior.length > other.length + 1) name = (prior.startsWith(other) ? place + prior.slice(other.length) : prior.slice(0, -other.length) + place) + (placeAlone[2] ?? '');
    // "全县居民人均可支配收入28620元，其中城镇42160元": a place after 其中 is that part of the whole.
    else if (!other && text.startsWith('其中', clauseStart)) {
      const whole = prior.replace(/^(?:全|我)[省市区县旗国州盟]/, '');
      if ([...whole].length >= 2 && !PLACE_PAIRS.some((pair) => pair.some((p) => whole.includes(p)))) name = place + whole + (placeAlone[2] ?? '');
    }
  }
  // 拟安排地方政府专项债券, 中央财政安排三农投入: money is named by what it is, not by its being allotted.
  // "占电力总装机比重超过60%": a share with no subject is that of the thing the figure before measures.
  if (/^占(?:[\u4e00-\u9fff]|[A-Z]){2,}/.test(name) && previous && !/\d/.test(previous) && text.slice(clauseStart, q.start).startsWith('占')) name = previous.replace(TRAILING_DIRECTION, '') + name;
  if (q.unit === '元' || (previous && /(?:增长|增加)$/.test(name) && name.includes('安排'))) {
    const allotted = name.replace(/^(?:拟)?(?:安排|发行)(?=[\u4e00-\u9fff]{2})|(?<=[\u4e00-\u9fff]{2})(?:将|拟)?(?:继续|再)?(?:统筹)?(?:安排|下达|拨付)(?=[\u4e00-\u9fff]{2}|$)|(?<=财政)(?:将|拟)?(?:继续|再)?统筹(?:安排|下达|拨付)?$/, '');
    if (!GENERIC_NAME.test(allotted)) name = allotted;
    // "中央财政安排1000亿元专项奖补资金": a payer alone says who pays; the fund named after the sum says what.
    const fund = MONEY_AFTER_SUM.exec(text.slice(q.unitEnd, clauseEnd));
    if (fund && PAYER.test(name)) name += fund[1]!;
    // "超长期特别国债3000亿元支持消费品以旧换新": what the money is for tells one fund from another.
    // "中央财政拟投入423亿元，用于扶助和促进就业": or at the start of the next clause.
    const purpose = /^(?:专项)?(支持|用于)((?:[\u4e00-\u9fff]|“[^”]{1,8}”){2,12})(?=[，。；、]|$)/.exec(text.slice(q.unitEnd, clauseEnd)) ??
      (text[clauseEnd] === '，' && q.unitEnd === clauseEnd ? /^(?:重点|主要|全部)?(支持|用于)((?:[\u4e00-\u9fff]|“[^”]{1,8}”){2,12})(?=[，。；]|$)/.exec(text.slice(clauseEnd + 1, clauseEnd + 20)) : null);
    if (purpose && name && !name.includes(purpose[1]!) && !purpose[2]!.includes(name.slice(0, 4))) name += (purpose[1]! + purpose[2]!).replace(/[“”]/g, '');
  }
  // "66个重点项目54亿元的投资计划": a sum whose clause goes on to say it is an investment is that of the thing named.
  if (q.unit === '元' && /^(?:年度|计划|全年)?投资(?:计划|任务|目标)?$/.test(noun) && name && !/投资/.test(name)) name += '投资';
  // 城乡居民收入比缩小到2.3:1: a ratio's name keeps the 比 that a base year's would lose.
  if (q.unit === '比值' && name && !/比$/.test(name) && text.slice(clauseStart, q.start).includes(name + '比')) name += '比';
  // "中央对地方转移支付增加约7.8%": a rise by a share keeps its verb, as the labels do (…项目数增加).
  const rise = /(增加|增长)(?:约|近|了)?$/.exec(text.slice(clauseStart, q.start));
  if (q.unit === '%' && name && rise && !/(?:增长|增加|提高|上涨|下降|降低|减少|增速|增幅|涨幅|率|比重|比例|占比)$/.test(name)) name += rise[1];
  // "外贸进出口总额较上年增长5%": a growth rate is against last year anyway.
  if (q.unit === '%') name = name.replace(/(?<=[\u4e00-\u9fff]{2})(?:比|较)(?:上年|去年|上一年)(?=(?:增长|下降|提高|降低|增加|减少)$)/, '');
  // "力争进入全国前10位", "增速居全国前5位": a rank is named as one (全国排名), not by its preposition's tail.
  if (/^[位名强]$/.test(q.unit) && /前$/.test(name)) name = name.replace(/(?:力争|进入|居|位居|保持|稳居|跻身)*(全国|全省|全市|全区|西部|中部|东部|东北)?前$/, (_, scope: string | undefined) => `${scope ?? ''}排名`);
  // "深化职务科技成果权属改革，形成10个以上典型案例": cases and lessons are those of the reform the
  // clause before carries out.
  if (GENERIC_RESULT.test(name)) {
    const reform = REFORM_BEFORE.exec(clauseBefore(text, sentenceStart, clauseStart))?.[1];
    if (reform) name = reform + name.replace(/^(?:形成|打造|推出|总结推广|复制推广|总结|推广|培育)/, '');
  }
  // "新建社区老年食堂500个，覆盖80%以上城市社区": the share of places the things before cover.
  if (q.unit === '%' && (/^覆盖[\u4e00-\u9fff]{2,}$/.test(name) || (name === '覆盖' && [...noun].length >= 2)) && !/(?:比例|率)$|占/.test(name)) {
    if (name === '覆盖') name += noun.replace(WHEN_DONE, '');
    // (高铁营业里程达到3万公里、覆盖80%以上的大城市: it is the railway that covers them, not its length.)
    const things = previous && !/\d/.test(previous.replace(LATIN_TOKEN, '')) && /[，、]/.test(text[clauseStart - 1] ?? '') ? previous.replace(VERB_LEAD, '').replace(TRAILING_DIRECTION, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:营业|通车|运营)?(?:里程|规模|总量|数量|产量|面积)$/, '') : '';
    name = ([...things].length >= 2 ? things : '') + name + '比例';
  }
  if (q.unit === '%') name = asShare(name, noun);
  // 压减一般性支出(10%) → 一般性支出压减: a cut by a share is headed by what is cut, as the labels do.
  if (q.unit === '%') name = name.replace(/^(压减|压缩|削减)([\u4e00-\u9fff]{2,})$/, '$2$1');
  // "引育100名高层次人才": two characters before a figure are a verb or a scope; a thing named right
  // after the figure is what it counts.
  // "消除30万平方米以上的城市黑臭水体": past a bound and 的 too.
  if ([...name].length <= 2 && [...noun].length >= 2 && !name.endsWith(noun) && (directlyAfter(text, q.unitEnd) || /^(?:以上|以下)的[\u4e00-\u9fff]{2}/.test(text.slice(q.unitEnd)))) name = name + noun.replace(WHEN_DONE, '');
  // "把增长预期目标定在7.5%左右": growth with no subject in a work report is the economy's.
  if (/^(?:增长|增速)$/.test(name)) name = '经济' + name;
  // "实施保障性住房建设。新开工2000套。": a verb alone opening a sentence acts on the topic of the one before.
  if ((!name || BARE_VERB.test(name) || isVerbPhrase(name)) && !noun && clauseStart === sentenceStart) {
    const topic = topicOfSentenceBefore(text, sentenceStart);
    if (topic) name = topic + name;
  }
  // "半导体光电产业集群重点推进显示屏、芯片封测等12个项目": bare projects are the subject's, the cluster
  // or industry the sentence opens on; its verb is no part of the name (信创产业加快建设…项目 → 信创产业项目).
  if (/^(?:重点|重大)?(?:项目|工程)$/.test(name)) {
    const owner = /^([\u4e00-\u9fff]{2,12}?(?:产业集群|集群|产业|园区|板块|领域|行业))(?=(?:重点|加快|全面|持续|全力|积极)?(?:推进|实施|建设|开工|谋划|储备|引进|落地)|以|围绕|依托|聚焦|要|将|，)/.exec(text.slice(sentenceStart, clauseStart).replace(LEADING, ''))?.[1];
    if (owner) name = owner + name;
  }
  name = name.replace(/(?<=[\u4e00-\u9fff]{2}(?:产业集群|集群|产业|园区|板块|领域|行业))(?:重点|加快|全面|持续|全力|积极)?(?:推进|实施|建设)(?=(?:重点|重大)?项目)/, '');
  // The labels' longest names run to 29 characters; past that, the end says what is measured.
  // A long list loses its first items whole, not a word cut in half.
  const limit = list ? 36 : 30;
  while (name.length > limit && name.indexOf('、') > 0 && name.length - name.indexOf('、') - 1 >= 4) name = name.slice(name.indexOf('、') + 1);
  if (name.length > limit) name = name.slice(-limit);
  // "补贴标准分别从每人每月209元、280元提高到217元": what an old value leaves (元) is no name either;
  // the figure is of what the figure before, or the sentence, measures.
  if (/^(?:元|%|百分点|个百分点)$/.test(name)) name = previous && !/\d/.test(previous) ? previous : tidyName(subjectOfSentence(text, sentenceStart, clauseStart));
  // A unit is never a name: the words the clause has, or the unit if it has none.
  return name || text.slice(clauseStart, q.start).replace(/^(?:[，、；：\s]|全面|坚决|努力|切实|确保|力争|全力|要|将|使|让)+/, '') || q.unit || '?';
}

/**
 * "建成20个（含10个市级）完整社区": a figure inside a bracket of what is included counts the kind it
 * names of the thing after the bracket (市级完整社区), or null when it is not in such a bracket.
 */
function includedPart(text: string, q: Quantity): string | null {
  const open = /[（(](?:含|其中|包括)[^（）()]{0,4}$/.exec(text.slice(Math.max(0, q.start - 8), q.start));
  if (!open) return null;
  const inside = /^([\u4e00-\u9fff]{0,8})[)）]((?:[\u4e00-\u9fff]){2,12})/.exec(text.slice(q.unitEnd, q.unitEnd + 24));
  if (!inside) return null;
  return (inside[1] ?? '').replace(/^的/, '') + inside[2]!.replace(/(?:和|及|与)$/, '');
}

/** The thing a short sentence with no figure is about (实施保障性住房建设。 → 保障性住房), or ''. */
function topicOfSentenceBefore(text: string, sentenceStart: number): string {
  const end = sentenceStart - 1;
  if (end <= 0 || !/[。；]/.test(text[end] ?? '')) return '';
  const start = Math.max(text.lastIndexOf('。', end - 1), text.lastIndexOf('；', end - 1), text.lastIndexOf('\n', end - 1)) + 1;
  if (end - start > 30 || /\d/.test(text.slice(start, end))) return '';
  const topic = objectBefore(text, start, end + 1);
  return /一批|一些|若干|一系列/.test(topic) ? '' : topic;
}

/**
 * "大唐哈克5万千瓦风电", "中心城区68公里供水", "张江科学城第二轮82个项目": words that run straight into
 * the figure, with no verb between, and that name no measure of their own, only say whose or which
 * the thing after the figure is.
 */
function qualifiesFigure(before: string, prefix: string): boolean {
  return before.endsWith(prefix) && !MEASURE_END.test(prefix) && !isVerbPhrase(prefix) && !VERB_TAIL.test(prefix);
}
/** "178座(10蒸吨及以下的各类)燃煤小锅炉", "50万名(3岁以下)婴幼儿": a size or an age between a count and the thing counted. */
/** "7万名(35-64岁)妇女", "10个(1000亩以上的)示范基地": an age span, or a size bound, says which ones too. */
const SPEC_BEFORE_THING = /^(?:\d+(?:\.\d+)?万?(?:(?:[-—–~～至到]\d+)?(?:周岁|岁)|蒸吨|千伏|千瓦|兆瓦|吨|米|层)(?:及)?(?:以上|以下|以内)?|\d+(?:\.\d+)?[万亿]?(?:亩|户|人|平方米|公顷|元|床|张)及?(?:以上|以下))的?(?:各类|各种)?/;
/** 主力店(年内完工), 项目(正式运营): when or how the thing is finished is not part of its name. */
const WHEN_DONE = /(?<=[\u4e00-\u9fff]{2})(?:年内|年底|按期|按时|如期|正式|全面|基本|建成|完工|竣工|投用|投产|运营|开工|开放|贯通).*$/;
/** What a clause goes on with after a sum or a count, when it is not the thing counted: 并纳入…, 用于…, 支持…. */
const NOT_A_THING = /^(?:并|用于|支持|为|以|用|和|到|在|作为|专项|新台阶)/;
/** The end of a name that is itself measured: 旅游接待人数, 蔬菜产量, 绿化面积, 投资. */
const MEASURE_END = /(?:人数|人次|收入|产量|产值|产能|面积|规模|总额|总量|数量|能力|容量|率|比重|比例|指数|价格|长度|里程|投资|资金|资产|金额|费用|支出|余额|增加值|利润|税收|用量|消耗|排放|床位|岗位|户数|套数|个数|家数)$/;

/** The figure's unit is followed straight away by words (not 的, 以上, a comma or a list mark). */
function directlyAfter(text: string, unitEnd: number): boolean {
  const after = text.slice(unitEnd, unitEnd + 40).replace(/^(?:以上|左右|多|余)/, '').replace(SPEC_BEFORE_THING, '');
  return /^[\u4e00-\u9fff“]/.test(after) && !/^(?:的|安排|以内|和|及|与|或|等|为|是|在|到|至)/.test(after);
}

/**
 * Abbreviations a table heads in words, as the labels and most reports write them: CPI涨幅 →
 * 居民消费价格涨幅, 一产增加值 → 第一产业增加值. Applied to every name, however it was found.
 */
export function inWords(name: string): string {
  if (/^CPI(?=涨幅|上涨|增长|同比)/.test(name)) return '居民消费价格' + name.slice(3);
  if (/^居民消费价格(?:增长|上涨|增幅)$/.test(name)) return '居民消费价格涨幅';
  if (/^[一二三]产(?=增加值|比重|占比)/.test(name)) return '第' + name[0] + '产业' + name.slice(2);
  // 社消零总额, 社零额: the retail sales column as the statistics head it.
  if (/^(?:全市|全省|全区|全县)?(?:社消零|社零)(?:总额|额)?/.test(name)) return name.replace(/(?:社消零|社零)(?:总额|额)?/, '社会消费品零售总额');
  // 比去年增加 and 比上年增加 are one column of a table.
  return name.replace(/比去年/, '比上年');
}

/**
 * A percentage of a whole is a share, as a table heads it: 技能人才数量占到劳动者总量(30%) → …占劳动者总量比重,
 * (70%)就读普通高中 → 就读普通高中比例.
 */
function asShare(name: string, noun: string): string {
  if (/比重|比例|比率|(?:份额|占比|率)$/.test(name)) return name;
  // 研发费用加计扣除(75%): the share deducted.
  if (/(?:加计扣除|扣除|抵扣|补贴|补助|贴息|报销|减免)$/.test(name)) return name + '比例';
  if (/占(?:到)?[\u4e00-\u9fff]{2,}$/.test(name) && !/占地/.test(name)) return name.replace(/占到/, '占') + '比重';
  if (noun && name === noun && SHARE_VERB.test(name)) return name + '比例';
  // (60%)公办中小学校纳入集团化管理, (一半以上的)幼儿园开设托班: the share of the things that do it.
  if (SUBJECT_DOES.test(name) && !TRAILING_DIRECTION.test(name)) return name + '比例';
  // (50%以上的)县域医共体达到国家标准, (95%的)行政村通硬化路: the things after the share, and what they reach.
  if (noun && name === noun && /^[\u4e00-\u9fff]{1,10}?(?:达到|超过|高于|(?<![普交流沟贯开畅直互])通|建有|拥有|具备|完成)[\u4e00-\u9fffA-Za-z\d]{2,}$/.test(name) && !TRAILING_DIRECTION.test(name)) return name + '比例';
  // 集体经济收入10万元以上的嘎查村(达到80%): the share of the things a bar picks out.
  if (/[^\d]的[\u4e00-\u9fff]{1,6}$/.test(name) && /\d/.test(name) && !TRAILING_DIRECTION.test(name)) return name + '比例';
  // 对共建“一带一路”国家投资占(50%以上): the share of a whole the sentence leaves unsaid.
  if (/[\u4e00-\u9fff]{2}占$/.test(name)) return name + '比';
  return name;
}
/** A subject, then what it does: 幼儿园开设托班, 公办中小学校纳入集团化管理. */
const SUBJECT_DOES = /^[\u4e00-\u9fff]{1,10}?(?:开设|实现|参加|接受|纳入|配备|开展|使用|享受|具备|建成|建立)[\u4e00-\u9fffA-Za-z\d]{2,}$/;
/** What a share of people or places does: (70%)就读普通高中, (90%)实现…, (80%以上的)村达到…. */
const SHARE_VERB = /^(?:就读|升入|实现|达到|参加|参与|接受|享受|纳入|开展|使用|配备|覆盖|具备)/;

/** Verbs that open what is done where: 在…新建, 在…增补. */
const WORK_VERB = /(?:新建|建设|建成|新增|增补|增加|改造|实施|打造|培育|创建|布局|设立|提供|配备)/;
/** 市州城区和兰州新区(增补…): the places before the work, once an earlier figure counted them. */
const PLACES_BEFORE_WORK = new RegExp(`^[^，。；]{2,20}?(?=${WORK_VERB.source})`);
/** (优先在边境地区、集体经济薄弱村)新建…: where the work goes first. Compiled once: tidyName runs for every figure. */
const WHERE_WORK_GOES = new RegExp(`^(?:优先|重点|主要|率先)?(?:在|于)[^，。；]{2,20}?(?=${WORK_VERB.source}[\\u4e00-\\u9fff]{2})`);

/**
 * What is left of a phrase once its figures are taken out, reduced to the measured thing:
 * 财政补助由每人每年(420元提高到450元) → 财政补助, 补助标准提高到人均(320元) → 补助标准,
 * 能源消耗强度要降低 → 能源消耗强度降低, 基本养老金继续提高 → 基本养老金提高.
 */
function tidyName(name: string): string {
  let out = name;
  for (const [applies, pattern] of TIDY_RULES) if (applies(out)) out = out.replace(pattern, '');
  // 提高村卫生室运行经费补助至(6000元): the raise is the figure's; the name is what is raised.
  if (/[至到]$/.test(out)) out = out.replace(/^(?:提高|提升|增加|上调|下调|降低)([\u4e00-\u9fff]{2,})(?:至|到)$/, '$1');
  // 食品抽检量超每千人(6.6批次) → 每千人食品抽检量: a rate's base heads its name.
  if (out.includes('每')) out = out.replace(/^([\u4e00-\u9fff]{2,}?)(?:超过|超|达到|达|不低于|不少于)?(每[十百千万]+(?:人口|人|户))$/, '$2$1');
  // 全民健身场地设施面积人均(达到2.8平方米) → 人均全民健身场地设施面积: so does 人均.
  if (out.endsWith('人均')) out = out.replace(/^([\u4e00-\u9fff]{2,}?)人均$/, '人均$1');
  return out;
}
/** Work done to places or homes (棚户区改造, 征拆和安置): named as work, not as a task. */
const WORK_DONE = '(?:改造|治理|整治|建设|搬迁|安置|征拆|征收|拆迁)';
/**
 * Each rule with a cheap test first: tidyName runs for every figure, and most names need none of
 * them (unanchored lookbehinds scan the whole name).
 */
const TIDY_RULES: [(name: string) => boolean, RegExp][] = [
  // 上年粮食产量达到(120万吨，今年要稳定在…): last year's name, without its year or its verb, is this one's.
  [(n) => /^(?:上年|去年)/.test(n), /^(?:上年|去年)(?![末底又])(?=[\u4e00-\u9fff]{3})|(?<=[\u4e00-\u9fff]{3})达到$/g],
  // 一般性支出一律压减(10%): that the cut is for all is no part of what is cut.
  [(n) => n.includes('一律'), /(?<=[\u4e00-\u9fff]{2})一律(?=(?:压减|压缩|削减|下降|降低|减少|提高|增长|增加)$)/],
  // 保障性住房建设任务, 征拆和安置任务: the work, not its being a task.
  [(n) => /(?:任务|工作)$/.test(n), new RegExp(`(?<=[\\u4e00-\\u9fff]{2}(?:${WORK_DONE}|绿化|造林|补植|管护|亮化|美化|硬化))(?:工作任务|任务|工作)$`)],
  // 优先在边境地区、集体经济薄弱村新建各类棚室: where the work is done first is not what is counted.
  [(n) => /^(?:优先|重点|主要|率先)?[在于]/.test(n), WHERE_WORK_GOES],
  // 从失业保险基金结余中(拿出): the fund, not the place inside it.
  [(n) => n.endsWith('中'), /(?<=结余|资金|基金|收入|收益|利润|预算)中$/],
  [(n) => n.endsWith('有'), /(?<=[\u4e00-\u9fff]{2})(?:有|共有)$/],
  // 制造业等行业(现行)税率: the rate now is the old value; the name is the rate's.
  [(n) => n.includes('现行'), /(?<=[\u4e00-\u9fff]{2})现行(?=[\u4e00-\u9fff]{2})/],
  // 拖欠企业的款项(年底前要)清偿: when and the modal are not part of what is measured.
  [(n) => /年/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:年底前|年内|年底|今年|明年|全年|当年)(?:要|将|都要|必须)?(?=[\u4e00-\u9fff]{2})/],
  // 我区初步安排的重点调度项目: who planned the projects is not part of their name.
  [(n) => n.includes('的'), /^[\u4e00-\u9fff]{0,8}?(?:安排|确定|谋划|筛选)的(?=[\u4e00-\u9fff]{4})/],
  [(n) => /[拟将]/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:拟|将)$/],
  // 续建项目计划完成投资 → 续建项目投资: that the sum is planned is not what it is.
  [(n) => n.endsWith('投资') && /计划|力争|确保/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:计划|力争|确保)完成(?=投资$)/],
  // 全县计划招引(20个)过亿项目: that a scope plans it is no part of what is counted.
  // “一件事一次办”事项拓展到(50项): how far a thing reaches is the figure, when nothing is named after it.
  [(n) => /[到至]$/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:拓展|扩展|延伸|推广)(?:到|至)$/],
  // 园区力争实现营业收入, 高新区确保完成固定资产投资, 工业园区计划新建标准化厂房: a place's resolve is no part of it.
  [(n) => /力争|确保|争取|计划/.test(n), /(?<=^[\u4e00-\u9fff]{1,6}(?:区|园|县|市|镇|城))(?:力争|确保|争取|计划)(?:实现|完成)?(?=[\u4e00-\u9fff]{2})/],
  // 文旅产业实现增加值 → 文旅产业增加值.
  [(n) => /实现|完成/.test(n), /(?<=[\u4e00-\u9fff](?:业|济|区|贸))(?:实现|完成)(?=增加值|营业收入|营收|产值|总产值|利润|税收|销售收入|交易额|收入|综合收入|进出口总额|进出口额)/],
  // 全市实现地区生产总值 → 全市地区生产总值: nor that it reaches or completes it.
  [(n) => /^(?:全|我)[省市区县旗州盟乡镇](?:计划|力争|确保|争取|要|将|实现|完成)/.test(n), /(?<=^(?:全|我)[省市区县旗州盟乡镇])(?:计划|力争|确保|争取|要|将)?(?:实现|完成)?(?=[\u4e00-\u9fff]{2})/],
  [(n) => /[拟将]/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:拟|将)(?=安排|投入|增加|新增)/],
  // 城中村改造拟实施项目 → 城中村改造项目: that the work is planned is not what is counted.
  [(n) => /[拟将]实施/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:拟|将)实施(?=[\u4e00-\u9fff]{2})/],
  // 粮食产量连续(9)年: how many years running is no part of what is measured.
  [(n) => /连续年|连年/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:连续年|连年)(?:稳定在?|保持在?)?/],
  // 县中托管帮扶从(15个县（市）): what a from-to leaves of a count once its figures go.
  // 全国财政赤字将由(3.88万亿元增加到): nor the modal before a from-to.
  [(n) => /[拟将][由从]/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:拟|将)(?=[由从])/],
  [(n) => /[由从]/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:由|从)[个项家所座条名户件套张台辆处位][\u4e00-\u9fff]{0,3}$/],
  // 起征点从月销售额(3万元提高到10万元): what a from-to leaves of its old value.
  [(n) => /[由从]/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:由|从)[\u4e00-\u9fff]{1,5}?(?:元|个百分点|%)$/],
  // 最低收购价每公斤分别提高(7.4元和16)元: the unit a change leaves once its figures go.
  [(n) => /(?:元|个百分点)$/.test(n), /(?<=(?:提高|增加|降低|减少|增长|下降))(?:元|个百分点)$/],
  // 财政补助由每人每年(420元提高到450元) → 财政补助, 补助标准提高到人均(320元) → 补助标准.
  [(n) => /[由从]/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:由|从)(?:每人每年|每人每月|每人|人均|每年)?(?:元|个百分点|%)?$/],
  // 赤字率从去年的(2.1%提高到2.3%): last year's value goes with its figure.
  [(n) => /[由从]/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:由|从)(?:去年|上年|上一年)$/],
  // 经济增长预期目标是在明显提高质量和效益的基础上年均增长(7%): the condition a goal is set on is not
  // what it measures, nor is its being a goal.
  [(n) => n.includes('基础上'), /在[^，。；]{2,20}?的?基础上/],
  [(n) => n.includes('目标'), /(?<=[\u4e00-\u9fff]{2})(?:的)?(?:预期)?目标(?:是|为|定为|设定为)(?=[\u4e00-\u9fff]{2})/],
  // 经济增长年均增长 → 经济年均增长: a growth goal's measure said twice.
  [(n) => /增长.*增长$/.test(n), /增长(?=(?:年均|平均|每年)?增长$)/],
  [(n) => /[到至]/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:分别)?(?:提高|增加|提升|上调)(?:到|至)(?:人均|每人每年|每人每月|每人|每年|每月|人)?(?:元|%)?$/],
  // 中央本级支出安排增长(1.8%): that the money is allotted says nothing of what grows.
  [(n) => n.includes('安排'), /(?<=[\u4e00-\u9fff]{2})安排(?=(?:增长|增加|下降|减少)$)/],
  // 财政补助标准每人每年提高(30元): the rate's base goes with its figure.
  [(n) => /每|人均/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:年人均|月人均|每人每年|每人每月|每人|人均|每年|每月)(?=(?:再)?(?:提高|增加|上调)$)/],
  // 试点范围(要)扩大到全国(40%的县): how far the scope reaches is the figure, not part of the name.
  [(n) => /全[国省市区县]$/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:要|将)?(?:扩大|覆盖|推广|延伸)(?:到|至)?全[国省市区县]$/],
  // 人均国内生产总值比(2020年翻一番): the base year goes with its figure.
  [(n) => /[比较]$/.test(n), /(?<=[\u4e00-\u9fff]{2})(?<![占配对类环同之])(?:比|较)$/],
  // 严守耕地红线不动摇: a pledge's resolve is not what is measured.
  [(n) => n.endsWith('不动摇'), /不动摇$/],
  // 五年城镇新增就业, 十三五时期经济年均增长: the horizon is kept apart from the name (horizonLabel).
  [(n) => /^(?:今后|未来|[两三四五]年|五年|“?十[一二三四五六七]五)/.test(n), /^(?:(?:今后|未来)[两三四五]年(?:内|间|累计)?|[两三四五]年(?:内|间|累计)|五年(?=[\u4e00-\u9fff]{4})|“?十[一二三四五六七]五”?(?:时期|期间|末期?)?)(?:力争|确保|争取)?(?:累计)?(?:完成)?(?=[\u4e00-\u9fff]{2})/],
  // 地区生产总值比(2025年)增长: what a base year leaves between a thing and its change.
  // 一般公共预算收入按可比口径增长: how the change is reckoned is not what changes.
  [(n) => /可比|同口径/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:(?:按|以)?可比(?:口径|价格|价)(?:计算)?|同口径)(?=(?:增长|下降|提高|降低|增加|减少)$)/],
  // (民间投资占比提高: a share's 比 stays.)
  [(n) => /[比较]/.test(n), /(?<=[\u4e00-\u9fff]{2})(?<![占配对类环同之])(?:比|较)(?=(?:增长|下降|提高|增加|减少|降低)$)/],
  // 为残疾人提供基本康复服务 → 残疾人基本康复服务, 向低收入群体发放消费补贴 → 低收入群体消费补贴,
  // 帮助农民工实现返乡创业 → 农民工实现返乡创业: whom a service is for, then the service, is its name.
  [(n) => /^(?:面向|向|帮助|给予|免费)/.test(n), /^(?:(?:面向|向)(?=[\u4e00-\u9fff]{2,12}(?:提供|发放|购买|给予))|帮助(?=[\u4e00-\u9fff]{2,12}实现)|给予(?=[\u4e00-\u9fff]{4})|免费(?:提供|实施|开展)(?=[\u4e00-\u9fff]{4}))/],
  // (实现 stays: 煤电机组实现超低排放 is the share of the units that do it.)
  [(n) => /提供|实施|发放|购买|给予|免费/.test(n), /(?<=[\u4e00-\u9fff]{2})(?<!全面|深入|组织|推动|加快|积极|率先|提前|全部|基本|逐步|已经|已|制定|研究|组织|^免费)(?:免费(?:开展|做|进行)|(?:免费)?(?:提供|实施|发放|购买|给予))(?![了的])(?=[\u4e00-\u9fff]{2})/],
  // 育儿补贴每孩(每年3600元): the base of a rate goes with its figure.
  [(n) => n.includes('每'), /(?<=[\u4e00-\u9fff]{2})每(?:孩|人|户|名|生|亩|吨|个)(?:每(?:年|月))?$/],
  // 对主干道路进行综合改造 → 主干道路综合改造: a light verb between a thing and what is done to it.
  [(n) => n.includes('进行'), /(?<=[\u4e00-\u9fff]{2})进行(?=[\u4e00-\u9fff]{2})/],
  // 加快棚户区改造步伐, 加大教育投入力度: how hard the work is pushed is not what is counted.
  [(n) => /(?:步伐|力度)$/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:步伐|力度)$/],
  // 管网改造等工程按时完工, 仓储库建成并投入使用: when the work ends is not what is counted.
  [(n) => /(?:完工|竣工|使用|运营)$/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:(?:按时|按期|如期|年内|顺利)(?:完工|竣工)|(?:建成)?并?投入使用|正式运营)$/],
  // 能源消耗强度要降低 → 能源消耗强度降低, 基本养老金继续提高 → 基本养老金提高.
  [(n) => /(?:增长|下降|降低|减少|提高|上升|压减|压缩|增加)$/.test(n), /(?<=[\u4e00-\u9fff]{2})(?:今年|年内|全年)?(?:都|(?<![年平人])均)?(?:要|将|确保|力争|争取)?(?:再|继续|至少|分别|进一步|持续|稳步|逐步|不断|较快)?(?=(?:增长|下降|降低|减少|提高|上升|压减|压缩|增加)$)/],
];

/** The project an investment figure is for: the noun after 的, or the object of the next clause. */
function projectAfter(text: string, q: Quantity, clauseEnd: number): string {
  const rest = text.slice(q.unitEnd, q.unitEnd + 40);
  const NAME = '((?:[\\u4e00-\\u9fff]|“[^”]{1,12}”){2,24})';
  // "总投资56亿元的12件（40项）民生实事": past the counts of the projects.
  // (实施总投资265亿元56个市级重大项目: the count may follow the sum without 的.)
  const of = new RegExp('^(?:以上|左右|多)?(?:的(?:\\d+(?:\\.\\d+)?万?[个项件条座处所家批]){0,2}|(?:\\d+(?:\\.\\d+)?万?[个项件条座处所家批]){1,2})' + NAME).exec(rest);
  // "…，实施19个城市重点基础设施项目", "投资8000万元实施10公里雨水管网改造": the project of the next
  // clause, or of the verb right after the figure, past a count of its parts.
  const COUNT = '(?:\\d+(?:\\.\\d+)?(?:万|亿)?(?:个|项|件|条|座|处|所|家|栋|户|公里|平方米|亩)?(?:[\\u4e00-\\u9fff]的)?[、，,]?)*';
  const next =
    !of && (/^(?:以上|左右|多)?[，,]$/.test(text.slice(q.unitEnd, clauseEnd + 1)) || new RegExp('^' + PROJECT_VERBS.source).test(text.slice(q.unitEnd)))
      ? new RegExp('^(?:以上|左右|多)?[，,]?(?:统筹|重点|继续|集中)?' + PROJECT_VERBS.source + '+了?' + COUNT + NAME).exec(rest)
      : null;
  // A bare 的 is not the project's name.
  const raw = (of ?? next)?.[1]?.replace(/[“”]/g, '').replace(new RegExp('^' + PROJECT_VERBS.source + '+'), '').replace(/^的/, '');
  if (!raw) return '';
  // Up to the last word that heads a project: 机场快速路(建成通车), 西出口道路工程(进展顺利).
  const headed = /^.*(?:项目|工程|中心|场馆|设施|总站|广场|市场|园区|基地|综合体|改造|整治|厂|馆|站|路|桥|街|院|校|园|干线|大道|公路|铁路|互通|立交|隧道|管网|水库|枢纽|实事)/.exec(raw)?.[0];
  if (!headed && next) return '';
  const name = headed ?? raw.replace(/(?:如期|开工|建设|竣工|完工|投用|投产|前期|主体|正式|年内|全面|基本).*$/, '');
  return [...name].length >= 3 ? name : '';
}
const PROJECT_VERBS = /(?:用于|启动|实施|完成|建设|推进|新建|改造|开工建设|开工|加快|全面|办好|办实|办成)/;

/**
 * "全力打造…区域物流中心，力争年末，完成投资2.5亿元", "实施市区道路畅通工程。投资4.7亿元": the
 * project the sentence, or else the sentence before in the paragraph, was about.
 */
function projectBefore(text: string, sentenceStart: number, clauseStart: number): string {
  const paragraph = text.lastIndexOf('\n', sentenceStart - 1) + 1;
  const from = Math.max(paragraph, text.lastIndexOf('。', sentenceStart - 2) + 1);
  const PROJECT = /((?:[\u4e00-\u9fff]|“[^”]{1,10}”){2,14}?(?:工程|项目|中心|园区|基地|景区))(?![\u4e00-\u9fff])/g;
  for (const part of [text.slice(sentenceStart, clauseStart), text.slice(from, sentenceStart)]) {
    const found = [...part.matchAll(PROJECT)].pop()?.[1];
    // Up to the last verb or 的 before the project's own words; a count's measure word goes too.
    const project = found?.replace(/[“”]/g, '').replace(/^.*(?:的|实施|推进|启动|完成|打造|建设|对接|加快|开展|了)/, '').replace(/^[个项条座处所家]/, '');
    if (project && [...project].length >= 4) return project;
  }
  return '';
}

/** 比去年减少, 比上年预算增加, 比去年预算赤字减少 (the thing repeated): a change said against last year. */
const COMPARED_CHANGE = /^(?:(?:要|将|再)?)((?:比|较)(?:去年|上年|上一年|年初|上年末|去年底|\d{4}年(?:末|底)?)(?:年初)?(?:预算)?)(?:[\u4e00-\u9fff]{1,4}?)??(增加|减少|增长|下降|提高|降低|低|高|多|少)$/;

/** The tail a name takes from COMPARED_CHANGE (社会保障资金比上年增加 → 社会保障资金). */
const COMPARED_TAIL = /(?:比|较)(?:去年|上年|上一年|年初|上年末|去年底|\d{4}年(?:末|底)?)(?:年初)?(?:预算)?(?:增加|减少|增长|下降|提高|降低)$/;

/** A scope alone (全市, 全州, 全盟, 我县): where, not what. */
const SCOPE_ALONE = /^(?:全|我)[省市区县旗国州盟乡镇]$/;
/** A clause that only says how a change is reckoned (按可比价格计算, 剔除价格因素). */
const RECKONED_CLAUSE = /^(?:按|以)?(?:可比价格?|不变价格?|同口径|可比口径|自然口径)(?:计算|计)?$|^(?:剔除|扣除)[\u4e00-\u9fff]{0,8}?(?:因素|影响)(?:后)?$/;
/** Places a report sets side by side, each with its own figure (城镇…，农村…). */
const PLACE_PAIRS: [string, string][] = [['城镇', '农村'], ['城市', '农村'], ['城镇', '乡村'], ['城区', '乡镇'], ['城区', '农村'], ['城镇', '牧区'], ['城市', '县城'], ['县城', '乡镇'], ['城市', '乡镇']];

/** A direction word ending a borrowed name (转移支付增长 → 转移支付): the borrowing figure has its own. */
const TRAILING_DIRECTION = /(?:分别)?(?:增长|增速|增幅|下降|提高|降低|减少|增加)$/;

/** Who pays, with nothing of what for: 中央财政, 省级财政, 各级财政, 市县财政. */
const PAYER = /^(?:中央|省级?|市级?|县级?|区级?|市县|省市县|各级|本级|地方)?财政$/;
/** A fund named right after its sum, up to where the clause goes on (专项奖补资金, 引导基金, 补助资金). */
const MONEY_AFTER_SUM = /^((?:[\u4e00-\u9fff]|“[^”]{1,8}”){0,10}?(?:资金|基金|经费|补助|补贴|奖补|奖励|投入))(?=[，。；、]|$|(?:重点|主要|全部|专项)?(?:用于|支持))/;
/** A size or sum that names no thing of its own. */
const GENERIC_NAME = /^(?:规模|总规模|总量|总数|总额|余额|投资|完成投资|总投资|年度投资|年度计划投资|年度计划完成投资|计划完成投资|计划投资|产值|总产值|资金|总产|总产量|产量|金额|总金额|投资额|总投资额)$/;

/** The words a sentence opens on, up to its first verb of change or figure (补贴标准分别从… → 补贴标准). */
function subjectOfSentence(text: string, sentenceStart: number, clauseStart: number): string {
  const opening = text.slice(sentenceStart, clauseStart).replace(LEADING, '');
  return /^[\u4e00-\u9fff]{2,16}?(?=分别|均|都|由|从|提高|增加|增长|下降|降低|达到|为|\d|[，、；]|$)/.exec(opening)?.[0] ?? '';
}

/** 城区内零散区域, 建设街道辖区: words that end the name of a place. */
const PLACE_END = /(?:区域|片区|街道|辖区|社区|小区|城区|新村|村|镇|乡|苏木|嘎查)$/;
/** 征拆和安置任务, 棚户区改造: a name ending on work done to places or homes. */
const WORK_DONE_END = new RegExp(`${WORK_DONE}(?:任务|工作)?$`);

/** A size or a rate named without whose it is: 算力规模, 全产业链产值, 在园师生规模, 问题解决率. */
const UNOWNED_MEASURE = /^[\u4e00-\u9fff]{0,4}(?:规模|产值|总产值|解决率)$/;

/**
 * The cluster, zone, industry or problem the clause before in the sentence is about:
 * 推动庆阳数据中心集群重点项目尽快投产达效 → 庆阳数据中心集群, 持续开展涉企历史遗留问题攻坚行动 → 涉企历史遗留问题.
 */
function entityBefore(text: string, sentenceStart: number, clauseStart: number): string {
  const from = Math.max(sentenceStart, text.lastIndexOf('，', clauseStart - 2) + 1);
  const clause = text.slice(from, clauseStart - 1);
  if (/\d/.test(clause)) return '';
  const found = [...clause.matchAll(/(?:[\u4e00-\u9fff]|“[^”]{1,12}”)+?(?:集群|试验区|示范区|开发区|产业园|园区|新区|基地|产业|问题)(?![\u4e00-\u9fff]{0,1}(?:集群|园|区))/g)].pop()?.[0];
  const owner = found?.replace(/^.*(?:推动|推进|做强做优|做强|做优|开展|实施|培育壮大|培育|壮大|打造|建设|发展|加快|支持|聚焦|促进|围绕|持续)/, '');
  return owner && [...owner].length >= 3 && [...owner].length <= 16 ? owner : '';
}

/** 石化产业持续“减油增化提质”…。产值突破1300亿元: the industry the sentence before is about. */
function industryBefore(text: string, sentenceStart: number): string {
  // Back through at most four sentences of the paragraph, to the one that opens on an industry (not on a verb).
  let end = sentenceStart;
  for (let k = 0; k < 4 && end > 0 && text[end - 1] !== '\n'; k++) {
    const start = Math.max(text.lastIndexOf('。', end - 2) + 1, text.lastIndexOf('\n', end - 2) + 1, end - 200, 0);
    const topic = /^[\u4e00-\u9fff]{2,8}?(?:产业|行业|经济|集群)/.exec(text.slice(start, end))?.[0];
    if (topic && !OPENING_VERB.test(topic)) return topic;
    end = start;
  }
  return '';
}
const OPENING_VERB = /^(?:拓展|打造|推动|加快|发展|做强|做大|培育|提升|实施|壮大|支持|推进|建设|深化|聚焦)/;

/** 下调城镇职工基本养老保险单位缴费比例，各地可降至16%: the thing the clause before acts on. */
function clauseBeforeName(text: string, sentenceStart: number, clauseStart: number): string {
  if (clauseStart - 1 <= sentenceStart) return '';
  const from = Math.max(sentenceStart, text.lastIndexOf('，', clauseStart - 2) + 1, text.lastIndexOf('、', clauseStart - 2) + 1);
  const clause = text.slice(from, clauseStart - 1).replace(LEADING, '').replace(/^(?:下调|上调|降低|提高|增加|减少|压减|调整|稳定|保持)/, '');
  return /\d/.test(clause) || [...clause].length < 2 || [...clause].length > 18 ? '' : clause;
}

/** 共, 合计: what follows totals the items listed before it. */
const TOTAL_BEFORE = /(?:共|合计|总计|共计)$/;
/** 形成供应: a light verb before the verb that says what happens. */
const LIGHT_VERB = /^(?:形成|实现|进行|开展)(?=[\u4e00-\u9fff]{2}$)/;

/**
 * The things listed with 、 right before the figure's clause, when none has a figure of its own
 * ("审批环节、时限、材料再压缩30%以上" → 审批环节、时限), or ''.
 */
function nounListBefore(text: string, sentenceStart: number, clauseStart: number): string {
  if (text[clauseStart - 1] !== '、') return '';
  const from = Math.max(sentenceStart, text.lastIndexOf('，', clauseStart - 2) + 1, text.lastIndexOf('：', clauseStart - 2) + 1);
  const items = text.slice(from, clauseStart - 1).replace(LEADING, '').split('、');
  // Items that end on a change (稳定增长) are clauses, not things listed; so are long ones, unless
  // they end on a measure (城镇常住居民人均可支配收入).
  if (items.some((item) => /[\d“”（）()]/.test(item) || /(?:增长|下降|提高|降低|增加|减少|稳定|同步)$/.test(item) || [...item].length < 2 || [...item].length > (MEASURE_END.test(item) ? 16 : 12))) return '';
  return items.join('、');
}

/** The object of the clause before in the sentence: 加快租赁房建设 → 租赁房. */
function objectBefore(text: string, sentenceStart: number, clauseStart: number): string {
  if (clauseStart - 1 <= sentenceStart) return '';
  let from = Math.max(sentenceStart, text.lastIndexOf('，', clauseStart - 2) + 1);
  let clause = text.slice(from, clauseStart - 1);
  // "…工程建设，在确保质量的前提下，基本建成500万套": a condition between them is stepped over.
  if (/^在.*(?:下|中|上|时)$/.test(clause) && from - 1 > sentenceStart) {
    const end = from - 1;
    from = Math.max(sentenceStart, text.lastIndexOf('，', end - 1) + 1);
    clause = text.slice(from, end);
  }
  // "发展租赁住房，筹集房源2万套，新开工3000套": past one clause with a figure of its own, to the topic.
  if (/\d/.test(clause) && from - 1 > sentenceStart && text[clauseStart - 1] === '，') {
    const end = from - 1;
    from = Math.max(sentenceStart, text.lastIndexOf('，', end - 1) + 1);
    clause = text.slice(from, end);
  }
  if (/\d/.test(clause)) return '';
  // 加大保障性安居工程建设力度, 启动新的三年棚改攻坚计划, 加快建设乡镇综合文化站: the thing built or planned.
  const topic = /^(?:加快|推进|加强|优化|完善|扩大|增加|加大|发展|做好|抓好|深化|推动)*(?:建设|新建|改造|培育|打造)?(?:新的?)?([\u4e00-\u9fff]{2,8}?)(?:建设|工作|供给|供应|筹措)?(?:力度|步伐|攻坚计划|攻坚行动|计划|行动)?$/.exec(clause.replace(LEADING, ''));
  const object = topic ? topic[1]! : '';
  return object && !/的/.test(object) && !isVerbPhrase(object) ? object : '';
}

/** A clause that ends on a verb whose object follows the figure. */
const VERB_END = /(?:办好|办成|办实|惠及|覆盖|发行|支持|带动|吸纳|新建|建设|建成|改造|改建|扩建|实施|设置|优化|培育|打造|创建|建立|发放|引进|招引|扶持|帮扶|资助|推广|举办|开展|选派|筹集|筹措|提供|开设|开通|推出|新增|上线|制定|出台|认定|评定|形成|推进|推动|更新|发布|抓实|抓好|启动|落实|组织|布局|提升|整治|修缮|维修|配置|配备|增设|新开|归集|遴选|培训|服务)$/;

/** The clause before (in the sentence) counts things in `unit`: 规划实施190个园林绿化项目 (个). */
function countsInUnitBefore(text: string, sentenceStart: number, clauseStart: number, unit: string): boolean {
  return findQuantities(clauseBefore(text, sentenceStart, clauseStart)).some((e) => e.unit === unit);
}

/** The clause before the one at `clauseStart` in its sentence (back to the comma before it), without its stop. */
function clauseBefore(text: string, sentenceStart: number, clauseStart: number): string {
  return text.slice(Math.max(sentenceStart, text.lastIndexOf('，', clauseStart - 2) + 1), clauseStart - 1);
}

/** What a name acts on once up to two verbs that open it go (新开工改造城镇老旧小区 → 城镇老旧小区). */
function withoutLeadingVerbs(name: string): string {
  return name.replace(VERB_LEAD, '').replace(VERB_LEAD, '');
}

/** An adverb and a verb, with no object: 坚决守住, 全面完成, 稳定在. */
const BARE_VERB = /^(?:坚决|全面|努力|切实|有效|持续|确保|力争|基本|严格|牢牢)*(?:守住|守牢|严守|保持|稳定|完成|实现|达到|建成|控制|守好|确保|新建|建设)(?:在)?$/;

/** An investment of no named project yet: 投资, 总投资, 计划投资. */
const INVESTMENT = /^(?:计划|完成|年内|全年)?(?:总)?(?:投资|投入)$/;
const COUNTED = /^(?:个|座|条|项|件|家|所|处|片|栋|幢|张|台|辆|艘|户|套|间|名|位|套（间）)$/;
const NEW_WORK_LEAD = /^(?:新开通|新建改建|新改扩建|新建|新增|开工建设|建成|改造)/;
const VERB_LEAD = /^(?:建成通车|开工建设|建设筹措|新建改造|改造提升|新建改建|新改扩建|新改建|改扩建|建设改造|新建|建成|建设|改造|改建|扩建|新增|完成|实施|开工|新开工|培育|打造|创建|推进|筹集|筹建|筹措|供应|交付|配建)/;
/** Verbs of this year's work that a stock of the things does not keep (新认定, 新增, 培育). */
const STOCK_VERB = new RegExp(`^(?:新认定|新培育|新引进|认定|${VERB_LEAD.source.slice(1)})`);

/** Verbs that name no object of their own ("新建", "建设改造", "竣工"). */
const VERB_WORD = '(?:投产|完工|新建|建设|建成|改造|改建|新建改建|建设改造|建设认定|认定|新增|培育|打造|扶持|筹集|新开工|开工|培训|转移|引进|推广|创建|发放|提供|支持|开展|治理|种植|实施|完成|新改扩建|改扩建|扩建|新培育|新引进|新设|设立|建立|招募|招聘|吸纳|帮扶|救助|资助|服务|举办|组织|选派|招引|落地|建|新|办|办好|做好|加快建设|加快推进|推进|全面推进|启动|落实|安排|形成|供应|达到|提升|新开|开设|开通|推出|用好|建设筹措|筹措|筹建|形成供应|供应|形成|竣工|基本建成|发行|开行)';
const VERB_PHRASE = new RegExp(`^${VERB_WORD}{1,2}$`);
const VERB_TAIL = new RegExp(`${VERB_WORD}$`);
/** What happens to things counted just before: 主体竣工, 建成投用, 封顶, 具备入住条件. */
const HAPPENS_TO_IT = /^(?:主体)?(?:竣工|完工|封顶|建成|投用|投产|开工|交付|交房|建成投用|建成投产|竣工验收|投入使用)$/;
/** A rate that measures how things do, not a whole economy (达标率, 入住率), named alone. */
const THINGS_RATE = /^(?:达标率|覆盖率|完成率|利用率|入住率|开工率|投产率|竣工率|使用率|普及率|合格率|达产率|建成率)$/;

/** 高速公路续建(集安至桓仁等): the thing and the work, up to the verb, before a list of examples. */
const WORK_BEFORE_EXAMPLES = /^((?:[\u4e00-\u9fff]{0,8}?)(?:续建|新开工|开工建设|建设|新建|建成|实施|推进|改造))[^，。；]*等$/;

/** After a count: kinds listed with 、 up to 等, then who (残疾儿童), then the rest of the clause. */
const KINDS_THEN_WHO = /^(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}等([\u4e00-\u9fff]{2,8}?)((?:免费)?(?:提供|开展|实施|进行)[^。；]*)/;
/** What is given: the head after the last 等 of what follows the verb (…康复训练等康复救助服务), or its object. */
const WHAT_THEY_GET = /(?:[^。；]*等([\u4e00-\u9fff]{2,10}?)(?=[，。；]|$))|^(?:免费)?(?:提供|开展|实施|进行)([\u4e00-\u9fff]{2,10})(?=[，。；、]|$)/;

/** Cases or lessons with nothing of whose: 形成典型案例, 经验做法. */
const GENERIC_RESULT = /^(?:形成|打造|推出|总结推广|复制推广|总结|推广|培育)?(?:典型案例|示范案例|经验做法|改革经验|标志性成果|创新成果|改革成果)$/;
/** A clause that carries out a reform or a pilot: 深化职务科技成果权属改革 → 职务科技成果权属改革. */
const REFORM_BEFORE = /^(?:深化|推进|推动|开展|实施|深入推进|全面深化)([\u4e00-\u9fff]{2,16}(?:改革|试点|行动|创新))$/;

/** 5G, PM2.5, G60: a Latin token, whose digits are no figure. */
const LATIN_TOKEN = /\d*[A-Za-z][A-Za-z\d.]*/g;

/** A clause that says whom the work before reaches: 惠及超, 可惠及, 受益. */
const BENEFIT_CLAUSE = /^(?:可|将|共|直接)?(?:惠及|受益)[\u4e00-\u9fff]{0,8}?(?:超过?|约|近)?$/;

/**
 * The clauses between the figure before and `clauseStart` go on with the same work (…补短板，改善校舍…，
 * 配置教学仪器…，惠及): each opens on a verb. One with a subject of its own (…工程建成投运) is other work.
 */
function workGoesOnTo(text: string, sentenceStart: number, clauseStart: number): boolean {
  let end = clauseStart - 1;
  for (let k = 0; k < 4 && end > sentenceStart; k++) {
    const start = Math.max(sentenceStart, text.lastIndexOf('，', end - 1) + 1);
    const clause = text.slice(start, end);
    if (/\d/.test(clause)) return true;
    if (!/^(?:改善|配置|配备|完善|提升|建设|实施|开展|新建|改造|推进|加强|购置|更新|增加|落实|提供)/.test(clause)) return false;
    end = start - 1;
  }
  return false;
}

/** A clause that is a verb and nothing else before its figure (年内完成, 重点养护, 开工建设). */
const VERB_ONLY = /^(?:年内|全年|今年|当年|同步|再)?((?:重点|基本)?(?:净增加|净增|建成通车|通车|新建改建|新改扩建|新改建|改扩建|新建|建设改造|建设|建成|改造提升|改造|改建|扩建|新增|新开工|开工建设|开工|竣工|完工|投产|完成|实施|培育|打造|创建|认定|引进|招引|培训|治理|种植|养护|维修|管护|拆除|关闭|提升|开通){1,2})$/;

/** An item that opens with a verb is a clause of its own (、推进…建设), not a thing in the list. */
const CLAUSE_VERB = /^(?:推进|加快|建设|实施|完成|开展|新建|打造|培育|提升|推动|支持|落实|加强|深化|创建|引进|改造|建成|发展|促进|提高|确保|力争|实现|争创|举办|组织|开工|新增|扩大|完善|健全|优化|强化|做好|抓好|全面|积极|持续)/;
/** A clause that ends on how the work went (进展顺利, 全面完工) says something of the things, it does not name them. */
const PREDICATE_END = /(?:顺利|完成|完工|竣工|建成|投用|投产|开工|推进|实施|提升|加快|成效)$/;

/** The thing named right after a figure that opens the text at `from` (2.8万户|中心城区…改造), or ''. */
function nounAfterNextFigure(text: string, from: number): string {
  // "新建5个、改扩建10个县级医院": past the next item's own verb too.
  const next = findQuantities(text.slice(from, from + 40))[0];
  if (!next || !/^(?:[\u4e00-\u9fff]{2,4})?$/.test(text.slice(from, from + next.start)) || !next.unit || ORDINAL_UNITS.test(next.unit)) return '';
  return /^(?:以上|左右)?的?((?:\d*[A-Za-z][A-Za-z\d]*)?[\u4e00-\u9fff]{2,16})/.exec(text.slice(from + next.unitEnd))?.[1] ?? '';
}

/** What `verb` last took as its object in `sentence`, with no figure in it: 发行(超长期特别国债). */
function sameVerbObject(sentence: string, verb: string): string {
  const at = sentence.lastIndexOf(verb);
  if (at < 0) return '';
  const object = /^[\u4e00-\u9fff]{2,12}(?=[，。；、]|$)/.exec(sentence.slice(at + verb.length))?.[0] ?? '';
  return isVerbPhrase(object) ? '' : object;
}

/** What came right before `verb` in `sentence`, past an adverb of manner: (中欧班列)稳定开行. */
function sameVerbSubject(sentence: string, verb: string): string {
  const m = new RegExp(`([\\u4e00-\\u9fff]{2,12}?)(?:稳定|常态化|持续|加密|扩大)?${verb}(?=[，。；]|$)`).exec(sentence);
  const subject = m?.[1]?.replace(LEADING, '') ?? '';
  return [...subject].length >= 2 && !isVerbPhrase(subject) ? subject : '';
}

/** A verb with no object of its own: the noun after the figure names the indicator. */
function isVerbPhrase(s: string): boolean {
  return VERB_PHRASE.test(s);
}

/** Where a parenthesis opened right after a figure closes (县（市、区）), so the clause runs past the 、 inside it; else -1. */
function closingParen(text: string, from: number): number {
  const open = text.slice(from, from + 4).search(/[（(]/);
  if (open < 0) return -1;
  const close = text.slice(from + open, from + open + 10).search(/[)）]/);
  return close < 0 ? -1 : from + open + close + 1 + (/^[\u4e00-\u9fff]{2,16}/.exec(text.slice(from + open + close + 1))?.[0].length ?? 0);
}
