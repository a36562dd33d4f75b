// The same documents as Markdown for reviews in git: one language per file, no diagrams.
import {
  CRITERION_LABELS,
  DEVICE_KIND_LABELS,
  DR_MODE_NAMES,
  durationText,
  msg,
  provinceTitle,
  REDUNDANCY_LABELS,
  viDate,
  ZONE_KIND_LABELS,
  type Criterion,
  type FindingStatus,
  type Lang,
  type Text,
} from '../model/index.js';
import { DOMAIN_LABELS, RISK_ACCEPTANCE_NOTE, STATUSES, STATUS_LABELS, type ComplianceReport, type DomainGroup, type FailingRow } from './compliance.js';
import type { Dossier } from './dossier.js';
import { renderAnnexMarkdown } from './annex.js';
import { code as codeSpan } from '../runbook/markdown.js';
import { cell, code, table, translator } from './markdown-common.js';
import { estateMarkdown } from './markdown-estate.js';
import { richMarkdown } from './rich.js';

/** The failing table of one system, first in its section. */
function failing(rows: readonly FailingRow[], lang: Lang): string {
  const { t, tx, confidence, result } = translator(lang);
  if (rows.length === 0) return tx('Không có nội dung không đạt hoặc chưa đến hạn.\n', 'Nothing fails or is due later.\n');
  return table(
    [
      tx('Quy tắc', 'Rule'),
      tx('Kết quả', 'Result'),
      tx('Căn cứ', 'Source'),
      tx('Giải thích; vị trí trong mô hình hạ tầng', 'Explanation; location in the inventory'),
      tx('Khắc phục', 'Remediation'),
      tx('Bằng chứng để khép lại', 'Evidence that closes it'),
      tx('Mức tin cậy', 'Confidence'),
    ],
    rows.map((f) => [
      code(f.rule) + (f.title ? ` ${cell(t(f.title))}` : ''),
      result(f),
      cell(f.clauses.join('; ')) || '—',
      cell(t(f.message)) + (f.part ? ` (${code(f.part)})` : '') + `; ${code(f.location ?? f.target)}`,
      f.remediation ? richMarkdown(t(f.remediation)) : '—',
      cell(f.closing.map((e) => t(e)).join('; ')),
      confidence(f.confidence),
    ]),
  );
}

const DETAILED: readonly FindingStatus[] = ['fail', 'due', 'waived', 'manual'];

/** Findings by domain; `skip`: statuses the failing table already showed (counted, not listed again). */
function findings(groups: readonly DomainGroup[], lang: Lang, heading: string, skip: readonly FindingStatus[] = []): string {
  const { t, tx, counts, confidence, result } = translator(lang);
  if (groups.length === 0) return tx('Chưa có kết quả kiểm tra nào cho phần này.\n', 'No check results for this part yet.\n');
  return groups
    .map((g) => {
      const detailed = g.findings.filter((f) => DETAILED.includes(f.status) && !skip.includes(f.status));
      const above = g.findings.filter((f) => skip.includes(f.status)).length;
      const rows = detailed.map((f) => [
        code(f.rule) + (f.title ? ` ${cell(t(f.title))}` : ''),
        result(f),
        cell(f.clauses.join('; ')) || '—',
        cell(t(f.message)) + (f.part ? ` (${code(f.part)})` : '') + (f.waiver ? ` — ${tx('chấp nhận rủi ro tạm thời', 'waiver')} ${code(f.waiver)}` : ''),
        code(f.location ?? f.target),
        f.remediation ? richMarkdown(t(f.remediation)) : '—',
        confidence(f.confidence),
      ]);
      // Passes and not-applicable results counted per rule: the table is for what needs attention.
      const compact = (['pass', 'not-applicable'] as const).flatMap((st) => {
        const list = g.tally.filter((x) => x.status === st);
        const item = (x: (typeof list)[number]) => code(x.rule) + (x.count > 1 ? ` (${t(msg('count.results', { n: x.count }))})` : '');
        return list.length === 0 ? [] : [`**${t(STATUS_LABELS[st])}:** ${list.map(item).join(', ')}\n`];
      });
      const head = [
        tx('Quy tắc', 'Rule'),
        tx('Kết quả', 'Result'),
        tx('Căn cứ', 'Source'),
        tx('Giải thích', 'Explanation'),
        tx('Vị trí', 'Location'),
        tx('Khắc phục', 'Remediation'),
        tx('Mức tin cậy', 'Confidence'),
      ];
      const note = above > 0 ? [`${t(msg('report.failing-above', { n: above }))}\n`] : [];
      return `${heading} ${t(g.label)} (${counts(g.counts)})\n\n` + [...note, ...(rows.length > 0 ? [table(head, rows)] : []), ...compact].join('\n');
    })
    .join('\n');
}

