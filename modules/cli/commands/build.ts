import { basename, join, relative, resolve, sep } from 'node:path';
import { renderJunit, renderSarif, renderValidationText, validationReport } from '../../report/index.js';
import { ARTIFACT_PRODUCERS } from '../artifacts.js';
import { baselineInfo, checkForCommand, defaultInventory, type CommandRegistration, type CommonOptions } from '../context.js';
import { writeFileAtomic } from '../write.js';
import { baselineOptions, type BaselineCliOptions } from './baseline-options.js';
import { commonOptions } from './common.js';

export const registerBuild: CommandRegistration = (program, cli) => {
  baselineOptions(commonOptions(program.command('build')))
    .description('the main job: validate an inventory and write the resolved model, the validation result and every artefact')
    .option('--out <dir>', 'output folder (default: out/<inventory folder name>)')
    .option('--no-pdf', 'do not print report.pdf even when Chromium is installed')
    .action(async (dir: string | undefined, options: CommonOptions & BaselineCliOptions & { out?: string; pdf: boolean }) => {
      const path = dir ?? defaultInventory();
      const out = options.out ?? join('out', basename(resolve(path)));
      const checked = await checkForCommand(cli, path, options, options.lang);
      if (!checked) return;
      const { result, findings, exit, hidden } = checked;
      const report = validationReport(path, result, findings, cli.version, baselineInfo(checked.selection, checked.options, hidden));
      const written: string[] = [];
      const write = async (name: string, content: string | Uint8Array) => {
        const target = join(out, name);
        await writeFileAtomic(target, content);
        written.push(target);
      };
      await write('validation.json', JSON.stringify(report, null, 2) + '\n');
      await write('validation.sarif', renderSarif(report, { toolVersion: cli.version }));
      await write('validation.junit.xml', renderJunit(report, options.lang));
      if (result.model) {
        const model = result.model;
        await write('model.json', JSON.stringify(model, null, 2) + '\n');
        for (const produce of ARTIFACT_PRODUCERS) {
          const artifacts = await produce({ path, model, result, findings, ...(checked.addressLock ? { addressLock: checked.addressLock } : {}), options: { lang: options.lang, pdf: options.pdf, ...checked.options }, version: cli.version });
          for (const artifact of artifacts) await write(artifact.path, artifact.content);
        }
      }
      if (options.format === 'json') {
        cli.io.stdout(JSON.stringify({ ...report, outputs: written }, null, 2) + '\n');
      } else {
        cli.io.stdout(renderValidationText(report, result, options.lang));
        cli.io.stdout(writtenSummary(out, written, options.lang));
      }
      cli.setExit(exit);
    });
};

/** Files at the top of the output folder by name, sub-folders with their file count: hundreds of paths help nobody. */
function writtenSummary(out: string, written: readonly string[], lang: 'vi' | 'en'): string {
  const entries = new Map<string, number>();
  for (const file of written) {
    const rel = relative(out, file).split(sep);
    const key = rel.length > 1 ? `${rel[0]}/` : rel[0]!;
    entries.set(key, (entries.get(key) ?? 0) + 1);
  }
  const parts = [...entries].map(([name, n]) => (name.endsWith('/') ? `${name} (${n} ${lang === 'vi' ? 'tệp' : n === 1 ? 'file' : 'files'})` : name));
  return lang === 'vi'
    ? `Đã ghi ${written.length} tệp vào ${out}: ${parts.join(', ')}\n`
    : `Wrote ${written.length} file${written.length === 1 ? '' : 's'} to ${out}: ${parts.join(', ')}\n`;
}
