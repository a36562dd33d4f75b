// Diagrams laid out by Graphviz (WebAssembly) from the model: what they show, and that inventory text stays text.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadInventory, type Model } from '../../modules/model/index.js';
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
    for (const x of edge?.boundaryExternals ?? []) expect(svg).toContain(`<title>${gv(`x:${x}--d:qn-fw-edge`)}</title>`);
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
