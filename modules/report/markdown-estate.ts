// The estate sections of the compliance report as Markdown (data: estate.ts): connections to national systems,
// rented services, the agency edge.
import { thousands, type Lang } from '../model/index.js';
import type { ComplianceReport } from './compliance.js';
import { code as codeSpan } from '../runbook/markdown.js';
import { cell, code, table, translator } from './markdown-common.js';
import { richMarkdown } from './rich.js';

/** Flows between the province and national systems, and the province's own external endpoints. */
function national(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx } = translator(lang);
  const n = r.estate.national;
  return [
    `## ${tx('Kết nối với hệ thống quốc gia', 'Connections to national systems')}\n`,
    tx(
      `Mỗi luồng giữa tỉnh và một hệ thống quốc gia: đơn vị quản lý hệ thống, mạng kết nối (trường ${codeSpan('via')} của luồng, nếu không có thì mạng thường dùng theo danh mục), vùng mạng và hệ thống thông tin của tỉnh.\n`,
      `Each flow between the province and a national system: the body that runs it, the network taken (the flow's ${codeSpan('via')}, else the catalogue's usual network), the province's zone and information system.\n`,
    ),
    n.connections.length === 0
      ? tx('Mô hình hạ tầng chưa có luồng nào giữa tỉnh và hệ thống quốc gia.\n', 'The inventory has no flow between the province and a national system.\n')
      : table(
          [
            tx('Hệ thống quốc gia', 'National system'),
            tx('Đơn vị quản lý', 'Operator'),
            tx('Mạng kết nối', 'Network'),
            tx('Vùng mạng của tỉnh; chiều', 'Province zone; direction'),
            tx('Hệ thống thông tin', 'Information system'),
            tx('Luồng', 'Flow'),
          ],
          n.connections.map((c) => [
            cell(t(c.endpoint)),
            cell(t(c.operator)),
            cell(t(c.pathLabel)),
            `${cell(t(c.endLabel))} (${code(c.end)}); ${t(c.direction)}`,
            c.systemTitle ? cell(t(c.systemTitle)) : '—',
            code(c.flow),
          ]),
        ),
    `### ${tx('Hệ thống, mạng bên ngoài do tỉnh khai báo', 'External endpoints the province declares')}\n`,
    n.declared.length === 0
      ? tx(
          'Tỉnh không khai báo thêm hệ thống, mạng bên ngoài nào ngoài danh mục có sẵn.\n',
          'The province declares no external endpoint beyond the built-in catalogue.\n',
        )
      : table(
          [
            tx('Tên', 'Name'),
            tx('Loại', 'Category'),
            tx('Đơn vị quản lý', 'Operator'),
            tx('Mạng kết nối', 'Network'),
            tx('Căn cứ', 'Basis'),
            tx('Số luồng', 'Flows'),
          ],
          n.declared.map((e) => [
            `${cell(t(e.title))} (${code(e.name)})`,
            cell(t(e.categoryLabel)),
            cell(t(e.operator)),
            cell(t(e.pathLabel)),
            cell(e.basis ?? '') || '—',
            String(e.flows),
          ]),
        ),
  ];
}

/** Providers, sites with their owner, rented systems, the four-layer model. */
function rented(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx } = translator(lang);
  const x = r.estate.rented;
  return [
    `## ${tx('Dịch vụ thuê ngoài', 'Rented services')}\n`,
    `### ${tx('Nhà cung cấp dịch vụ', 'Providers')}\n`,
    x.providers.length === 0
      ? tx('Mô hình hạ tầng không khai báo nhà cung cấp dịch vụ nào.\n', 'The inventory declares no provider.\n')
      : table(
          [tx('Nhà cung cấp', 'Provider'), tx('Loại', 'Kind'), tx('Mô tả', 'Description')],
          x.providers.map((p) => [`${cell(p.title)} (${code(p.name)})`, cell(t(p.kindLabel)), cell(p.description ?? '') || '—']),
        ),
    `### ${tx('Địa điểm và chủ sở hữu', 'Sites and their owners')}\n`,
    table(
      [tx('Địa điểm', 'Site'), tx('Vai trò', 'Role'), tx('Sở hữu', 'Ownership')],
      r.sites.map((s) => [`${cell(s.title)} (${code(s.name)})`, cell(t(s.roleLabel)), cell(t(s.ownershipLabel))]),
    ),
    `### ${tx('Hệ thống thuê dịch vụ', 'Rented systems')}\n`,
    x.systems.length === 0
      ? tx('Không có hệ thống nào khai báo thuê dịch vụ.\n', 'No system is declared as a rented service.\n')
      : table(
          [tx('Hệ thống', 'System'), tx('Hình thức cung cấp', 'Service model'), tx('Nhà cung cấp', 'Provider'), tx('Hợp đồng', 'Contract')],
          x.systems.map((s) => [
            `${cell(t(s.title))} (${code(s.name)})`,
            cell(t(s.modelLabel)),
            s.provider ? cell(s.provider) + (s.operatedByProvider ? tx('; vận hành hệ thống', '; operates the system') : '') : '—',
            s.contractLabel ? cell(t(s.contractLabel)) : tx('chưa khai báo', 'not declared'),
          ]),
        ),
    `### ${tx('Mô hình bảo vệ bốn lớp', 'The four-layer protection model')}\n`,
    x.layers
      ? table(
          [tx('Lớp', 'Layer'), tx('Hình thức', 'Sourcing'), tx('Nhà cung cấp', 'Provider'), tx('Hợp đồng', 'Contract')],
          x.layers.map((l) => [
            cell(t(l.label)) + (l.description ? ` — ${cell(l.description)}` : ''),
            cell(t(l.sourcingLabel)),
            cell(l.provider ?? '') || '—',
            l.contractLabel ? cell(t(l.contractLabel)) : '—',
          ]),
        )
      : tx(
          `Mô hình hạ tầng chưa khai báo mô hình bảo vệ bốn lớp (${codeSpan('securityOperations')} của tài liệu khai báo tỉnh).\n`,
          `The inventory does not declare the four-layer protection model (the Province's ${codeSpan('securityOperations')}).\n`,
        ),
  ];
}

