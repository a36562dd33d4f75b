// The long-running exporter behind `hatang serve`: keeps the last good inventory state, reloads on demand, and
// answers scrapes from text rendered once per state (only the exporter's own metrics are rendered per scrape).
import { watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Registry, type RegistryContentType } from 'prom-client';
import { evaluate, isValid, openInventory, select, type ValidInventory } from '../evaluation/index.js';
import { formatDiagnostic, isoDate, type Lang } from '../model/index.js';
import { collectMetrics } from './collect.js';
import { METRIC_DEFINITIONS } from './definitions.js';
import { CONTENT_TYPES, negotiateFormat, renderMetrics, type ExpositionFormat } from './render.js';

export interface ExporterOptions {
  /** Inventory folder. */
  readonly dir: string;
  readonly version: string;
  /** Fixed evaluation date (YYYY-MM-DD); by default the current UTC date, followed as days pass. */
  readonly asOf?: string;
  /** Rule-set id; by default the one in force at the evaluation date. */
  readonly ruleset?: string;
  readonly lang: Lang;
  /** One line of log (no trailing newline). */
  readonly log: (line: string) => void;
  /** Clock, for tests. */
  readonly now?: () => Date;
}

interface GoodState {
  /** The inventory and its committed lock, as last read without errors. */
  readonly opened: ValidInventory;
  readonly asOf: string;
  /** The inventory metrics, encoded; the OpenMetrics one without its `# EOF`, which the live part ends with. */
  readonly body: Readonly<Record<ExpositionFormat, Buffer>>;
}

interface LiveMetrics {
  readonly registry: Registry<RegistryContentType>;
  readonly loadErrors: Counter;
  readonly reloads: Counter;
}

export class MetricsExporter {
  private state: GoodState | undefined;
  private failing = false;
  private errorDiagnostics = 0;
  private lastSuccess = 0;
  private running: Promise<boolean> | undefined;
  private again = false;
  private rolling: Promise<void> | undefined;
  private readonly live: Record<ExpositionFormat, LiveMetrics>;
  private readonly now: () => Date;

  constructor(private readonly options: ExporterOptions) {
    this.now = options.now ?? (() => new Date());
    this.live = { prometheus: this.liveMetrics('prometheus'), openmetrics: this.liveMetrics('openmetrics') };
  }

  /** True once an inventory has loaded without errors. */
  get ready(): boolean {
    return this.state !== undefined;
  }

  /** Loads the inventory; on errors keeps the last good state. Calls made while a load runs coalesce into one more. */
  reload(): Promise<boolean> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async (): Promise<boolean> => {
      for (;;) {
        this.again = false;
        const ok = await this.loadOnce();
        if (!this.again) return ok;
      }
    };
    this.running = run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Counts a reload caused by a file change or SIGHUP (the first load is not one). */
  countReload(): void {
    for (const live of Object.values(this.live)) live.reloads.inc();
  }

  /** The exposition text of one scrape. */
  async scrape(format: ExpositionFormat): Promise<string> {
    return Buffer.concat(await this.scrapeParts(format)).toString('utf8');
  }

  /** One scrape as buffers to write in turn: the inventory part is encoded once per state, not per scrape. */
  async scrapeParts(format: ExpositionFormat): Promise<Buffer[]> {
    const state = await this.current();
    const live = await this.live[format].registry.metrics();
    if (!state) return [Buffer.from(live)];
    return [state.body[format], Buffer.from(live)];
  }

  private async loadOnce(): Promise<boolean> {
    const { dir, lang, log } = this.options;
    const started = performance.now();
    let opened;
    try {
      opened = await openInventory(dir);
    } catch (error) {
      // An unreadable folder (removed, permissions) is a failed reload like any other, not a crash.
      log(msg(lang, `không đọc được ${dir}: ${String(error)}`, `cannot read ${dir}: ${String(error)}`));
      this.markFailed(1);
      return false;
    }
    const errors = opened.diagnostics.filter((d) => d.severity === 'error');
    if (!isValid(opened) || errors.length > 0) {
      for (const d of errors) log(formatDiagnostic(d, lang));
      log(
        msg(
          lang,
          `nạp lại thất bại (${errors.length} lỗi); vẫn xuất trạng thái tốt gần nhất`,
          `reload failed (${errors.length} error${errors.length === 1 ? '' : 's'}); still exporting the last good state`,
        ),
      );
      this.markFailed(errors.length);
      return false;
    }
    const model = opened.model;
    this.state = await this.evaluate(opened, this.asOf());
    this.failing = false;
    this.errorDiagnostics = 0;
    this.lastSuccess = this.now().getTime() / 1000;
    const ms = Math.round(performance.now() - started);
    log(
      msg(
        lang,
        `đã nạp ${dir}: ${model.systems.length} hệ thống, mã băm ${model.hash.replace(/^sha256:/, '').slice(0, 12)} (${ms} ms)`,
        `loaded ${dir}: ${model.systems.length} systems, hash ${model.hash.replace(/^sha256:/, '').slice(0, 12)} (${ms} ms)`,
      ),
    );
    return true;
  }

  private markFailed(errors: number): void {
    this.failing = true;
    this.errorDiagnostics = errors;
    for (const live of Object.values(this.live)) live.loadErrors.inc();
  }

  private asOf(): string {
    return this.options.asOf ?? isoDate(this.now());
  }

