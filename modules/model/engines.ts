// The optional engines: packages hatang loads only for the commands that need them (package.json
// `optionalDependencies`), so that an inventory repository can install hatang to validate without them
// (`npm install --omit=optional`). A command that needs a missing engine stops with the command that installs it.
import pkg from '../../package.json' with { type: 'json' };
import type { Text } from './diagnostics.js';

export type EngineName = 'cdktf' | 'pulumi' | 'pdf';

interface Engine {
  readonly packages: readonly string[];
  /** What the engine is for, completing "… needs". */
  readonly purpose: Text;
}

const ENGINES: Record<EngineName, Engine> = {
  cdktf: {
    packages: ['cdktf', '@cdktf/provider-kubernetes', 'constructs'],
    purpose: {
      vi: 'việc tổng hợp cấu hình Terraform (cdktf) cho các cụm Kubernetes',
      en: 'synthesizing the Terraform configuration (cdktf) of the Kubernetes clusters',
    },
  },
  pulumi: {
    packages: ['@pulumi/pulumi', '@pulumi/kubernetes'],
    purpose: { vi: 'chương trình Pulumi cho các cụm Kubernetes', en: 'the Pulumi program of the Kubernetes clusters' },
  },
  pdf: {
    packages: ['playwright-core'],
    purpose: { vi: 'việc in báo cáo ra PDF bằng Chromium', en: 'printing the report to PDF with Chromium' },
  },
};

const VERSIONS: Readonly<Record<string, string>> = pkg.optionalDependencies;

/** `npm install <package>@<version> …` for an engine, with the versions this hatang was built and tested with. */
export function engineInstallCommand(engine: EngineName): string {
  return `npm install ${ENGINES[engine].packages.map((p) => `${p}@${VERSIONS[p] ?? 'latest'}`).join(' ')}`;
}

/** A command needs an optional engine that is not installed. `text` is the one-line message, in both languages. */
export class MissingEngineError extends Error {
  readonly text: Text;
  constructor(
    readonly engine: EngineName,
    /** The package Node.js could not find. */
    readonly missing: string,
  ) {
    const { purpose } = ENGINES[engine];
    const install = engineInstallCommand(engine);
    super(`${purpose.en} needs the optional package ${missing}, which is not installed; run: ${install}`);
    this.name = 'MissingEngineError';
    this.text = {
      vi: `${purpose.vi} cần gói tùy chọn ${missing} nhưng gói này chưa được cài cùng hatang. Cài bằng lệnh: ${install}`,
      en: `${purpose.en} needs the optional package ${missing}, which is not installed with hatang. Install it with: ${install}`,
    };
  }
}

/**
 * The engine package a failed import could not find, when that is why it failed (Node.js's ERR_MODULE_NOT_FOUND
 * for an ES import, MODULE_NOT_FOUND for a require inside the engine); undefined for any other failure.
 */
export function missingEnginePackage(engine: EngineName, error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const message = error instanceof Error ? error.message : '';
  return ENGINES[engine].packages.find((p) => message.includes(`'${p}'`) || message.includes(`'${p}/`));
}

/** Runs `load` (a dynamic import of the engine); a missing engine package becomes a MissingEngineError. */
export async function loadEngine<T>(engine: EngineName, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const missing = missingEnginePackage(engine, error);
    if (missing !== undefined) throw new MissingEngineError(engine, missing);
    throw error;
  }
}
