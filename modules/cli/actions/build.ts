// `hatang build`: the action, loaded only when the command runs (modules/cli/commands/build.ts registers it).
import { basename, join, relative, resolve, sep } from 'node:path';
import { msgIn } from '../../model/index.js';
import { renderJunit, renderSarif, renderValidationText, validationReport } from '../../report/index.js';
import { jsonChunks } from '../../report/json-stream.js';
import { ARTIFACT_LABELS, ARTIFACT_PRODUCERS } from '../artifacts/index.js';
import type { BaselineCliOptions } from '../commands/baseline-options.js';
import { type CliContext, type CommonOptions } from '../context.js';
import { inventoryFolder } from '../inventory-folder.js';
import { baselineInfo, judge } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';
import { progressFor, styleFor } from '../terminal.js';

export type BuildCliOptions = CommonOptions & BaselineCliOptions & { out?: string; pdf: boolean };

export async function runBuild(cli: CliContext, dir: string | undefined, options: BuildCliOptions): Promise<void> {
  const path = inventoryFolder(cli, dir, options.lang, 'build');
  if (path === undefined) return;
  const out = options.out ?? join('out', basename(resolve(path)));
  const judged = await judge(cli, path, options, options.lang);
  if (!judged) return;
  const load = judged.ok ? judged.evaluation.load : judged.opened.load;
  const report = validationReport(
    judged.path,
    load,
    judged.ok ? judged.findings : [],
    cli.version,
    baselineInfo(judged.ok ? judged : { ...judged, hidden: 0 }),
    judged.ok ? judged.evaluation.annex() : null,
  );
  const written: string[] = [];
  const write = async (name: string, content: string | Uint8Array | Iterable<string>) => {
    const target = join(out, name);
    await writeFileAtomic(target, content);
    written.push(target);
  };
  // In pieces, never as one string (a large inventory's report can be longer than a string may be).
  await write('validation.json', jsonChunks(report));
  await write('validation.sarif', renderSarif(report, { toolVersion: cli.version }));
  await write('validation.junit.xml', renderJunit(report, options.lang));
  if (judged.ok) {
    const { evaluation, findings } = judged;
    await write('model.json', JSON.stringify(evaluation.model, null, 2) + '\n');
    const input = { evaluation, findings, lang: options.lang, pdf: options.pdf, version: cli.version, ports: cli.ports };
    const display = progressFor(cli.io, options.lang, cli.progressForced());
    for (const produce of ARTIFACT_PRODUCERS) {
      const label = ARTIFACT_LABELS.get(produce) ?? { vi: 'Đang ghi', en: 'Writing' };
      for (const artifact of await display.step(label, () => produce(input))) await write(artifact.path, artifact.content);
    }
    display.end();
  }
  if (options.format === 'json') {
    for (const chunk of jsonChunks({ ...report, outputs: written })) cli.io.stdout(chunk);
  } else {
    cli.io.stdout(renderValidationText(report, load, options.lang, styleFor(cli.io, 'stdout')));
    cli.io.stdout(writtenSummary(out, written, options.lang));
  }
  cli.setExit(judged.exit);
}

/** Files at the top of the output folder by name, sub-folders with their file count: hundreds of paths help nobody. */
function writtenSummary(out: string, written: readonly string[], lang: 'vi' | 'en'): string {
  const entries = new Map<string, number>();
  for (const file of written) {
    const rel = relative(out, file).split(sep);
    const key = rel.length > 1 ? `${rel[0]}/` : rel[0]!;
    entries.set(key, (entries.get(key) ?? 0) + 1);
  }
  const parts = [...entries].map(([name, n]) => (name.endsWith('/') ? `${name} (${msgIn(lang, 'count.files', { n })})` : name));
  return lang === 'vi'
    ? `Đã ghi ${written.length} tệp vào ${out}: ${parts.join(', ')}\n`
    : `Wrote ${msgIn(lang, 'count.files', { n: written.length })} to ${out}: ${parts.join(', ')}\n`;
}
