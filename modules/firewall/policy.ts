// Model + address plan → the vendor-neutral policy of every firewall (deviceKind firewall or ips), per site. A device
// separates the zones and external networks of its `boundaries`; it gets one rule per flow whose path through the
// site's firewalls (paths.ts) crosses it, with the networks the flow enters and leaves it by as interfaces. Everything else is dropped (the renderers add established/related and the ICMPv6 IPv6 needs). Pure and
// deterministic: objects and rules are sorted by name (code-unit order), names derive from model names only.
import type { AddressPlan } from '../addressing/index.js';
import { compareCodeUnits, type Device, type Endpoint, type Flow, type Model, type PortRange } from '../model/index.js';
import { addressBook, byName, declaredPrefixes, externalObject, FAMILIES, provinceObject, zoneObject, type AddressBook } from './addresses.js';
import { pathOf, type Hop } from './paths.js';
import type { AddressObject, DevicePolicy, Family, FirewallPolicy, PolicyOptions, PolicyRule, RuleEnd, ServiceObject, UncoveredFlow } from './types.js';

export interface PolicyInput {
  readonly model: Model;
  readonly plan: Pick<AddressPlan, 'allocations'>;
}

export function isFirewall(device: Device): device is Device & { deviceKind: 'firewall' | 'ips' } {
  return device.deviceKind === 'firewall' || device.deviceKind === 'ips';
}

/** Whether the device separates this end of a flow (a whole-site end is never one boundary). */
export function separates(device: Device, end: Endpoint): boolean {
  if (end.type === 'zone') return device.boundaryZones.includes(end.zone);
  if (end.type === 'external') return device.boundaryExternals.includes(end.external);
  return false;
}

export function serviceName(port: PortRange): string {
  if (port.protocol === 'icmp' || port.protocol === 'icmpv6' || port.protocol === 'any') return port.protocol;
  const from = port.from ?? 0;
  const to = port.to ?? from;
  return from === to ? `${port.protocol}-${from}` : `${port.protocol}-${from}-${to}`;
}

function serviceOf(port: PortRange): ServiceObject {
  const name = serviceName(port);
  if (port.protocol === 'icmp' || port.protocol === 'icmpv6' || port.protocol === 'any') return { name, protocol: port.protocol };
  const from = port.from ?? 0;
  return { name, protocol: port.protocol, from, to: port.to ?? from };
}

/** The rule end of a flow end the device separates, and the address objects it needs. */
function ruleEnd(book: AddressBook, end: Endpoint, objects: Map<string, AddressObject>, side?: string): RuleEnd {
  if (end.type === 'external' && end.external === 'internet') {
    for (const family of FAMILIES) objects.set(`province-${family}`, provinceObject(book, family));
    return { type: 'external', name: 'internet', interface: side ?? 'internet', anyOutside: true };
  }
  const named: { ipv4?: string; ipv6?: string } = {};
  for (const family of FAMILIES) {
    const object = end.type === 'zone' ? zoneObject(book, end.zone, family) : end.type === 'external' ? externalObject(book, end.external, family) : undefined;
    if (!object) continue;
    objects.set(object.name, object);
    named[family] = object.name;
  }
  const name = end.type === 'zone' ? end.zone : end.type === 'external' ? end.external : end.site;
  return { type: end.type === 'zone' ? 'zone' : 'external', name, interface: side ?? name, ...named };
}

function usable(end: RuleEnd, family: Family, objects: ReadonlyMap<string, AddressObject>): boolean {
  return end.anyOutside === true || end[family] !== undefined || (end.type === 'external' && objects.has(`ext-${end.name}-${family}`));
}

function ruleOf(book: AddressBook, flow: Flow, objects: Map<string, AddressObject>, path: readonly Hop[], device: string): PolicyRule {
  const hop = path.find((h) => h.device === device)!;
  const from = ruleEnd(book, flow.from, objects, hop.ingress);
  const to = ruleEnd(book, flow.to, objects, hop.egress);
  const services = [...new Set(flow.ports.map(serviceName))].sort(compareCodeUnits);
  const families = FAMILIES.filter((f) => usable(from, f, objects) && usable(to, f, objects));
  const unresolved = [from, to]
    .filter((e) => e.type === 'external' && !e.anyOutside && FAMILIES.every((f) => (objects.get(e[f] ?? '')?.entries.length ?? 0) === 0))
    .map((e) => e.name);
  const chain = path.length > 1 ? `; path ${path.map((h) => h.device).join(' > ')}` : '';
  const comment = `flow ${flow.name}${flow.system ? `; system ${flow.system}` : ''}${chain}`;
  const devices = path.map((h) => h.device);
  return {
    name: flow.name,
    ...(flow.system ? { system: flow.system } : {}),
    purpose: flow.purpose,
    from,
    to,
    services,
    families,
    unresolved,
    path: devices,
    comment,
  };
}

