// `hatang manifests` and `hatang synth`: the actions, loaded only when one of the commands runs
// (modules/cli/commands/manifests.ts registers both).
import { basename, join, resolve } from 'node:path';
import { renderManifests, type K8sPlan } from '../../k8s/index.js';
import type { Lang, Model } from '../../model/index.js';
import { renderValidationText, validationReport } from '../../report/index.js';
import { EXIT, type CliContext, type CommonOptions } from '../context.js';
import { inventoryFolder } from '../inventory-folder.js';
import { styleFor } from '../terminal.js';
import { k8sProblems, synthFiles } from '../k8s.js';
import { judge } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';

export type ManifestsCliOptions = CommonOptions & { out?: string };

async function prepare(cli: CliContext, path: string, lang: Lang): Promise<{ model: Model; plan: K8sPlan } | undefined> {
  const judged = await judge(cli, path, {}, lang);
  if (!judged) return undefined;
  if (!judged.ok) {
    cli.io.stderr(renderValidationText(validationReport(path, judged.opened.load, [], cli.version), judged.opened.load, lang, styleFor(cli.io, 'stderr')));
    cli.setExit(EXIT.invalid);
    return undefined;
  }
  const plan = judged.evaluation.k8s();
  // What the plan could not express (ICMP flows, zones without addresses…) is said, not silently dropped.
  for (const note of plan.notes) cli.io.stderr(`${lang === 'vi' ? 'cảnh báo' : 'warning'} [k8s-${note.code}] ${note.target}: ${note.message[lang]}\n`);
  const problems = k8sProblems(plan);
  if (problems.length > 0) {
    // Objects the API server would reject are never written.
    for (const p of problems) cli.io.stderr(`error [k8s-object] ${p}\n`);
    cli.setExit(EXIT.findings);
    return undefined;
  }
  return { model: judged.evaluation.model, plan };
}

function report(cli: CliContext, options: CommonOptions, written: string[]): void {
  if (options.format === 'json') cli.io.stdout(JSON.stringify({ outputs: written }, null, 2) + '\n');
  else for (const file of written) cli.io.stdout(`${options.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${file}\n`);
}

export async function runManifests(cli: CliContext, dir: string | undefined, options: ManifestsCliOptions): Promise<void> {
  const path = inventoryFolder(cli, dir, options.lang, 'manifests');
  if (path === undefined) return;
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
}

export async function runSynth(cli: CliContext, dir: string | undefined, options: ManifestsCliOptions): Promise<void> {
  const path = inventoryFolder(cli, dir, options.lang, 'synth');
  if (path === undefined) return;
  const prepared = await prepare(cli, path, options.lang);
  if (!prepared) return;
  const out = options.out ?? 'cdktf.out';
  const written: string[] = [];
  for (const file of await synthFiles(cli.ports, prepared.model, prepared.plan)) {
    await writeFileAtomic(join(out, file.path), file.content);
    written.push(join(out, file.path));
  }
  report(cli, options, written);
  cli.setExit(EXIT.ok);
}
