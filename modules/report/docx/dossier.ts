// The level proposal dossier (hồ sơ đề xuất cấp độ) of one system as a Word document: the three parts of the
// explanation TT 12/2022 Art. 8.2 and NĐ 331/2026 Art. 22.2 ask for (overview, proposed level, security plan), from
// the evaluation. Pure: the evaluation in, the document model out (common.ts writes it as .docx).
import { minimumLevel, type AnnexSystemGrid, type RulesetId } from '../../baseline/index.js';
import type { Evaluation } from '../../evaluation/index.js';
import {
  CRITERION_LABELS,
  DEVICE_KIND_LABELS,
  durationText,
  DR_MODE_NAMES,
  EVIDENCE_LABELS,
  msgIn,
  provinceHeading,
  externalLabel,
  REDUNDANCY_LABELS,
  roleLabel,
  SEVERITY_LABELS,
  SYSTEM_TYPE_LABELS,
  thousands,
  ZONE_KIND_LABELS,
  type Flow,
  type Lang,
  type Model,
  type System,
} from '../../model/index.js';
import { systemOf } from '../../rules/index.js';
import { dossier as technicalAnnex, type Dossier } from '../dossier.js';
import { dateText, fields, heading, list, para, say, table, type Block, type DocModel } from './blocks.js';
import { richPlain } from '../rich.js';
import { agencyName, annexStatusText, legalTexts, riskAcceptances, riskAcceptanceTable } from './shared.js';

export interface DossierDocOptions {
  readonly lang: Lang;
  readonly version: string;
}

/** What the model cannot say about an agency (TT 12 Art. 8.3(a)–(b)): to be completed by hand. */
const missingContact = (lang: Lang) =>
  say(lang)(
    'Quy định chức năng, nhiệm vụ, quyền hạn; người đại diện, chức vụ; địa chỉ; số điện thoại, thư điện tử: mô hình hạ tầng không lưu các thông tin này, cơ quan lập hồ sơ bổ sung.',
    'Functions and mandate, representative and position, address, telephone and e-mail: the inventory does not hold these; the agency preparing the dossier adds them.',
  );

function zoneLabel(model: Model, name: string, lang: Lang): string {
  const z = model.zones.find((x) => x.name === name);
  return z ? `${z.title ?? ZONE_KIND_LABELS[z.zoneKind][lang]} (${z.name})` : name;
}

function endpointLabel(model: Model, e: Flow['from'], lang: Lang): string {
  if (e.type === 'zone') return zoneLabel(model, e.zone, lang);
  if (e.type === 'external') return externalLabel(model, e.external, lang);
  return model.sites.find((s) => s.name === e.site)?.title ?? e.site;
}

/** Part I, 2: the operator (an agency, or a provider operating the system under contract). */
function operatorBlocks(d: Dossier, lang: Lang): Block[] {
  const tx = say(lang);
  const { operator, operatorRole } = d.system;
  return [
    heading(2, tx('2. Đơn vị vận hành hệ thống thông tin', '2. System operator')),
    fields(lang, [
      [tx('Tên đơn vị vận hành', 'Operator'), operator ?? tx('Chưa khai báo trong mô hình hạ tầng', 'Not declared in the inventory')],
      ...(operatorRole ? [[tx('Tư cách vận hành', 'Capacity'), operatorRole[lang]] as const] : []),
    ]),
    para(missingContact(lang), { italic: true }),
  ];
}

