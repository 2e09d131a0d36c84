#!/usr/bin/env node
/**
 * The command line over the engine:
 *   extract FILE [--format json|table]
 *   compare PRIOR CURRENT [--format json|md|csv]
 *   history FILE... [--format json|md]
 *   structure FILE... [--format json|table]   the parts found (review, multi-year goals, plan, annex) and counts
 *   table FILE... [--format json|md|csv]       one year's targets of many governments side by side
 *   labels FILE                                the report as labels in the gold/SPEC.md shape
 * Every command takes --corrections FILE: a corrections file exported by the extension (the reader's
 * dismissed, added, renamed and relinked figures), applied to each report it names before anything else.
 * Offsets are UTF-16 offsets into the file's text (UTF-8, BOM removed); for .html files, into the HTML;
 * for .pdf and .docx files, into the text read from them (lib/files), where a PDF's commitments say their page.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { analyze, type Analysis } from './commitments';
import { htmlToText } from './text/html';
import { wellFormed } from './text/well-formed';
import { FileError } from './files/errors';
import { FILE_EXTENSION, fileText } from './files/node';
import { formatExtractTable, formatCompareCsv, formatCompareMarkdown, formatHistoryMarkdown } from './commitments/format';
import { compareReports, buildHistory } from './commitments';
import { describeStructure, formatStructureTable } from './commitments/structure-report';
import { buildGovernmentsTable } from './commitments/table';
import { formatGovernmentsCsv, formatGovernmentsMarkdown } from './commitments/table-format';
import { applyCorrections, correctionsFor, parseCorrectionsFile, toGoldLabels, type Correction, type CorrectionResult } from './corrections';

class CliError extends Error {}

const MAX_BYTES = 20 * 1024 * 1024;

export interface Loaded {
  raw: string;
  analysis: Analysis;
  /** How each of the report's corrections landed (none without --corrections). */
  corrections: CorrectionResult[];
}

/** Texts of the .pdf and .docx files named on the command line, read (asynchronously) before the command runs. */
const fileTexts = new Map<string, string>();

export function loadFile(path: string, corrections: readonly Correction[] = []): Loaded {
  const read = fileTexts.get(path);
  if (read !== undefined) return corrected(read, analyze(read), corrections);
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new CliError(`cannot read ${path}: no such file`);
  }
  if (!st.isFile()) throw new CliError(`${path} is not a file`);
  if (st.size > MAX_BYTES) throw new CliError(`${path} is too large (${st.size} bytes; limit ${MAX_BYTES})`);
  const buf = readFileSync(path);
  if (buf.length === 0) throw new CliError(`${path} is empty`);
  if (buf.subarray(0, 8000).includes(0)) throw new CliError(`${path} looks binary, not a text or HTML file`);
  const raw = buf.toString('utf8').replace(/^\uFEFF/, '');
  if ((raw.match(/\uFFFD/g)?.length ?? 0) > raw.length / 50) throw new CliError(`${path} is not UTF-8 text`);
  const isHtml = /\.html?$/i.test(extname(path)) || /^\s*<(?:!doctype|html)/i.test(raw.slice(0, 200));
  if (!isHtml) return corrected(raw, analyze(raw), corrections);
  const page = htmlToText(raw);
  // Character references such as &#xD800; decode to lone surrogates: replaced (same length, same offsets).
  const text = wellFormed(page.text);
  const { analysis: a, corrections: results } = corrected(text, analyze(text, { title: page.title ?? undefined }), corrections);
  // Map offsets from the page text back to the HTML source.
  const back = (o: number) => page.toSource[o]!;
  const commitments = a.commitments.map((c) => ({ ...c, start: back(c.start), end: back(c.end - 1) + 1 }));
  return { raw, analysis: { ...a, commitments }, corrections: results };
}

/** The analysis with the corrections of its report applied (they are anchored on the text the engine read). */
function corrected(text: string, analysis: Analysis, all: readonly Correction[]): Loaded {
  const mine = correctionsFor(all, analysis.meta);
  if (!mine.length) return { raw: text, analysis, corrections: [] };
  const { commitments, results } = applyCorrections(text, analysis.commitments, mine);
  return { raw: text, analysis: { ...analysis, commitments }, corrections: results };
}

function readCorrections(path: string | undefined): Correction[] {
  if (!path) return [];
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`cannot read ${path}: no such file`);
  }
  try {
    return parseCorrectionsFile(json);
  } catch (e) {
    throw new CliError(`${path}: ${(e as Error).message}`);
  }
}

const correctionJson = (r: CorrectionResult) => ({ id: r.correction.id, kind: r.correction.action.kind, number: r.correction.number, status: r.status, ...(r.commitmentId ? { commitment: r.commitmentId } : {}) });

