// The same documents as Markdown for reviews in git: one language per file, no diagrams.
import type { Lang, Text } from '../model/index.js';
import { DOMAIN_LABELS, STATUSES, STATUS_LABELS, type ComplianceReport, type DomainGroup, type StatusCounts } from './compliance.js';
import type { Dossier } from './dossier.js';
import { renderAnnexMarkdown } from './annex.js';
import { code as codeSpan, md, plain } from '../runbook/markdown.js';

/** Inventory text in a table cell or a heading: one line, HTML, pipes, backticks and links neutralised (modules/runbook/markdown.ts). */
const cell = (s: string): string => md(s).trim();

/** A name or a value in a code span, safe in a table cell; a dash when empty. */
const code = (s: string): string => (plain(s) ? codeSpan(s) : '—');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

function translator(lang: Lang) {
  const t = (text: Text): string => text[lang];
  const tx = (vi: string, en: string): string => (lang === 'vi' ? vi : en);
  const counts = (c: StatusCounts): string =>
    STATUSES.filter((s) => c[s] > 0)
      .map((s) => `${c[s]} ${t(STATUS_LABELS[s]).toLowerCase()}`)
      .join(' · ') || tx('không có kết quả', 'no results');
  return { t, tx, counts };
}

function findings(groups: readonly DomainGroup[], lang: Lang, heading: string): string {
  const { t, tx, counts } = translator(lang);
  if (groups.length === 0) return tx('Chưa có kết quả kiểm tra nào cho phần này.\n', 'No check results for this part yet.\n');
  return groups
    .map((g) => {
      const detailed = g.findings.filter((f) => f.status === 'fail' || f.status === 'due' || f.status === 'waived' || f.status === 'manual');
      const rows = detailed.map((f) => [
        code(f.rule) + (f.title ? ` ${cell(t(f.title))}` : ''),
        t(STATUS_LABELS[f.status]) + (f.status === 'fail' ? ` (${f.severity})` : ''),
        cell(f.clauses.join('; ')) || '—',
        cell(t(f.message)) + (f.part ? ` (${code(f.part)})` : '') + (f.waiver ? ` — ${tx('miễn trừ', 'waiver')} ${code(f.waiver)}` : ''),
        code(f.location ?? f.target),
        f.remediation ? cell(t(f.remediation)) : '—',
      ]);
      // Passing and not-applicable results as one line each: the table is for what needs attention.
      const compact = (['pass', 'not-applicable'] as const).flatMap((st) => {
        const list = g.findings.filter((f) => f.status === st);
        return list.length === 0 ? [] : [`**${t(STATUS_LABELS[st])}:** ${list.map((f) => code(f.rule) + (f.part ? ` (${cell(f.part)})` : '')).join(', ')}\n`];
      });
      return (
        `${heading} ${t(g.label)} (${counts(g.counts)})\n\n` +
        [
          ...(rows.length > 0
            ? [
                table(
                  [
                    tx('Quy tắc', 'Rule'),
                    tx('Kết quả', 'Result'),
                    tx('Điều khoản', 'Clause'),
                    tx('Giải thích', 'Explanation'),
                    tx('Vị trí', 'Location'),
                    tx('Khắc phục', 'Remediation'),
                  ],
                  rows,
                ),
              ]
            : []),
          ...compact,
        ].join('\n')
      );
    })
    .join('\n');
}

const percent = (n: number, lang: Lang): string => {
  const text = (Math.round(n * 1000) / 10).toFixed(1);
  return lang === 'vi' ? `${text.replace('.', ',')} %` : `${text}%`;
};

