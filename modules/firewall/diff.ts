// What changed between two firewall policies (e.g. the inventory at a git revision and the working tree): devices,
// rules, address objects and services added, removed and changed, compared by name. Pure.
import { compareCodeUnits } from '../model/index.js';
import type { DevicePolicy, FirewallPolicy } from './types.js';

export type ObjectKind = 'rule' | 'address' | 'service';

export interface ObjectChange {
  readonly kind: ObjectKind;
  readonly name: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** For a changed object: the fields that differ, with their values before and after (JSON text). */
  readonly fields?: readonly { readonly field: string; readonly before: string; readonly after: string }[];
}

export interface DeviceDiff {
  readonly site: string;
  readonly device: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly objects: readonly ObjectChange[];
}

export interface PolicyDiff {
  readonly devices: readonly DeviceDiff[];
  /** Flows uncovered before and no longer, and the other way round. */
  readonly uncovered: { readonly added: readonly string[]; readonly removed: readonly string[] };
}

type Named = { readonly name: string };

function fieldsOf(before: Named, after: Named): { field: string; before: string; after: string }[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareCodeUnits);
  const text = (o: Named, k: string) => JSON.stringify((o as unknown as Record<string, unknown>)[k]) ?? '';
  return keys.filter((k) => text(before, k) !== text(after, k)).map((k) => ({ field: k, before: text(before, k), after: text(after, k) }));
}

function compareLists(kind: ObjectKind, before: readonly Named[], after: readonly Named[]): ObjectChange[] {
  const old = new Map(before.map((o) => [o.name, o]));
  const now = new Map(after.map((o) => [o.name, o]));
  const out: ObjectChange[] = [];
  for (const name of [...new Set([...old.keys(), ...now.keys()])].sort(compareCodeUnits)) {
    const a = old.get(name);
    const b = now.get(name);
    if (!a) out.push({ kind, name, change: 'added' });
    else if (!b) out.push({ kind, name, change: 'removed' });
    else {
      const fields = fieldsOf(a, b);
      if (fields.length > 0) out.push({ kind, name, change: 'changed', fields });
    }
  }
  return out;
}

function deviceObjects(before: DevicePolicy | undefined, after: DevicePolicy | undefined): ObjectChange[] {
  return [
    ...compareLists('rule', before?.rules ?? [], after?.rules ?? []),
    ...compareLists('address', before?.addresses ?? [], after?.addresses ?? []),
    ...compareLists('service', before?.services ?? [], after?.services ?? []),
  ];
}

export function diffPolicies(before: FirewallPolicy, after: FirewallPolicy): PolicyDiff {
  const key = (d: DevicePolicy) => `${d.site}/${d.device}`;
  const old = new Map(before.devices.map((d) => [key(d), d]));
  const now = new Map(after.devices.map((d) => [key(d), d]));
  const devices: DeviceDiff[] = [];
  for (const k of [...new Set([...old.keys(), ...now.keys()])].sort(compareCodeUnits)) {
    const a = old.get(k);
    const b = now.get(k);
    const objects = deviceObjects(a, b);
    if (a && b && objects.length === 0) continue;
    const [site, device] = k.split('/') as [string, string];
    devices.push({ site, device, change: !a ? 'added' : !b ? 'removed' : 'changed', objects });
  }
  const names = (p: FirewallPolicy) => new Set(p.uncovered.map((u) => `${u.site}/${u.flow}`));
  const was = names(before);
  const is = names(after);
  return {
    devices,
    uncovered: {
      added: [...is].filter((n) => !was.has(n)).sort(compareCodeUnits),
      removed: [...was].filter((n) => !is.has(n)).sort(compareCodeUnits),
    },
  };
}

const SIGN = { added: '+', removed: '-', changed: '~' } as const;

/** One line per change, grouped by device; `+` added, `-` removed, `~` changed (with the fields that differ). */
export function renderPolicyDiff(diff: PolicyDiff, before: string, after: string): string {
  const lines = [`firewall policy: ${before} -> ${after}`];
  for (const d of diff.devices) {
    lines.push(`${SIGN[d.change]} ${d.site}/${d.device}`);
    for (const o of d.objects) {
      lines.push(`  ${SIGN[o.change]} ${o.kind} ${o.name}`);
      for (const f of o.fields ?? []) lines.push(`      ${f.field}: ${f.before} -> ${f.after}`);
    }
  }
  for (const u of diff.uncovered.added) lines.push(`+ uncovered ${u}`);
  for (const u of diff.uncovered.removed) lines.push(`- uncovered ${u}`);
  if (diff.devices.length === 0 && diff.uncovered.added.length === 0 && diff.uncovered.removed.length === 0) lines.push('no change');
  return lines.join('\n') + '\n';
}
