/**
 * Lines that newspapers and web pages put around a report's text and that are not part of it.
 * Each pattern matches a whole (trimmed, space-collapsed) line.
 */
const FURNITURE: RegExp[] = [
  // Newspaper credits and contacts.
  /^(?:责任编辑|责编|编辑|美编|校对|审核|审校|终审|值班编辑|版式|制图)\s*[:：]?\s*\S{0,12}(?:\s*[/／|｜]\s*(?:责任编辑|责编|编辑|美编|校对|审核|审校|版式|制图)\s*[:：]?\s*\S{0,12})*$/,
  /^(?:E-?mail|电子邮箱|邮箱)\s*[:：]/i,
  /^[(（]\s*(?:上接|下转|接|转)第?\s*[0-9０-９A-Za-z]{1,3}\s*版\s*[)）]$/,
  /^第?\s*[0-9０-９]{1,3}\s*版\s*[:：]/,
  // Web-page furniture.
  /^(?:首页|当前位置|您当前的位置|您的位置|位置)\s*[:：>＞»›]/,
  /^首页\s*[>＞»›]/,
  /(?:^|\s)【?\s*字[体号]\s*[:：]?\s*[大中小]\s*[大中小]?\s*[大中小]?\s*】?/,
  /^(?:[【\[]?\s*(?:打印(?:本页)?|分享(?:到)?|关闭(?:窗口)?|收藏|返回顶部|返回|纠错|保存|下载|微信|微博|QQ空间|扫一扫)\s*[】\]]?\s*[|｜/·]?\s*){1,8}$/,
  /^(?:发布时间|发布日期|日期|时间|来源|信息来源|作者|浏览次数|阅读次数|点击数|访问量)\s*[:：]/,
  /^[（(]\s*来源\s*[:：][^）)]{1,20}[）)]$/,
  /^(?:分享到|扫一扫|打开微信|用微信扫描)/,
  /^(?:上一篇|下一篇|上一条|下一条)\s*[:：]/,
  /^(?:版权所有|Copyright|©|主办单位|承办单位|网站标识码|[京沪]ICP备|ICP备)/i,
  // Photo captions: "3月5日，…新华社记者 饶爱民 摄", "图为…".
  /(?:新华社|记者|通讯员|供图)\s*\S{0,12}\s*摄\s*[)）]?$/,
  /^(?:图为|图片来源|图\s*[:：]|\(图\)|（图）)/,
  // Datelines of a news agency's copy: "新华社北京3月17日电".
  /^(?:新华社|人民网|中新社|新华网)\S{0,12}\d{1,2}月\d{1,2}日电$/,
];

export function isFurnitureLine(line: string): boolean {
  if (line.length > 120) return false;
  return FURNITURE.some((re) => re.test(line));
}

/** "相关报道：", "相关链接" and the like start a list of links that is not report text. */
export function isRelatedLinksHeader(line: string): boolean {
  return /^(?:【\s*)?(?:相关(?:报道|链接|新闻|阅读|文章|稿件)|延伸阅读|推荐阅读|热点推荐)\s*(?:】)?\s*[:：]?$/.test(line);
}
