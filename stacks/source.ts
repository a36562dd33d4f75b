// What a cdktf output folder holds: `hatang-source.json`, written beside `manifest.json` by every synthesis (`hatang
// synth`, `hatang build`, the cdktf app), names the inventory folder and the hashes of the inventory and of the object
// plan. The cdktf app reads it back so that `cdktf synth` and `cdktf deploy` deploy exactly what `hatang synth` wrote.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { K8sPlan } from '../modules/k8s/index.js';
import type { Model } from '../modules/model/index.js';

/** The record's file name, in the output folder. */
export const SOURCE_FILE = 'hatang-source.json';

export interface StackSource {
  /** The inventory folder, relative to the working directory of the synthesis (forward slashes). */
  readonly inventory: string;
  /** `Model.hash`: SHA-256 over the inventory files (names and contents). */
  readonly inventoryHash: string;
  /** SHA-256 of the object plan the stacks were made from: it moves with the inventory and with its address lock. */
  readonly planHash: string;
}

/** The cdktf app will not synthesize: the message gives the reason in English, then in Vietnamese. */
export class SourceRefusedError extends Error {}

/** SHA-256 of the clusters of an object plan (what is deployed), as `sha256:<hex>`. */
export function planHash(plan: K8sPlan): string {
  return `sha256:${createHash('sha256')
    .update(JSON.stringify({ province: plan.province, clusters: plan.clusters }))
    .digest('hex')}`;
}

/** A folder as the record writes it: relative to `cwd` when it can be, with forward slashes. */
export function folderName(dir: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, dir));
  return (rel === '' ? '.' : isAbsolute(rel) ? resolve(cwd, dir) : rel).split(sep).join('/');
}

export function stackSource(model: Model, plan: K8sPlan): StackSource {
  return { inventory: folderName(model.root), inventoryHash: model.hash, planHash: planHash(plan) };
}

export function writeStackSource(outdir: string, source: StackSource): void {
  const note = 'Written by hatang: the inventory these stacks come from. The cdktf app refuses to synthesize another one here (docs/stacks.md).';
  writeFileSync(join(outdir, SOURCE_FILE), JSON.stringify({ '//': note, ...source }, null, 2) + '\n');
}

/** The record in `outdir`, or undefined when there is none; a record that cannot be read is refused. */
export function readStackSource(outdir: string): StackSource | undefined {
  const file = join(outdir, SOURCE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let data: Partial<Record<keyof StackSource, unknown>> | undefined;
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    data = undefined;
  }
  if (!data || typeof data.inventory !== 'string' || typeof data.inventoryHash !== 'string' || typeof data.planHash !== 'string') {
    throw new SourceRefusedError(
      `${file} cannot be read; run hatang synth <inventory folder> again, or delete ${outdir} to start afresh.\n` +
        `Không đọc được tệp ${file}; chạy lại lệnh hatang synth <thư mục mô hình hạ tầng>, hoặc xóa thư mục ${outdir} để sinh lại từ đầu.`,
    );
  }
  return { inventory: data.inventory, inventoryHash: data.inventoryHash, planHash: data.planHash };
}

/**
 * The inventory folder the cdktf app synthesizes: `requested` (HATANG_INVENTORY) when given, else the record's, else
 * `fallback`. Refused when `requested` names another folder than the record of the output folder.
 */
export function chooseInventory(outdir: string, record: StackSource | undefined, requested: string | undefined, fallback: string): string {
  if (!record) return requested ?? fallback;
  if (requested === undefined || resolve(requested) === resolve(record.inventory)) return record.inventory;
  throw new SourceRefusedError(
    `${outdir} holds the stacks hatang synth made from ${record.inventory} (${join(outdir, SOURCE_FILE)}), but HATANG_INVENTORY names ${requested}. ` +
      `To deploy ${requested}, run hatang synth ${requested} first; else unset HATANG_INVENTORY.\n` +
      `Thư mục ${outdir} chứa mã Terraform sinh từ thư mục mô hình hạ tầng ${record.inventory} (ghi tại ${join(outdir, SOURCE_FILE)}), ` +
      `nhưng biến môi trường HATANG_INVENTORY chỉ tới ${requested}. Muốn triển khai ${requested}, chạy trước lệnh hatang synth ${requested}; ` +
      `nếu không, bỏ biến môi trường này.`,
  );
}

/** Refuses when the inventory or its object plan changed since the record was written. */
export function checkUnchanged(outdir: string, record: StackSource, now: StackSource): void {
  const inventory = record.inventoryHash !== now.inventoryHash;
  if (!inventory && record.planHash === now.planHash) return;
  const [en, vi] = inventory
    ? ['its files changed', 'các tệp của thư mục đã thay đổi']
    : [
        'the objects it plans changed (its address lock, or the version of hatang, changed)',
        'các đối tượng lập ra từ thư mục đã thay đổi (do tệp khóa địa chỉ hoặc phiên bản hatang đã thay đổi)',
      ];
  throw new SourceRefusedError(
    `${record.inventory} is not what hatang synth read when it wrote ${outdir}: ${en}. Review the change, then run hatang synth ${record.inventory} again.\n` +
      `Thư mục mô hình hạ tầng ${record.inventory} không còn như khi lệnh hatang synth sinh thư mục ${outdir}: ${vi}. ` +
      `Xem xét thay đổi, rồi chạy lại lệnh hatang synth ${record.inventory}.`,
  );
}
