// The Vietnamese runbooks of both bundled provinces, and the Vietnamese text of `hatang plan` and `hatang firewall`,
// read like administrative documents: the scan of test/i18n/scan.ts, plus, for the runbooks, the English words of
// operations (failover, namespace, go/no-go…) and every other word written in ASCII letters only that is neither a
// Vietnamese syllable, an abbreviation nor a product name. Commands are commands, not prose: code blocks and code
// spans are left out of the word scan, but no placeholder or empty value may sit in a command.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Evaluation } from '../../modules/evaluation/index.js';
import { generateRunbooks } from '../../modules/runbook/index.js';
import { md } from '../../modules/runbook/markdown.js';
import { evaluateDir, runCli } from '../helpers.js';
import { authoredText, offences, prose, wordsRe } from './scan.js';

const PROVINCES = ['quang-ngai', 'lang-son'] as const;

/** Words of operations that the Vietnamese runbooks say in Vietnamese (the common deny-list applies too). */
const RUNBOOK_WORDS = [
  'failover',
  'failback',
  'replica',
  'replicas',
  'namespace',
  'namespaces',
  'Namespace',
  'node',
  'nodes',
  'pod',
  'pods',
  'log',
  'logs',
  'prefix',
  'Prefix',
  'gateway',
  'Gateway',
  'runbook',
  'runbooks',
  'Runbook',
  'go/no-go',
  'GO',
  'NO-GO',
  'DR',
  'split',
  'volume',
  'checksum',
  'streaming',
  'break-glass',
  'freeze',
  'disabled',
  'active',
  'dual-stack',
  'router',
  'Router',
  'kubeconfig',
];

/** Vietnamese syllables written without diacritics, as the runbooks use them (compared in lower case). */
const VI_ASCII = new Set(
  (
    'a an ba ban bao bo cao chia cho chi chu chung cung da danh do doanh dung ghi gia giao gian hai hay ho huy in kho khi khai khen khu khung ' +
    'kinh la len ly ma mang minh mong na nay ngay nghi nha nhanh nhau ninh qua quan quay quy ra ro sa sai sang sao sau sinh so song ' +
    'ta tay thanh thao thay the theo thi thu tin to tra trao trong truy trung tu va vai vi web xa xem xong'
  ).split(' '),
);

/** Products, standards and units written as their makers write them. */
const NAMES = new Set(
  ('Kubernetes Patroni PostgreSQL MariaDB MySQL Microsoft Oracle Velero Internet hatang GiB Mbit km Data Guard Always On ' + 'Kon Tum VNeID PayGov').split(' '),
);

/** Words written in ASCII letters only, neither an abbreviation (capitals) nor a Vietnamese syllable nor a name. */
function asciiWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{M}\d_])[A-Za-z]+(?![\p{L}\p{M}\d_])/gu)) {
    const w = m[0];
    // Capitals are abbreviations (RPO, DNS, GSLB); a single letter is a point of an article (điểm d) or a record type.
    if (/^[A-Z]+$/.test(w) || w.length === 1 || VI_ASCII.has(w.toLowerCase()) || NAMES.has(w)) continue;
    out.push(w);
  }
  return out;
}

/** The runbook's text without its front matter (metadata), indented code blocks (in list items) and link targets. */
function runbookText(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^[ \t]*```[\s\S]*?^[ \t]*```/gm, '')
    .replace(/\]\([^)\s]*\)/g, ']');
}

