/**
 * The names of the country and its 34 provincial-level units in English, as the English UI
 * writes a report's government where the report gives no English name of its own.
 */
const REGIONS_EN: Record<string, string> = {
  全国: 'National', 北京市: 'Beijing', 天津市: 'Tianjin', 上海市: 'Shanghai', 重庆市: 'Chongqing',
  河北省: 'Hebei', 山西省: 'Shanxi', 辽宁省: 'Liaoning', 吉林省: 'Jilin', 黑龙江省: 'Heilongjiang',
  江苏省: 'Jiangsu', 浙江省: 'Zhejiang', 安徽省: 'Anhui', 福建省: 'Fujian', 江西省: 'Jiangxi',
  山东省: 'Shandong', 河南省: 'Henan', 湖北省: 'Hubei', 湖南省: 'Hunan', 广东省: 'Guangdong',
  海南省: 'Hainan', 四川省: 'Sichuan', 贵州省: 'Guizhou', 云南省: 'Yunnan', 陕西省: 'Shaanxi',
  甘肃省: 'Gansu', 青海省: 'Qinghai', 台湾省: 'Taiwan',
  内蒙古自治区: 'Inner Mongolia', 广西壮族自治区: 'Guangxi', 西藏自治区: 'Tibet',
  宁夏回族自治区: 'Ningxia', 新疆维吾尔自治区: 'Xinjiang',
  香港特别行政区: 'Hong Kong', 澳门特别行政区: 'Macao',
};

// Reports and readers also write the short forms: 上海, 内蒙古, 广西, 新疆.
const SHORT = new Map<string, string>();
for (const [zh, en] of Object.entries(REGIONS_EN)) {
  const short = zh.replace(/(?:维吾尔|壮族|回族)?(?:自治区|特别行政区|省|市)$/, '');
  if (short !== zh) SHORT.set(short, en);
}
SHORT.set('中国', 'National');
SHORT.set('国家', 'National');

/** The region's English name, or null where the table has none (a city or county: the report's own name stands). */
export function regionEnglish(region: string): string | null {
  const r = region.trim();
  return REGIONS_EN[r] ?? SHORT.get(r) ?? null;
}

/** How many names the table holds (the country and the provincial-level units). */
export const REGION_COUNT = Object.keys(REGIONS_EN).length;
