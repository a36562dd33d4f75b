import { basename, join, resolve } from 'node:path';
import { renderJunit, renderSarif, renderValidationText, validationReport } from '../../report/index.js';
import { ARTIFACT_PRODUCERS } from '../artifacts.js';
import { baselineInfo, checkOrFail, defaultInventory, EXIT, runOptions, type CommandRegistration, type CommonOptions } from '../context.js';
import { writeFileAtomic } from '../write.js';
import { baselineOptions, type BaselineCliOptions } from './baseline-options.js';
import { commonOptions } from './common.js';

export const registerBuild: CommandRegistration = (program, cli) => {
  baselineOptions(commonOptions(program.command('build')))
    .description('the main job: validate an inventory and write the resolved model, the validation result and every artefact')
    .option('--out <dir>', 'output folder (default: out/<inventory folder name>)')
    .action(async (dir: string | undefined, options: CommonOptions & BaselineCliOptions & { out?: string }) => {
      const path = dir ?? defaultInventory();
      const out = options.out ?? join('out', basename(resolve(path)));
      const parsed = await runOptions(options);
      if ('error' in parsed) {
        cli.io.stderr(`hatang: ${parsed.error[options.lang]}\n`);
        cli.setExit(EXIT.invalid);
        return;
      }
      const checked = await checkOrFail(cli, path, parsed.options, options.lang);
      if (!checked) return;
      const { result, findings, exit, hidden } = checked;
      const report = validationReport(path, result, findings, cli.version, baselineInfo(parsed.selection, parsed.options, hidden));
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
          const artifacts = await produce({ path, model, result, findings, options: { lang: options.lang, ...parsed.options }, version: cli.version });
          for (const artifact of artifacts) await write(artifact.path, artifact.content);
        }
      }
      if (options.format === 'json') {
        cli.io.stdout(JSON.stringify({ ...report, outputs: written }, null, 2) + '\n');
      } else {
        cli.io.stdout(renderValidationText(report, result, options.lang));
        const label = options.lang === 'vi' ? 'Đã ghi' : 'Wrote';
        for (const file of written) cli.io.stdout(`${label} ${file}\n`);
      }
      cli.setExit(exit);
    });
};
