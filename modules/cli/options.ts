// The baseline options of the command line (--as-of, --ruleset, --param, --fail-on, --baseline), read once; a bad
// value is a command-line error (exit 2) with a bilingual message.
import { isParameterName } from '../baseline/index.js';
import type { SelectionRequest } from '../evaluation/index.js';
import { readRegularFile, text, type FindingSeverity, type Text } from '../model/index.js';

/** Largest --baseline report read: a report lists every finding, so it may be larger than one inventory file. */
const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

export interface RawRunOptions {
  readonly asOf?: string;
  readonly ruleset?: string;
  readonly failOn?: string;
  readonly failOnDue?: boolean;
  readonly baseline?: string;
  readonly param?: readonly string[];
}

/** Options of the commands that judge an inventory. */
export interface RunOptions {
  readonly request: SelectionRequest;
  /** Lowest severity of a failing finding that makes the exit code 1 (default `error`). */
  readonly failOn: FindingSeverity;
  /** Whether `due` findings (a transition period not yet over) count like failing ones for the exit code (default: no). */
  readonly failOnDue: boolean;
  /** Fingerprint → status of a previous run's findings: findings found there with the same status are hidden. */
  readonly baseline?: { readonly file: string; readonly known: ReadonlyMap<string, string> };
}

function parseParams(list: readonly string[]): Record<string, number> | { error: Text } {
  const parameters: Record<string, number> = {};
  for (const p of list) {
    const m = /^([A-Za-z]+)(@L[1-5])?=(\d+(?:\.\d+)?)$/.exec(p);
    if (!m || !isParameterName(m[1]!)) {
      return {
        error: text(
          `--param "${p}" không hợp lệ; cần <tên>[@L<cấp độ>]=<số>, tên trong docs/rules.md.`,
          `--param "${p}" is not valid; expected <name>[@L<level>]=<number> with a name from docs/rules.md.`,
        ),
      };
    }
    parameters[m[1]! + (m[2] ?? '')] = Number(m[3]);
  }
  return parameters;
}

async function readBaseline(file: string): Promise<RunOptions['baseline'] | { error: Text }> {
  // A regular file only, within the limit: a named pipe or a device given as --baseline is refused, not waited on.
  const read = await readRegularFile(file, MAX_BASELINE_BYTES);
  if ('refused' in read) {
    const { vi, en } = read.refused.message;
    return unreadable(file, vi, en);
  }
  try {
    const doc = JSON.parse(read.bytes.toString('utf8')) as { findings?: { fingerprint?: unknown; status?: unknown }[] };
    if (!Array.isArray(doc.findings)) throw new Error('no findings array');
    return { file, known: new Map(doc.findings.filter((f) => typeof f.fingerprint === 'string').map((f) => [f.fingerprint as string, String(f.status)])) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return unreadable(file, why, why);
  }
}

function unreadable(file: string, vi: string, en: string): { error: Text } {
  const why = (s: string) => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');
  return {
    error: text(
      `--baseline ${file}: không đọc được báo cáo JSON của hatang (${why(vi)}).`,
      `--baseline ${file}: not a readable hatang JSON report (${why(en)}).`,
    ),
  };
}

/** Reads the options; the --baseline file is read here (an edge). */
export async function readRunOptions(raw: RawRunOptions): Promise<{ options: RunOptions } | { error: Text }> {
  const parameters = parseParams(raw.param ?? []);
  if ('error' in parameters) return parameters as { error: Text };
  const request: SelectionRequest = {
    parameters: parameters as Record<string, number>,
    ...(raw.asOf !== undefined ? { asOf: raw.asOf } : {}),
    ...(raw.ruleset !== undefined ? { ruleset: raw.ruleset } : {}),
  };
  const failOn = (raw.failOn ?? 'error') as FindingSeverity;
  const failOnDue = raw.failOnDue === true;
  if (raw.baseline === undefined) return { options: { request, failOn, failOnDue } };
  const baseline = await readBaseline(raw.baseline);
  if (baseline && 'error' in baseline) return { error: baseline.error as Text };
  return { options: { request, failOn, failOnDue, ...(baseline ? { baseline } : {}) } };
}
