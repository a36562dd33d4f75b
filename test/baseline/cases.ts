// Builds a rule test case: the base inventory with the case's documents replacing (same kind and name), adding
// or removing documents, written to a scratch folder and loaded like any inventory.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

export const BASE = join(import.meta.dirname, 'base', 'inventory.yaml');
export const RULES_DIR = join(import.meta.dirname, 'rules');

export interface CaseSpec {
  /** `Kind/name` of base documents to drop. */
  readonly remove?: readonly string[];
  readonly asOf?: string;
  /** Rule-sets under which a `fail-*` case must fail (default: every rule-set); where the law changed. */
  readonly failsUnder?: readonly string[];
}

const key = (d: { kind?: string; metadata?: { name?: string } }) => `${d.kind}/${d.metadata?.name}`;

export async function materialise(caseDir: string): Promise<{ dir: string; spec: CaseSpec }> {
  const base = parseAllDocuments(await readFile(BASE, 'utf8')).map((d) => d.toJS() as { kind: string; metadata: { name: string } });
  const casePath = join(caseDir, 'case.yaml');
  const docs = existsSync(casePath)
    ? parseAllDocuments(await readFile(casePath, 'utf8'))
        .map((d) => d.toJS())
        .filter((d) => d && typeof d === 'object')
    : [];
  const specDoc = docs.find((d) => d.kind === 'Case') as (CaseSpec & { kind: string }) | undefined;
  const spec: CaseSpec = specDoc ?? {};
  const merged = new Map(base.map((d) => [key(d), d as object]));
  for (const r of spec.remove ?? []) merged.delete(r);
  for (const d of docs) if (d.kind !== 'Case') merged.set(key(d), d);
  const dir = await mkdtemp(join(tmpdir(), 'hatang-rule-'));
  await writeFile(join(dir, 'inventory.yaml'), [...merged.values()].map((d) => stringify(d)).join('---\n'));
  return { dir, spec };
}