/** Title, key facts and the per-system summary table (one part each). */
function reportOverview(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx, counts } = translator(lang);
  return [
    `# ${tx(`Báo cáo tuân thủ ATTT theo cấp độ — tỉnh ${cell(r.province.title)}`, `Security-level compliance report — ${cell(r.province.title)} province`)}\n`,
    table(
      [tx('Mục', 'Item'), tx('Giá trị', 'Value')],
      [
        [tx('Tỉnh', 'Province'), `${cell(r.province.title)} (${tx('mã', 'code')} ${r.province.code}, ${code(r.province.name)})`],
        [tx('Bộ quy tắc', 'Rule-set'), r.rulesets.length > 0 ? r.rulesets.map(code).join(', ') : tx('chưa có', 'none')],
        [tx('Tính đến ngày', 'As of'), r.asOf],
        [tx('Mã băm inventory', 'Inventory hash'), code(r.inventoryHash)],
        [tx('Phiên bản hatang', 'hatang version'), r.version],
        [tx('Tổng hợp kết quả', 'Results'), counts(r.totals)],
      ],
    ),
    `## ${tx('Tóm tắt theo hệ thống', 'Summary per system')}\n`,
    table(
      [tx('Hệ thống', 'System'), tx('Cấp độ', 'Level'), tx('Tiêu chí', 'Criterion'), ...STATUSES.map((s) => t(STATUS_LABELS[s])), tx('Bằng chứng', 'Evidence')],
      r.systems.map((s) => [
        `${cell(t(s.title))} (${code(s.name)})`,
        String(s.level),
        code(s.criterion),
        ...STATUSES.map((st) => String(s.counts[st])),
        `${s.evidencePresent}/5` +
          (s.oldestEvidenceDays !== undefined ? tx(`; cũ nhất ${s.oldestEvidenceDays} ngày`, `; oldest ${s.oldestEvidenceDays} days`) : ''),
      ]),
    ),
  ];
}

/** One section per information system, then the shared infrastructure section. */
function reportSystems(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx, counts } = translator(lang);
  const out: string[] = [];
  for (const s of r.systems) {
    out.push(`## ${cell(t(s.title))} (${code(s.name)})\n`);
    out.push(
      `${tx('Cấp độ', 'Level')} ${s.level} — ${code(s.criterion)}. ${tx('Chủ quản', 'Owner')}: ${cell(s.owner)}. ${tx('Kết quả', 'Results')}: ${counts(s.counts)}.\n`,
    );
    out.push(renderAnnexMarkdown(s.annex, lang));
    out.push(findings(s.domains, lang, '###'));
  }
  out.push(`## ${tx('Hạ tầng dùng chung và quy hoạch mạng', 'Shared infrastructure and network plan')}\n`);
  out.push(findings(r.infrastructure, lang, '###'));
  return out;
}

/** The waiver, evidence and addressing-plan sections. */
function reportRegisters(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx } = translator(lang);
  return [
    `## ${tx('Miễn trừ', 'Waivers')}\n`,
    r.waivers.length === 0
      ? tx('Không có miễn trừ.\n', 'No waivers.\n')
      : table(
          [
            tx('Miễn trừ', 'Waiver'),
            tx('Quy tắc', 'Rule'),
            tx('Đối tượng', 'Target'),
            tx('Lý do', 'Reason'),
            tx('Người phê duyệt', 'Approver'),
            tx('Hết hạn', 'Expires'),
          ],
          r.waivers.map((w) => [
            code(w.name),
            code(w.rule),
            code(w.target),
            cell(w.reason),
            cell(w.approver),
            `${w.expires} (${w.expired ? tx(`đã hết hạn ${-w.daysLeft} ngày`, `expired ${-w.daysLeft} days ago`) : tx(`còn ${w.daysLeft} ngày`, `${w.daysLeft} days left`)})`,
          ]),
        ),
    `## ${tx('Bằng chứng', 'Evidence')}\n`,
    tx(`Tuổi tính bằng ngày đến ngày ${r.asOf}.\n`, `Age in days at ${r.asOf}.\n`),
    table(
      [tx('Hệ thống', 'System'), tx('Loại', 'Kind'), tx('Ngày', 'Date'), tx('Tuổi (ngày)', 'Age (days)'), tx('Văn bản', 'Reference')],
      r.evidence.map((e) => [
        code(e.system),
        t(e.label),
        e.date ?? '—',
        e.ageDays === undefined ? tx('**thiếu**', '**missing**') : String(e.ageDays),
        cell(e.reference ?? ''),
      ]),
    ),
    `## ${tx('Quy hoạch địa chỉ', 'Addressing plan')}\n`,
    table(
      [
        tx('Dải gốc', 'Pool'),
        tx('Tiền tố', 'Prefix'),
        tx('Mục đích', 'Purpose'),
        tx('Số dải đã cấp', 'Assigned prefixes'),
        tx('Mức sử dụng', 'Utilisation'),
        tx('Khối trống đầu tiên', 'First free blocks'),
      ],
      r.pools.map((p) => [
        code(p.name),
        code(p.prefix),
        p.purpose,
        String(p.assigned),
        percent(p.utilisation, lang),
        p.free.map(code).join(', ') + (p.freeCount > p.free.length ? ` (+${p.freeCount - p.free.length})` : '') || '—',
      ]),
    ),
  ];
}

