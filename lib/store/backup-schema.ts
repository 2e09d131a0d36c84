/**
 * The backup file's one schema (valibot: plain functions, no code generated at run time, so it
 * runs under the extension's content security policy where schema compilers that use `eval` or
 * `new Function` cannot). A backup is a file from outside: every record is checked here, whole,
 * before anything is written; a file that fails anywhere is refused whole (see backup.ts). Objects
 * are loose: fields the schema does not name are kept as they are (a restore loses nothing of what
 * was exported), except keys that would reach a prototype (__proto__, constructor, prototype).
 */
import * as v from 'valibot';
import { CorrectionSchema } from '../corrections/schema';
import { MAX_TEXT_CHARS } from './reports';

/** Limits on what a backup may hold. */
export const BACKUP_LIMITS = {
  records: 200_000,
  textChars: MAX_TEXT_CHARS,
  /** Any other string (ids, urls, notes, tags). */
  fieldChars: 100_000,
};

const str = v.pipe(v.string(), v.maxLength(BACKUP_LIMITS.fieldChars));
const text = v.pipe(v.string(), v.maxLength(BACKUP_LIMITS.textChars));
const num = v.pipe(v.number(), v.finite());
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const level = v.picklist(['national', 'provincial', 'municipal', 'county']);
const trust = v.picklist(['official', 'import', 'other']);
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(BACKUP_LIMITS.records));

const identity = v.looseObject({
  region: v.nullable(str),
  year: v.nullable(num),
  level: v.nullable(level),
  title: v.nullable(str),
  summary: v.boolean(),
});

const meta = v.looseObject({
  isReport: v.boolean(),
  confidence: num,
  title: v.nullable(str),
  region: v.nullable(str),
  level: v.nullable(level),
  year: v.nullable(num),
  session: v.nullable(str),
  summary: v.boolean(),
  lang: v.picklist(['zh', 'en']),
});

const heading = v.looseObject({ start: offset, end: offset, text: str, depth: num, role: v.picklist(['review', 'plan', 'other', 'annex']) });

const source = v.looseObject({ origin: str, url: str, at: time, trust });

export const ReportSchema = v.looseObject({
  id: str,
  identity,
  region: str,
  level: v.union([level, v.literal('')]),
  year: num,
  urls: list(str),
  text,
  hash: str,
  meta,
  headings: list(heading),
  commitmentCount: offset,
  engine: v.optional(str),
  savedAt: time,
  updatedAt: time,
  // Absent in backups written before schema v3: filled from the first address on restore.
  source: v.optional(source),
  chosen: v.optional(v.boolean()),
});

export const VersionSchema = v.looseObject({
  reportId: str,
  hash: str,
  text,
  seenAt: time,
  url: str,
  origin: v.optional(str),
  trust: v.optional(trust),
});

const amount = v.union([num, v.tuple([num, num])]);

export const CommitmentSchema = v.looseObject({
  reportId: str,
  id: str,
  kind: v.picklist(['target', 'outcome']),
  start: offset,
  end: offset,
  quote: str,
  number: str,
  amount,
  unit: str,
  comparator: v.picklist(['>=', '>', '<=', '~', '=', 'range', '+', '-']),
  indicator: str,
  section: v.nullable(str),
  sectionPath: list(str),
  horizon: v.picklist(['year', 'multi-year']),
  horizonLabel: v.nullable(str),
  key: str,
  region: str,
  level: v.union([level, v.literal('')]),
  year: num,
});

const colour = v.nullable(v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i)));

export const AnnotationSchema = v.looseObject({
  id: str,
  reportId: str,
  created: str,
  modified: str,
  creator: v.optional(v.looseObject({ name: v.optional(str), id: v.optional(str) })),
  body: v.looseObject({ note: str, tags: v.pipe(v.array(str), v.maxLength(100)), colour }),
  target: v.looseObject({
    source: str,
    report: v.looseObject({ region: v.nullable(str), year: v.nullable(num), title: v.nullable(str), fingerprint: str, summary: v.optional(v.boolean()) }),
    selectors: v.looseObject({
      quote: v.looseObject({ type: v.literal('TextQuoteSelector'), exact: str, prefix: v.optional(str), suffix: v.optional(str) }),
      position: v.optional(v.looseObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset })),
    }),
  }),
  provenance: v.optional(v.looseObject({ importedFrom: str, importedAt: str, originalCreator: v.optional(v.looseObject({ name: v.optional(str), id: v.optional(str) })), originalId: v.optional(str) })),
});

/** Settings the extension reads back, checked by key; others are kept as they are. */
const settingValue = (key: string, value: unknown): boolean => {
  if (key === 'prefs') {
    return v.is(v.looseObject({ saveAsRead: v.optional(v.boolean()), overlay: v.optional(v.boolean()), marks: v.optional(v.picklist(['auto', 'elements'])) }), value);
  }
  if (key.startsWith('versions.lastSeen:')) return v.is(v.looseObject({ hash: str, at: time }), value);
  if (key.startsWith('versions.pinned:')) return v.is(v.array(str), value);
  return true;
};

export const SettingSchema = v.pipe(
  v.looseObject({ key: str, value: v.unknown() }),
  v.check((s) => settingValue(s.key, s.value), 'a setting the extension reads has the wrong shape'),
);

export const BackupSchema = v.pipe(
  v.looseObject({
    format: v.literal('gzbg-backup'),
    version: v.literal(1),
    schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
    exportedAt: str,
    reports: list(ReportSchema),
    versions: list(VersionSchema),
    commitments: list(CommitmentSchema),
    annotations: list(AnnotationSchema),
    settings: list(SettingSchema),
    corrections: v.optional(list(CorrectionSchema)),
  }),
  v.check(
    (b) => b.reports.length + b.versions.length + b.commitments.length + b.annotations.length <= BACKUP_LIMITS.records,
    `it holds more than ${BACKUP_LIMITS.records} records`,
  ),
);

export type ParsedBackup = v.InferOutput<typeof BackupSchema>;

/** The first problem of a file that is not a valid backup, in words ("annotations.3.body.tags.0: …"), or null. */
export function backupProblem(data: unknown): { ok: true; backup: ParsedBackup } | { ok: false; why: string } {
  const result = v.safeParse(BackupSchema, data, { abortEarly: true });
  if (result.success) return { ok: true, backup: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  return { ok: false, why: `${path ? `${path}: ` : ''}${issue.message}` };
}
