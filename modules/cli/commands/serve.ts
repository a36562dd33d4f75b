import { Option } from 'commander';
import { MetricsExporter, serveMetrics } from '../../metrics/index.js';
import type { Lang } from '../../model/index.js';
import { defaultInventory, EXIT, type CommandRegistration } from '../context.js';
import { dateOrRulesetProblem, parseListen } from './metrics.js';

export const registerServe: CommandRegistration = (program, cli) => {
  program
    .command('serve')
    .description('serve the inventory as Prometheus metrics on HTTP (/metrics, /healthz); reload on file change or SIGHUP')
    .argument('[dir]', 'inventory folder of one province (default: the bundled Quảng Ngãi inventory)')
    .option('--listen <host:port>', 'address to listen on; loopback unless told otherwise', '127.0.0.1:9464')
    .option('--as-of <date>', 'evaluate evidence ages and expiries at this date (YYYY-MM-DD; default: today, UTC)')
    .option('--ruleset <id>', 'rule-set of the checks (default: the one in force at the date)')
    .option('--no-watch', 'do not watch the folder; reload only on SIGHUP')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'))
    .action(async (dir: string | undefined, options: { listen: string; asOf?: string; ruleset?: string; watch: boolean; lang: Lang }) => {
      const { io } = cli;
      const vi = options.lang === 'vi';
      const listen = parseListen(options.listen);
      if (!listen) {
        io.stderr(vi
          ? `hatang serve: --listen "${options.listen}" không hợp lệ; cần <host>:<cổng>, ví dụ 127.0.0.1:9464 hoặc [::1]:9464.\n`
          : `hatang serve: --listen "${options.listen}" is not valid; expected <host>:<port>, e.g. 127.0.0.1:9464 or [::1]:9464.\n`);
        return cli.setExit(EXIT.invalid);
      }
      const problem = dateOrRulesetProblem(options.asOf, options.ruleset, options.lang);
      if (problem) {
        io.stderr(`hatang serve: ${problem}\n`);
        return cli.setExit(EXIT.invalid);
      }
      const path = dir ?? defaultInventory();
      const log = (line: string) => io.stderr(`hatang serve: ${line}\n`);
      const exporter = new MetricsExporter({ dir: path, version: cli.version, lang: options.lang, log, ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.ruleset ? { ruleset: options.ruleset } : {}) });
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
    });
};