/** The appendix: clauses checked and the differences between the rule-sets. */
function reportAppendix(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx, counts } = translator(lang);
  return [
    `## ${tx('Phụ lục: điều khoản đã kiểm tra', 'Appendix: clauses checked')}\n`,
    r.clauses.length === 0
      ? tx('Chưa có quy tắc nào được kiểm tra.\n', 'No rule has been checked yet.\n')
      : table(
          [tx('Quy tắc', 'Rule'), tx('Lĩnh vực', 'Domain'), tx('Điều khoản', 'Clauses'), tx('Bộ quy tắc', 'Rule-set'), tx('Kết quả', 'Results')],
          r.clauses.map((c) => [
            code(c.rule) + (c.title ? ` ${cell(t(c.title))}` : ''),
            t(DOMAIN_LABELS[c.domain]),
            cell(c.clauses.join('; ')) || '—',
            c.rulesets.join(', ') || '—',
            counts(c.counts),
          ]),
        ),
    `### ${tx('Khác biệt giữa hai bộ quy tắc', 'Differences between the two rule-sets')}\n`,
    table(
      [tx('Nội dung', 'Topic'), 'NĐ 85/2016 + TT 12/2022', 'NĐ 331/2026', tx('Nguồn', 'Source')],
      r.differences.map((d) => [t(d.topic), t(d.before), t(d.after), d.source]),
    ),
  ];
}

export function renderReportMarkdown(r: ComplianceReport, lang: Lang): string {
  return [...reportOverview(r, lang), ...reportSystems(r, lang), ...reportRegisters(r, lang), ...reportAppendix(r, lang)].join('\n');
}

/** Title, key facts of the system and the legal basis of the annex. */
function dossierOverview(d: Dossier, lang: Lang): string[] {
  const { t, tx } = translator(lang);
  const s = d.system;
  return [
    `# ${tx('Hồ sơ đề xuất cấp độ — thuyết minh kỹ thuật', 'Level dossier — technical annex')}: ${cell(t(s.title))}\n`,
    table(
      [tx('Mục', 'Item'), tx('Giá trị', 'Value')],
      [
        [tx('Tên trong inventory', 'Inventory name'), code(s.name)],
        [tx('Tỉnh', 'Province'), `${cell(d.province.title)} (${d.province.code})`],
        [tx('Cấp độ đề xuất', 'Proposed level'), `${s.level} — ${code(s.criterion)}`],
        [tx('Chủ quản', 'Owner'), cell(s.owner)],
        ...(s.drMode
          ? [
              [
                tx('Dự phòng', 'Disaster recovery'),
                `${s.drMode}${s.drSite ? ` → ${code(s.drSite)}` : ''}${s.rpoMinutes !== undefined ? `; RPO ${s.rpoMinutes} min` : ''}${s.rtoMinutes !== undefined ? `; RTO ${s.rtoMinutes} min` : ''}`,
              ],
            ]
          : []),
        [tx('Tính đến ngày', 'As of'), d.asOf],
        [tx('Mã băm inventory', 'Inventory hash'), code(d.inventoryHash)],
        [tx('Phiên bản hatang', 'hatang version'), d.version],
      ],
    ),
    tx('Nội dung theo TT 12/2022 Điều 8.3(d) và NĐ 331/2026 Điều 22.3(d).\n', 'Content as required by TT 12/2022 Art. 8.3(d) and NĐ 331/2026 Art. 22.3(d).\n'),
  ];
}

/** Sections 1 and 2: the logical model (flows) and the physical model (sites, clusters). */
function dossierModels(d: Dossier, lang: Lang): string[] {
  const { tx } = translator(lang);
  return [
    `## 1. ${tx('Mô hình lô-gic', 'Logical model')}\n`,
    table(
      [tx('Luồng', 'Flow'), tx('Từ', 'From'), tx('Đến', 'To'), tx('Cổng', 'Ports'), tx('Mục đích', 'Purpose')],
      d.flows.map((f) => [code(f.name), code(f.from), code(f.to), cell(f.ports), cell(f.purpose)]),
    ),
    `## 2. ${tx('Mô hình vật lý', 'Physical model')}\n`,
    table(
      [tx('Địa điểm', 'Site'), tx('Vai trò', 'Role'), tx('Xếp hạng', 'Rating'), tx('Nguồn điện / làm mát', 'Power / cooling'), tx('Địa chỉ', 'Address')],
      d.sites.map((x) => [`${cell(x.title)} (${code(x.name)})`, x.role, x.rating ?? '—', `${x.power ?? '—'} / ${x.cooling ?? '—'}`, cell(x.address ?? '—')]),
    ),
    table(
      [tx('Cụm', 'Cluster'), tx('Địa điểm', 'Site'), tx('Phân phối', 'Distribution'), tx('Nhóm nút', 'Node pools')],
      d.clusters.map((c) => [code(c.name), code(c.site), cell(`${c.distribution ?? '—'} ${c.version ?? ''}`), cell(c.nodePools)]),
    ),
  ];
}

