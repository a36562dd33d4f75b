// Sites: their DR and replication partners, and the point-to-point links they address.
import { text } from '../diagnostics.js';
import type { Site } from '../types.js';
import { base, opt, type RawEntity, type Resolution } from './shared.js';

type LinkInput = { name: string; description?: string; ipv4?: unknown; ipv6?: unknown };

export function resolveSites(ctx: Resolution): Site[] {
  return [...ctx.named('Site').values()].map((raw) => resolveSite(ctx, raw));
}

function resolveSite(ctx: Resolution, raw: RawEntity): Site {
  const s = raw.data.spec;
  if (s.drFor !== undefined) {
    if (s.drFor === raw.data.metadata.name) {
      ctx.error(
        'inconsistent-reference',
        raw,
        ['spec', 'drFor'],
        text('Site không thể là site dự phòng của chính nó.', 'A site cannot be the DR site of itself.'),
        { found: s.drFor },
      );
    } else {
      ctx.ref(raw, ['spec', 'drFor'], 'Site', s.drFor);
    }
  }
  ((s.replicationLinks ?? []) as { to: string }[]).forEach((l, i) => ctx.ref(raw, ['spec', 'replicationLinks', i, 'to'], 'Site', l.to));
  ctx.providerRef(raw, ['spec', 'provider'], s.provider);
  const p2p = pointToPointLinks(ctx, raw, (s.pointToPointLinks ?? []) as LinkInput[]);
  return {
    ...base(raw),
    kind: 'Site',
    title: s.name,
    role: s.role,
    ...opt('drFor', s.drFor),
    ...opt('address', s.address),
    ...opt('location', s.location),
    ...opt('rating', s.rating),
    ...opt('power', s.power),
    ...opt('cooling', s.cooling),
    ...opt('distributionPaths', s.distributionPaths),
    internetUplinks: s.internetUplinks ?? [],
    ...opt('tslcdPaths', s.tslcdPaths),
    ...opt('operator', s.operator),
    ownership: s.ownership ?? 'own',
    ...opt('provider', s.provider),
    ...opt('facilities', s.facilities),
    ...opt('hazardZones', s.hazardZones),
    ...opt('powerFeeds', s.powerFeeds),
    ...opt('commissioned', s.commissioned),
    ...opt('stateBackend', s.stateBackend),
    replicationLinks: ((s.replicationLinks ?? []) as Record<string, unknown>[]).map((l) => ({
      ...l,
      count: l.count ?? 1,
      paths: l.paths ?? 1,
    })) as unknown as Site['replicationLinks'],
    ...opt('pointToPointLinks', p2p.length > 0 ? p2p : undefined),
  };
}

/** The site's point-to-point links, their names unique within the site and their addresses checked. */
function pointToPointLinks(ctx: Resolution, raw: RawEntity, links: LinkInput[]) {
  const linkNames = new Set<string>();
  return links.map((l, i) => {
    if (linkNames.has(l.name)) {
      ctx.error(
        'duplicate-name',
        raw,
        ['spec', 'pointToPointLinks', i, 'name'],
        text(`Liên kết "${l.name}" bị khai báo hai lần tại site này.`, `Link "${l.name}" is defined twice at this site.`),
        { found: l.name },
      );
    }
    linkNames.add(l.name);
    return {
      name: l.name,
      ...opt('description', l.description),
      ...opt('ipv4', ctx.address(raw, ['spec', 'pointToPointLinks', i, 'ipv4'], 'ipv4', l.ipv4)),
      ...opt('ipv6', ctx.address(raw, ['spec', 'pointToPointLinks', i, 'ipv6'], 'ipv6', l.ipv6)),
    };
  });
}
