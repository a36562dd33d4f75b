// `hatang serve`: the action, loaded only when the command runs (modules/cli/commands/serve.ts registers it).
import { select, SelectionError } from '../../evaluation/index.js';
import { MetricsExporter, serveMetrics } from '../../metrics/index.js';
import { todayUtc, type Lang } from '../../model/index.js';
import { EXIT, type CliContext } from '../context.js';
import { inventoryFolder } from '../inventory-folder.js';

export interface ServeCliOptions {
  listen: string;
  asOf?: string;
  ruleset?: string;
  watch: boolean;
  /** Seconds reading the folder may take on a reload (commander hands the text over). */
  reloadTimeout: string;
  lang: Lang;
}

export async function runServe(cli: CliContext, dir: string | undefined, options: ServeCliOptions): Promise<void> {
  const { io } = cli;
  const vi = options.lang === 'vi';
  const listen = parseListen(options.listen);
  if (!listen) {
    io.stderr(
      vi
        ? `hatang serve: --listen "${options.listen}" không hợp lệ; cần <host>:<cổng>, ví dụ 127.0.0.1:9464 hoặc [::1]:9464.\n`
        : `hatang serve: --listen "${options.listen}" is not valid; expected <host>:<port>, e.g. 127.0.0.1:9464 or [::1]:9464.\n`,
    );
    return cli.setExit(EXIT.invalid);
  }
  const problem = dateOrRulesetProblem(options.asOf, options.ruleset, options.lang);
  if (problem) {
    io.stderr(`hatang serve: ${problem}\n`);
    return cli.setExit(EXIT.invalid);
  }
  const reloadTimeoutMs = Number(options.reloadTimeout) * 1000;
  if (!(reloadTimeoutMs > 0 && Number.isFinite(reloadTimeoutMs))) {
    io.stderr(
      vi
        ? `hatang serve: --reload-timeout "${options.reloadTimeout}" không hợp lệ; cần số giây lớn hơn 0, ví dụ 30.\n`
        : `hatang serve: --reload-timeout "${options.reloadTimeout}" is not valid; expected a number of seconds above 0, e.g. 30.\n`,
    );
    return cli.setExit(EXIT.invalid);
  }
  const path = inventoryFolder(cli, dir, options.lang, 'serve');
  if (path === undefined) return;
  const log = (line: string) => io.stderr(`hatang serve: ${line}\n`);
  const exporter = new MetricsExporter({
    dir: path,
    version: cli.version,
    lang: options.lang,
    log,
    reloadTimeoutMs,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.ruleset ? { ruleset: options.ruleset } : {}),
  });
  // Without a first good state there is nothing to serve: invalid input, as for `validate`.
  if (!(await exporter.reload())) {
    await endBlockedReads(exporter, log, vi);
    return cli.setExit(EXIT.invalid);
  }

  let handle;
  try {
    handle = await serveMetrics(exporter, { host: listen.host, port: listen.port, dir: path, watch: options.watch, log });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    log(vi ? `không mở được ${options.listen}: ${why}` : `cannot listen on ${options.listen}: ${why}`);
    exporter.close();
    return cli.setExit(EXIT.invalid);
  }
  // The handlers are in place before the line that says the exporter serves: a supervisor (or a test) that stops it
  // as soon as it reads that line must not meet the default action of SIGTERM.
  const stopped = new Promise<void>((resolve) => {
    const onHup = () => {
      log(vi ? 'nhận SIGHUP: nạp lại' : 'SIGHUP: reloading');
      exporter.countReload();
      void exporter.reload();
    };
    const onStop = (signal: NodeJS.Signals) => {
      process.off('SIGHUP', onHup);
      process.off('SIGTERM', onStop);
      process.off('SIGINT', onStop);
      log(vi ? `nhận ${signal}: dừng` : `${signal}: shutting down`);
      void handle.close().then(resolve);
    };
    process.on('SIGHUP', onHup);
    process.on('SIGTERM', onStop);
    process.on('SIGINT', onStop);
  });
  log(vi ? `đang phục vụ http://${handle.address}/metrics` : `serving http://${handle.address}/metrics`);
  await stopped;
  await endBlockedReads(exporter, log, vi);
  cli.setExit(EXIT.ok);
}

/**
 * Makes sure the process can end. Special files never block a read (the loader opens files without blocking and
 * reads regular files only), but a read of a hung network mount keeps a thread busy, and even process.exit() waits
 * for it: after half a second such a read leaves no way out but SIGKILL, which ends the process within the 2 s a
 * shutdown may take. In-process callers never get that far unless a read really hangs.
 */
async function endBlockedReads(exporter: MetricsExporter, log: (line: string) => void, vi: boolean): Promise<void> {
  exporter.close();
  for (let i = 0; i < 10 && exporter.pendingReads > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (exporter.pendingReads === 0) return;
  log(
    vi
      ? 'một lần đọc thư mục vẫn bị chặn (ổ mạng treo?); kết thúc tiến trình bằng SIGKILL'
      : 'a read of the folder is still blocked (a hung mount?); ending the process with SIGKILL',
  );
  process.kill(process.pid, 'SIGKILL');
}

/** The message for a malformed --as-of or an unknown --ruleset (the baseline's own checks), or undefined. */
export function dateOrRulesetProblem(asOf: string | undefined, ruleset: string | undefined, lang: Lang): string | undefined {
  if (asOf === undefined && ruleset === undefined) return undefined;
  try {
    select({ ...(asOf !== undefined ? { asOf } : {}), ...(ruleset !== undefined ? { ruleset } : {}) }, { today: todayUtc() });
    return undefined;
  } catch (error) {
    if (error instanceof SelectionError) return error.text[lang];
    throw error;
  }
}

/** `host:port` or `[v6]:port`; port 0 asks the system for a free one. */
export function parseListen(s: string): { host: string; port: number } | undefined {
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(s);
  if (!m) return undefined;
  const port = Number(m[3]);
  if (port > 65535) return undefined;
  return { host: (m[1] ?? m[2])!, port };
}
