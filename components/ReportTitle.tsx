import { regionEnglish, reportTitle, type ReportLike } from '@/lib/terms';
import { uiLang } from './i18n';

/**
 * A report's name in the UI's language. In English, a government the region table cannot name
 * (a city, a county) keeps the report's own name, marked as Chinese text for screen readers and
 * for the test that keeps the English UI free of untagged Chinese.
 */
export function ReportTitle({ report }: { report: ReportLike }) {
  const lang = uiLang();
  const title = reportTitle(report, lang);
  if (lang === 'zh' || !report.region || regionEnglish(report.region)) {
    return report.region || report.year ? <>{title}</> : <span lang={/[\u4e00-\u9fff]/.test(title) ? 'zh-CN' : undefined}>{title}</span>;
  }
  const rest = title.slice(report.region.length);
  return <><span lang="zh-CN">{report.region}</span>{rest}</>;
}
