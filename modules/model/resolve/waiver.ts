// Waivers: exceptions to a rule for one target entity, until an expiry date.
import { text } from '../diagnostics.js';
import { TARGET_SEGMENT, type Kind, type Waiver } from '../types.js';
import { base, opt, type RawEntity, type Resolution } from './shared.js';

export function resolveWaivers(ctx: Resolution): Waiver[] {
  const segmentKind = new Map(Object.entries(TARGET_SEGMENT).map(([kind, seg]) => [seg, kind as Kind]));
  return [...ctx.named('Waiver').values()].map((raw) => {
    checkTarget(ctx, raw, segmentKind);
    return resolveWaiver(ctx, raw);
  });
}

/** The target `segment/name` must name an existing entity; a Province target may leave the name out. */
function checkTarget(ctx: Resolution, raw: RawEntity, segmentKind: ReadonlyMap<string, Kind>): void {
  const s = raw.data.spec;
  const [segment, name] = (s.target as string).split('/');
  const kind = segmentKind.get(segment!)!;
  if (kind === 'Province') {
    const province = ctx.province();
    if (name !== undefined && province && name !== province.data.metadata.name) {
      ctx.error(
        'dangling-reference',
        raw,
        ['spec', 'target'],
        text(`Tỉnh "${name}" không phải tỉnh của inventory này.`, `Province "${name}" is not this inventory's province.`),
        { found: s.target },
      );
    }
  } else if (name === undefined) {
    ctx.error(
      'invalid-value',
      raw,
      ['spec', 'target'],
      text(
        `Đối tượng của chấp nhận rủi ro tạm thời "${s.target}" thiếu tên; cần dạng ${segment}/<tên>.`,
        `Waiver target "${s.target}" lacks a name; expected ${segment}/<name>.`,
      ),
      { found: s.target, expected: `${segment}/<name>` },
    );
  } else {
    ctx.ref(raw, ['spec', 'target'], kind, name);
  }
}

function resolveWaiver(ctx: Resolution, raw: RawEntity): Waiver {
  const s = raw.data.spec;
  if (s.approvedOn !== undefined && s.approvedOn > s.expires) {
    ctx.error(
      'invalid-value',
      raw,
      ['spec', 'expires'],
      text(`Ngày hết hạn ${s.expires} trước ngày phê duyệt ${s.approvedOn}.`, `Expiry ${s.expires} is before the approval date ${s.approvedOn}.`),
      { found: s.expires },
    );
  }
  return {
    ...base(raw),
    kind: 'Waiver',
    rule: s.rule,
    target: s.target,
    reason: s.reason,
    approver: s.approver,
    ...opt('approvedOn', s.approvedOn),
    expires: s.expires,
    ...opt('reference', s.reference),
  };
}