function interfaceOf(book: AddressBook, device: Device, objects: Map<string, AddressObject>): RuleEnd[] {
  const ends: Endpoint[] = [
    ...device.boundaryZones.map((zone): Endpoint => ({ type: 'zone', zone })),
    ...device.boundaryExternals.map((external): Endpoint => ({ type: 'external', external })),
  ];
  // Interfaces do not add address objects: only the rules decide which objects the device needs.
  return ends.map((e) => ruleEnd(book, e, new Map(objects))).sort((a, b) => compareCodeUnits(a.interface, b.interface));
}

/** The path of every flow through these firewalls (flows with no path are left out). */
export function flowPaths(flows: readonly Flow[], firewalls: readonly Device[]): Map<string, Hop[]> {
  const out = new Map<string, Hop[]>();
  for (const flow of flows) {
    const path = pathOf(firewalls, flow);
    if (path) out.set(flow.name, path);
  }
  return out;
}

/** The policy of one device; `paths` are the flows' paths through the site's firewalls (default: this device alone). */
export function devicePolicy(
  book: AddressBook,
  model: Pick<Model, 'flows'>,
  device: Device & { deviceKind: 'firewall' | 'ips' },
  paths: ReadonlyMap<string, readonly Hop[]> = flowPaths(model.flows, [device]),
): DevicePolicy {
  const objects = new Map<string, AddressObject>();
  const flows = model.flows.filter((f) => paths.get(f.name)?.some((h) => h.device === device.name)).sort(byName);
  const rules = flows.map((f) => ruleOf(book, f, objects, paths.get(f.name)!, device.name));
  const services = new Map<string, ServiceObject>();
  for (const f of flows) for (const p of f.ports) services.set(serviceName(p), serviceOf(p));
  return {
    site: device.site,
    device: device.name,
    deviceKind: device.deviceKind,
    interfaces: interfaceOf(book, device, objects),
    addresses: [...objects.values()].sort(byName),
    services: [...services.values()].sort(byName),
    rules,
    nat: [],
  };
}

/** The flows with an end at the site that no chain of firewalls of the site carries. */
function uncoveredAt(model: Model, site: string, paths: ReadonlyMap<string, readonly Hop[]>): UncoveredFlow[] {
  const zoneSite = new Map(model.zones.map((z) => [z.name, z.site]));
  const atSite = (e: Endpoint) => (e.type === 'zone' ? zoneSite.get(e.zone) === site : e.type === 'site' && e.site === site);
  const out: UncoveredFlow[] = [];
  for (const flow of model.flows) {
    if (!atSite(flow.from) && !atSite(flow.to)) continue;
    if (paths.has(flow.name)) continue;
    out.push({ site, flow: flow.name, reason: flow.from.type === 'site' || flow.to.type === 'site' ? 'site-endpoint' : 'no-firewall' });
  }
  return out;
}

/** The policy of every firewall of the province (or of one site). */
export function buildPolicy(input: PolicyInput, options: PolicyOptions = {}): FirewallPolicy {
  const { model } = input;
  const book = addressBook(model, input.plan, { ...declaredPrefixes(model), ...options.externals });
  const sites = model.sites.map((s) => s.name).filter((s) => options.site === undefined || s === options.site);
  const devices: DevicePolicy[] = [];
  const uncovered: UncoveredFlow[] = [];
  for (const site of [...sites].sort(compareCodeUnits)) {
    const firewalls = model.devices.filter((d) => d.site === site && isFirewall(d)).sort(byName);
    const paths = flowPaths(model.flows, firewalls);
    for (const device of firewalls) if (isFirewall(device)) devices.push(devicePolicy(book, model, device, paths));
    uncovered.push(...uncoveredAt(model, site, paths).sort((a, b) => compareCodeUnits(a.flow, b.flow)));
  }
  return { version: 1, province: model.province.name, devices, uncovered };
}
