// Bounds on what one run reports and reads: the diagnostics of a document and of the inventory are capped (the rest
// counted in one located diagnostic), and the address lock has a size limit of its own.
import { mkdtemp, readFile, rm, truncate, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readAddressLock } from '../../modules/addressing/index.js';
import { DEFAULT_DIAGNOSTIC_LIMITS, DiagnosticCollector } from '../../modules/model/cap.js';
import { DEFAULT_LIMITS, DEFAULT_PARSE_LIMITS, loadFiles, loadInventory, type Diagnostic } from '../../modules/model/index.js';
import { MAX_ERRORS } from '../../modules/model/schema-validator.generated.js';
import { runCli } from '../helpers.js';

const made: string[] = [];
const scratch = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-limits-'));
  made.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

const HEAD = `apiVersion: hatang.vn/v1
kind: Province
metadata:
  name: thu-nghiem
spec:
  code: "51"
  name: Tỉnh Thử Nghiệm
  tiers: 2
---
apiVersion: hatang.vn/v1
kind: Site
metadata:
  name: dc-chinh
spec:
  name: Trung tâm dữ liệu tỉnh
  role: primary
---
apiVersion: hatang.vn/v1
kind: Zone
metadata:
  name: dc-app
spec:
  site: dc-chinh
  kind: internal-servers
  vlan: 120
  ipv4: 192.168.20.0/24
`;

/** A Flow whose `ports` is a flow sequence of `count` malformed ports, one character each. */
const flowDoc = (name: string, count: number) => `---
apiVersion: hatang.vn/v1
kind: Flow
metadata:
  name: ${name}
spec:
  from: { external: tslcd }
  to: { zone: dc-app }
  purpose: Một danh sách cổng rất dài
  ports: [${Array.from({ length: count }, () => 'x').join(', ')}]
`;
/** The province's head, then one such Flow: its ports are on line PORTS_LINE. */
const PORTS_LINE = 36;
const denseFlow = (count: number) => HEAD + flowDoc('danh-sach-dai', count);
/** Column of the i-th port (from 0) on the ports line. */
const portColumn = (i: number) => '  ports: ['.length + 1 + 3 * i;

