// What the command line does for a person at a terminal and nobody else: colour, decided per stream, and progress
// of the slow steps on standard error. Files, pipes, JSON, SARIF and JUnit never get either.
import pc from 'picocolors';
import type { Text } from '../model/index.js';
import type { TextStyle } from '../report/validation.js';
import type { Io } from './context.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether a stream gets colour: FORCE_COLOR (other than empty, 0 or false) forces it, FORCE_COLOR=0 or false turns it
 * off; else NO_COLOR (non-empty) turns it off; else only a terminal (not TERM=dumb) gets it.
 */
export function colorWanted(tty: boolean | undefined, env: Env = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return tty === true && env.TERM !== 'dumb';
}

/** The colours of a stream of `io`, or none. */
export function styleFor(io: Io, stream: 'stdout' | 'stderr', env: Env = process.env): TextStyle {
  const enabled = colorWanted(io.isTTY?.[stream], env);
  const c = pc.createColors(enabled);
  return { enabled, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan, magenta: c.magenta, blue: c.blue, dim: c.dim };
}

/** Progress of the slow steps of one command, on standard error. */
export interface Progress {
  /** Runs `work`, showing `label` while it runs (a live line on a terminal, a line before and after with --progress elsewhere). */
  step<T>(label: Text, work: () => T | Promise<T>): Promise<T>;
  /** Reading files: `[n/total] file` on a terminal. */
  readonly onFile?: (done: number, total: number, file: string) => void;
  /** Clears what is still shown. */
  end(): void;
}

const SILENT: Progress = { step: async (_label, work) => await work(), end: () => {} };

/** An elapsed time as people read it: "1,2 giây", "1.2 s". */
const took = (ms: number, lang: 'vi' | 'en') => (lang === 'vi' ? `${(ms / 1000).toFixed(1).replace('.', ',')} giây` : `${(ms / 1000).toFixed(1)} s`);

/**
 * Progress on standard error: live on a terminal (not under CI), as plain lines when `forced` (--progress) and
 * standard error is not a terminal, and nothing otherwise, so that tests, pipes and logs stay clean.
 */
export function progressFor(io: Io, lang: 'vi' | 'en', forced: boolean, env: Env = process.env): Progress {
  const tty = io.isTTY?.stderr === true;
  if (tty && (forced || !env.CI)) return liveProgress(io, lang);
  if (forced) return lineProgress(io, lang);
  return SILENT;
}

function liveProgress(io: Io, lang: 'vi' | 'en'): Progress {
  let shown = false;
  const show = (text: string) => {
    shown = true;
    io.stderr(`\r\x1b[K${text}`);
  };
  const clear = () => {
    if (shown) io.stderr('\r\x1b[K');
    shown = false;
  };
  return {
    onFile: (done, total, file) => {
      if (total >= 5) show(`[${done + 1}/${total}] ${file}`);
    },
    async step(label, work) {
      const started = Date.now();
      show(`… ${label[lang]}`);
      // Work that awaits lets the clock tick; synchronous work shows the line it started with.
      const timer = setInterval(() => show(`… ${label[lang]} (${took(Date.now() - started, lang)})`), 1000);
      timer.unref();
      try {
        return await work();
      } finally {
        clearInterval(timer);
        clear();
      }
    },
    end: clear,
  };
}

function lineProgress(io: Io, lang: 'vi' | 'en'): Progress {
  return {
    async step(label, work) {
      const started = Date.now();
      io.stderr(`hatang: ${label[lang]}…\n`);
      const result = await work();
      io.stderr(`hatang: ${label[lang]}: ${lang === 'vi' ? 'xong sau' : 'done in'} ${took(Date.now() - started, lang)}\n`);
      return result;
    },
    end: () => {},
  };
}
