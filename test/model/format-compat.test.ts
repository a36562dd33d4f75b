// An inventory written for format v1 before the estate extension (external endpoints open to declared ones,
// providers, the four-layer model, site facilities, rented services, the agency edge, `via`, the iot and public-wifi
// zone kinds) loads unchanged with the current loader. The fixture is the Quảng Ngãi inventory as it was committed
// then, byte for byte (modelines included); its SHA-256 sums are pinned below so that nobody "fixes" it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { BUILTIN_EXTERNALS, externalOf, loadInventory, type Kind, type Model } from '../../modules/model/index.js';
import { runCli } from '../helpers.js';

const FIXTURE = 'test/fixtures/format-v1-before-estate';

/** SHA-256 of every file of the fixture, as committed before the estate extension. */
const PINNED: Readonly<Record<string, string>> = {
  'addressing.lock.yaml': '85c1efa7bf7e86e1807426089bd8cc00064665b2663dc916eb2fcd4af2b9fe24',
  'agencies.yaml': 'cdbb50873445de6e94bfba8f968b33556b4edcaf927354d7c2b726797fcec2a7',
  'clusters.yaml': 'fed5b246b16e2cb0ad5b373f778f761dc1b9ad699b7dfc9d945eeed6ec63cb87',
  'communes.yaml': '63a0be3bf1c224919bcda3ba32ad1236324c7d578b7a105a3e337432ea83dbb3',
  'devices.yaml': 'a9862f2719c69f052e873deb91410042e0e198d8eb077f68f9ed21e7a08b7df6',
  'flows.yaml': '579ee562d0a96e7f1009fa8a072e63454f90ba7523663394cbefc22f9f77da56',
  'province.yaml': '3dc6b32a0a7d485227dbd936afd2117b7baf7036c23c409e7133171404b44ffa',
  'sites.yaml': '434498c87868b0c4974d7e62e4bf5cd815a8d27abc42d17546789dca85f8de7a',
  'systems.yaml': '7707130440d8e7bd14045936f3af3c2681b35f46e12e158ccf959a36dfd4a75b',
  'waivers.yaml': 'bd266c5a310601497d4f1853847b8614b1210005e2f25f152be9d5b00ba87835',
  'zones.yaml': '8a1c9021a2d4eb07703f28db436c5b70bb1f97974483404d9f8a9269ed68a38f',
};

/** The diagnostic codes of a document the schema refuses. */
const SCHEMA_CODES = new Set(['api-version', 'unknown-kind', 'unknown-field', 'missing-field', 'wrong-type', 'invalid-value', 'not-a-mapping']);

interface RawDocument {
  readonly kind: Kind;
  readonly name: string;
  readonly spec: Record<string, unknown>;
}

/** The inventory documents of the fixture as the files write them (the address lock left out). */
function rawDocuments(): RawDocument[] {
  return readdirSync(FIXTURE)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.lock.yaml'))
    .sort()
    .flatMap((f) =>
      parseAllDocuments(readFileSync(join(FIXTURE, f), 'utf8')).map((d) => d.toJS() as { kind?: Kind; metadata?: { name: string }; spec?: object }),
    )
    .filter((d) => d?.kind !== undefined)
    .map((d) => ({ kind: d.kind!, name: d.metadata!.name, spec: (d.spec ?? {}) as Record<string, unknown> }));
}

const PLURAL = {
  Site: 'sites',
  Zone: 'zones',
  Flow: 'flows',
  Device: 'devices',
  Cluster: 'clusters',
  System: 'systems',
  Agency: 'agencies',
  Waiver: 'waivers',
} as const;
type Plural = (typeof PLURAL)[keyof typeof PLURAL];

