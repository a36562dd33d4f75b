// `hatang validate`: the action, loaded only when the command runs (modules/cli/commands/validate.ts registers it).
import { annexGrid } from '../../baseline/index.js';
import { renderJunit, renderSarif, renderValidationText, validationReport } from '../../report/index.js';
import { jsonChunks } from '../../report/json-stream.js';
import type { BaselineCliOptions } from '../commands/baseline-options.js';
import { defaultInventory, type CliContext, type CommonOptions } from '../context.js';
import { baselineInfo, judge } from '../pipeline.js';

export type ValidateCliOptions = CommonOptions & BaselineCliOptions & { readonly sarifAll?: boolean };

export async function runValidate(cli: CliContext, dir: string | undefined, options: ValidateCliOptions): Promise<void> {
  const path = dir ?? defaultInventory();
  const judged = await judge(cli, path, options, options.lang);
  if (!judged) return;
  const load = judged.ok ? judged.evaluation.load : judged.opened.load;
  const findings = judged.ok ? judged.findings : [];
  // The annex grid reads every finding of the evaluation, also those --baseline hides (docs/output.md).
  const annex = judged.ok ? annexGrid({ model: judged.evaluation.model, findings: judged.evaluation.findings, ruleset: judged.selection.ruleset }) : null;
  const report = validationReport(judged.path, load, findings, cli.version, baselineInfo(judged.ok ? judged : { ...judged, hidden: 0 }), annex);
  if (options.format === 'json') {
    // In pieces, never as one string: the report of a large inventory can be longer than a string may be.
    for (const chunk of jsonChunks(report)) cli.io.stdout(chunk);
  } else {
    cli.io.stdout(
      options.format === 'sarif'
        ? renderSarif(report, { toolVersion: cli.version, all: options.sarifAll === true })
        : options.format === 'junit'
          ? renderJunit(report, options.lang)
          : renderValidationText(report, load, options.lang),
    );
  }
  cli.setExit(judged.exit);
}