/** One row per agency with a TSLCD link or edge data, the totals and the province's figures. */
function agencyTable(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx } = translator(lang);
  const a = r.estate.agencies;
  const servers = a.rows.some((x) => x.servers);
  const num = (n: number | undefined) => (n === undefined ? '—' : thousands(n, lang));
  return [
    `## ${tx('Biên mạng của các cơ quan', 'Agency edge')}\n`,
    ...(a.rows.length > 0 ? [`${a.totals.map((x) => cell(t(x))).join('; ')}.\n`] : []),
    ...(a.province ? [`${cell(t(a.province))}\n`] : []),
    a.rows.length === 0
      ? tx(
          'Mô hình hạ tầng chưa có cơ quan nào có kết nối mạng truyền số liệu chuyên dùng hoặc khai báo về biên mạng.\n',
          'No agency of the inventory has a government data network link or edge data.\n',
        )
      : table(
          [
            tx('Cơ quan', 'Agency'),
            tx('Loại', 'Kind'),
            tx('Mạng truyền số liệu chuyên dùng', 'Government data network'),
            tx('Tường lửa tại điểm kết nối', 'Edge firewall'),
            tx('Kết nối Internet riêng', 'Own Internet link'),
            tx('Máy trạm có phần mềm phòng, chống mã độc / tổng số', 'Workstations with anti-malware / all'),
            ...(servers ? [tx('Máy chủ có phần mềm phòng, chống mã độc / tổng số', 'Servers with anti-malware / all')] : []),
            tx('Điểm cầu truyền hình trực tuyến', 'Video-conference endpoints'),
            tx('Bộ phận một cửa', 'One-stop desks'),
          ],
          a.rows.map((x) => [
            `${cell(x.title)} (${code(x.name)})`,
            cell(t(x.kindLabel)),
            x.tslcd ? tx('có', 'yes') : tx('không', 'no'),
            cell(t(x.firewallLabel)),
            cell(t(x.internetLabel)),
            x.workstations ? cell(t(x.workstations)) : '—',
            ...(servers ? [x.servers ? cell(t(x.servers)) : '—'] : []),
            num(x.videoConferenceEndpoints),
            num(x.oneStopDesks),
          ]),
        ),
  ];
}

/** The agency-edge findings of the evaluation, per agency. */
function agencyFindings(r: ComplianceReport, lang: Lang): string[] {
  const { t, tx, confidence, result } = translator(lang);
  const a = r.estate.agencies;
  const rows = a.groups.flatMap((g) =>
    g.findings.map((f, i) => [
      i === 0 ? `${cell(g.title)} (${code(g.agency)})` : '',
      code(f.rule) + (f.title ? ` ${cell(t(f.title))}` : ''),
      result(f),
      `${cell(t(f.message))}; ${code(f.location)}`,
      f.remediation ? richMarkdown(t(f.remediation)) : '—',
      confidence(f.confidence),
    ]),
  );
  return [
    `### ${tx('Kết quả kiểm tra biên mạng theo cơ quan', 'Agency-edge findings per agency')}\n`,
    ...(a.checked === 0 ? [tx('Chưa có kết quả kiểm tra nào về biên mạng của các cơ quan.\n', 'No agency-edge check result yet.\n')] : []),
    ...(rows.length > 0
      ? [
          table(
            [
              tx('Cơ quan', 'Agency'),
              tx('Quy tắc', 'Rule'),
              tx('Kết quả', 'Result'),
              tx('Giải thích; vị trí', 'Explanation; location'),
              tx('Khắc phục', 'Remediation'),
              tx('Mức tin cậy', 'Confidence'),
            ],
            rows,
          ),
        ]
      : []),
    ...(a.clear ? [`${cell(t(a.clear))}.\n`] : []),
  ];
}

/** The three estate sections, in order. */
export function estateMarkdown(r: ComplianceReport, lang: Lang): string[] {
  return [...national(r, lang), ...rented(r, lang), ...agencyTable(r, lang), ...agencyFindings(r, lang)];
}