/** Every command of a runbook: the lines of its code blocks (shell only) and its inline code spans that run something. */
function commands(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks = [...body.matchAll(/^\s*```sh\n([\s\S]*?)^\s*```/gm)].flatMap((m) => m[1]!.split('\n').map((l) => l.trim()));
  const spans = [...body.replace(/^\s*```[\s\S]*?^\s*```/gm, '').matchAll(/(`+)([^`\n]+?)\1(?!`)/g)].map((m) => m[2]!.trim());
  const run = /^(?:[A-Z_]+=\S+ )?(?:kubectl|npx|node|dig|curl|psql|patronictl|mysql|velero|nft|ping|traceroute|hatang)\b/;
  return [...blocks.filter((l) => l !== ''), ...spans.filter((s) => run.test(s))];
}

/** What makes a command unusable as written: a placeholder, an empty value, a missing word. */
function brokenCommand(line: string): string | undefined {
  if (/—|…|undefined|(?<![/\w])null\b|NaN|\[object/.test(line)) return 'placeholder';
  if (/(?:^|\s)(?:''|"")(?:\s|$)/.test(line)) return 'empty quoted value';
  if (/\s--?[\w-]+=(?:\s|$)/.test(line)) return 'empty option value';
  if (/\s(?:--context|-n|--kubecontext|--candidate)(?:\s+-|\s*$)|\s-f\s*$/.test(line)) return 'option without its value';
  if (/\S {2,}\S/.test(line)) return 'missing word (two spaces)';
  return undefined;
}

const evaluations = new Map<string, Promise<Evaluation>>();
const evaluation = (p: string): Promise<Evaluation> => {
  if (!evaluations.has(p)) evaluations.set(p, evaluateDir(`inventory/${p}`));
  return evaluations.get(p)!;
};

describe.each(PROVINCES)('runbooks of %s in Vietnamese', (province) => {
  const files = async () => {
    const e = await evaluation(province);
    const out = generateRunbooks(e.model, { lang: 'vi', ruleset: e.selection.ruleset.id, findings: e.findings, plan: e.plan });
    return { e, files: out.filter((f) => f.path.endsWith('.md')) };
  };

  test('no English word, enum value, agency slug, unit-style duration or ISO date in the prose', async () => {
    const { e, files: generated } = await files();
    const slugs = e.model.agencies.filter((a) => a.title).map((a) => a.name);
    // The assessment checklists quote the checks' messages and references: the rules' own text, which
    // test/rules/vietnamese.test.ts scans.
    const quoted = e.findings.flatMap((x) => [x.message.vi, x.reference ?? ''].flatMap((q) => (q ? [q, md(q)] : [])));
    const authored = [...authoredText(e.model, e.findings), ...quoted].sort((a, b) => b.length - a.length);
    const deny = wordsRe(RUNBOOK_WORDS);
    const bad: string[] = [];
    for (const f of generated) {
      bad.push(...offences(runbookText(f.content), slugs, authored).map((o) => `${f.path} ${o}`));
      const text = prose(runbookText(f.content), authored);
      for (const line of text.split('\n')) {
        for (const m of line.matchAll(deny)) bad.push(`${f.path} «${m[0]}»: ${line.slice(Math.max(0, m.index - 60), m.index + 60)}`);
        for (const w of asciiWords(line)) bad.push(`${f.path} «${w}»: ${line.slice(0, 140)}`);
      }
    }
    expect([...new Set(bad)].sort()).toEqual([]);
  });

  test('every command is complete: no placeholder, empty value or missing word', async () => {
    const { files: generated } = await files();
    const bad = generated.flatMap((f) =>
      commands(f.content).flatMap((line) => {
        const why = brokenCommand(line);
        return why ? [`${f.path}: ${why}: ${line}`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });

  test('English runbooks keep English headings and the DR words', async () => {
    const e = await evaluation(province);
    const en = generateRunbooks(e.model, { lang: 'en', plan: e.plan });
    const failover = en.find((f) => f.path.endsWith('/failover.md'));
    expect(failover?.content).toContain('## 1. Summary\n');
  });
});

describe.each(PROVINCES)('hatang plan and hatang firewall in Vietnamese (%s)', (province) => {
  // The tables' headings too: a pool is a "khối địa chỉ", a prefix a "dải địa chỉ".
  const cliWords = wordsRe(['Pool', 'pool', 'Prefix', 'prefix', 'prefixes', 'routing', 'domain', 'key']);
  const scan = async (stdout: string) => {
    const e = await evaluation(province);
    const slugs = e.model.agencies.filter((a) => a.title).map((a) => a.name);
    const extra = prose(stdout, [])
      .split('\n')
      .flatMap((line) => [...line.matchAll(cliWords)].map((m) => `«${m[0]}»: ${line.trim().slice(0, 120)}`));
    return [...offences(stdout, slugs, authoredText(e.model, e.findings)), ...new Set(extra)];
  };

  test('hatang plan', async () => {
    const { stdout } = await runCli('plan', `inventory/${province}`, '--lang', 'vi');
    expect(await scan(stdout)).toEqual([]);
  });

  test('hatang firewall', async () => {
    const e = await evaluation(province);
    const dir = await mkdtemp(join(tmpdir(), 'hatang-fw-vi-'));
    const out: string[] = [];
    try {
      for (const site of e.model.sites) {
        const { stdout, stderr } = await runCli('firewall', `inventory/${province}`, '--site', site.name, '--lang', 'vi', '--out', join(dir, site.name));
        out.push(stdout, stderr);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await scan(out.join('\n'))).toEqual([]);
  });
});

test('the runbook scan finds English words, placeholders in commands, and allows code and Vietnamese', () => {
  expect(asciiWords('Chuyển đổi failover tại site DR, bản sao thành primary; dừng theo quy trình của PostgreSQL, RPO 15 phút.')).toEqual([
    'failover',
    'site',
    'primary',
  ]);
  expect(brokenCommand('kubectl --context — get nodes')).toBe('placeholder');
  expect(brokenCommand('kubectl --context kt -n  get pods')).toBe('missing word (two spaces)');
  expect(brokenCommand('kubectl --context kt -n')).toBe('option without its value');
  expect(brokenCommand('kubectl --context kt-k8s-dr -n he-thong-tthc scale deployment/api --replicas=2')).toBeUndefined();
  expect(commands('Chạy `kubectl --context x get pods` và `kt-dr`.\n\n```sh\ndig +short a A\n```\n')).toEqual([
    'dig +short a A',
    'kubectl --context x get pods',
  ]);
});
