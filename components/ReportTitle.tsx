import { regionEnglish, reportTitle, type ReportLike } from '@/lib/terms';
import { uiLang } from './i18n';
import { asReportText } from './report-text';

/**
 * A report's name in the UI's language. In English, a government the region table cannot name
 * (a city, a county) keeps the report's own name, marked as the report's text (components/report-text).
 */
export function ReportTitle({ report }: { report: ReportLike }) {
  const lang = uiLang();
  const title = reportTitle(report, lang);
  if (lang === 'zh' || !report.region || regionEnglish(report.region)) {
    // A report that names neither government nor year goes by its own title: the report's words.
    return report.region || report.year ? <>{title}</> : <span {...asReportText(title)}>{title}</span>;
  }
  const rest = title.slice(report.region.length);
  return <><span {...asReportText(report.region)}>{report.region}</span>{rest}</>;
}
