// The Kubernetes object plan of an evaluation for the commands that write it: its problems, and the cdktf
// synthesis through the stacks port.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { validatePlan, type K8sPlan } from '../k8s/index.js';
import type { Model } from '../model/index.js';
import type { Artifact } from './artifacts/types.js';
import type { CliPorts } from './ports.js';

/** Objects the API server would reject, one line each. */
export function k8sProblems(plan: K8sPlan): string[] {
  return validatePlan(plan)
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.object}${p.path}: ${p.message.en}`);
}

/** The stacks are not part of this installation. */
export class StacksUnavailableError extends Error {
  constructor() {
    super('the cdktf stacks are not available in this installation');
  }
}

/** Synthesizes the cdktf app into a temporary folder and returns its files (manifest.json, stacks/…). */
export async function synthFiles(ports: CliPorts, model: Model, plan: K8sPlan): Promise<Artifact[]> {
  if (!ports.stacks) throw new StacksUnavailableError();
  const stacks = await ports.stacks();
  const temp = await mkdtemp(join(tmpdir(), 'hatang-synth-'));
  try {
    stacks.synthesizeApp(model, temp, { prebuilt: plan });
    const files: Artifact[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (entry.name !== 'metadata.json') files.push({ path: relative(temp, full), content: await readFile(full) });
      }
    };
    await walk(temp);
    return files;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
