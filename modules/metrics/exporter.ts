// The long-running exporter behind `hatang serve`: keeps the last good inventory state, reloads on demand, and
// answers scrapes from text rendered once per state (only the exporter's own metrics are rendered per scrape).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { collectDefaultMetrics, Counter, Gauge, Registry, type RegistryContentType } from 'prom-client';
import { evaluate, isValid, openInventory, select, type Evaluation, type OpenedInventory, type Selection, type ValidInventory } from '../evaluation/index.js';
import { formatDiagnostic, isoDate, msgIn, type Lang } from '../model/index.js';
import { collectMetrics } from './collect.js';
import { METRIC_DEFINITIONS } from './definitions.js';
import { CONTENT_TYPES, negotiateFormat, renderMetrics, type ExpositionFormat } from './render.js';

/** How long reading the folder may take before a reload counts as failed (a hung network mount never answers). */
export const DEFAULT_RELOAD_TIMEOUT_MS = 30_000;

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
  /**
   * Longest time reading the folder (files and lock) may take; a read still running then is abandoned and the reload
   * fails. The checks that follow run on the event loop and are not timed. Default DEFAULT_RELOAD_TIMEOUT_MS.
   */
  readonly reloadTimeoutMs?: number;
  /** Reading the folder, for tests (a seam for a read that never ends); by default `openInventory` of modules/evaluation. */
  readonly open?: (dir: string) => Promise<OpenedInventory>;
  /** The checks, for tests (a seam to make an evaluation fail); by default `evaluate` of modules/evaluation. */
  readonly evaluate?: (opened: ValidInventory, selection: Selection) => Pick<Evaluation, 'model' | 'findings' | 'selection' | 'plan'>;
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

/** What reading the folder came to: the inventory, an exception, no answer in time, or the exporter closing. */
type ReadOutcome =
  | { readonly kind: 'read'; readonly opened: OpenedInventory }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'closed' };

export class MetricsExporter {
  private state: GoodState | undefined;
  /** The inventory on disk did not load (errors, unreadable, timed out, checks threw). */
  private loadFailing = false;
  /** The last good state could not be re-evaluated at the current date (see `current`). */
  private evaluationFailing = false;
  /** The date whose re-evaluation failed; not tried again until the date moves on or a reload succeeds. */
  private failedDate: string | undefined;
  private errorDiagnostics = 0;
  private lastSuccess = 0;
  private running: Promise<boolean> | undefined;
  private again = false;
  private rolling = false;
  /** Reads of the folder not finished yet, including abandoned ones (a hung mount blocks a read indefinitely). */
  private reads = 0;
  private readonly closing = new AbortController();
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

  /** Reads of the folder still running, abandoned ones included; after `close()`, what would keep the process alive. */
  get pendingReads(): number {
    return this.reads;
  }

