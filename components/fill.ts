/** A UI string with `$1`, `$2`… replaced by `subs` (the strings modules' one template rule). */
export function fill(template: string, subs: ReadonlyArray<string | number>): string {
  return template.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