/** Part I, 1–3: owner, operator, scope and scale. */
function overview(model: Model, s: System, d: Dossier, lang: Lang): Block[] {
  const tx = say(lang);
  const sites = [...new Set(s.components.map((c) => model.zones.find((z) => z.name === c.zone)?.site))].filter((x): x is string => !!x);
  const siteNames = sites.map((n) => model.sites.find((x) => x.name === n)?.title ?? n);
  const dr =
    s.dr && s.dr.mode !== 'none'
      ? `${DR_MODE_NAMES[s.dr.mode][lang]}${s.dr.site ? ` — ${model.sites.find((x) => x.name === s.dr?.site)?.title ?? s.dr.site}` : ''}`
      : '';
  const hosting = {
    dedicated: tx('hạ tầng riêng', 'dedicated'),
    'shared-dc': tx('trung tâm dữ liệu dùng chung của tỉnh', 'shared data centre'),
    cloud: tx('điện toán đám mây', 'cloud'),
  };
  return [
    heading(2, tx('1. Chủ quản hệ thống thông tin', '1. System owner')),
    fields(lang, [[tx('Tên chủ quản', 'Owner'), agencyName(model, s.owner) ?? '—']]),
    para(missingContact(lang), { italic: true }),
    ...operatorBlocks(d, lang),
    heading(2, tx('3. Phạm vi, quy mô của hệ thống', '3. Scope and scale')),
    fields(lang, [
      [tx('Mô tả', 'Description'), s.description ?? '—'],
      [
        tx('Đối tượng phục vụ', 'Who it serves'),
        s.citizenFacing
          ? tx('người dân, doanh nghiệp và cơ quan nhà nước', 'citizens, businesses and agencies')
          : tx('hoạt động nội bộ của cơ quan nhà nước', 'internal use of agencies'),
      ],
      [tx('Hình thức triển khai', 'Hosting'), s.hosting ? hosting[s.hosting] : '—'],
      [tx('Hình thức cung cấp', 'Service model'), d.system.service?.[lang] ?? tx('chưa khai báo', 'not declared')],
      [tx('Địa điểm triển khai', 'Sites'), siteNames.join('; ') || '—'],
      [tx('Phương án dự phòng', 'Disaster recovery'), dr || tx('không có', 'none')],
      [
        tx('Thời gian khôi phục tối đa / dữ liệu mất tối đa', 'RTO / RPO'),
        `${s.rtoMinutes !== undefined ? durationText(s.rtoMinutes, lang) : '—'} / ${s.rpoMinutes !== undefined ? durationText(s.rpoMinutes, lang) : '—'}`,
      ],
      [tx('Số thành phần / số máy chủ', 'Components / servers'), `${s.components.length} / ${s.components.reduce((n, c) => n + (c.replicas ?? 1), 0)}`],
      [tx('Dung lượng dữ liệu', 'Data size'), s.data ? `${thousands(s.data.sizeGiB, lang)} GiB` : '—'],
      [
        tx('Ngày đưa vào vận hành', 'In operation since'),
        s.inOperationSince ? dateText(s.inOperationSince, lang) : tx('chưa đưa vào vận hành', 'not yet in operation'),
      ],
    ]),
  ];
}

/** Part I, 4: logical and physical model, devices, services with their server OS. */
function architecture(model: Model, s: System, d: Dossier, lang: Lang): Block[] {
  const tx = say(lang);
  const flows = model.flows.filter((f) => d.flows.some((x) => x.name === f.name));
  return [
    heading(2, tx('4. Kiến trúc hệ thống', '4. Architecture')),
    heading(3, tx('4.1. Mô hình lô-gic: các luồng kết nối', '4.1. Logical model: flows')),
    table(
      [tx('Từ', 'From'), tx('Đến', 'To'), tx('Giao thức, cổng', 'Ports'), tx('Mạng kết nối', 'Network'), tx('Mục đích', 'Purpose')],
      flows.map((f) => {
        const row = d.flows.find((x) => x.name === f.name);
        return [endpointLabel(model, f.from, lang), endpointLabel(model, f.to, lang), row?.ports ?? '', row?.path?.[lang] ?? '—', f.purpose];
      }),
      [4, 4, 3, 3, 4],
    ),
    heading(3, tx('4.2. Mô hình vật lý: địa điểm', '4.2. Physical model: sites')),
    table(
      [tx('Địa điểm', 'Site'), tx('Vai trò', 'Role'), tx('Sở hữu', 'Ownership'), tx('Địa chỉ', 'Address')],
      model.sites.flatMap((x) => d.sites.filter((y) => y.name === x.name)).map((x) => [x.title, x.roleLabel[lang], x.ownershipLabel[lang], x.address ?? '—']),
      [4, 3, 4, 5],
    ),
    heading(3, tx('4.3. Danh mục thiết bị và thiết bị mạng chính', '4.3. Devices and main network devices')),
    table(
      [
        tx('Thiết bị', 'Device'),
        tx('Chủng loại', 'Kind'),
        tx('Vị trí triển khai', 'Location'),
        tx('Dự phòng', 'Redundancy'),
        tx('Mục đích sử dụng', 'Purpose'),
      ],
      model.devices
        .filter((x) => d.devices.some((y) => y.name === x.name))
        .map((x) => [
          [x.name, [x.vendor, x.model].filter(Boolean).join(' ')].filter(Boolean).join(' — '),
          DEVICE_KIND_LABELS[x.deviceKind][lang],
          `${model.sites.find((y) => y.name === x.site)?.title ?? x.site}${x.zone ? `; ${zoneLabel(model, x.zone, lang)}` : ''}`,
          `${REDUNDANCY_LABELS[x.redundancy][lang]}, ${msgIn(lang, 'count.units', { n: x.count ?? 1 })}`,
          x.description ?? '—',
        ]),
      [3, 3, 4, 3, 5],
    ),
    heading(3, tx('4.4. Danh mục ứng dụng, dịch vụ', '4.4. Applications and services')),
    table(
      [
        tx('Dịch vụ', 'Service'),
        tx('Chức năng', 'Role'),
        tx('Vị trí triển khai', 'Location'),
        tx('Hệ điều hành máy chủ', 'Server OS'),
        tx('Số máy chủ', 'Servers'),
        tx('Công bố ra Internet', 'Public'),
      ],
      s.components.map((c) => [
        c.name,
        roleLabel(c.role, lang),
        zoneLabel(model, c.zone, lang),
        c.os ?? tx('chưa khai báo', 'not declared'),
        String(c.replicas ?? 1),
        c.public ? tx('có', 'yes') : tx('không', 'no'),
      ]),
      [2, 3, 4, 4, 2, 2],
    ),
  ];
}

