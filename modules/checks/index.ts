// Every check that turns a loaded model into findings, run in one fixed order (no self-registration on import).
import { addressChecks, type AddressLock } from '../addressing/index.js';
import { baselineProvider, finishFindings } from '../baseline/index.js';
import type { Finding, Locate, Model } from '../model/index.js';
import { compareCodeUnits as cmp } from '../model/index.js';

export interface CheckInput {
  readonly model: Model;
  /** Finds the file, line and column of a value of an entity, for the finding's location. */
  readonly locate: Locate;
  /** The inventory's committed address lock, so that checks see the prefixes `hatang plan` keeps. */
  readonly addressLock?: AddressLock;
}

/** Options of `hatang validate` that checks may read. */
export interface CheckOptions {
  /** Date the checks are evaluated at (YYYY-MM-DD); evidence ages and the rule-set in force depend on it. */
  readonly asOf?: string;
  /** Explicit rule-set id; when absent the one in force at `asOf` applies. */
  readonly ruleset?: string;
  /** Overrides of baseline parameters (`name` or `name@L3` → value), e.g. from `--param`. */
  readonly parameters?: Readonly<Record<string, number>>;
}

/** One family of checks: pure, deterministic, from the model to findings. */
export type CheckProvider = (input: CheckInput, options: CheckOptions) => readonly Finding[];

/** The providers, in the order their findings are reported. */
export const CHECK_PROVIDERS: readonly CheckProvider[] = [baselineProvider, addressChecks];

export function runChecks(input: CheckInput, options: CheckOptions = {}): Finding[] {
  const findings = CHECK_PROVIDERS.flatMap((provider) => provider(input, options));
  // Waivers and fingerprints apply to every provider's findings.
  return finishFindings(findings, input, options).sort(compareFindings);
}

/** Stable order whatever the providers' internal order: target, then rule, then location (code-unit order, no locale). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.target, b.target) ||
    cmp(a.rule, b.rule) ||
    cmp(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    cmp(a.part ?? '', b.part ?? '')
  );
}

