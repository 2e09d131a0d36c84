/**
 * The language of a piece of the report's own text (an indicator, a figure, a quote), for its
 * element's `lang`: screen readers read it in its language, and the UI-language test knows it is
 * the report speaking, not the product.
 */
export const textLang = (s: string | null | undefined): string | undefined =>
  !s ? undefined : /[\u3400-\u9fff]/.test(s) ? 'zh-CN' : /[A-Za-z]{2}/.test(s) ? 'en' : undefined;