/** Part I, 4.5–4.6: zones with their private addresses, and the public address ranges. */
function addressing(model: Model, d: Dossier, lang: Lang): Block[] {
  const tx = say(lang);
  const pub = model.province.addressPools.filter((p) => p.purpose === 'public');
  return [
    heading(3, tx('4.5. Quy hoạch vùng mạng và địa chỉ IP nội bộ', '4.5. Zones and private addresses')),
    table(
      [tx('Vùng mạng', 'Zone'), tx('Loại vùng', 'Kind'), 'VLAN', 'IPv4', 'IPv6', tx('Hệ thống đặt tại vùng', 'System in zone')],
      d.zones.map((z) => [
        zoneLabel(model, z.zone, lang),
        ZONE_KIND_LABELS[z.kind as keyof typeof ZONE_KIND_LABELS]?.[lang] ?? z.kind,
        z.vlan === undefined ? '—' : String(z.vlan),
        [z.ipv4, z.ipv4Gateway ? `${tx('cổng', 'gateway')} ${z.ipv4Gateway}` : ''].filter(Boolean).join('; ') || '—',
        [z.ipv6, z.ipv6Gateway ? `${tx('cổng', 'gateway')} ${z.ipv6Gateway}` : ''].filter(Boolean).join('; ') || '—',
        z.used ? tx('có', 'yes') : '',
      ]),
      [5, 3, 1, 4, 4, 2],
    ),
    heading(3, tx('4.6. Địa chỉ IP công khai', '4.6. Public addresses')),
    pub.length > 0
      ? table(
          [tx('Dải địa chỉ', 'Prefix'), tx('Họ địa chỉ', 'Family'), tx('Mô tả', 'Description')],
          pub.map((p) => [p.prefix, p.family === 'ipv4' ? 'IPv4' : 'IPv6', p.description ?? '—']),
          [3, 1, 6],
        )
      : para(tx('Mô hình hạ tầng chưa khai báo dải địa chỉ IP công khai.', 'The inventory declares no public address range.')),
  ];
}

