import { achievableRpo, DEFAULT_DR_PARAMETERS as P, drMode, drSiteOf, primarySiteOf, type RpoEstimate } from '../../dr/index.js';
import { durationText, text, type System, type Text } from '../../model/index.js';
import type { Outcome, SystemContext, SystemRule } from '../rule.js';

/** The figures the messages quote, formatted once. */
interface RpoFigures {
  /** The declared RPO target, minutes. */
  readonly target: number;
  /** Names of the primary and DR sites ('—' when missing). */
  readonly primary: string;
  readonly dr: string;
  /** Daily change in Vietnamese and in English, and the usable bandwidth. */
  readonly fig: string;
  readonly figEn: string;
  readonly usable: string;
}

/** Target, site names and link figures of the system's RPO estimate. */
function rpoFigures(ctx: SystemContext, rpo: RpoEstimate): RpoFigures {
  const s = ctx.system;
  return {
    target: s.rpoMinutes!,
    primary: primarySiteOf(ctx.model, s)?.name ?? '—',
    dr: drSiteOf(ctx.model, s)?.name ?? '—',
    fig: `${rpo.dailyChangeGiB ?? '?'} GiB/ngày`,
    figEn: `${rpo.dailyChangeGiB ?? '?'} GiB/day`,
    usable: `${rpo.usableMbps ?? 0} Mbit/s`,
  };
}

/** Manual: the declarations needed to compute the RPO are missing. */
function unknownOutcome(f: RpoFigures): Outcome {
  return {
    status: 'manual',
    part: 'rpo',
    path: ['spec', 'dr'],
    message: text(
      `Không tính được RPO đạt được: khai báo dr.replication và data.dailyChangeGiB (mục tiêu ${durationText(f.target, 'vi')}).`,
      `The achievable RPO cannot be computed: declare dr.replication and data.dailyChangeGiB (target ${durationText(f.target, 'en')}).`,
    ),
  };
}

/** Fail: no replication link joins the two sites. */
function noLinkOutcome(f: RpoFigures): Outcome {
  return {
    status: 'fail',
    part: 'rpo',
    path: ['spec', 'dr'],
    message: text(
      `Không có đường kết nối nhân bản giữa ${f.primary} và ${f.dr}: dữ liệu không tới được trung tâm dự phòng (RPO mục tiêu ${durationText(f.target, 'vi')}).`,
      `No replicationLinks between ${f.primary} and ${f.dr}: the data cannot reach the DR site (RPO target ${durationText(f.target, 'en')}).`,
    ),
  };
}

/** Fail: the DR restores from backups that are not kept at the DR site. */
function noCopyOutcome(s: System, f: RpoFigures): Outcome {
  return {
    status: 'fail',
    part: 'rpo',
    path: ['spec', 'backup'],
    message: text(
      `DR ${drMode(s)} khôi phục từ bản sao lưu, nhưng bản sao lưu ở ${s.backup?.site ?? 'nơi chưa khai báo'}, không ở ${f.dr}.`,
      `${drMode(s)} DR restores from backups, but the backup copy is at ${s.backup?.site ?? 'an undeclared site'}, not at ${f.dr}.`,
    ),
  };
}

/** Fail: the links cannot carry the daily change (or, for synchronous replication, the peak write rate). */
function linkTooSlowOutcome(s: System, rpo: RpoEstimate, f: RpoFigures): Outcome {
  const { target, primary, dr, fig, figEn, usable } = f;
  return {
    status: 'fail',
    part: 'rpo',
    path: ['spec', 'data', 'dailyChangeGiB'],
    message: text(
      `Đường truyền ${primary}–${dr} (${usable} dùng được) không theo kịp ${fig} ${s.dr?.replication === 'storage-sync' ? `ghi trong ${P.peakHours} giờ làm việc (nhân bản đồng bộ sẽ chặn ghi)` : `: cần ${durationText(rpo.dailyTransferMinutes ?? Infinity, 'vi')} truyền mỗi ngày`}; RPO đạt được: ∞, mục tiêu ${durationText(target, 'vi')}.`,
      `The ${primary}–${dr} links (${usable} usable) cannot keep up with ${figEn}${s.dr?.replication === 'storage-sync' ? ` written over ${P.peakHours} working hours (synchronous replication would stall writes)` : `: a day's change needs ${durationText(rpo.dailyTransferMinutes ?? Infinity, 'en')} of link time`}; achievable RPO: ∞, target ${durationText(target, 'en')}.`,
    ),
  };
}

/** How a computed RPO was reached: backups, synchronous or continuous replication. */
function basisText(s: System, rpo: RpoEstimate, f: RpoFigures): Text {
  const { fig, figEn, usable } = f;
  return rpo.basis === 'backup'
    ? text(
        `sao lưu mỗi ${durationText(s.backup?.frequencyMinutes ?? 0, 'vi')} cộng thời gian chép ${fig} trên ${usable}`,
        `a backup every ${durationText(s.backup?.frequencyMinutes ?? 0, 'en')} plus copying ${figEn} over ${usable}`,
      )
    : rpo.basis === 'synchronous'
      ? text(`nhân bản đồng bộ, đường truyền ${usable} theo kịp tốc độ ghi`, `synchronous replication, ${usable} keeps up with the write rate`)
      : text(
          `nhân bản liên tục ${fig} trên ${usable}, cao điểm ${P.peakHours} giờ`,
          `continuous replication of ${figEn} over ${usable}, ${P.peakHours}-hour peak`,
        );
}

/** Pass or fail: the computed RPO against the target. */
function computedOutcome(s: System, rpo: RpoEstimate, f: RpoFigures): Outcome {
  const how = basisText(s, rpo, f);
  const ok = rpo.minutes <= f.target;
  return {
    status: ok ? 'pass' : 'fail',
    part: 'rpo',
    path: ['spec', 'rpo'],
    message: text(
      `RPO đạt được ${durationText(rpo.minutes, 'vi')} (${how.vi}); mục tiêu ${durationText(f.target, 'vi')}.`,
      `Achievable RPO ${durationText(rpo.minutes, 'en')} (${how.en}); target ${durationText(f.target, 'en')}.`,
    ),
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
    'Tăng băng thông replicationLinks, chọn nhân bản liên tục thay cho sao lưu, sao lưu dày hơn, hoặc nới rpo; số liệu ước tính trong docs/dr.md.',
    'Add replicationLinks bandwidth, replicate continuously instead of by backup, back up more often, or relax the rpo; docs/dr.md explains the estimate.',
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