  /**
   * The state to serve. When the date has moved on (ages change daily) the last good model is re-evaluated in the
   * background; scrapes get the previous day's figures until that is done rather than waiting for the checks.
   */
  private async current(): Promise<GoodState | undefined> {
    const state = this.state;
    if (!state) return undefined;
    const asOf = this.asOf();
    if (asOf !== state.asOf && !this.rolling) {
      this.rolling = this.evaluate(state.opened, asOf)
        .then((next) => {
          if (this.state === state) this.state = next;
        })
        .catch((error: unknown) => this.options.log(String(error)))
        .finally(() => (this.rolling = undefined));
    }
    return state;
  }

  /** Evaluates the inventory at `asOf` (the rule-set in force then, or the one asked for) and renders its metrics. */
  private async evaluate(opened: ValidInventory, asOf: string): Promise<GoodState> {
    const selection = select({ asOf, ...(this.options.ruleset ? { ruleset: this.options.ruleset } : {}) }, { today: asOf });
    const samples = collectMetrics({ evaluation: evaluate(opened, selection), version: this.options.version });
    const [prometheus, openmetrics] = await Promise.all([renderMetrics(samples, 'prometheus'), renderMetrics(samples, 'openmetrics')]);
    return {
      opened,
      asOf,
      body: { prometheus: Buffer.from(`${prometheus}\n`), openmetrics: Buffer.from(openmetrics.replace(/# EOF\n$/, '')) },
    };
  }

  private liveMetrics(format: ExpositionFormat): LiveMetrics {
    const registry = new Registry<RegistryContentType>();
    registry.setContentType(CONTENT_TYPES[format]);
    // Gauges read the exporter's state at each scrape (prom-client calls `collect` with the gauge as `this`).
    const failing = () => (this.failing ? 1 : 0);
    const errorDiagnostics = () => this.errorDiagnostics;
    const lastSuccess = () => this.lastSuccess;
    new Gauge({
      name: 'hatang_inventory_load_failing',
      help: help('hatang_inventory_load_failing'),
      registers: [registry],
      collect() {
        this.set(failing());
      },
    });
    new Gauge({
      name: 'hatang_inventory_load_error_diagnostics',
      help: help('hatang_inventory_load_error_diagnostics'),
      registers: [registry],
      collect() {
        this.set(errorDiagnostics());
      },
    });
    new Gauge({
      name: 'hatang_inventory_last_success_timestamp_seconds',
      help: help('hatang_inventory_last_success_timestamp_seconds'),
      registers: [registry],
      collect() {
        this.set(lastSuccess());
      },
    });
    const loadErrors = new Counter({
      name: 'hatang_inventory_load_errors_total',
      help: help('hatang_inventory_load_errors_total'),
      registers: [registry],
    });
    const reloads = new Counter({
      name: 'hatang_inventory_reloads_total',
      help: help('hatang_inventory_reloads_total'),
      registers: [registry],
    });
    collectDefaultMetrics({ register: registry });
    return { registry, loadErrors, reloads };
  }
}

export interface ServeHandle {
  /** The address actually bound, e.g. `127.0.0.1:9464` (the port is known even when 0 was asked for). */
  readonly address: string;
  /** Stops accepting connections, finishes requests in flight, stops watching. */
  close(): Promise<void>;
}

/** HTTP `/metrics` and `/healthz`, and a watch on the inventory folder that triggers reloads (debounced). */
export async function serveMetrics(exporter: MetricsExporter, options: { host: string; port: number; dir: string; watch?: boolean }): Promise<ServeHandle> {
  const server = createServer((req, res) => void handle(exporter, req, res));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const info = server.address() as AddressInfo;
  const address = info.family === 'IPv6' ? `[${info.address}]:${info.port}` : `${info.address}:${info.port}`;

  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (options.watch !== false) {
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        exporter.countReload();
        void exporter.reload();
      }, 200);
    };
    try {
      watcher = watch(options.dir, { recursive: true }, onChange);
    } catch {
      watcher = watch(options.dir, onChange);
    }
    watcher.on('error', () => {});
  }

  return {
    address,
    close: async () => {
      clearTimeout(timer);
      watcher?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}

async function handle(exporter: MetricsExporter, req: IncomingMessage, res: ServerResponse<IncomingMessage>): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  try {
    if (path !== '/metrics' && path !== '/healthz' && path !== '/') return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    if (path === '/')
      return send(
        res,
        200,
        'text/html; charset=utf-8',
        '<html><body><a href="/metrics">/metrics</a> <a href="/healthz">/healthz</a></body></html>\n',
        req.method === 'HEAD',
      );
    if (path === '/healthz') {
      return exporter.ready
        ? send(res, 200, 'text/plain; charset=utf-8', 'ok\n', req.method === 'HEAD')
        : send(res, 503, 'text/plain; charset=utf-8', 'no inventory loaded\n', req.method === 'HEAD');
    }
    const format = negotiateFormat(req.headers.accept);
    const parts = await exporter.scrapeParts(format);
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[format], 'Content-Length': parts.reduce((n, b) => n + b.length, 0) });
    if (req.method === 'HEAD') return void res.end();
    for (const part of parts.slice(0, -1)) res.write(part);
    return void res.end(parts.at(-1));
  } catch (error) {
    return send(res, 500, 'text/plain; charset=utf-8', `internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string, headOnly = false): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(headOnly ? undefined : body);
}

function help(name: string): string {
  const def = METRIC_DEFINITIONS.find((d) => d.name === name);
  if (!def) throw new Error(`metric ${name} is not defined`);
  return def.help;
}

function msg(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}
