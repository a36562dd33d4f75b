// `hatang plan`: the action, loaded only when the command runs (modules/cli/commands/plan.ts registers it).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { diffPlans, LOCK_FILE, releaseNames, renderPlan, renderPlanDiff, serializeLock, type AddressLock, type AddressPlan } from '../../addressing/index.js';
import type { Finding, Lang, Model } from '../../model/index.js';
import { renderValidationText, validationReport } from '../../report/index.js';
import { EXIT, type CliContext, type CommonOptions } from '../context.js';
import { inventoryFolder } from '../inventory-folder.js';
import { judge } from '../pipeline.js';
import { replaceProblem, writeFileAtomic } from '../write.js';
import { lockChanges, renderLockChanges } from '../lock-changes.js';
import { styleFor } from '../terminal.js';
import { mark } from '../../report/validation.js';

export interface PlanCliOptions extends CommonOptions {
  readonly lock?: string;
  readonly frozen?: boolean;
  /** `--release`: bare (`true`), or the lock keys or object names given (`--release agencies/xa-an-phu/ipv4`). */
  readonly release?: boolean | readonly string[];
  /** Write the lock file when the plan changes it (`--write-lock`); without it `hatang plan` writes nothing. */
  readonly writeLock?: boolean;
  /** `--no-write`, kept for scripts written before `hatang plan` became read-only: writes nothing, as by default. */
  readonly write?: boolean;
  /** Rewrite a lock that is read-only, not writable by the user, or a symbolic link. */
  readonly forceLockWrite?: boolean;
  readonly diff?: string;
  readonly asOf?: string;
}

const run = promisify(execFile);

type Loaded =
  | { ok: true; model: Model; plan: AddressPlan; findings: readonly Finding[]; lockPath: string; lock?: AddressLock; lockText?: string }
  | { ok: false; exit: number };

/** Evaluates an inventory with its lock; reports problems itself and says which exit code they mean. */
async function loadAndPlan(cli: CliContext, path: string, options: PlanCliOptions, lockPath: string): Promise<Loaded> {
  const judged = await judge(cli, path, options.asOf !== undefined ? { asOf: options.asOf } : {}, options.lang, {
    lockPath,
    ...(options.release ? { release: options.release } : {}),
  });
  if (!judged) return { ok: false, exit: EXIT.invalid };
  if (!judged.ok) {
    const { load } = judged.opened;
    cli.io.stderr(renderValidationText(validationReport(path, load, [], cli.version), load, options.lang, styleFor(cli.io, 'stderr')));
    return { ok: false, exit: EXIT.invalid };
  }
  const { evaluation } = judged;
  if (!releasesKnown(cli, options, lockPath, evaluation.lock)) return { ok: false, exit: EXIT.invalid };
  return {
    ok: true,
    model: evaluation.model,
    plan: evaluation.plan,
    findings: evaluation.planFindings,
    lockPath,
    ...(evaluation.lock ? { lock: evaluation.lock } : {}),
    ...(evaluation.lockText !== undefined ? { lockText: evaluation.lockText } : {}),
  };
}

/**
 * Every name given to `--release` must name an entry of the committed lock (its key, or its object): a typo would
 * otherwise release nothing, and a folder written after a bare `--release` would be taken for a key.
 */
function releasesKnown(cli: CliContext, options: PlanCliOptions, lockPath: string, lock: AddressLock | undefined): boolean {
  if (!Array.isArray(options.release)) return true;
  const keys = Object.keys(lock?.allocations ?? {});
  const unknown = (options.release as readonly string[]).filter((name) => !keys.some((key) => releaseNames(name, key)));
  for (const name of unknown)
    cli.io.stderr(
      options.lang === 'vi'
        ? `hatang: --release ${name}: không mục nào của ${lockPath} có khóa này hoặc thuộc đối tượng này. Ghi khóa của mục (ví dụ agencies/xa-an-phu/ipv4) hoặc tên đối tượng (agencies/xa-an-phu); thư mục mô hình hạ tầng đặt trước các tùy chọn: hatang plan <thư mục> --write-lock --release <khóa>.\n`
        : `hatang: --release ${name}: no entry of ${lockPath} has this key or belongs to this object. Give an entry's key (e.g. agencies/xa-an-phu/ipv4) or an object name (agencies/xa-an-phu); the inventory folder goes before the options: hatang plan <dir> --write-lock --release <key>.\n`,
    );
  return unknown.length === 0;
}

