// Flows: allowed traffic between endpoints, their port specs parsed.
import { text } from '../diagnostics.js';
import type { Flow, PortRange } from '../types.js';
import { base, opt, type RawEntity, type Resolution } from './shared.js';

export function resolveFlows(ctx: Resolution): Flow[] {
  return [...ctx.named('Flow').values()].map((raw) => resolveFlow(ctx, raw));
}

function resolveFlow(ctx: Resolution, raw: RawEntity): Flow {
  const s = raw.data.spec;
  const ports: PortRange[] = [];
  (s.ports as string[]).forEach((p, i) => {
    const parsed = parsePort(p);
    if ('vi' in parsed) {
      ctx.error('invalid-value', raw, ['spec', 'ports', i], text(`Cổng "${p}" không hợp lệ: ${parsed.vi}.`, `Port "${p}" is not valid: ${parsed.en}.`), {
        found: p,
        expected: 'tcp|udp|sctp/1-65535 with first <= last',
      });
    } else {
      ports.push(parsed);
    }
  });
  if (s.system !== undefined) ctx.ref(raw, ['spec', 'system'], 'System', s.system);
  return {
    ...base(raw),
    kind: 'Flow',
    from: ctx.endpoint(raw, ['spec', 'from'], s.from),
    to: ctx.endpoint(raw, ['spec', 'to'], s.to),
    ports,
    purpose: s.purpose,
    ...opt('system', s.system),
    ...opt('via', s.via),
  };
}

/** Parses a port spec already shaped by the schema; returns the reason when the numbers are wrong. */
function parsePort(spec: string): PortRange | ReturnType<typeof text> {
  if (spec === 'icmp' || spec === 'icmpv6' || spec === 'any') return { protocol: spec };
  const [protocol, range] = spec.split('/') as [PortRange['protocol'], string];
  const [first, last = first] = range.split('-').map(Number) as [number, number?];
  if (first < 1 || first > 65535 || last < 1 || last > 65535) return text('số cổng phải từ 1 đến 65535', 'port numbers run from 1 to 65535');
  if (first > last) return text('cổng đầu lớn hơn cổng cuối', 'the first port is greater than the last');
  return { protocol, from: first, to: last };
}