const percent = (n: number, lang: Lang): string => {
  const text = (Math.round(n * 1000) / 10).toFixed(1);
  return lang === 'vi' ? `${text.replace('.', ',')} %` : `${text}%`;
};

/** Title, key facts and the per-system summary table (one part each). */
function reportOverview(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx, counts, date } = translator(lang);
  return [
    `# ${tx(`Báo cáo tuân thủ ATTT theo cấp độ — ${cell(provinceTitle(r.province, 'vi'))}`, `Security-level compliance report — ${cell(provinceTitle(r.province, 'en'))}`)}\n`,
    table(
      [tx('Mục', 'Item'), tx('Giá trị', 'Value')],
      [
        [t(r.province.heading.kind), `${cell(r.province.title)} (${tx('mã', 'code')} ${r.province.code}, ${code(r.province.name)})`],
        [tx('Bộ quy tắc', 'Rule-set'), r.rulesets.length > 0 ? r.rulesets.map(code).join(', ') : tx('chưa có', 'none')],
        [tx('Tính đến ngày', 'As of'), date(r.asOf)],
        [tx('Mã băm SHA-256 của tệp mô tả hạ tầng', 'SHA-256 hash of the inventory'), code(r.inventoryHash)],
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
        `${s.evidencePresent}/5` + (s.oldestEvidenceDays !== undefined ? `; ${t(msg('report.oldest-evidence', { days: s.oldestEvidenceDays }))}` : ''),
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
      `${tx('Cấp độ', 'Level')} ${s.level} — ${criterionText(s.criterion, lang)}. ${tx('Chủ quản', 'Owner')}: ${cell(s.owner)}. ${tx('Kết quả', 'Results')}: ${counts(s.counts)}.\n`,
    );
    out.push(`### 1. ${tx('Nội dung không đạt và biện pháp khắc phục', 'What fails and how to fix it')}\n`);
    out.push(failing(s.failing, lang));
    out.push(renderAnnexMarkdown(s.annex, lang, s.annexDetails, '### 2.'));
    out.push(`### 3. ${tx('Các kết quả khác theo lĩnh vực', 'Other results by domain')}\n`);
    out.push(findings(s.domains, lang, '####', ['fail', 'due']));
  }
  out.push(`## ${tx('Hạ tầng dùng chung và quy hoạch mạng', 'Shared infrastructure and network plan')}\n`);
  out.push(findings(r.infrastructure, lang, '###'));
  return out;
}

/** The register of temporary risk acceptances (waivers) with their remediation roadmap. */
function riskAcceptances(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx, date } = translator(lang);
  return [
    `## ${tx('Chấp nhận rủi ro tạm thời và lộ trình khắc phục', 'Temporary risk acceptances (waivers) and remediation roadmap')}\n`,
    `${t(RISK_ACCEPTANCE_NOTE)}\n`,
    r.waivers.length === 0
      ? tx('Không có nội dung nào được chấp nhận rủi ro tạm thời.\n', 'No waivers.\n')
      : table(
          [
            tx('Quy tắc, đối tượng', 'Rule, target'),
            tx('Lý do, biện pháp bù đắp', 'Reason, compensating measures'),
            tx('Người phê duyệt, văn bản', 'Approved by, reference'),
            tx('Hết hạn', 'Expires'),
            tx('Lộ trình khắc phục', 'Remediation roadmap'),
          ],
          r.waivers.map((w) => [
            `${code(w.rule)} ${code(w.target)} (${code(w.name)})`,
            cell(w.reason),
            [cell(w.approver), w.approvedOn ? `${tx('ngày', 'on')} ${date(w.approvedOn)}` : '', cell(w.reference ?? '')].filter(Boolean).join('; '),
            `${date(w.expires)} (${t(w.expired ? msg('report.waiver-expired', { days: -w.daysLeft }) : msg('report.waiver-left', { days: w.daysLeft }))})`,
            (w.remediation ? richMarkdown(t(w.remediation)) : tx('Chưa có lộ trình trong mô hình hạ tầng', 'No remediation recorded')) +
              `; ${tx('hoàn thành trước ngày', 'to be done by')} ${date(w.expires)}`,
          ]),
        ),
  ];
}

/** The risk acceptance, evidence and addressing-plan sections. */
function reportRegisters(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx, date } = translator(lang);
  return [
    ...riskAcceptances(r, lang),
    `## ${tx('Bằng chứng', 'Evidence')}\n`,
    tx(`Số ngày đã qua tính đến ngày ${date(r.asOf)}.\n`, `Age in days at ${r.asOf}.\n`),
    table(
      [tx('Hệ thống', 'System'), tx('Loại', 'Kind'), tx('Ngày', 'Date'), tx('Số ngày đã qua', 'Age (days)'), tx('Văn bản', 'Reference')],
      r.evidence.map((e) => [
        code(e.system),
        t(e.label),
        e.date ? date(e.date) : '—',
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
        cell(t(p.purposeLabel)),
        String(p.assigned),
        percent(p.utilisation, lang),
        p.free.map(code).join(', ') + (p.freeCount > p.free.length ? ` (+${p.freeCount - p.free.length})` : '') || '—',
      ]),
    ),
    ...firewallPolicies(r, lang),
  ];
}