/** Copies the inventory folder as it was at a git revision into a temporary folder (read-only git commands). */
export async function checkoutAt(ref: string, dir: string): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const abs = resolve(dir);
  const top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd: abs })).stdout.trim();
  const rel = relative(top, abs).split('\\').join('/');
  const listed = (await run('git', ['ls-tree', '-r', '--name-only', ref, '--', rel || '.'], { cwd: top, maxBuffer: 64 * 1024 * 1024 })).stdout
    .split('\n')
    .filter((f) => f !== '');
  const temp = await mkdtemp(join(tmpdir(), 'hatang-diff-'));
  const root = join(temp, rel ? rel.split('/').pop()! : 'inventory');
  for (const file of listed) {
    const inside = rel ? file.slice(rel.length + 1) : file;
    const content = (await run('git', ['show', `${ref}:${file}`], { cwd: top, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 })).stdout;
    await mkdir(dirname(join(root, inside)), { recursive: true });
    await writeFile(join(root, inside), content);
  }
  if (listed.length === 0) await mkdir(root, { recursive: true });
  return { path: root, cleanup: () => rm(temp, { recursive: true, force: true }) };
}

export async function runPlan(cli: CliContext, dir: string | undefined, options: PlanCliOptions): Promise<void> {
  const lang: Lang = options.lang;
  const path = inventoryFolder(cli, dir, options.lang, 'plan');
  if (path === undefined) return;
  const format = options.format as 'table' | 'json' | 'csv';

  if (options.diff !== undefined) {
    let beforePath = options.diff;
    let cleanup = async () => {};
    const isFolder = await stat(options.diff).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      try {
        const copy = await checkoutAt(options.diff, path);
        beforePath = copy.path;
        cleanup = copy.cleanup;
      } catch (error) {
        const reason = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
        cli.io.stderr(
          lang === 'vi'
            ? `hatang: "${options.diff}" không phải thư mục hay phiên bản git đọc được: ${reason}\n`
            : `hatang: "${options.diff}" is neither a folder nor a readable git revision: ${reason}\n`,
        );
        return cli.setExit(EXIT.invalid);
      }
    }
    try {
      const before = await loadAndPlan(cli, beforePath, { ...options, release: false }, join(beforePath, LOCK_FILE));
      if (!before.ok) return cli.setExit(before.exit);
      const after = await loadAndPlan(cli, path, options, options.lock ?? join(path, LOCK_FILE));
      if (!after.ok) return cli.setExit(after.exit);
      cli.io.stdout(renderPlanDiff(diffPlans(before, after), format, lang, options.diff, path));
      return cli.setExit(EXIT.ok);
    } finally {
      await cleanup();
    }
  }

  const lockPath = options.lock ?? join(path, LOCK_FILE);
  const loaded = await loadAndPlan(cli, path, options, lockPath);
  if (!loaded.ok) return cli.setExit(loaded.exit);
  const { plan, findings } = loaded;
  const text = serializeLock(plan.lock);
  const differs = loaded.lockText !== text;
  const asked = options.writeLock === true && options.write !== false && !options.frozen && differs;
  // The planner keeps a locked prefix that another object's explicit prefix now overlaps (ADDR-LOCK-02): the lock
  // is not written until that conflict is resolved or the entry is released by name (--release <key>).
  const blocked = asked && findings.some((f) => f.rule === 'ADDR-LOCK-02' && f.status === 'fail');
  const writing = asked && !blocked;
  // A protected lock is refused before anything is printed: the plan shown is the one the lock holds.
  if (writing && !(await lockWritable(cli, lockPath, options))) return cli.setExit(EXIT.invalid);
  cli.io.stdout(renderPlan({ plan, findings }, format, lang, path));
  if (writing) await writeFileAtomic(lockPath, text);
  if (differs) reportLockChanges(cli, loaded, plan.lock, options, blocked ? 'blocked' : writing ? 'written' : 'shown');
  if (options.frozen && differs) return cli.setExit(EXIT.findings);
  const failing = findings.some((f) => f.status === 'fail' && f.severity === 'error');
  cli.setExit(failing ? EXIT.findings : EXIT.ok);
}

