// Diagrams laid out by Graphviz (WebAssembly) from the model: what they show, and that inventory text stays text.
import { beforeAll, describe, expect, test } from 'vitest';
import { externalOf, loadInventory, type Device, type Model } from '../../modules/model/index.js';
import {
  drDiagram,
  flowsDiagram,
  MAX_DIAGRAM_ZONES,
  MAX_FLOW_EDGES,
  provinceDiagrams,
  renderDiagrams,
  siteFlowDiagrams,
  siteZoneDiagrams,
  siteZonesDiagram,
} from '../../modules/report/diagrams.js';

let model: Model;
beforeAll(async () => {
  const result = await loadInventory('inventory/quang-ngai');
  if (!result.model) throw new Error('bundled inventory does not load');
  model = result.model;
});

/** Graphviz writes hyphens in SVG text as character references. */
const gv = (s: string): string => s.replace(/-/g, '&#45;');

const site = (name: string) => {
  const found = model.sites.find((s) => s.name === name);
  if (!found) throw new Error(`no site ${name}`);
  return found;
};

describe('diagrams', () => {
  test('zones of a site show their prefixes, and boundary devices join the zones and networks they separate', async () => {
    const primary = site('qn-dc');
    const [rendered] = await renderDiagrams([siteZonesDiagram(model, primary)]);
    const svg = rendered?.svg ?? '';
    for (const z of model.zones.filter((z) => z.site === primary.name)) {
      expect(svg).toContain(`>${gv(z.name)}</text>`);
      if (z.ipv4?.prefix) expect(svg).toContain(`>${z.ipv4.prefix}</text>`);
    }
    const edge = model.devices.find((d) => d.name === 'qn-fw-edge');
    for (const z of edge?.boundaryZones ?? []) expect(svg).toContain(`<title>${gv(`d:qn-fw-edge--z:${z}`)}</title>`);
    // The networks it faces are joined to it (the national systems behind them are listed in the network's node).
    const networks = (edge?.boundaryExternals ?? []).filter((x) => externalOf(model, x)?.category === 'network');
    expect(networks.length).toBeGreaterThan(0);
    for (const x of networks) expect(svg).toContain(`<title>${gv(`x:${x}--d:qn-fw-edge`)}</title>`);
    // Devices that do not sit on a boundary (SIEM, NTP…) are not drawn.
    expect(svg).not.toContain(gv('qn-siem'));
  });

  test('allowed flows: one numbered arrow per pair of endpoints, every port in the table beside it', () => {
    const diagram = flowsDiagram(model, site('qn-dc'));
    const flow = model.flows.find((f) => f.name === 'backup-to-database');
    expect(flow).toBeDefined();
    const row = diagram.legend?.find((r) => r.from === 'qn-dc-backup' && r.to === 'qn-dc-database');
    expect(row?.flows).toContainEqual({ name: 'backup-to-database', ports: 'tcp/9102, tcp/10000' });
    expect(diagram.dot).toContain(`"z:qn-dc-backup" -> "z:qn-dc-database" [label="${row?.ref}"]`);
    const arrows = diagram.dot.split('\n').filter((l) => l.includes(' -> '));
    expect(new Set(arrows).size).toBe(arrows.length);
    // Port lists are never cut short.
    expect(JSON.stringify(diagram.legend)).not.toContain('…');
    expect(diagram.dot).not.toContain('…');
  });

  test('a large site is drawn in parts small enough to print: few arrows or zones each, one numbering across parts', () => {
    const primary = site('qn-dc');
    const flows = siteFlowDiagrams(model, primary);
    expect(flows.length).toBeGreaterThan(1);
    for (const d of flows) expect(d.legend?.length).toBeLessThanOrEqual(MAX_FLOW_EDGES);
    const refs = flows.flatMap((d) => d.legend?.map((r) => r.ref) ?? []);
    expect(refs).toEqual(refs.map((_, i) => i + 1));
    expect(refs.length).toBe(flowsDiagram(model, primary).legend?.length);
    const zones = siteZoneDiagrams(model, primary);
    const drawn = zones.flatMap((d) => [...d.dot.matchAll(/^"z:([^"]+)" \[/gm)].map((m) => m[1]));
    expect(drawn.sort()).toEqual(
      model.zones
        .filter((z) => z.site === primary.name)
        .map((z) => z.name)
        .sort(),
    );
    for (const d of zones) expect([...d.dot.matchAll(/^"z:([^"]+)" \[/gm)].length).toBeLessThanOrEqual(MAX_DIAGRAM_ZONES);
  });

  test('primary ↔ DR: replication links and every flow that crosses sites', () => {
    const dot = drDiagram(model)?.dot ?? '';
    for (const s of model.sites)
      for (const link of s.replicationLinks ?? []) expect(dot).toContain(`"s:${s.name}" -> "s:${link.to}" [label="${link.count} × ${link.bandwidthMbps} Mbps`);
    expect(dot).toContain('database-replication-to-dr');
    expect(dot).toContain('backup-to-dr-backup');
  });

  test('inventory text with quotes, backslashes and markup stays text', async () => {
    const odd = { ...site('kt-dr'), title: 'DR "Kon Tum" \\ <b>bold</b> & co' };
    const [rendered] = await renderDiagrams([siteZonesDiagram({ ...model, sites: [odd] }, odd)]);
    expect(rendered?.svg).not.toContain('<b>');
    expect(rendered?.svg).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(rendered?.svg).toMatch(/^<svg role="img" aria-label="[^"<>]*" class="diagram" /);
  });

  test('the same model gives the same SVG', async () => {
    const a = await renderDiagrams(provinceDiagrams(model));
    const b = await renderDiagrams(provinceDiagrams(model));
    expect(a.map((d) => d.svg)).toEqual(b.map((d) => d.svg));
    const ids = a.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^zones-qn-dc/);
    expect(ids.findIndex((id) => id.startsWith('flows-'))).toBeGreaterThan(ids.findLastIndex((id) => id.startsWith('zones-')));
    expect(ids.at(-1)).toBe('dr');
  });
});

describe('external endpoints in the diagrams (a small model)', () => {
  let small: Model;
  beforeAll(async () => {
    const result = await loadInventory('test/fixtures/minimal');
    if (!result.model) throw new Error('fixture does not load');
    const base = result.model;
    const zone = base.zones.find((z) => z.name === 'dc-app')!;
    const flow = base.flows[0]!;
    const iot = { ...zone, name: 'dc-iot', zoneKind: 'iot' as const, ipv4: { prefix: '10.51.30.0/24' }, ipv6: undefined };
    const declared = [
      {
        name: 'camera-network',
        category: 'field-devices' as const,
        title: { vi: 'Mạng camera giao thông', en: 'Traffic camera network' },
        path: 'dedicated' as const,
        pathConfidence: 'unverified' as const,
        builtin: false,
      },
      {
        name: 'odd-db',
        category: 'national-database' as const,
        title: { vi: 'CSDL "ngành" \\ <b>thử</b>', en: 'Sector "db" \\ <b>test</b>' },
        path: 'tslcd' as const,
        pathConfidence: 'unverified' as const,
        builtin: false,
      },
    ];
    const to = (name: string, external: string, via?: 'tslcd' | 'internet' | 'dedicated') => ({
      ...flow,
      name,
      from: { type: 'zone' as const, zone: 'dc-app' },
      to: { type: 'external' as const, external },
      ...(via ? { via } : {}),
    });
    small = {
      ...base,
      zones: [...base.zones, iot],
      externals: [...base.externals, ...declared],
      flows: [
        ...base.flows,
        to('app-to-vdxp', 'vdxp'),
        to('app-to-vdxp-internet', 'vdxp', 'internet'),
        to('app-to-emc', 'emc'),
        to('app-to-odd-db', 'odd-db'),
        { ...flow, name: 'cameras-to-iot', from: { type: 'external' as const, external: 'camera-network' }, to: { type: 'zone' as const, zone: 'dc-iot' } },
      ],
    };
  });

  const clusterOf = (dot: string, node: string): string | undefined => {
    let current: string | undefined;
    for (const line of dot.split('\n')) {
      const open = /^subgraph "([^"]+)" \{$/.exec(line);
      if (open) current = open[1];
      else if (line === '}') current = undefined;
      else if (line.startsWith(`"${node}" [`)) return current;
    }
    return undefined;
  };

  test('national systems are nodes named in words, grouped by the network each flow reaches them over', () => {
    const site = small.sites[0]!;
    const dot = flowsDiagram(small, site).dot;
    // VDXP by its usual path (the government data network) and, for the flow that says so, over the Internet.
    expect(dot).toMatch(/"x:tslcd\/vdxp" \[label="Trục liên thông văn bản\\nquốc gia \(VDXP\)"/);
    expect(clusterOf(dot, 'x:tslcd/vdxp')).toBe('cluster_x:tslcd');
    expect(clusterOf(dot, 'x:internet/vdxp')).toBe('cluster_x:internet');
    expect(clusterOf(dot, 'x:internet/emc')).toBe('cluster_x:internet');
    expect(clusterOf(dot, 'x:internet/internet')).toBe('cluster_x:internet');
    expect(dot).toContain('label="Qua mạng truyền số liệu chuyên dùng"');
    expect(dot).toContain('label="Qua mạng Internet"');
    expect(dot).toContain('"z:dc-app" -> "x:tslcd/vdxp"');
    expect(dot).toContain('"z:dc-app" -> "x:internet/vdxp"');
    // Field devices are reached over their own circuit and feed the iot zone.
    expect(clusterOf(dot, 'x:dedicated/camera-network')).toBe('cluster_x:dedicated');
    expect(dot).toContain('label="Qua kênh truyền riêng"');
    expect(dot).toContain('"x:dedicated/camera-network" -> "z:dc-iot"');
    // English when asked.
    const en = flowsDiagram(small, site, small.flows, [], 'en').dot;
    expect(en).toContain('label="national document exchange\\naxis (VDXP)"');
    expect(en).toContain('label="Over the government data network (TSLCD)"');
  });

  test('the zone drawing: a boundary device faces networks, each listing the national systems reached over it', () => {
    const site = small.sites[0]!;
    const firewall: Device = {
      kind: 'Device',
      name: 'fw',
      labels: {},
      source: site.source,
      deviceKind: 'firewall',
      capabilities: [],
      site: site.name,
      boundaryZones: ['dc-dmz'],
      boundaryExternals: ['internet', 'tslcd', 'vdxp', 'vneid', 'emc', 'national-dc'],
      redundancy: 'single',
      service: false,
    };
    const dot = siteZonesDiagram({ ...small, devices: [firewall] }, site).dot;
    expect(dot).toContain('"x:tslcd" [label="mạng truyền số liệu chuyên\\ndùng\\n(Trung tâm dữ liệu quốc gia, VDXP,\\nVNeID)"');
    expect(dot).toContain('"x:internet" [label="mạng Internet\\n(EMC)"');
    expect(dot).not.toContain('"x:vdxp"');
    // One line from the device to each network, however many systems lie behind it.
    expect(dot.match(/^"x:tslcd" -- "d:fw"$/gm)).toHaveLength(1);
    expect(dot.match(/^"x:internet" -- "d:fw"$/gm)).toHaveLength(1);
  });

  test('field devices feed the iot zone in the zone drawing', async () => {
    const site = small.sites[0]!;
    const diagram = siteZonesDiagram(small, site);
    expect(diagram.dot).toContain('"x:camera-network" [label="Mạng camera giao thông", shape=component');
    expect(diagram.dot).toContain('"x:camera-network" -- "z:dc-iot" [dir=forward');
    const [rendered] = await renderDiagrams([diagram]);
    expect(rendered?.svg).toContain('>Mạng camera giao thông</text>');
  });

  test('a declared endpoint with quotes, backslashes and markup stays text', async () => {
    const [rendered] = await renderDiagrams([flowsDiagram(small, small.sites[0]!)]);
    expect(rendered?.svg).not.toContain('<b>');
    expect(rendered?.svg).toContain('&lt;b&gt;thử&lt;/b&gt;');
    expect(rendered?.svg).toContain('CSDL &quot;ngành&quot; \\');
  });
});