/** What `hatang firewall` generates from the flow matrix, per site and firewall device, and the flows no firewall enforces. */
function firewallPolicies(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx } = translator(lang);
  const f = r.firewalls;
  return [
    `## ${tx('Chính sách tường lửa theo ma trận luồng', 'Firewall policy from the flow matrix')}\n`,
    tx(
      `Chính sách mỗi tường lửa phải thực thi, sinh bằng lệnh ${codeSpan('hatang firewall --site <trung tâm> --format nftables')} (hoặc ${codeSpan('fortios')}, ${codeSpan('json')}) và kiểm chứng bằng gói tin thật với ${codeSpan('hatang firewall --prove')}. Mã băm là SHA-256 của tệp quy tắc sinh ra, để đối chiếu với cấu hình đang nạp trên thiết bị.\n`,
      `The policy each firewall must enforce, generated by ${codeSpan('hatang firewall --site <site> --format nftables')} (or ${codeSpan('fortios')}, ${codeSpan('json')}) and proven with real packets by ${codeSpan('hatang firewall --prove')}. The digest is the SHA-256 of the generated ruleset, to compare with the configuration loaded on the device.\n`,
    ),
    f.devices.length === 0
      ? tx('Mô hình hạ tầng chưa có tường lửa phân tách vùng mạng.\n', 'The inventory has no firewall separating zones.\n')
      : table(
          [
            tx('Trung tâm', 'Site'),
            tx('Thiết bị', 'Device'),
            tx('Phân tách', 'Separates'),
            tx('Số quy tắc', 'Rules'),
            tx('Tệp, bảng', 'Files, table'),
            tx('Mã băm', 'Digest'),
          ],
          f.devices.map((d) => [
            cell(d.siteTitle),
            `${code(d.device)} (${t(d.kind).toLowerCase()})`,
            d.interfaces.map((i) => cell(t(i))).join(', '),
            String(d.rules),
            [...d.files.map(code), code(d.table)].join(', '),
            code(d.digest),
          ]),
        ),
    ...uncoveredFlows(r, lang),
  ];
}

/** Flows no firewall of their site enforces: between sites (a whole site as an end), or with no chain of firewalls. */
function uncoveredFlows(r: ComplianceReport, lang: Lang): string[] {
  const { tx } = translator(lang);
  const list = (flows: ComplianceReport['firewalls']['unjoined']): string => flows.map((u) => `${code(u.flow)} (${code(u.site)})`).join(', ');
  const between = list(r.firewalls.betweenSites);
  const none = list(r.firewalls.unjoined);
  return [
    ...(none
      ? [tx(`Luồng không có chuỗi tường lửa nào của trung tâm nối hai đầu: ${none}.\n`, `Flows no chain of the site's firewalls joins: ${none}.\n`)]
      : []),
    ...(between
      ? [
          tx(
            `Luồng giữa hai trung tâm (một đầu là cả trung tâm), không sinh quy tắc trên tường lửa: ${between}.\n`,
            `Flows between sites (a whole site as one end), with no firewall rule generated: ${between}.\n`,
          ),
        ]
      : []),
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
    `## ${tx('Phụ lục: mức tin cậy', 'Appendix: confidence')}\n`,
    tx(
      'Cột "Mức tin cậy" của các bảng cho biết căn cứ của yêu cầu và của số liệu mà quy tắc dùng đã được đối chiếu đến đâu. Một mục của Phụ lục được nhiều quy tắc kiểm tra mang mức thấp nhất của các quy tắc đó; dấu "—" là mục chưa có quy tắc nào kết luận, cần kiểm tra thủ công theo bằng chứng nêu tại cột cuối.\n',
      'The "Confidence" column tells how far the basis of a requirement and of the numbers a rule uses has been checked. An annex item checked by several rules carries the lowest of them; "—" marks an item no rule has decided, to be checked by hand from the evidence in the last column.\n',
    ),
    table(
      [tx('Mức tin cậy', 'Confidence'), tx('Ý nghĩa', 'Meaning')],
      r.confidences.map((c) => [t(c.label), t(c.meaning)]),
    ),
  ];
}

export function renderReportMarkdown(r: ComplianceReport, lang: Lang): string {
  return [...reportOverview(r, lang), ...reportSystems(r, lang), ...estateMarkdown(r, lang), ...reportRegisters(r, lang), ...reportAppendix(r, lang)].join(
    '\n',
  );
}

