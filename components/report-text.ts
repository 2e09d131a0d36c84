/**
 * Attributes for a piece of the report's own text (an indicator, a figure, a quote, a heading):
 * its `lang`, so screen readers read it in its language, and translate=false, which says it is
 * the report speaking, as it wrote it, not the product (the UI-language test lets it through).
 */
export function asReportText(s: string | null | undefined): { lang?: string; translate: false } {
  const lang = !s ? undefined : /[\u3400-\u9fff]/.test(s) ? 'zh-CN' : /[A-Za-z]{2}/.test(s) ? 'en' : undefined;
  return lang ? { lang, translate: false } : { translate: false };
}
