import { Option, type Command } from 'commander';

export interface BaselineCliOptions {
  readonly ruleset?: string;
  readonly asOf?: string;
  readonly baseline?: string;
  readonly failOn?: string;
  readonly failOnDue?: boolean;
  readonly param?: string[];
}

/** `--ruleset`, `--as-of`, `--baseline`, `--fail-on` and `--param`, shared by `validate` and `build`. */
export function baselineOptions(cmd: Command): Command {
  return cmd
    .option('--ruleset <id>', 'rule-set: vn-nd85-tt12-2022 or vn-nd331-2026 (default: the one in force at --as-of)')
    .option('--as-of <date>', "date the checks are evaluated at, YYYY-MM-DD (default: the inventory's asOf, else today); picks the rule-set and ages evidence")
    .option('--baseline <file>', 'a previous JSON report: show only findings that are new since it')
    .addOption(
      new Option('--fail-on <severity>', 'lowest severity of a failing finding that makes the exit code 1')
        .choices(['error', 'warning', 'info'])
        .default('error'),
    )
    .option('--fail-on-due', 'count findings that are due later (a transition period, NĐ 331/2026 Art. 39.1) like failing ones for the exit code')
    .option(
      '--param <name=value>',
      'override a baseline parameter (docs/rules.md), e.g. logRetentionMonths@L2=3; repeatable',
      (v: string, prev: string[] = []) => [...prev, v],
    );
}
