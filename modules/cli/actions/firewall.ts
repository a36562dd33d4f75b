// `hatang firewall`: the action, loaded only when the command runs (modules/cli/commands/firewall.ts registers it).
import { basename, join, resolve } from 'node:path';
import { buildPolicy, diffPolicies, renderFiles, renderPolicyDiff, type FirewallFormat } from '../../firewall/index.js';
import type { ProveReport } from '../../firewall/prove.js';
import type { Lang, Model } from '../../model/index.js';
import { EXIT, type CliContext } from '../context.js';
import { inventoryFolder } from '../inventory-folder.js';
import { checkName, SITE } from '../names.js';
import { judgeValid } from '../pipeline.js';
import { writeFileAtomic } from '../write.js';

export interface FirewallCliOptions {
  readonly site: string;
  readonly format: FirewallFormat;
  readonly lang: Lang;
  readonly out?: string;
  readonly prove?: boolean;
  /** A git revision: print what changed in the policy between the inventory at that revision and now. */
  readonly diff?: string;
}

function unknownSite(cli: CliContext, model: Model, path: string, site: string, lang: Lang): void {
  checkName(
    cli,
    SITE,
    site,
    model.sites.map((s) => s.name),
    path,
    lang,
  );
}

/** The expected-versus-observed matrix, one line per probe. */
export function proveMatrix(report: ProveReport): string {
  const rows = report.results.map((r) => {
    const what = r.protocol === 'icmp' ? 'icmp' : `${r.protocol}/${r.port}`;
    const verdict = r.expected === r.observed ? 'ok' : 'MISMATCH';
    const word = (b: boolean) => (b ? 'accept' : 'drop');
    return [r.device, `${r.from} -> ${r.to}`, r.family, what, word(r.expected), word(r.observed), verdict, r.flow ?? r.why].join('\t');
  });
  const head = ['device', 'from -> to', 'family', 'service', 'expected', 'observed', 'verdict', 'flow'].join('\t');
  const devices = report.devices.map((d) => `${d.device}: ${d.namespaces} namespaces, ${d.flows} flows`).join('; ');
  const tail = `${report.results.length} probes, ${report.mismatches} mismatches, ${report.seconds.toFixed(1)} s (${devices})`;
  return [head, ...rows, tail, ''].join('\n');
}

async function runProve(cli: CliContext, model: Model, plan: Parameters<typeof buildPolicy>[0]['plan'], site: string): Promise<void> {
  const { labUnavailable, prove } = await import('../../firewall/prove.js');
  const why = labUnavailable();
  if (why) {
    cli.io.stderr(`hatang: firewall --prove skipped: ${why}\n`);
    cli.setExit(EXIT.invalid);
    return;
  }
  const report = await prove({ model, plan }, { site });
  cli.io.stdout(proveMatrix(report));
  cli.setExit(report.mismatches > 0 ? EXIT.findings : EXIT.ok);
}

/** `--diff <ref>`: the policy of the inventory at a git revision (copied like `hatang plan --diff`) against now. */
async function runDiff(cli: CliContext, path: string, after: Parameters<typeof buildPolicy>[0], options: FirewallCliOptions & { diff: string }): Promise<void> {
  const { checkoutAt } = await import('./plan.js');
  let copy: Awaited<ReturnType<typeof checkoutAt>>;
  try {
    copy = await checkoutAt(options.diff, path);
  } catch (error) {
    const reason = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    cli.io.stderr(
      options.lang === 'vi'
        ? `hatang: "${options.diff}" không phải phiên bản git đọc được: ${reason}\n`
        : `hatang: "${options.diff}" is not a readable git revision: ${reason}\n`,
    );
    return cli.setExit(EXIT.invalid);
  }
  try {
    const judged = await judgeValid(cli, copy.path, {}, options.lang);
    if (!judged) return;
    const before = buildPolicy(judged.evaluation, { site: options.site });
    const diff = diffPolicies(before, buildPolicy(after, { site: options.site }));
    cli.io.stdout(options.format === 'json' ? JSON.stringify(diff, null, 2) + '\n' : renderPolicyDiff(diff, options.diff, path));
    cli.setExit(EXIT.ok);
  } finally {
    await copy.cleanup();
  }
}

export async function runFirewall(cli: CliContext, dir: string | undefined, options: FirewallCliOptions): Promise<void> {
  const path = inventoryFolder(cli, dir, options.lang, 'firewall');
  if (path === undefined) return;
  const judged = await judgeValid(cli, path, {}, options.lang);
  if (!judged) return;
  const { model, plan } = judged.evaluation;
  if (!model.sites.some((s) => s.name === options.site)) return unknownSite(cli, model, judged.path, options.site, options.lang);
  if (options.prove) return runProve(cli, model, plan, options.site);
  if (options.diff !== undefined) return runDiff(cli, path, { model, plan }, { ...options, diff: options.diff });
  const policy = buildPolicy({ model, plan }, { site: options.site });
  for (const u of policy.uncovered) {
    const text =
      options.lang === 'vi'
        ? 'không chuỗi tường lửa nào của trung tâm nối hai đầu của luồng'
        : 'no firewall or chain of firewalls of the site joins both ends of the flow';
    cli.io.stderr(`${options.lang === 'vi' ? 'cảnh báo' : 'warning'} [firewall-uncovered] flows/${u.flow}: ${text}\n`);
  }
  const out = options.out ?? join('out', basename(resolve(path)), 'firewall', options.format);
  const written: string[] = [];
  for (const file of renderFiles(policy, options.format)) {
    await writeFileAtomic(join(out, file.path), file.content);
    written.push(join(out, file.path));
  }
  for (const file of written) cli.io.stdout(`${options.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${file}\n`);
  cli.setExit(EXIT.ok);
}
