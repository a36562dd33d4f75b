// docs/minimum-design.md: the minimum design per security level, printed from the same data `hatang init` writes
// (design.ts) and from the rule declarations; scripts/gen-minimum-design.mjs writes it and a test compares.
import { RULESETS } from '../baseline/index.js';
import { LEVELS, type Level } from '../rules/index.js';
import { designFor, isSiteDevice, type DeviceDesign, type EndDesign, type LevelDesign } from './design.js';
import { EVIDENCE_BY_LEVEL } from './evidence.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The rule ids as links to docs/rules.md. */
const ruleLinks = (ids: readonly string[]): string => ids.map((id) => `[${id}](rules.md#${id.toLowerCase()})`).join(', ');

function endName(e: EndDesign): string {
  if ('zone' in e) return `\`${e.zone}\``;
  if ('external' in e) return `${e.external} (outside)`;
  return 'the other site';
}

type Node = string;
const nodeOf = (e: EndDesign): Node | undefined => ('zone' in e ? `zone:${e.zone}` : 'external' in e ? `external:${e.external}` : undefined);

/** The firewalls a flow crosses, in order (shortest chain of firewall boundaries from one end to the other). */
function firewallPath(design: LevelDesign, from: EndDesign, to: EndDesign): string {
  const a = nodeOf(from);
  const b = nodeOf(to);
  if (!a || !b) return 'the edge firewalls of both sites';
  const walls = design.devices.filter((d) => d.kind === 'firewall');
  const ends = (d: DeviceDesign): Node[] => [
    ...(d.boundaryZones ?? []).map((z) => `zone:${z}`),
    ...(d.boundaryExternals ?? []).map((x) => `external:${x}`),
    ...(d.zone ? [`zone:${d.zone}`] : []),
  ];
  const queue: { node: Node; path: string[] }[] = [{ node: a, path: [] }];
  const seen = new Set<Node>([a]);
  while (queue.length > 0) {
    const { node, path } = queue.shift()!;
    if (node === b) return path.map((p) => `\`${p}\``).join(' → ');
    for (const w of walls) {
      const e = ends(w);
      if (!e.includes(node)) continue;
      for (const next of e) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push({ node: next, path: [...path, w.short] });
      }
    }
  }
  return 'none';
}

function zonesSection(d: LevelDesign): string[] {
  return [
    '| zone kind | VLAN | IPv4 at the primary site | holds | at the DR site | required by |',
    '|---|---|---|---|---|---|',
    ...d.zones.map(
      (z) =>
        `| \`${z.kind}\` | ${z.vlan} | 10.<code>.${(z.vlan - 100) / 10}.0/24 | ${cell(z.title)} | ${z.primaryOnly ? 'no' : 'yes'} | ${ruleLinks(z.rules)} |`,
    ),
  ];
}

function devicesSection(d: LevelDesign): string[] {
  const where = (x: DeviceDesign) => [...(x.boundaryZones ?? []).map((z) => `\`${z}\``), ...(x.boundaryExternals ?? [])].join(', ') || '—';
  const redundancy = (x: DeviceDesign) => (x.redundancy === 'single' && x.count > 1 ? `cold spare (${x.count} units)` : `${x.redundancy}, ${x.count}`);
  return [
    '| device | kind | zone | boundaries | redundancy, units | at the DR site | required by |',
    '|---|---|---|---|---|---|---|',
    ...d.devices.map(
      (x) =>
        `| ${x.short} | \`${x.kind}\`${x.capabilities?.length ? ` (${x.capabilities.join(', ')})` : ''}${x.service ? ', a service of the provider' : ''} | ${x.zone ? `\`${x.zone}\`` : '—'} | ${where(x)} | ${redundancy(x)} | ${isSiteDevice(d.level, x.short) ? 'yes' : 'no'} | ${ruleLinks(x.rules)} |`,
    ),
  ];
}

function flowsSection(d: LevelDesign): string[] {
  return [
    '| flow | from → to | ports | through | at the DR site |',
    '|---|---|---|---|---|',
    ...d.flows.map(
      (f) =>
        `| ${f.short}${f.system ? ' (system)' : ''} | ${endName(f.from)} → ${endName(f.to)} | ${f.ports.join(', ')} | ${firewallPath(d, f.from, f.to)} | ${f.needsDr ? 'between the sites' : f.primaryOnly ? 'no' : 'mirrored'} |`,
    ),
  ];
}

/** The manual rules that apply to a system of the level: what an auditor must see, the model cannot show. */
function evidenceSection(level: Level): string[] {
  const ruleset = RULESETS.at(-1)!;
  const manual = ruleset.rules.filter((r) => r.scope === 'system' && r.mode === 'manual' && r.levels.includes(level));
  return [
    `Evidence items of the example system (\`spec.evidence\`, commented out in systems.yaml until filled in): ${EVIDENCE_BY_LEVEL(level, false)
      .map((e) => `\`${e.key}\``)
      .join(', ')}; with a DR site also \`drDrill\`.`,
    '',
    `Checked by hand at this level under \`${ruleset.id}\` (each gives a \`manual\` finding listing the evidence): ${ruleLinks(manual.map((r) => r.id))}.`,
  ];
}

function levelSection(level: Level): string[] {
  const d = designFor(level);
  return [
    `## Level ${level}`,
    '',
    `Example system: criterion \`${d.criterion}\`, ${d.citizenFacing ? 'serving citizens' : 'internal'}; components ${d.components.map((c) => `${c.name} (\`${c.zone}\`${c.public ? ', public' : ''})`).join(', ')}.${level === 5 ? ' A DR site is always written at this level (AVL-DR-01).' : ''}`,
    '',
    '### Zones',
    '',
    ...zonesSection(d),
    '',
    '### Devices',
    '',
    ...devicesSection(d),
    '',
    '### Flows',
    '',
    ...flowsSection(d),
    '',
    '### Evidence',
    '',
    ...evidenceSection(level),
    '',
  ];
}

export function renderMinimumDesign(): string {
  return [
    '# Minimum design per security level',
    '',
    '<!-- Generated by `node scripts/gen-minimum-design.mjs` from modules/init (the data `hatang init` writes) and the rule declarations; a test fails when this file is out of date. -->',
    '',
    'What the baseline rules ask of a provincial data centre that hosts one information system of a level: the zones,',
    'the devices with their redundancy, the allowed flows and the firewalls each crosses, and the evidence the rules',
    'expect. `hatang init <code> --level N [--dr]` writes exactly this design for a province (docs/inventory.md,',
    '"Starting a new province"); every device and zone names the rules that require it, and nothing is there that no',
    'rule asks for (the tests remove each device in turn and check that a rule then fails). The example system runs on',
    'one Kubernetes cluster; with `--dr` the DR site mirrors every zone but the user zone, the devices marked "at the DR',
    'site" and the flows inside the site, and runs a cluster of its own.',
    '',
    'Names in the tables are the short names: in an inventory they are prefixed by the site (`<initials>-dc-`,',
    '`<initials>-dr-`). Prefixes are private (RFC 1918, and a ULA /48 per province for IPv6), to be replaced where',
    'allocated ranges exist.',
    '',
    ...LEVELS.flatMap(levelSection),
  ].join('\n');
}