/** Fields of the format before the extension whose model value is the value written, per kind. */
const OLD_FIELDS: readonly { kind: keyof typeof PLURAL; spec: string; model?: string }[] = [
  { kind: 'Site', spec: 'role' },
  { kind: 'Site', spec: 'rating' },
  { kind: 'Site', spec: 'power' },
  { kind: 'Site', spec: 'cooling' },
  { kind: 'Site', spec: 'distributionPaths' },
  { kind: 'Site', spec: 'tslcdPaths' },
  { kind: 'Site', spec: 'internetUplinks' },
  { kind: 'Site', spec: 'operator' },
  { kind: 'Zone', spec: 'kind', model: 'zoneKind' },
  { kind: 'Zone', spec: 'vlan' },
  { kind: 'Device', spec: 'kind', model: 'deviceKind' },
  { kind: 'Device', spec: 'redundancy' },
  { kind: 'System', spec: 'hosting' },
  { kind: 'System', spec: 'owner' },
  { kind: 'System', spec: 'operator' },
  { kind: 'System', spec: 'level' },
  { kind: 'System', spec: 'criterion' },
  { kind: 'System', spec: 'stateSecret' },
  { kind: 'Agency', spec: 'tslcd' },
  { kind: 'Agency', spec: 'code' },
  { kind: 'Agency', spec: 'site' },
  { kind: 'Flow', spec: 'purpose' },
  { kind: 'Waiver', spec: 'rule' },
];

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('an inventory of format v1 written before the estate extension', async () => {
  const result = await loadInventory(FIXTURE);
  const model = result.model as Model;
  const raw = rawDocuments();

  test('the fixture files are the ones committed then, byte for byte', () => {
    const sums = Object.fromEntries(
      readdirSync(FIXTURE)
        .sort()
        .map((f) => [
          f,
          createHash('sha256')
            .update(readFileSync(join(FIXTURE, f)))
            .digest('hex'),
        ]),
    );
    expect(sums).toEqual(PINNED);
  });

  test('loads with no error', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model).toBeDefined();
  });

  test('has as many objects of each kind as its files declare', () => {
    for (const [kind, plural] of Object.entries(PLURAL) as [Kind, Plural][]) {
      const declared = raw.filter((d) => d.kind === kind).map((d) => d.name);
      expect(declared.length, `${kind} documents in the files`).toBeGreaterThan(0);
      expect(model[plural].map((e) => e.name).sort(), kind).toEqual([...declared].sort());
    }
    expect(raw.filter((d) => d.kind === 'Province').map((d) => d.name)).toEqual([model.province.name]);
  });

  test('`hatang validate` judges it (exit 0 or 1, never 2) with no schema diagnostic', async () => {
    const run = await runCli('validate', FIXTURE, '--format', 'json');
    expect([0, 1], run.stderr).toContain(run.code);
    const report = JSON.parse(run.stdout) as { valid: boolean; diagnostics: { code: string; severity: string }[] };
    expect(report.valid).toBe(true);
    expect(report.diagnostics.filter((d) => d.severity === 'error' || SCHEMA_CODES.has(d.code))).toEqual([]);
  });

  test('every external endpoint its flows and devices name resolves, with a Vietnamese name', () => {
    const named = new Set([
      ...model.flows.flatMap((f) => [f.from, f.to]).flatMap((e) => (e.type === 'external' ? [e.external] : [])),
      ...model.devices.flatMap((d) => d.boundaryExternals),
    ]);
    expect(named.size).toBeGreaterThan(0);
    for (const name of named) {
      const endpoint = externalOf(model, name);
      expect(endpoint, name).toBeDefined();
      expect(endpoint!.builtin, name).toBe(true);
      expect(endpoint!.title.vi, name).toMatch(VIETNAMESE_LETTER);
      expect(endpoint!.title.vi, name).not.toBe(name);
    }
  });

  test('the fields of the format before the extension resolve as written', () => {
    let compared = 0;
    for (const field of OLD_FIELDS) {
      for (const doc of raw.filter((d) => d.kind === field.kind && d.spec[field.spec] !== undefined)) {
        const entity = (model[PLURAL[field.kind]] as readonly { name: string }[]).find((e) => e.name === doc.name) as Record<string, unknown> | undefined;
        expect(entity?.[field.model ?? field.spec], `${field.kind}/${doc.name} ${field.spec}`).toEqual(doc.spec[field.spec]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
    for (const kind of ['Site', 'System', 'Agency', 'Flow'] as const) {
      expect(
        OLD_FIELDS.some((f) => f.kind === kind && raw.some((d) => d.kind === kind && d.spec[f.spec] !== undefined)),
        kind,
      ).toBe(true);
    }
  });

  test('the fields the extension added take their defaults', () => {
    expect(model.province.externals).toEqual([]);
    expect(model.province.providers).toEqual([]);
    expect(model.province.securityOperations).toBeUndefined();
    expect(model.externals.map((e) => e.name)).toEqual(Object.keys(BUILTIN_EXTERNALS).sort());
    expect(model.sites.map((s) => s.ownership)).toEqual(model.sites.map(() => 'own'));
    expect(model.sites.filter((s) => s.provider ?? s.facilities ?? s.hazardZones ?? s.powerFeeds)).toEqual([]);
    expect(model.systems.filter((s) => s.service ?? s.coYeuEncryption)).toEqual([]);
    expect(model.agencies.filter((a) => a.internet ?? a.edge ?? a.endpoints ?? a.videoConferenceEndpoints ?? a.oneStopDesks)).toEqual([]);
    expect(model.flows.filter((f) => f.via)).toEqual([]);
  });
});