/** Part II: the proposed level and its legal basis, the information processed and the type of system. */
function proposal(s: System, ruleset: RulesetId, lang: Lang): Block[] {
  const tx = say(lang);
  const min = minimumLevel(s, ruleset);
  const info = [
    tx('thông tin công cộng', 'public information'),
    ...(s.personalDataSubjects
      ? [
          tx(
            `dữ liệu cá nhân cơ bản của ${thousands(s.personalDataSubjects, lang)} chủ thể`,
            `basic personal data of ${thousands(s.personalDataSubjects, lang)} data subjects`,
          ),
        ]
      : []),
    ...(s.sensitivePersonalDataSubjects
      ? [
          tx(
            `dữ liệu cá nhân nhạy cảm của ${thousands(s.sensitivePersonalDataSubjects, lang)} chủ thể`,
            `sensitive personal data of ${thousands(s.sensitivePersonalDataSubjects, lang)} data subjects`,
          ),
        ]
      : []),
    ...(s.stateSecret ? [tx('thông tin bí mật nhà nước', 'state secrets')] : []),
  ];
  return [
    fields(lang, [
      [tx('Tên hệ thống thông tin', 'System'), s.title],
      [tx('Cấp độ đề xuất', 'Proposed level'), tx(`Cấp độ ${s.level}`, `Level ${s.level}`)],
      [tx('Loại hệ thống thông tin', 'System type'), SYSTEM_TYPE_LABELS[s.criterion][lang]],
      [tx('Tiêu chí xác định cấp độ', 'Criterion'), CRITERION_LABELS[s.criterion][lang]],
      [tx('Loại thông tin được xử lý', 'Information processed'), info.join('; ')],
      [
        tx('Số chủ thể dữ liệu cá nhân', 'Personal data subjects'),
        s.personalDataSubjects !== undefined ? thousands(s.personalDataSubjects, lang) : tx('chưa khai báo', 'not declared'),
      ],
      [
        tx('Số chủ thể dữ liệu cá nhân nhạy cảm', 'Sensitive personal data subjects'),
        s.sensitivePersonalDataSubjects !== undefined ? thousands(s.sensitivePersonalDataSubjects, lang) : tx('chưa khai báo', 'not declared'),
      ],
      [tx('Căn cứ đề xuất', 'Legal basis'), s.criterionNote ?? '—'],
      [tx('Cấp độ tối thiểu theo tiêu chí', 'Minimum level by the criteria'), `${tx('Cấp độ', 'Level')} ${min.level} — ${min.because[lang]}`],
    ]),
    ...(min.undecided
      ? [
          para(
            tx(
              `Chưa đủ thông tin để loại trừ cấp độ cao hơn: cần bổ sung ${min.undecided.vi}.`,
              `Not enough to rule out a higher level: declare ${min.undecided.en}.`,
            ),
            { italic: true },
          ),
        ]
      : []),
    ...(min.level > s.level
      ? [
          para(
            tx(
              `Cấp độ đề xuất thấp hơn cấp độ tối thiểu ${min.level} theo tiêu chí.`,
              `The proposed level is below the minimum level ${min.level} the criteria set.`,
            ),
            { bold: true },
          ),
        ]
      : []),
  ];
}