function requireReport(path: string, a: Analysis): void {
  if (!a.meta.isReport) {
    throw new CliError(`${path} does not look like a Government Work Report (confidence ${a.meta.confidence})`);
  }
}

const commitmentJson = ({ sectionPath: _p, ...c }: Analysis['commitments'][number]) => c;

function main(argv: string[]): string {
  const format = optionValue(argv, '--format') ?? 'json';
  const corrections = readCorrections(optionValue(argv, '--corrections'));
  const load = (path: string): Loaded => loadFile(path, corrections);
  const args = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--format' && argv[i - 1] !== '--corrections');
  const [command, ...files] = args;
  switch (command) {
    case 'extract': {
      if (files.length !== 1) throw new CliError('usage: extract FILE [--format json|table]');
      const { analysis, corrections: results } = load(files[0]!);
      requireReport(files[0]!, analysis);
      if (format === 'table') return formatExtractTable(analysis);
      const { lang: _lang, ...meta } = analysis.meta;
      return JSON.stringify({ meta: { ...meta, lang: analysis.meta.lang, structure: analysis.structure }, commitments: analysis.commitments.map(commitmentJson), ...(corrections.length ? { corrections: results.map(correctionJson) } : {}) }, null, 2);
    }
    case 'labels': {
      if (files.length !== 1) throw new CliError('usage: labels FILE [--corrections FILE]');
      const { raw, analysis } = load(files[0]!);
      return JSON.stringify(toGoldLabels(basename(files[0]!), raw, analysis.meta, analysis.commitments), null, 2);
    }
    case 'table': {
      if (files.length < 1) throw new CliError('usage: table FILE... [--format json|md|csv]');
      const inputs = files.map((f) => {
        const { raw, analysis } = load(f);
        requireReport(f, analysis);
        return { file: f, raw, analysis };
      });
      const table = buildGovernmentsTable(inputs);
      if (format === 'md') return formatGovernmentsMarkdown(table);
      if (format === 'csv') return formatGovernmentsCsv(table);
      return JSON.stringify({ ...table, rows: table.rows.map(({ headline: _h, ...r }) => r) }, null, 2);
    }
    case 'structure': {
      if (files.length < 1) throw new CliError('usage: structure FILE... [--format json|table]');
      const reports = files.map((f) => ({ file: f, ...describeStructure(load(f).analysis) }));
      if (format === 'table') return reports.map(formatStructureTable).join('\n\n');
      return JSON.stringify(reports, null, 2);
    }
    case 'compare': {
      if (files.length !== 2) throw new CliError('usage: compare PRIOR CURRENT [--format json|md|csv]');
      const [p, c] = files.map((f) => {
        const { analysis } = load(f);
        requireReport(f, analysis);
        return analysis;
      }) as [Analysis, Analysis];
      const result = compareReports(p, c);
      if (format === 'md') return formatCompareMarkdown(result);
      if (format === 'csv') return formatCompareCsv(result);
      return JSON.stringify(
        {
          prior: p.meta,
          current: c.meta,
          rows: result.rows.map((r) => ({
            ...r,
            prior: r.prior && commitmentJson(r.prior),
            current: r.current && commitmentJson(r.current),
            outcome: r.outcome && commitmentJson(r.outcome),
          })),
          repeated: result.repeated,
        },
        null,
        2,
      );
    }
    case 'history': {
      if (files.length < 1) throw new CliError('usage: history FILE... [--format json|md]');
      const analyses = files.map((f) => {
        const { analysis } = load(f);
        requireReport(f, analysis);
        return analysis;
      });
      const series = buildHistory(analyses);
      if (format === 'md') return formatHistoryMarkdown(series);
      return JSON.stringify(series.map((s) => ({ ...s, points: s.points.map((pt) => ({ year: pt.year, target: pt.target && commitmentJson(pt.target), actual: pt.actual && commitmentJson(pt.actual) })) })), null, 2);
    }
    default:
      throw new CliError('usage: cli extract FILE | compare PRIOR CURRENT | history FILE... | structure FILE... | table FILE... | labels FILE [--format …] [--corrections FILE]');
  }
}

function optionValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function readFiles(argv: string[]): Promise<void> {
  for (const f of argv.filter((a) => FILE_EXTENSION.test(a))) {
    try {
      fileTexts.set(f, await fileText(f));
    } catch (e) {
      if (e instanceof FileError) throw new CliError(`${f}: ${e.message}`);
      if ((e as { code?: string }).code === 'ENOENT') throw new CliError(`cannot read ${f}: no such file`);
      throw e;
    }
  }
}

try {
  await readFiles(process.argv.slice(2));
  process.stdout.write(main(process.argv.slice(2)) + '\n');
} catch (e) {
  const msg = e instanceof CliError ? e.message : `internal error: ${(e as Error).message}`;
  process.stderr.write(`error: ${msg}\n`);
  process.exitCode = e instanceof CliError ? 1 : 2;
}