/** The level criterion by its name in the texts, never the enum value. */
const criterionText = (criterion: string, lang: Lang): string => CRITERION_LABELS[criterion as Criterion]?.[lang] ?? codeSpan(criterion);

/** DR mode, site and objectives in words ("dự phòng nóng → `kt-dr`; RPO 15 phút; RTO 4 giờ"). */
function drText(s: Dossier['system'], lang: Lang): string {
  const mode = s.drMode ? DR_MODE_NAMES[s.drMode][lang] : '';
  const site = s.drSite ? ` → ${codeSpan(s.drSite)}` : '';
  const rpo = s.rpoMinutes !== undefined ? `; RPO ${durationText(s.rpoMinutes, lang)}` : '';
  const rto = s.rtoMinutes !== undefined ? `; RTO ${durationText(s.rtoMinutes, lang)}` : '';
  return `${mode}${site}${rpo}${rto}`;
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
        [tx('Tên trong mô hình hạ tầng', 'Name in the infrastructure model'), code(s.name)],
        [t(d.province.heading.kind), `${cell(d.province.title)} (${d.province.code})`],
        [tx('Cấp độ đề xuất', 'Proposed level'), `${s.level} — ${criterionText(s.criterion, lang)}`],
        [tx('Chủ quản', 'Owner'), cell(s.owner)],
        ...(s.operator ? [[tx('Đơn vị vận hành', 'Operator'), cell(s.operator) + (s.operatorRole ? ` — ${cell(t(s.operatorRole))}` : '')]] : []),
        ...(s.service ? [[tx('Hình thức cung cấp', 'Service model'), cell(t(s.service))]] : []),
        ...(s.drMode ? [[tx('Dự phòng', 'Disaster recovery'), drText(s, lang)]] : []),
        [tx('Tính đến ngày', 'As of'), lang === 'vi' ? viDate(d.asOf) : d.asOf],
        [tx('Mã băm SHA-256 của tệp mô tả hạ tầng', 'SHA-256 hash of the inventory'), code(d.inventoryHash)],
        [tx('Phiên bản hatang', 'hatang version'), d.version],
      ],
    ),
    tx('Nội dung theo TT 12/2022 Điều 8.3(d) và NĐ 331/2026 Điều 22.3(d).\n', 'Content as required by TT 12/2022 Art. 8.3(d) and NĐ 331/2026 Art. 22.3(d).\n'),
  ];
}

/** Sections 1 and 2: the logical model (flows) and the physical model (sites, clusters). */
function dossierModels(d: Dossier, lang: Lang): string[] {
  const { t, tx } = translator(lang);
  const end = (label: Text, name: string) => `${cell(t(label))} (${code(name)})`;
  return [
    `## 1. ${tx('Mô hình lô-gic', 'Logical model')}\n`,
    table(
      [tx('Luồng', 'Flow'), tx('Từ', 'From'), tx('Đến', 'To'), tx('Cổng', 'Ports'), tx('Mạng kết nối', 'Network'), tx('Mục đích', 'Purpose')],
      d.flows.map((f) => [code(f.name), end(f.fromLabel, f.from), end(f.toLabel, f.to), cell(f.ports), f.path ? cell(t(f.path)) : '—', cell(f.purpose)]),
    ),
    `## 2. ${tx('Mô hình vật lý', 'Physical model')}\n`,
    table(
      [
        tx('Địa điểm', 'Site'),
        tx('Vai trò', 'Role'),
        tx('Sở hữu', 'Ownership'),
        tx('Xếp hạng', 'Rating'),
        tx('Nguồn điện / làm mát', 'Power / cooling'),
        tx('Địa chỉ', 'Address'),
      ],
      d.sites.map((x) => [
        `${cell(x.title)} (${code(x.name)})`,
        t(x.roleLabel),
        cell(t(x.ownershipLabel)),
        x.rating ?? '—',
        `${x.power ?? '—'} / ${x.cooling ?? '—'}`,
        cell(x.address ?? '—'),
      ]),
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
        DEVICE_KIND_LABELS[x.kind][lang],
        code(x.site),
        cell(x.serves.join(', ')) || '—',
        `${REDUNDANCY_LABELS[x.redundancy][lang]}${x.count !== undefined ? ` × ${x.count}` : ''}`,
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
        ZONE_KIND_LABELS[z.kind][lang],
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
      [tx('Loại', 'Kind'), tx('Ngày', 'Date'), tx('Số ngày đã qua', 'Age (days)'), tx('Văn bản', 'Reference')],
      d.evidence.map((e) => [
        t(e.label),
        e.date ? (lang === 'vi' ? viDate(e.date) : e.date) : '—',
        e.ageDays === undefined ? tx('**thiếu**', '**missing**') : String(e.ageDays),
        cell(e.reference ?? ''),
      ]),
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