describe('diagnostics of one document', () => {
  // As many one-character errors as fit in one document under the 256 KiB limit for a document.
  const count = 80_000;
  const text = denseFlow(count);
  // The validator stops after MAX_ERRORS errors (scripts/build-validator.mjs): those after the first 1,000 are counted.
  const omitted = MAX_ERRORS + 1 - DEFAULT_DIAGNOSTIC_LIMITS.perDocument;

  test('a document of 80,000 errors: the first 1,000 located, then one saying at least how many more, no crash', () => {
    expect(text.length).toBeLessThan(DEFAULT_PARSE_LIMITS.maxDocumentChars);
    const result = loadFiles('x', [{ path: 'x/inventory.yaml', text }]);
    const { perDocument } = DEFAULT_DIAGNOSTIC_LIMITS;
    expect(result.model).toBeUndefined();
    expect(result.diagnostics).toHaveLength(perDocument + 1);
    expect(text.split('\n')[PORTS_LINE - 1]).toMatch(/^ {2}ports: \[x, x/);
    for (const [i, d] of result.diagnostics.slice(0, perDocument).entries()) {
      expect(d).toMatchObject({ severity: 'error', code: 'invalid-value', pointer: `/spec/ports/${i}` });
      expect(d.location).toEqual({ file: 'x/inventory.yaml', line: PORTS_LINE, column: portColumn(i) });
    }
    const more = result.diagnostics[perDocument]!;
    expect(more).toMatchObject({ code: 'too-many-diagnostics', severity: 'error' });
    // located at the first port left out
    expect(more.location).toEqual({ file: 'x/inventory.yaml', line: PORTS_LINE, column: portColumn(perDocument) });
    expect(more.message.en).toBe(
      `At least ${omitted} more errors in this document are not listed; only the first ${perDocument} are, and the first one left out is here. Fix those listed and check again.`,
    );
    expect(more.message.vi).toContain(`Tài liệu này còn ít nhất ${omitted} lỗi khác không được liệt kê; chỉ liệt kê ${perDocument} lỗi đầu tiên`);
  });

  test('hatang validate of that document exits 2 with the located errors and the count of the others', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'inventory.yaml'), text);
    const { code, stdout, stderr } = await runCli('validate', dir, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as { valid: boolean; diagnostics: Diagnostic[] };
    expect(report.valid).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({ code: 'invalid-value', location: { line: PORTS_LINE, column: portColumn(0) } });
    expect(report.diagnostics.at(-1)).toMatchObject({ code: 'too-many-diagnostics', location: { line: PORTS_LINE, column: portColumn(1000) } });
    const lines = await runCli('validate', dir, '--lang', 'en');
    expect(lines.code).toBe(2);
    expect(lines.stdout).toContain(
      `inventory.yaml:${PORTS_LINE}:${portColumn(1000)}: error [too-many-diagnostics]: At least ${omitted} more errors in this document`,
    );
  }, 60_000);

  test('a document longer than 256 KiB is refused unread, at its first line, and the documents around it do not count', async () => {
    const long = denseFlow(100_000);
    expect(long.length).toBeGreaterThan(DEFAULT_PARSE_LIMITS.maxDocumentChars);
    const result = loadFiles('x', [{ path: 'x/inventory.yaml', text: long }]);
    expect(result.diagnostics).toEqual([
      {
        code: 'document-too-large',
        severity: 'error',
        location: { file: 'x/inventory.yaml', line: PORTS_LINE - 9, column: 1 },
        message: {
          vi: 'Tài liệu YAML bắt đầu tại đây dài hơn 256 KiB (262144 ký tự), giới hạn cho một tài liệu; tệp không được đọc. Tách các đối tượng thành các tài liệu riêng, phân cách bằng dòng ---.',
          en: 'The YAML document starting here is longer than 256 KiB (262144 characters), the limit for one document; the file was not read. Put the entities in documents of their own, separated by --- lines.',
        },
      },
    ]);
    // The same lists cut into documents under the limit are read, each with its own errors.
    const cut = HEAD + Array.from({ length: 4 }, (_, i) => flowDoc(`danh-sach-${i}`, 25_000)).join('');
    expect(cut.length).toBeGreaterThan(DEFAULT_PARSE_LIMITS.maxDocumentChars);
    const read = loadFiles('x', [{ path: 'x/inventory.yaml', text: cut }]);
    expect(read.diagnostics.filter((d) => d.code === 'too-many-diagnostics')).toHaveLength(4);
  });

  test('a document with fewer errors than the limit lists them all, without the count', () => {
    const result = loadFiles('x', [{ path: 'x/inventory.yaml', text: denseFlow(DEFAULT_DIAGNOSTIC_LIMITS.perDocument) }]);
    expect(result.diagnostics).toHaveLength(DEFAULT_DIAGNOSTIC_LIMITS.perDocument);
    expect(result.diagnostics.every((d) => d.code === 'invalid-value')).toBe(true);
  });
});

