// The scan every Vietnamese output goes through (test/i18n/*.test.ts): English words from a deny-list, raw enum
// values where a Vietnamese name exists, agency slugs where the agency has a title, durations as units and ISO dates,
// in the prose only (code spans and blocks, URLs and paths are left out), and what the inventory's authors wrote is
// left as they wrote it.
import { DEVICE_KINDS, ZONE_KINDS, type Finding } from '../../modules/model/index.js';
import { CRITERION_LABELS } from '../../modules/model/labels.js';
import { richPlain } from '../../modules/report/rich.js';
import { md } from '../../modules/runbook/markdown.js';

/** English words of the model and of the outputs that Vietnamese prose must say in Vietnamese. */
export const WORDS = [
  'warning',
  'warnings',
  'error',
  'errors',
  'info',
  'primary',
  'secondary',
  'single',
  'cold',
  'warm',
  'hot',
  'site',
  'sites',
  'Site',
  'inventory',
  'Inventory',
  'waiver',
  'waivers',
  'waived',
  'none',
  'None',
  'true',
  'false',
  'level',
  'Level',
  'months',
  'month',
  'days',
  'day',
  'min',
  'hours',
  'minutes',
  'pass',
  'fail',
  'manual',
  'due',
  'not-applicable',
  'practice',
  'evidence',
  'kind',
  'capabilities',
  'owner',
  'operator',
  'department',
  'ward',
  'commune',
  'active-standby',
  'active-active',
  'standby',
  'failover',
];

/** Raw enum values that have a Vietnamese name (lower case, as the model writes them). */
export const ENUMS = [
  ...Object.keys(CRITERION_LABELS),
  ...ZONE_KINDS.filter((k) => k.includes('-')),
  ...DEVICE_KINDS.filter((k) => k.includes('-')),
  'cap-i',
  'cap-ii',
  'l2',
  'l3',
  'backup-restore',
  'storage-async',
  'storage-sync',
  'database-stream',
  'security-unit',
  'prime-minister',
  'independent-unit',
  'licensed-organisation',
  'competent-authority',
  'province-office',
  'special-zone',
];

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const wordsRe = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\d_\\-./])(${words.map(escape).join('|')})(?![\\p{L}\\d_\\-])`, 'gu');

/** Prose only: code blocks, code spans, URLs and file paths removed. */
export function prose(markdown: string, authored: readonly string[]): string {
  // What the inventory's authors wrote (descriptions, reasons, purposes) is their text, shown as written; remediations
  // name inventory fields in code spans (test/rules/remediation.test.ts).
  let text = markdown;
  for (const a of authored) text = text.split(a).join('');
  return text
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/(?:[\w.-]+\/)+[\w.:-]+/g, '') // file paths and object paths (systems/x, evidence/drDrill)
    .replace(/--[a-z-]+/g, ''); // command-line options
}

/** Free text the inventory's authors wrote (every string of the model with a space in it) and the findings' remediations
 * as the Word documents show them (without the backticks of their code spans; the Markdown and the terminal keep the
 * code spans, which `prose` leaves out), as written and as the Markdown escapes them; longest first. */
export function authoredText(model: unknown, findings: readonly Finding[]): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.includes(' ')) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(model);
  for (const f of findings) if (f.remediation) out.add(richPlain(f.remediation.vi));
  for (const a of [...out]) out.add(md(a).trim());
  return [...out].sort((a, b) => b.length - a.length);
}

/** Each offending word with the text around it. */
export function offences(text: string, slugs: readonly string[], authored: readonly string[]): string[] {
  const deny = [
    wordsRe([...WORDS, ...ENUMS, ...slugs]),
    /(?<![\p{L}\d_-])\d+\s?(?:m|h|d|min|ms)(?![\p{L}\d_-])/gu, // durations as units ("1h30m", "15m", "15 min")
    /\b\d+[hd]\d+m\b/g,
    /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g, // ISO dates in prose: dd/mm/yyyy
  ];
  const found = new Set<string>();
  for (const line of prose(text, authored).split('\n')) {
    for (const re of deny) for (const m of line.matchAll(re)) found.add(`«${m[0]}»: …${line.slice(Math.max(0, m.index - 80), m.index + 80)}…`);
  }
  return [...found].sort();
}
