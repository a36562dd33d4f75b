// The policy of one firewall as FortiGate CLI (FortiOS 7.x): addresses and groups of both families, custom services
// and one consolidated IPv4/IPv6 policy per flow, with `srcintf`/`dstintf` named after the zone or external network.
// What could not be checked without a device is listed in docs/firewall.md.
import { createHash } from 'node:crypto';
import { formatAddress, parsePrefixStrict } from '../net/index.js';
import type { AddressObject, DevicePolicy, PolicyRule, ServiceObject } from './types.js';

const MAX_POLICY_NAME = 35;

/** A policy name within FortiOS's 35 characters: the flow name, or its head and a hash of the whole name. */
export function policyName(flow: string): string {
  if (flow.length <= MAX_POLICY_NAME) return flow;
  return `${flow.slice(0, MAX_POLICY_NAME - 9)}-${createHash('sha256').update(flow).digest('hex').slice(0, 8)}`;
}

function quote(text: string): string {
  return `"${text.replace(/["\\]/g, '')}"`;
}

function subnetLine(prefix: string): string {
  const parsed = parsePrefixStrict(prefix);
  if (!parsed.ok) return `set comment ${quote(`unparsable ${prefix}`)}`;
  const { family, network, length } = parsed.prefix;
  if (family === 'ipv6') return `set ip6 ${parsed.prefix.text}`;
  const mask = length === 0 ? 0n : ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - length)) - 1n);
  return `set subnet ${formatAddress('ipv4', network)} ${formatAddress('ipv4', mask)}`;
}

interface Member {
  readonly name: string;
  readonly subnet: string;
  readonly comment: string;
}

/** The addresses one object stands for: a zone is one address, an external network a group of addresses. */
function membersOf(object: AddressObject): Member[] {
  const v = object.family === 'ipv4' ? 'v4' : 'v6';
  if (object.role === 'zone') return object.entries.map((e) => ({ name: object.name, subnet: subnetLine(e.prefix), comment: object.comment }));
  if (object.entries.length === 0) {
    const none = object.family === 'ipv4' ? 'set subnet 0.0.0.0 255.255.255.255' : 'set ip6 ::/128';
    return [{ name: `${object.name}-none`, subnet: none, comment: object.comment }];
  }
  return object.entries.map((e, i) => ({
    name: e.owner === object.name.slice(4, -3) ? `${object.name}-${i + 1}` : `agency-${e.owner}-${v}`,
    subnet: subnetLine(e.prefix),
    comment: `${object.comment}: ${e.owner}`,
  }));
}

function addressSection(policy: DevicePolicy, family: 'ipv4' | 'ipv6'): string[] {
  const objects = policy.addresses.filter((a) => a.family === family && a.role !== 'province');
  const suffix = family === 'ipv4' ? '' : '6';
  const lines = [`config firewall address${suffix}`];
  const groups = [`config firewall addrgrp${suffix}`];
  for (const object of objects) {
    const members = membersOf(object);
    for (const m of members) lines.push(`    edit ${quote(m.name)}`, `        ${m.subnet}`, `        set comment ${quote(m.comment)}`, '    next');
    if (object.role === 'zone') continue;
    groups.push(`    edit ${quote(object.name)}`, `        set member ${members.map((m) => quote(m.name)).join(' ')}`);
    groups.push(`        set comment ${quote(object.comment)}`, '    next');
  }
  return objects.length === 0 ? [] : [...lines, 'end', ...(groups.length > 1 ? [...groups, 'end'] : [])];
}

function serviceSection(services: readonly ServiceObject[]): string[] {
  const custom = services.filter((s) => s.protocol !== 'any');
  if (custom.length === 0) return [];
  const lines = ['config firewall service custom'];
  for (const s of custom) {
    lines.push(`    edit ${quote(s.name)}`);
    if (s.protocol === 'icmp') lines.push('        set protocol ICMP');
    else if (s.protocol === 'icmpv6') lines.push('        set protocol ICMP6');
    else lines.push('        set protocol TCP/UDP/SCTP', `        set ${s.protocol}-portrange ${s.from === s.to ? s.from : `${s.from}-${s.to}`}`);
    lines.push('    next');
  }
  return [...lines, 'end'];
}

function policyLines(rule: PolicyRule): string[] {
  const lines = ['    edit 0', `        set name ${quote(policyName(rule.name))}`];
  lines.push(`        set srcintf ${quote(rule.from.interface)}`, `        set dstintf ${quote(rule.to.interface)}`);
  for (const family of rule.families) {
    const six = family === 'ipv6' ? '6' : '';
    const name = (end: PolicyRule['from']) => (end.anyOutside ? 'all' : (end[family] ?? 'none'));
    lines.push(`        set srcaddr${six} ${quote(name(rule.from))}`, `        set dstaddr${six} ${quote(name(rule.to))}`);
  }
  const services = rule.services.map((s) => (s === 'any' ? 'ALL' : s));
  lines.push('        set action accept', '        set schedule "always"', `        set service ${services.map(quote).join(' ')}`);
  lines.push('        set logtraffic all', `        set comments ${quote(rule.comment)}`);
  // An external network without a prefix: the policy is written but off, so that nobody opens "all" by mistake.
  if (rule.unresolved.length > 0) lines.push('        set status disable');
  lines.push('    next');
  return lines;
}

export function renderFortios(policy: DevicePolicy): string {
  const lines = [
    `# FortiGate configuration of ${policy.device} (${policy.deviceKind}) at site ${policy.site}, generated by hatang from the flow matrix.`,
    `# Interfaces (FortiGate zones) expected: ${policy.interfaces.map((i) => i.interface).join(', ')}`,
    '# Traffic no policy accepts is denied by the implicit deny policy.',
    ...addressSection(policy, 'ipv4'),
    ...addressSection(policy, 'ipv6'),
    ...serviceSection(policy.services),
  ];
  const rules = policy.rules.filter((r) => r.families.length > 0);
  if (rules.length > 0) lines.push('config firewall policy', ...rules.flatMap(policyLines), 'end');
  return lines.join('\n') + '\n';
}
