// The cdktf app deploys what `hatang synth` wrote: it takes the inventory from the output folder's record
// (hatang-source.json), and refuses another folder in HATANG_INVENTORY, or an inventory or plan that changed since.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runApp } from '../../stacks/app.js';
import { folderName, planHash, readStackSource, SOURCE_FILE, type StackSource } from '../../stacks/source.js';
import { evaluateDir, runCli as run } from '../helpers.js';

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** A copy of the frozen Lạng Sơn inventory and the output folder `hatang synth` wrote from it. */
async function synthesized(): Promise<{ inventory: string; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'hatang-source-'));
  made.push(dir);
  const inventory = join(dir, 'lang-son');
  const out = join(dir, 'cdktf.out');
  await cp('test/stacks/inventory/lang-son', inventory, { recursive: true });
  const result = await run('synth', inventory, '--out', out, '--format', 'json');
  expect(result.code).toBe(0);
  return { inventory, out };
}

/** Every file of an output folder with its content. */
async function files(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile())) out[join(e.parentPath, e.name).slice(dir.length + 1)] = await readFile(join(e.parentPath, e.name), 'utf8');
  return out;
}

describe('hatang synth records its source, and the cdktf app follows it', () => {
  test('the record names the inventory folder, its hash and the hash of its object plan', async () => {
    const { inventory, out } = await synthesized();
    const evaluation = await evaluateDir(inventory);
    const record = readStackSource(out);
    expect(record).toEqual<StackSource>({ inventory: folderName(inventory), inventoryHash: evaluation.model.hash, planHash: planHash(evaluation.k8s()) });
    expect(resolve(record!.inventory)).toBe(resolve(inventory));
    expect(JSON.parse(await readFile(join(out, SOURCE_FILE), 'utf8'))['//']).toMatch(/hatang/);
  });

  test('without HATANG_INVENTORY the app synthesizes the recorded inventory: the same files, byte for byte', async () => {
    const { inventory, out } = await synthesized();
    const before = await files(out);
    const result = await runApp({ CDKTF_OUTDIR: out });
    expect(result).toEqual({ code: 0, inventory: folderName(inventory), errors: [] });
    const after = await files(out);
    // cdktf adds its construct metadata beside each stack; hatang synth leaves it out.
    for (const [path, content] of Object.entries(before)) expect(after[path]).toBe(content);
  });

  test('HATANG_INVENTORY naming the same folder (another spelling) is accepted', async () => {
    const { inventory, out } = await synthesized();
    expect((await runApp({ CDKTF_OUTDIR: out, HATANG_INVENTORY: `${inventory}/` })).code).toBe(0);
  });

  test('HATANG_INVENTORY naming another folder is refused in both languages, and nothing is written', async () => {
    const { out } = await synthesized();
    const before = await files(out);
    const result = await runApp({ CDKTF_OUTDIR: out, HATANG_INVENTORY: 'inventory/lang-son' });
    expect(result.code).toBe(2);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/HATANG_INVENTORY names inventory\/lang-son.*run hatang synth inventory\/lang-son first/);
    expect(result.errors[1]).toMatch(/^Thư mục .* chứa mã Terraform sinh từ thư mục mô hình hạ tầng .*lang-son/);
    expect(await files(out)).toEqual(before);
  });

  test('an inventory edited since hatang synth is refused, in both languages', async () => {
    const { inventory, out } = await synthesized();
    const before = await files(out);
    const sites = join(inventory, 'sites.yaml');
    await writeFile(sites, (await readFile(sites, 'utf8')).replace('commissioned: 2008', 'commissioned: 2009'));
    const result = await runApp({ CDKTF_OUTDIR: out });
    expect(result.code).toBe(2);
    expect(result.errors[0]).toMatch(/is not what hatang synth read when it wrote .*: its files changed/);
    expect(result.errors[1]).toMatch(/không còn như khi lệnh hatang synth sinh thư mục .*: các tệp của thư mục đã thay đổi/);
    expect(await files(out)).toEqual(before);
    // Running hatang synth again accepts the change; the app then follows.
    expect((await run('synth', inventory, '--out', out)).code).toBe(0);
    expect((await runApp({ CDKTF_OUTDIR: out })).code).toBe(0);
  });

  test('an object plan that changed with the same inventory files (address lock, hatang version) is refused', async () => {
    const { out } = await synthesized();
    const file = join(out, SOURCE_FILE);
    const record = JSON.parse(await readFile(file, 'utf8')) as StackSource;
    await writeFile(file, JSON.stringify({ ...record, planHash: `sha256:${'0'.repeat(64)}` }));
    const result = await runApp({ CDKTF_OUTDIR: out });
    expect(result.code).toBe(2);
    expect(result.errors[0]).toMatch(/the objects it plans changed \(its address lock, or the version of hatang, changed\)/);
    expect(result.errors[1]).toMatch(/tệp khóa địa chỉ hoặc phiên bản hatang/);
  });

  test('a record that cannot be read is refused rather than ignored', async () => {
    const { out } = await synthesized();
    await writeFile(join(out, SOURCE_FILE), '{ "inventory": 1 }');
    const result = await runApp({ CDKTF_OUTDIR: out });
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([expect.stringMatching(/cannot be read/), expect.stringMatching(/^Không đọc được tệp/)]);
  });

  test('an output folder without a record takes HATANG_INVENTORY, and records it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hatang-source-'));
    made.push(dir);
    const out = join(dir, 'cdktf.out');
    const result = await runApp({ CDKTF_OUTDIR: out, HATANG_INVENTORY: 'test/stacks/inventory/lang-son' });
    expect(result).toEqual({ code: 0, inventory: 'test/stacks/inventory/lang-son', errors: [] });
    expect(readStackSource(out)?.inventory).toBe('test/stacks/inventory/lang-son');
    expect(Object.keys(await files(out))).toEqual(expect.arrayContaining(['manifest.json', SOURCE_FILE, 'stacks/ls-k8s-pilot/cdk.tf.json']));
  });
});
