// Diagrams laid out by Graphviz (WebAssembly) from the model: what they show, and that inventory text stays text.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadInventory, type Model } from '../../modules/model/index.js';
import { drDiagram, flowsDiagram, provinceDiagrams, renderDiagrams, siteZonesDiagram } from '../../modules/report/diagrams.js';

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

  test('allowed flows: one arrow per pair of endpoints, with the ports', () => {
    const dot = flowsDiagram(model, site('qn-dc')).dot;
    const flow = model.flows.find((f) => f.name === 'backup-to-database');
    expect(flow).toBeDefined();
    expect(dot).toContain('"z:qn-dc-backup" -> "z:qn-dc-database" [label="tcp/9102, tcp/10000"]');
    const arrows = dot.split('\n').filter((l) => l.includes(' -> '));
    expect(new Set(arrows).size).toBe(arrows.length);
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
    expect(a.map((d) => d.id)).toEqual(['zones-qn-dc', 'zones-kt-dr', 'flows-qn-dc', 'flows-kt-dr', 'dr']);
  });
});