/**
 * What the plan changes in the lock, on standard error: written (--write-lock), refused (--frozen), not written
 * because a locked prefix would move (blocked) or only shown.
 */
function reportLockChanges(
  cli: CliContext,
  loaded: Loaded & { ok: true },
  lock: AddressLock,
  options: PlanCliOptions,
  state: 'written' | 'blocked' | 'shown',
): void {
  const vi = options.lang === 'vi';
  const { lockPath } = loaded;
  const style = styleFor(cli.io, 'stderr');
  const head = options.frozen
    ? `${mark('error', style)} ${
        vi
          ? `${lockPath} chưa cập nhật theo mô hình hạ tầng (--frozen); chạy "hatang plan --write-lock" rồi lưu tệp khóa địa chỉ vào kho mã nguồn.`
          : `${lockPath} is out of date with the inventory (--frozen); run "hatang plan --write-lock" and commit the lock file.`
      }`
    : state === 'blocked'
      ? `${mark('error', style)} ${
          vi
            ? `Không ghi ${lockPath}: một dải địa chỉ đã khóa sẽ phải chuyển đi vì dải địa chỉ khai báo tường minh của đối tượng khác (ADDR-LOCK-02). Đổi dải địa chỉ đó, hoặc chấp nhận đánh số lại bằng lệnh "hatang plan --write-lock --release <khóa>" nêu khóa của mục.`
            : `${lockPath} not written: a locked prefix would move because of another object's explicit prefix (ADDR-LOCK-02). Change that prefix, or accept the renumbering with "hatang plan --write-lock --release <key>" naming the entry.`
        }`
      : state === 'written'
        ? vi
          ? `Đã ghi ${lockPath}`
          : `Wrote ${lockPath}`
        : `${mark('warning', style)} ${
            vi
              ? `${lockPath} sẽ thay đổi; chưa ghi. Chạy lại với --write-lock để ghi, rồi lưu tệp khóa địa chỉ vào kho mã nguồn.`
              : `${lockPath} would change; nothing written. Run again with --write-lock to write it, then commit the lock file.`
          }`;
  cli.io.stderr(`${head}\n${renderLockChanges(lockChanges(loaded.lock, lock), loaded.lockText !== undefined, options.lang)}`);
}

/**
 * Whether the lock may be rewritten: a lock that is read-only, not writable by the user, a symbolic link or not a
 * regular file was protected on purpose, and is replaced only with --force-lock-write (reported otherwise, exit 2).
 */
async function lockWritable(cli: CliContext, lockPath: string, options: PlanCliOptions): Promise<boolean> {
  if (options.forceLockWrite) return true;
  const problem = await replaceProblem(lockPath);
  if (problem === undefined) return true;
  cli.io.stderr(
    options.lang === 'vi'
      ? `hatang: không ghi đè ${lockPath}: ${problem.vi}; kế hoạch địa chỉ đã thay đổi. Cho phép ghi tệp, hoặc chạy lại với --force-lock-write (giữ nguyên quyền của tệp).\n`
      : `hatang: not replacing ${lockPath}: ${problem.en}, and the address plan changed. Make it writable, or run again with --force-lock-write (the file keeps its mode).\n`,
  );
  return false;
}
