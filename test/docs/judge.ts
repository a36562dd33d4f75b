// Loads an inventory example of the documentation in the inventory it belongs to and lists what is wrong with it.
import { readdirSync, readFileSync } from 'node:fs';
import { loadFiles, type Diagnostic, type Finding, type InventoryFile } from '../../modules/model/index.js';
import { evaluateModel } from '../helpers.js';
import { baseFolderOf, parseDocuments, sampleFolderOf, type YamlBlock } from './blocks.js';

/** The base a fragment of a page without a sample inventory is added to. */
export const MINIMAL_BASE = 'test/fixtures/minimal/inventory.yaml';

/**
 * The rules every inventory example must not fail at error level: the address-plan rules (V6-*, ADDR-*) and the
 * agency-code rules of the address plan (AU-*). A finding a waiver of the page covers counts too: whoever copies the
 * example does not copy the waiver.
 */
const CHECKED_RULES = /^(V6|ADDR|AU)-/;

const ROOT = 'docs-example';

/** Where a virtual file of the example inventory comes from: a block of a Markdown file, or a fixture. */
interface Origin {
  readonly where: string;
  readonly firstLine: number;
}

interface Built {
  readonly files: InventoryFile[];
  readonly origins: Map<string, Origin>;
}

/** The outcome of loading and evaluating one set of files. */
interface Judged {
  readonly errors: readonly Diagnostic[];
  /** Error-level failing findings of the checked rules; absent when the inventory does not load. */
  readonly findings?: readonly Finding[];
}

const keyOf = (kind: string | undefined, name: string | undefined) => `${kind}/${name}`;

/** Kind/name of every inventory document of a text. */
export function documentKeys(text: string): Set<string> {
  return new Set(parseDocuments(text).documents.map((d) => keyOf(d.kind, d.name)));
}

/** The text with the documents named in `drop` blanked out, line numbers kept (a blank document is ignored). */
function without(text: string, drop: ReadonlySet<string>): string {
  if (drop.size === 0) return text;
  const lines = text.split('\n');
  let start = 0;
  const blankIfDropped = (end: number) => {
    const doc = parseDocuments(lines.slice(start, end).join('\n')).documents[0];
    if (doc && drop.has(keyOf(doc.kind, doc.name))) for (let i = start; i < end; i++) lines[i] = '';
  };
  lines.forEach((line, i) => {
    if (/^---\s*$/.test(line)) {
      blankIfDropped(i);
      start = i + 1;
    }
  });
  blankIfDropped(lines.length);
  return lines.join('\n');
}

function fileOf(built: Built, name: string, text: string, origin: Origin): void {
  const path = `${ROOT}/${String(built.files.length).padStart(3, '0')}-${name.replace(/[^A-Za-z0-9.-]+/g, '-')}.yaml`;
  built.files.push({ path, text });
  built.origins.set(path, origin);
}

/** Loads the files and evaluates the result. */
function judge(files: readonly InventoryFile[]): Judged {
  const load = loadFiles(ROOT, files);
  const errors = load.diagnostics.filter((d) => d.severity === 'error');
  if (!load.model || errors.length > 0) return { errors };
  const evaluation = evaluateModel(load.model, {}, { locate: load.locate });
  const findings = evaluation.findings.filter((f) => (f.status === 'fail' || f.status === 'waived') && f.severity === 'error' && CHECKED_RULES.test(f.rule));
  return { errors, findings };
}

function place(origins: Map<string, Origin>, location: { file: string; line: number } | undefined): string {
  if (!location) return '(no location)';
  const origin = origins.get(location.file);
  return origin ? `${origin.where}:${origin.firstLine + location.line - 1}` : `${location.file}:${location.line}`;
}

/** A message with the example inventory's file names (`docs-example/…yaml:line:column`) put back as Markdown lines. */
const mapped = (origins: Map<string, Origin>, message: string) =>
  message.replace(/(docs-example\/[^\s:,()]+\.yaml):(\d+):\d+/g, (_, file: string, line: string) => place(origins, { file, line: Number(line) }));

const showDiagnostic = (origins: Map<string, Origin>, d: Diagnostic) =>
  `${place(origins, d.location)}: error [${d.code}] ${d.pointer ?? ''}: ${mapped(origins, d.message.en)}` +
  (d.suggestion !== undefined && !d.message.en.includes('Did you mean') ? ` Did you mean "${d.suggestion}"?` : '');
const showFinding = (origins: Map<string, Origin>, f: Finding) =>
  `${place(origins, f.location)}: ${f.rule} (${f.severity}${f.status === 'waived' ? ', waived by the page' : ''}) ${f.target}: ${mapped(origins, f.message.en)}`;