/** Section 3: the devices the system relies on. */
function dossierDevices(d: Dossier, lang: Lang): string[] {
  const { tx } = translator(lang);
  return [
    `## 3. ${tx('Danh mục thiết bị', 'Device list')}\n`,
    table(
      [
        tx('Thiết bị', 'Device'),
        tx('Chủng loại', 'Kind'),
        tx('Địa điểm', 'Site'),
        tx('Vùng phục vụ', 'Zones served'),
        tx('Dự phòng', 'Redundancy'),
        tx('Mục đích', 'Purpose'),
      ],
      d.devices.map((x) => [
        code(x.name),
        x.kind,
        code(x.site),
        cell(x.serves.join(', ')) || '—',
        `${x.redundancy}${x.count !== undefined ? ` × ${x.count}` : ''}`,
        cell(x.description ?? ''),
      ]),
    ),
  ];
}

/** Section 4: the system's components and where they run. */
function dossierServices(d: Dossier, lang: Lang): string[] {
  const { tx } = translator(lang);
  return [
    `## 4. ${tx('Danh mục dịch vụ', 'Service list')}\n`,
    table(
      [
        tx('Thành phần', 'Component'),
        tx('Vai trò', 'Role'),
        tx('Vùng', 'Zone'),
        tx('Cụm / namespace', 'Cluster / namespace'),
        tx('Bản sao', 'Replicas'),
        tx('Công khai', 'Public'),
      ],
      d.services.map((x) => [
        code(x.component),
        cell(x.role),
        `${code(x.zone)} (${code(x.site)})`,
        x.cluster ? code(`${x.cluster}/${x.namespace ?? ''}`) : '—',
        x.replicas === undefined ? '—' : String(x.replicas),
        x.public ? tx('có', 'yes') : tx('không', 'no'),
      ]),
    ),
  ];
}

/** Section 5: zones with their VLANs and prefixes. */
function dossierZones(d: Dossier, lang: Lang): string[] {
  const { tx } = translator(lang);
  return [
    `## 5. ${tx('Quy hoạch vùng mạng và địa chỉ IP', 'Zone and IP plan')}\n`,
    table(
      [tx('Vùng', 'Zone'), tx('Loại', 'Kind'), 'VLAN', 'IPv4', 'IPv6', tx('Hệ thống dùng', 'Used by the system')],
      d.zones.map((z) => [
        code(z.zone),
        z.kind,
        z.vlan === undefined ? '—' : String(z.vlan),
        code(z.ipv4 ?? ''),
        code(z.ipv6 ?? ''),
        z.used ? tx('có', 'yes') : '',
      ]),
    ),
  ];
}

/** Section 6: the security check results and the evidence register. */
function dossierSecurity(d: Dossier, lang: Lang): string[] {
  const { t, tx } = translator(lang);
  return [
    `## 6. ${tx('Phương án bảo đảm ATTT và kết quả kiểm tra', 'Security plan items and their status')}\n`,
    findings(d.security, lang, '###'),
    `### ${tx('Bằng chứng', 'Evidence')}\n`,
    table(
      [tx('Loại', 'Kind'), tx('Ngày', 'Date'), tx('Tuổi (ngày)', 'Age (days)'), tx('Văn bản', 'Reference')],
      d.evidence.map((e) => [t(e.label), e.date ?? '—', e.ageDays === undefined ? tx('**thiếu**', '**missing**') : String(e.ageDays), cell(e.reference ?? '')]),
    ),
  ];
}

/** The technical annex of a level dossier: the overview, then sections 1 to 6 in order. */
export function renderDossierMarkdown(d: Dossier, lang: Lang): string {
  return [
    ...dossierOverview(d, lang),
    ...dossierModels(d, lang),
    ...dossierDevices(d, lang),
    ...dossierServices(d, lang),
    ...dossierZones(d, lang),
    ...dossierSecurity(d, lang),
  ].join('\n');
}
