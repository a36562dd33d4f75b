// Agencies: their parents (which must not form a cycle), sites and addresses.
import { text } from '../diagnostics.js';
import type { Agency } from '../types.js';
import { base, opt, type RawEntity, type Resolution } from './shared.js';

export function resolveAgencies(ctx: Resolution): Agency[] {
  const agencyRaws = ctx.named('Agency');
  const agencies = [...agencyRaws.values()].map((raw) => resolveAgency(ctx, raw));
  reportParentCycles(ctx, agencyRaws);
  return agencies;
}

function resolveAgency(ctx: Resolution, raw: RawEntity): Agency {
  const s = raw.data.spec;
  const self = raw.data.metadata.name as string;
  if (s.parent === self) {
    ctx.error('inconsistent-reference', raw, ['spec', 'parent'], text('Cơ quan không thể là cấp trên của chính nó.', 'An agency cannot be its own parent.'), {
      found: s.parent,
    });
  } else {
    ctx.ref(raw, ['spec', 'parent'], 'Agency', s.parent);
  }
  ctx.ref(raw, ['spec', 'site'], 'Site', s.site);
  return {
    ...base(raw),
    kind: 'Agency',
    title: s.name,
    agencyKind: s.kind,
    ...opt('code', s.code),
    formerCodes: s.formerCodes ?? [],
    ...opt('parent', s.parent),
    ...opt('site', s.site),
    ...opt('tslcd', s.tslcd),
    ...opt('ipv4', ctx.address(raw, ['spec', 'ipv4'], 'ipv4', s.ipv4)),
    ...opt('ipv6', ctx.address(raw, ['spec', 'ipv6'], 'ipv6', s.ipv6)),
    ...opt('hosts', s.hosts),
    ...opt('internet', s.internet),
    ...opt('edge', s.edge),
    ...opt('endpoints', s.endpoints),
    ...opt('videoConferenceEndpoints', s.videoConferenceEndpoints),
    ...opt('oneStopDesks', s.oneStopDesks),
  };
}

/** Reports each cycle of parent links once, at the agency where following the parents comes back. */
function reportParentCycles(ctx: Resolution, agencies: Map<string, RawEntity>): void {
  const state = new Map<string, 1 | 2>(); // 1 = on the current chain, 2 = known to end
  for (const start of agencies.keys()) {
    const chain: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && agencies.has(current) && state.get(current) !== 2) {
      if (state.get(current) === 1) {
        const cycle = chain.slice(chain.indexOf(current));
        ctx.error(
          'inconsistent-reference',
          agencies.get(current)!,
          ['spec', 'parent'],
          text(`Quan hệ cấp trên tạo thành vòng: ${[...cycle, current].join(' → ')}.`, `Parent links form a cycle: ${[...cycle, current].join(' → ')}.`),
        );
        break;
      }
      state.set(current, 1);
      chain.push(current);
      const parent: unknown = agencies.get(current)!.data.spec.parent;
      current = typeof parent === 'string' && parent !== current ? parent : undefined;
    }
    for (const name of chain) state.set(name, 2);
  }
}
