import { achievableRpo, DEFAULT_DR_PARAMETERS as P, drMode, drSiteOf, primarySiteOf, type RpoEstimate } from '../../dr/index.js';
import { DR_MODE_NAMES, durationValue, msg, text, type System, type Text } from '../../model/index.js';
import type { Outcome, SystemContext, SystemRule } from '../rule.js';

/** The figures the messages quote. */
interface RpoFigures {
  /** The declared RPO target in words. */
  readonly target: Text;
  /** Names of the primary and DR sites ('—' when missing). */
  readonly primary: string;
  readonly dr: string;
  /** Daily change in GiB ('?' when undeclared) and the usable bandwidth in Mbit/s. */
  readonly gib: number | string;
  readonly mbps: number;
}

/** Target, site names and link figures of the system's RPO estimate. */
function rpoFigures(ctx: SystemContext, rpo: RpoEstimate): RpoFigures {
  const s = ctx.system;
  return {
    target: durationValue(s.rpoMinutes!),
    primary: primarySiteOf(ctx.model, s)?.name ?? '—',
    dr: drSiteOf(ctx.model, s)?.name ?? '—',
    gib: rpo.dailyChangeGiB ?? '?',
    mbps: rpo.usableMbps ?? 0,
  };
}

/** Manual: the declarations needed to compute the RPO are missing. */
function unknownOutcome(f: RpoFigures): Outcome {
  return { status: 'manual', part: 'rpo', path: ['spec', 'dr'], message: msg('DR-RPO-01.unknown', { target: f.target }) };
}

/** Fail: no replication link joins the two sites. */
function noLinkOutcome(f: RpoFigures): Outcome {
  return { status: 'fail', part: 'rpo', path: ['spec', 'dr'], message: msg('DR-RPO-01.no-link', { primary: f.primary, dr: f.dr, target: f.target }) };
}

/** Fail: the DR restores from backups that are not kept at the DR site. */
function noCopyOutcome(s: System, f: RpoFigures): Outcome {
  const backup = s.backup?.site ?? text('nơi chưa khai báo', 'an undeclared site');
  return { status: 'fail', part: 'rpo', path: ['spec', 'backup'], message: msg('DR-RPO-01.no-copy', { mode: DR_MODE_NAMES[drMode(s)], backup, dr: f.dr }) };
}

/** Fail: the links cannot carry the daily change (or, for synchronous replication, the peak write rate). */
function linkTooSlowOutcome(s: System, rpo: RpoEstimate, f: RpoFigures): Outcome {
  return {
    status: 'fail',
    part: 'rpo',
    path: ['spec', 'data', 'dailyChangeGiB'],
    message: msg('DR-RPO-01.too-slow', {
      ...f,
      sync: s.dr?.replication === 'storage-sync' ? 'yes' : 'no',
      hours: P.peakHours,
      transfer: durationValue(rpo.dailyTransferMinutes ?? Infinity),
    }),
  };
}

/** How a computed RPO was reached: backups, synchronous or continuous replication. */
function basisText(s: System, rpo: RpoEstimate, f: RpoFigures): Text {
  const { gib, mbps } = f;
  return rpo.basis === 'backup'
    ? msg('DR-RPO-01.basis-backup', { every: durationValue(s.backup?.frequencyMinutes ?? 0), gib, mbps })
    : rpo.basis === 'synchronous'
      ? msg('DR-RPO-01.basis-sync', { mbps })
      : msg('DR-RPO-01.basis-continuous', { gib, mbps, hours: P.peakHours });
}

/** Pass or fail: the computed RPO against the target. */
function computedOutcome(s: System, rpo: RpoEstimate, f: RpoFigures): Outcome {
  const how = basisText(s, rpo, f);
  const ok = rpo.minutes <= s.rpoMinutes!;
  return {
    status: ok ? 'pass' : 'fail',
    part: 'rpo',
    path: ['spec', 'rpo'],
    message: msg('DR-RPO-01.computed', { rpo: durationValue(rpo.minutes), how, target: f.target }),
  };
}

export const DR_RPO_01: SystemRule = {
  id: 'DR-RPO-01',
  title: text('RPO đạt được với đường truyền và phương thức nhân bản đã khai báo', 'The RPO is achievable with the declared links and replication'),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  appliesTo: {
    text: text('hệ thống có phương án dự phòng tại trung tâm khác và có rpo', 'systems with a dr.mode other than none and an rpo'),
    test: (ctx) => drMode(ctx.system) !== 'none' && ctx.system.rpoMinutes !== undefined,
  },
  severity: 'error',
  clauses: [
    { doc: 'nd85-2016', article: '19', clause: '2', point: 'e', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '29', clause: '2', point: 'e', rulesets: ['vn-nd331-2026'] },
    { doc: 'hatang-dr' },
  ],
  confidence: 'practice',
  confidenceNote: text(
    'Không có RPO bắt buộc cho cơ quan nhà nước; quy tắc kiểm tra RPO do hệ thống tự khai báo có đạt được không, theo các ước tính trong docs/dr.md.',
    'No RPO is required of state agencies; the rule checks that the RPO the system declares can be met, with the estimates of docs/dr.md.',
  ),
  remediation: text(
    'Tăng băng thông đường nhân bản (`replicationLinks`), chọn nhân bản liên tục thay cho sao lưu, sao lưu dày hơn, hoặc nới RPO đã khai báo (`rpo`); cách ước tính nêu trong `docs/dr.md`.',
    'Add `replicationLinks` bandwidth, replicate continuously instead of by backup, back up more often, or relax the `rpo`; `docs/dr.md` explains the estimate.',
  ),
  scope: 'system',
  check: (ctx) => {
    const s = ctx.system;
    const rpo = achievableRpo(ctx.model, s);
    const f = rpoFigures(ctx, rpo);
    switch (rpo.basis) {
      case 'unknown':
        return [unknownOutcome(f)];
      case 'no-link':
        return [noLinkOutcome(f)];
      case 'no-copy':
        return [noCopyOutcome(s, f)];
      case 'link-too-slow':
        return [linkTooSlowOutcome(s, rpo, f)];
      default:
        return [computedOutcome(s, rpo, f)];
    }
  },
};
