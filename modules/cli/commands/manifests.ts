// `hatang manifests` and `hatang synth`: the Kubernetes object plan as YAML manifests, and as cdktf stacks
// (Terraform JSON for `cdktf deploy`) without the cdktf CLI. Both go into `hatang build`'s output too.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { LOCK_FILE, planAddresses, readAddressLock, type AddressLock, type AddressPlan } from '../../addressing/index.js';
import { buildPlan, renderManifests, validatePlan, type K8sPlan } from '../../k8s/index.js';
import { loadInventory, type Lang, type Model } from '../../model/index.js';
import { renderValidationText, validationReport } from '../../report/index.js';
import type { Artifact, ArtifactProducer } from '../artifacts.js';
import { EXIT, defaultInventory, type CliContext, type CommandRegistration, type CommonOptions } from '../context.js';
import { writeFileAtomic } from '../write.js';
import { commonOptions } from './common.js';

/** The address plan with the inventory's lock file, so that allocated zone prefixes match `hatang plan`. */
async function addressPlan(path: string, model: Model): Promise<AddressPlan | { error: string }> {
  const read = await readAddressLock(join(path, LOCK_FILE), model);
  const d = read.diagnostics[0];
  if (d) return { error: `${d.location!.file}:${d.location!.line}:${d.location!.column}: error [lock-file] ${d.message.en}` };
  return planAddresses(model, read.lock);
}

/** The object plan of an inventory with the problems of its objects, or the exit code when it cannot be made. */
async function k8sPlan(path: string, model: Model, lock?: AddressLock): Promise<{ plan: K8sPlan; problems: string[] } | { error: string }> {
  // `hatang build` hands over the lock its checks already read; the k8s commands read it here
  const addresses = lock ? planAddresses(model, lock) : await addressPlan(path, model);
  if ('error' in addresses) return addresses;
  const plan = buildPlan(model, { addresses });
  const problems = validatePlan(plan).filter((p) => p.severity === 'error').map((p) => `${p.object}${p.path}: ${p.message.en}`);
  return { plan, problems };
}

async function prepare(cli: CliContext, path: string, lang: Lang): Promise<{ model: Model; plan: K8sPlan } | undefined> {
  const result = await loadInventory(path);
  if (!result.model) {
    cli.io.stderr(renderValidationText(validationReport(path, result, [], cli.version), result, lang));
    cli.setExit(EXIT.invalid);
    return undefined;
  }
  const made = await k8sPlan(path, result.model);
  if ('error' in made) {
    cli.io.stderr(`${made.error}\n`);
    cli.setExit(EXIT.invalid);
    return undefined;
  }
  // What the plan could not express (ICMP flows, zones without addresses…) is said, not silently dropped.
  for (const note of made.plan.notes) cli.io.stderr(`${lang === 'vi' ? 'cảnh báo' : 'warning'} [k8s-${note.code}] ${note.target}: ${note.message[lang]}\n`);
  if (made.problems.length > 0) {
    // Objects the API server would reject are never written.
    for (const p of made.problems) cli.io.stderr(`error [k8s-object] ${p}\n`);
    cli.setExit(EXIT.findings);
    return undefined;
  }
  return { model: result.model, plan: made.plan };
}

function report(cli: CliContext, options: CommonOptions, written: string[]): void {
  if (options.format === 'json') cli.io.stdout(JSON.stringify({ outputs: written }, null, 2) + '\n');
  else for (const file of written) cli.io.stdout(`${options.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${file}\n`);
}

export const registerManifests: CommandRegistration = (program, cli) => {
  commonOptions(program.command('manifests'))
    .description('write the Kubernetes objects of every cluster as YAML, one file per namespace (kubectl, Argo CD, Flux)')
    .option('--out <dir>', 'output folder (default: out/<inventory folder name>/k8s)')
    .action(async (dir: string | undefined, options: CommonOptions & { out?: string }) => {
      const path = dir ?? defaultInventory();
      const prepared = await prepare(cli, path, options.lang);
      if (!prepared) return;
      const out = options.out ?? join('out', basename(resolve(path)), 'k8s');
      const written: string[] = [];
      for (const file of renderManifests(prepared.plan)) {
        await writeFileAtomic(join(out, file.path), file.content);
        written.push(join(out, file.path));
      }
      report(cli, options, written);
      cli.setExit(EXIT.ok);
    });
};

/** Synthesizes the cdktf app into a temporary folder and returns its files (manifest.json, stacks/…). */
async function synthFiles(model: Model, plan: K8sPlan): Promise<Artifact[]> {
  // Loaded on demand: the engine costs about a second and stays inside stacks/.
  const stacks = await import('../../../stacks/synth.js');
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

export const registerSynth: CommandRegistration = (program, cli) => {
  commonOptions(program.command('synth'))
    .description('synthesize the cdktf stacks (one per cluster) as Terraform JSON, like `cdktf synth`, offline')
    .option('--out <dir>', 'output folder (default: cdktf.out)')
    .action(async (dir: string | undefined, options: CommonOptions & { out?: string }) => {
      const path = dir ?? defaultInventory();
      const prepared = await prepare(cli, path, options.lang);
      if (!prepared) return;
      const out = options.out ?? 'cdktf.out';
      const written: string[] = [];
      for (const file of await synthFiles(prepared.model, prepared.plan)) {
        await writeFileAtomic(join(out, file.path), file.content);
        written.push(join(out, file.path));
      }
      report(cli, options, written);
      cli.setExit(EXIT.ok);
    });
};

/** `hatang build`: manifests under k8s/ and the synthesized stacks under cdktf.out/ (k8s/problems.json when invalid). */
export const k8sArtifacts: ArtifactProducer = async (input) => {
  if (input.model.clusters.length === 0) return [];
  const made = await k8sPlan(input.path, input.model, input.addressLock);
  if ('error' in made) return [{ path: join('k8s', 'problems.json'), content: JSON.stringify({ problems: [made.error] }, null, 2) + '\n' }];
  // Objects the API server would reject are not written; the reasons are.
  if (made.problems.length > 0) return [{ path: join('k8s', 'problems.json'), content: JSON.stringify({ problems: made.problems }, null, 2) + '\n' }];
  return [
    ...renderManifests(made.plan).map((f) => ({ path: join('k8s', f.path), content: f.content })),
    ...(await synthFiles(input.model, made.plan)).map((f) => ({ path: join('cdktf.out', f.path), content: f.content })),
  ];
};