  /**
   * Loads the inventory; on errors keeps the last good state. Calls made while a load runs coalesce into one more.
   * Never rejects, and resolves within the reload timeout plus the time of the checks, or at once after `close()`.
   */
  reload(): Promise<boolean> {
    if (this.closing.signal.aborted) return Promise.resolve(false);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async (): Promise<boolean> => {
      for (;;) {
        this.again = false;
        const ok = await this.loadOnce();
        if (!this.again || this.closing.signal.aborted) return ok;
      }
    };
    this.running = run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Stops reloading: a reload in progress resolves at once (false) without touching the state; later ones do nothing. */
  close(): void {
    this.closing.abort();
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
    const state = this.current();
    const live = await this.live[format].registry.metrics();
    if (!state) return [Buffer.from(live)];
    return [state.body[format], Buffer.from(live)];
  }

  private async loadOnce(): Promise<boolean> {
    const { dir, lang, log } = this.options;
    const started = performance.now();
    const read = await this.read();
    if (read.kind === 'closed') return false;
    if (read.kind !== 'read') return this.readFailed(read);
    const opened = read.opened;
    const errors = opened.diagnostics.filter((d) => d.severity === 'error');
    if (!isValid(opened) || errors.length > 0) {
      for (const d of errors) log(formatDiagnostic(d, lang));
      log(msgIn(lang, 'serve.reload-failed', { errors: errors.length }));
      return this.markFailed(Math.max(errors.length, 1));
    }
    let next: GoodState;
    try {
      next = await this.evaluate(opened, this.asOf());
    } catch (error) {
      // A rule that throws: the reload fails closed, as `validate` does, instead of crashing the exporter.
      log(
        msg(
          lang,
          `kiểm tra thất bại: ${why(error)}; vẫn xuất trạng thái tốt gần nhất`,
          `the checks failed: ${why(error)}; still exporting the last good state`,
        ),
      );
      return this.markFailed(1);
    }
    if (this.closing.signal.aborted) return false;
    this.state = next;
    this.loadFailing = false;
    this.evaluationFailing = false;
    this.failedDate = undefined;
    this.errorDiagnostics = 0;
    this.lastSuccess = this.now().getTime() / 1000;
    const ms = Math.round(performance.now() - started);
    const hash = opened.model.hash.replace(/^sha256:/, '').slice(0, 12);
    const systems = opened.model.systems.length;
    log(msgIn(lang, 'serve.loaded', { dir, systems, hash, ms }));
    return true;
  }

  /**
   * Reads the folder, racing the read against the timeout and `close()`. A read that loses is abandoned, not
   * cancelled (a blocked open() cannot be): its result is dropped, and `pendingReads` counts it until it ends.
   */
  private async read(): Promise<ReadOutcome> {
    const ms = this.options.reloadTimeoutMs ?? DEFAULT_RELOAD_TIMEOUT_MS;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), ms);
    const signal = AbortSignal.any([this.closing.signal, timeout.signal]);
    const abandoned = new Promise<ReadOutcome>((resolve) => {
      const onAbort = () => resolve(this.closing.signal.aborted ? { kind: 'closed' } : { kind: 'timeout', ms });
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    this.reads++;
    const reading = (this.options.open ?? openInventory)(this.options.dir).then(
      (opened): ReadOutcome => ({ kind: 'read', opened }),
      (error: unknown): ReadOutcome => ({ kind: 'error', error }),
    );
    void reading.finally(() => this.reads--);
    return Promise.race([reading, abandoned]).finally(() => clearTimeout(timer));
  }

  /** An unreadable folder (removed, permissions) or a read that timed out: a failed reload like any other, not a crash. */
  private readFailed(read: Extract<ReadOutcome, { kind: 'error' | 'timeout' }>): false {
    const { dir, lang, log } = this.options;
    if (read.kind === 'error') {
      log(msg(lang, `không đọc được ${dir}: ${why(read.error)}`, `cannot read ${dir}: ${why(read.error)}`));
    } else {
      log(msgIn(lang, 'serve.read-timeout', { dir, ms: read.ms }));
    }
    return this.markFailed(1);
  }

  private markFailed(errors: number): false {
    this.loadFailing = true;
    this.errorDiagnostics = errors;
    this.countError();
    return false;
  }

  private countError(): void {
    for (const live of Object.values(this.live)) live.loadErrors.inc();
  }

  private asOf(): string {
    return this.options.asOf ?? isoDate(this.now());
  }

  /**
   * The state to serve. When the date has moved on (ages change daily) the last good model is re-evaluated in the
   * background; scrapes get the previous day's figures until that is done rather than waiting for the checks.
   */
  private current(): GoodState | undefined {
    const state = this.state;
    if (!state) return undefined;
    const asOf = this.asOf();
    if (asOf !== state.asOf && asOf !== this.failedDate && !this.rolling && !this.closing.signal.aborted) this.roll(state, asOf);
    return state;
  }

  /**
   * Re-evaluates `state` at `asOf` after the current scrape is answered. On failure the old state stays, with its own
   * (old) evaluation date, `load_failing` is 1 and the date is not tried again; a good reload or the next day clears it.
   */
  private roll(state: GoodState, asOf: string): void {
    const { lang, log } = this.options;
    this.rolling = true;
    setImmediate(() => {
      this.evaluate(state.opened, asOf)
        .then(
          (next) => {
            if (this.state !== state) return; // a reload replaced it meanwhile
            this.state = next;
            this.evaluationFailing = false;
          },
          (error: unknown) => {
            if (this.state !== state) return;
            this.failedDate = asOf;
            this.evaluationFailing = true;
            this.countError();
            log(
              msg(
                lang,
                `đánh giá lại ngày ${asOf} thất bại: ${why(error)}; vẫn xuất trạng thái đánh giá ngày ${state.asOf}`,
                `re-evaluation at ${asOf} failed: ${why(error)}; still exporting the state evaluated at ${state.asOf}`,
              ),
            );
          },
        )
        .finally(() => (this.rolling = false));
    });
  }

  /** Evaluates the inventory at `asOf` (the rule-set in force then, or the one asked for) and renders its metrics. */
  private async evaluate(opened: ValidInventory, asOf: string): Promise<GoodState> {
    const selection = select({ asOf, ...(this.options.ruleset ? { ruleset: this.options.ruleset } : {}) }, { today: asOf });
    const evaluation = (this.options.evaluate ?? evaluate)(opened, selection);
    const samples = collectMetrics({ evaluation, version: this.options.version });
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
    const failing = () => (this.loadFailing || this.evaluationFailing ? 1 : 0);
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
  /**
   * Stops watching and reloading (`exporter.close()`), stops accepting connections and lets requests in flight finish;
   * connections still open after CLOSE_GRACE_MS are cut. Never waits for a reload.
   */
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly dir: string;
  /** Watch the folder and reload on changes (default true). */
  readonly watch?: boolean;
  /** Where to log a watch error (one line, no trailing newline). */
  readonly log?: (line: string) => void;
}

/** Quiet time after the last change before a reload starts: an editor's save or a `git pull` is one reload. */
const DEBOUNCE_MS = 200;
/** How long `close()` waits for requests in flight before cutting their connections. */
const CLOSE_GRACE_MS = 1_000;

/** HTTP `/metrics` and `/healthz`, and a watch on the inventory folder that triggers reloads (debounced). */
export async function serveMetrics(exporter: MetricsExporter, options: ServeOptions): Promise<ServeHandle> {
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

  let timer: NodeJS.Timeout | undefined;
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      exporter.countReload();
      void exporter.reload();
    }, DEBOUNCE_MS);
  };
  let watcher: FSWatcher | undefined;
  try {
    if (options.watch !== false) watcher = await watchFolder(options.dir, onChange, options.log ?? (() => {}));
  } catch (error) {
    await new Promise((resolve) => server.close(resolve));
    throw error;
  }

  return {
    address,
    close: async () => {
      exporter.close();
      clearTimeout(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      await Promise.all([closed, watcher?.close()]);
      clearTimeout(cut);
    },
  };
}

/**
 * Watches every file under `dir` with chokidar, which follows files replaced by a rename (an editor's atomic save)
 * and folders created later, where a recursive `fs.watch` loses the replaced file. Hidden entries and node_modules are
 * not read by the loader, so their changes are ignored. Resolves once the initial scan is done.
 */
async function watchFolder(dir: string, onChange: () => void, log: (line: string) => void): Promise<FSWatcher> {
  const ignored = (path: string) =>
    relative(dir, path)
      .split(sep)
      .some((part) => part.startsWith('.') || part === 'node_modules');
  const watcher = watch(dir, { ignoreInitial: true, atomic: true, ignored });
  watcher.on('all', onChange);
  watcher.on('error', (error) => log(`watch: ${why(error)}`));
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  return watcher;
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

function why(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function msg(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}
