// `hatang serve`: the action, loaded only when the command runs (modules/cli/commands/serve.ts registers it).
import { select, SelectionError } from '../../evaluation/index.js';
import { MetricsExporter, serveMetrics } from '../../metrics/index.js';
import { todayUtc, type Lang } from '../../model/index.js';
import { defaultInventory, EXIT, type CliContext } from '../context.js';

export interface ServeCliOptions {
  listen: string;
  asOf?: string;
  ruleset?: string;
  watch: boolean;
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
  const path = dir ?? defaultInventory();
  const log = (line: string) => io.stderr(`hatang serve: ${line}\n`);
  const exporter = new MetricsExporter({
    dir: path,
    version: cli.version,
    lang: options.lang,
    log,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.ruleset ? { ruleset: options.ruleset } : {}),
  });
  // Without a first good state there is nothing to serve: invalid input, as for `validate`.
  if (!(await exporter.reload())) return cli.setExit(EXIT.invalid);

  let handle;
  try {
    handle = await serveMetrics(exporter, { host: listen.host, port: listen.port, dir: path, watch: options.watch });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    log(vi ? `không mở được ${options.listen}: ${why}` : `cannot listen on ${options.listen}: ${why}`);
    return cli.setExit(EXIT.invalid);
  }
  log(vi ? `đang phục vụ http://${handle.address}/metrics` : `serving http://${handle.address}/metrics`);

  await new Promise<void>((resolve) => {
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
  cli.setExit(EXIT.ok);
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