describe('diagnostics of the inventory', () => {
  test('at most the total limit, the first ones by file, line and column, then one counting the rest', () => {
    // 30 documents of 1,000 errors each (the per-document limit), 30,000 in all.
    const flows = (f: number) => Array.from({ length: 10 }, (_, i) => flowDoc(`luong-${f}-${i}`, 1000)).join('');
    const files = Array.from({ length: 3 }, (_, f) => ({ path: `x/${f}.yaml`, text: (f === 0 ? HEAD : '') + flows(f) }));
    const result = loadFiles('x', files.reverse(), undefined, [], undefined, { perDocument: 1000, total: 2500 });
    expect(result.diagnostics).toHaveLength(2501);
    const shown = result.diagnostics.slice(0, 2500);
    // the first 2,500 in order: those of file x/0.yaml
    expect(shown.every((d) => d.location?.file === 'x/0.yaml' && d.code === 'invalid-value')).toBe(true);
    const more = result.diagnostics[2500]!;
    expect(more).toMatchObject({ code: 'too-many-diagnostics', severity: 'error', location: { file: 'x/0.yaml' } });
    expect(more.message.en).toMatch(/^27500 more errors and warnings about the input are not listed; only the first 2500 by file, line and column are/);
    const last = shown[2499]!.location!;
    expect(more.location!.line > last.line || (more.location!.line === last.line && more.location!.column > last.column)).toBe(true);
  });

  test('the collector keeps the same diagnostics in the same order as a stable sort, when nothing is left out', () => {
    const at = (line: number, en: string): Diagnostic => ({
      code: 'invalid-value',
      severity: 'error',
      location: { file: 'f', line, column: 1 },
      message: { vi: en, en },
    });
    const all = [at(3, 'b'), at(1, 'a'), at(3, 'a'), at(2, 'z'), { ...at(3, 'a'), pointer: '/x' }, at(1, 'a')];
    const collector = new DiagnosticCollector(10);
    for (const d of all) collector.add(d);
    expect(collector.result()).toEqual(
      [...all].sort((a, b) => a.location!.line - b.location!.line || (a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0)),
    );
    const small = new DiagnosticCollector(2);
    for (const d of all) small.add(d);
    expect(small.result().map((d) => [d.code, d.location?.line, d.message.en])).toEqual([
      ['invalid-value', 1, 'a'],
      ['invalid-value', 1, 'a'],
      [
        'too-many-diagnostics',
        2,
        '4 more errors and warnings about the input are not listed; only the first 2 by file, line and column are, and the first one left out is here. Fix those listed and check again.',
      ],
    ]);
  });
});

describe('the address lock', () => {
  const lockHead = (province: string) => `version: 1\nprovince: ${province}\nallocations: {}\n`;

  test('has a size limit of its own: a lock of 20 MB (a province of 100,000 agencies) is read', async () => {
    const dir = await scratch();
    const model = (await loadInventory('test/fixtures/minimal')).model!;
    const lock = join(dir, 'addressing.lock.yaml');
    // 20 MB of comment lines stand in for 200,000 entries: what is checked is the size, not the entries.
    const line = `# ${'x'.repeat(98)}\n`;
    await writeFile(lock, lockHead(model.province.name) + line.repeat(200_000));
    const read = await readAddressLock(lock, model);
    expect(read.diagnostics).toEqual([]);
    expect(read.lock?.province).toBe(model.province.name);
    expect(DEFAULT_LIMITS.maxLockBytes).toBeGreaterThanOrEqual(20_000_000);
    // above the limit of an inventory file: the lock's own limit is the one that applies
    expect(20_000_000).toBeGreaterThan(DEFAULT_LIMITS.maxFileBytes);
  }, 60_000);

  test('a lock larger than its limit is a located file-too-large error, and validate exits 2', async () => {
    const dir = await scratch();
    await copyFile('test/fixtures/minimal/inventory.yaml', join(dir, 'inventory.yaml'));
    const lock = join(dir, 'addressing.lock.yaml');
    await writeFile(lock, lockHead('mau'));
    await truncate(lock, DEFAULT_LIMITS.maxLockBytes + 1);
    const { code, stdout } = await runCli('validate', dir, '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout).toContain(
      `${lock}:1:1: error [file-too-large]: The file has ${DEFAULT_LIMITS.maxLockBytes + 1} bytes, more than the limit of ${DEFAULT_LIMITS.maxLockBytes} (the address lock's own limit, see docs/addressing.md)`,
    );
    // not read: the file is refused on its size alone
    expect((await readFile(lock)).subarray(0, 10).toString()).toBe('version: 1');
  }, 60_000);
});