const findingKey = (f: Finding) => `${f.rule}|${f.target}|${f.part ?? ''}|${f.message.en}`;

/** A file a block is loaded with: another block, or a file of the project. */
export interface BaseFile {
  readonly name: string;
  readonly text: string;
  readonly origin: Origin;
}

/** What a block is checked with. */
export interface Context {
  /** The other blocks of its sample inventory, for a block naming a file of one (`# inventory/<p>/<file>.yaml`). */
  readonly sample: readonly BaseFile[];
  /** The base a fragment is added to: the page's sample inventory, the folder its marker names, or the minimal fixture. */
  readonly base: readonly BaseFile[];
}

const blockFile = (b: YamlBlock): BaseFile => ({ name: `${b.md}-${b.line}`, text: b.text, origin: { where: b.md, firstLine: b.line } });
const projectFile = (path: string): BaseFile => ({ name: path, text: readFileSync(path, 'utf8'), origin: { where: path, firstLine: 1 } });

/**
 * A block naming a file of a sample inventory is checked with the other files of that sample: the sample must load,
 * and no checked rule may fail at error level at a line of the block.
 */
function problemsInSample(block: YamlBlock, others: readonly BaseFile[]): string[] {
  const built: Built = { files: [], origins: new Map() };
  for (const f of [blockFile(block), ...others]) fileOf(built, f.name, f.text, f.origin);
  const judged = judge(built.files);
  const own = built.files[0]!.path;
  return [
    ...judged.errors.map((d) => showDiagnostic(built.origins, d)),
    ...(judged.findings ?? []).filter((f) => !f.location || f.location.file === own).map((f) => showFinding(built.origins, f)),
  ];
}

/**
 * Any other block is standalone when it holds a Province, else a fragment added to its base in place of the base's
 * documents of the same kind and name. Every loader error counts, and every failing finding the block adds to those of
 * the base alone.
 */
function problemsOnBase(block: YamlBlock, base: readonly BaseFile[]): string[] {
  const keys = documentKeys(block.text);
  const files = [...keys].some((k) => k.startsWith('Province/')) ? [] : base;
  const baseOf = (drop: ReadonlySet<string>): Built => {
    const built: Built = { files: [], origins: new Map() };
    for (const f of files) fileOf(built, f.name, without(f.text, drop), f.origin);
    return built;
  };
  const whole = baseOf(new Set());
  const alone = whole.files.length > 0 ? judge(whole.files) : { errors: [], findings: [] };
  if (!alone.findings) return [`the base does not load: ${alone.errors.map((d) => showDiagnostic(whole.origins, d)).join('; ')}`];
  const known = new Set(alone.findings.map(findingKey));
  const built = baseOf(keys);
  fileOf(built, `${block.md}-${block.line}`, block.text, blockFile(block).origin);
  const judged = judge(built.files);
  return [
    ...judged.errors.map((d) => showDiagnostic(built.origins, d)),
    ...(judged.findings ?? []).filter((f) => !known.has(findingKey(f))).map((f) => showFinding(built.origins, f)),
  ];
}

/** Every problem of an inventory example in its context, each with its Markdown file and line. */
export function problemsOf(block: YamlBlock, context: Context): string[] {
  return sampleFolderOf(block) !== undefined ? problemsInSample(block, context.sample) : problemsOnBase(block, context.base);
}

/** The inventory files of a project folder (the address lock left out: examples are planned afresh). */
function folderFiles(folder: string): BaseFile[] {
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f) && !f.endsWith('.lock.yaml'))
    .sort()
    .map((f) => projectFile(`${folder}/${f}`));
}

/** The context of an inventory block among the inventory blocks of the documentation. */
export function contextOf(block: YamlBlock, inventoryBlocks: readonly YamlBlock[]): Context {
  const page = inventoryBlocks.filter((b) => b.md === block.md && !b.markers.includes('invalid') && sampleFolderOf(b) !== undefined);
  const folder = sampleFolderOf(block);
  if (folder !== undefined) return { sample: page.filter((b) => b !== block && sampleFolderOf(b) === folder).map(blockFile), base: [] };
  const named = baseFolderOf(block);
  if (named !== undefined) return { sample: [], base: folderFiles(named) };
  // The page's sample that holds a Province (one such folder per page), else the minimal fixture.
  const withProvince = page.filter((b) => parseDocuments(b.text).documents.some((d) => d.kind === 'Province'));
  const folders = new Set(withProvince.map(sampleFolderOf));
  const base = folders.size === 1 ? page.filter((b) => folders.has(sampleFolderOf(b))).map(blockFile) : [projectFile(MINIMAL_BASE)];
  return { sample: [], base };
}