/** Part III: the plan per row of the annex of the level, the findings that fail, the temporary risk acceptances. */
function plan(evaluation: Evaluation, s: System, grid: AnnexSystemGrid, lang: Lang): Block[] {
  const tx = say(lang);
  const { model, findings, selection } = evaluation;
  const failing = findings.filter((f) => f.status === 'fail' && systemOf(f) === s.name);
  const own = (target: string) => target === `systems/${s.name}` || findings.some((f) => f.target === target && systemOf(f) === s.name);
  const accepted = riskAcceptances(
    model,
    findings,
    selection.asOf,
    (w) => own(w.target) || findings.some((f) => f.waiver === w.name && systemOf(f) === s.name),
  );
  const acceptedTable = riskAcceptanceTable(accepted, lang);
  const c = grid.counts;
  return [
    para(
      tx(
        `Phương án đối chiếu với từng yêu cầu của Phụ lục ${grid.annex} Thông tư số 12/2022/TT-BTTTT (cấp độ ${grid.level}): ${c.pass} đáp ứng, ${c.fail} chưa đáp ứng, ${c.due} chưa đến hạn, ${c.waived} chấp nhận rủi ro tạm thời, ${c.manual} cần kiểm tra, bổ sung bằng chứng.`,
        `The plan against each requirement of TT 12/2022 Annex ${grid.annex} (level ${grid.level}): ${c.pass} met, ${c.fail} not met, ${c.due} due later, ${c.waived} under temporary risk acceptance, ${c.manual} to check by hand.`,
      ),
    ),
    heading(2, tx('1. Phương án theo từng yêu cầu', '1. The plan per requirement')),
    table(
      [tx('Mục', 'Item'), tx('Yêu cầu', 'Requirement'), tx('Tình trạng', 'Status'), tx('Quy tắc kiểm tra', 'Rules')],
      grid.rows.map((r) => [
        r.item,
        r.requirement ? `${r.title[lang]}: ${r.requirement[lang]}` : r.title[lang],
        annexStatusText(r, lang),
        r.rules.join(', ') || '—',
      ]),
      [2, 8, 3, 3],
    ),
    heading(2, tx('2. Các yêu cầu chưa đáp ứng', '2. Requirements not met')),
    failing.length > 0
      ? table(
          [tx('Quy tắc', 'Rule'), tx('Mức độ', 'Severity'), tx('Nội dung', 'Finding'), tx('Biện pháp khắc phục', 'Remediation')],
          failing.map((f) => [
            `${f.rule}${f.title ? ` — ${f.title[lang]}` : ''}`,
            SEVERITY_LABELS[f.severity][lang],
            f.message[lang],
            f.remediation ? richPlain(f.remediation[lang]) : '—',
          ]),
          [4, 2, 6, 5],
        )
      : para(tx('Không có yêu cầu nào được kiểm tra là chưa đáp ứng.', 'No checked requirement fails.')),
    heading(2, tx('3. Chấp nhận rủi ro tạm thời', '3. Temporary risk acceptances')),
    accepted.length > 0
      ? table(acceptedTable.head, acceptedTable.rows, acceptedTable.widths)
      : para(tx('Không có chấp nhận rủi ro tạm thời nào liên quan đến hệ thống.', 'No temporary risk acceptance concerns the system.')),
    heading(2, tx('4. Văn bản, bằng chứng liên quan', '4. Related documents and evidence')),
    list(
      Object.entries(EVIDENCE_LABELS).flatMap(([kind, label]) => {
        const e = s.evidence[kind as keyof typeof s.evidence];
        return e ? [`${label[lang]}: ${[e.reference, e.by].filter(Boolean).join(' — ') || '—'} (${dateText(e.date, lang)})`] : [];
      }),
    ),
  ];
}

/** The dossier of one system as a document model; throws UnknownSystemError (modules/report/dossier.ts) for an unknown name. */
export function dossierDocument(evaluation: Evaluation, name: string, options: DossierDocOptions): DocModel {
  const { lang } = options;
  const tx = say(lang);
  const { model, selection } = evaluation;
  const d = technicalAnnex(model, evaluation.findings, name, { asOf: selection.asOf, version: options.version, plan: evaluation.plan });
  const s = model.systems.find((x) => x.name === name)!;
  const grid = evaluation.annex().find((g) => g.system === name)!;
  const law = legalTexts(selection.ruleset.id);
  const title = tx(`Hồ sơ đề xuất cấp độ: ${s.title}`, `Level proposal dossier: ${s.titleEn ?? s.title}`);
  return {
    lang,
    title,
    subject: tx('Thuyết minh hồ sơ đề xuất cấp độ an toàn hệ thống thông tin', 'Explanation of the security level proposal'),
    date: selection.asOf,
    footer: s.title,
    blocks: [
      para(`${provinceHeading(model.province).title[lang]} — ${tx('tính đến ngày', 'as of')} ${dateText(selection.asOf, lang)}`, {
        align: 'center',
        italic: true,
      }),
      para(
        tx(
          `Nội dung theo ${law.dossier.vi}. Số liệu lấy từ mô hình hạ tầng (mã băm SHA-256 ${model.hash.replace(/^sha256:/, '').slice(0, 16)}…), hatang phiên bản ${options.version}.`,
          `Content as required by ${law.dossier.en}. Figures from the inventory (SHA-256 ${model.hash.replace(/^sha256:/, '').slice(0, 16)}…), hatang ${options.version}.`,
        ),
        { italic: true },
      ),
      heading(1, tx('Phần I. Thuyết minh tổng quan về hệ thống thông tin', 'Part I. Overview of the information system')),
      ...overview(model, s, d, lang),
      ...architecture(model, s, d, lang),
      ...addressing(model, d, lang),
      heading(1, tx('Phần II. Thuyết minh về việc đề xuất cấp độ', 'Part II. The proposed level')),
      ...proposal(s, selection.ruleset.id, lang),
      heading(1, tx('Phần III. Thuyết minh phương án bảo đảm an toàn thông tin', 'Part III. The security plan')),
      ...plan(evaluation, s, grid, lang),
    ],
  };
}
