// The estate in the compliance report and the level dossier, as a reader sees it: the connections to national
// systems with their operator and network, the rented services with provider and contract, the agency edge with its
// computers and the agency-edge findings of the evaluation. Built from a small inventory of its own
// (fixtures-estate/), never from the bundled provinces' exact content.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Evaluation } from '../../modules/evaluation/index.js';
import type { Finding } from '../../modules/model/index.js';
import { complianceReport, renderComplianceReport, renderDossier } from '../../modules/report/index.js';
import { renderBlocksMarkdown } from '../../modules/report/docx/blocks.js';
import { renderDocx } from '../../modules/report/docx/common.js';
import { dossierDocument } from '../../modules/report/docx/dossier.js';
import { evaluateDir } from '../helpers.js';
import { authoredText, offences } from '../i18n/scan.js';
import { documentText } from './office-helpers.js';

const DIR = 'test/report/fixtures-estate';
let evaluation: Evaluation;

beforeAll(async () => {
  evaluation = await evaluateDir(DIR);
});

const options = (lang: 'vi' | 'en') => ({
  asOf: evaluation.selection.asOf,
  version: '9.9.9',
  lang,
  plan: evaluation.plan,
  ruleset: evaluation.selection.ruleset.id,
});

/** The Markdown from a heading to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.indexOf(' ');
  const next = new RegExp(`\\n#{1,${level}} `, 'g');
  next.lastIndex = start + heading.length;
  const end = next.exec(markdown)?.index;
  return markdown.slice(start, end);
}

const rowOf = (text: string, needle: string): string => text.split('\n').find((l) => l.startsWith('|') && l.includes(needle)) ?? '';

describe('report: connections to national systems', () => {
  test('each flow to a national system names it, who runs it, the network taken, the zone and the system', async () => {
    const { markdown } = await renderComplianceReport(evaluation.model, evaluation.findings, options('vi'));
    const national = section(markdown, '## Kết nối với hệ thống quốc gia');
    const vdxp = rowOf(national, '`qlvb-to-vdxp`');
    expect(vdxp).toContain('Trục liên thông văn bản quốc gia (VDXP)');
    expect(vdxp).toContain('Văn phòng Chính phủ');
    expect(vdxp).toContain('mạng truyền số liệu chuyên dùng');
    // No `via` on the flow: the network is the catalogue's practice default, and the report says so.
    expect(vdxp).toContain('mặc định theo thực tiễn');
    expect(vdxp).toContain('`thue-app`');
    expect(vdxp).toContain('Hệ thống quản lý văn bản và điều hành');
    // `via` wins over the endpoint's usual network.
    expect(rowOf(national, '`app-to-vneid`')).toContain('kênh truyền riêng');
    expect(rowOf(national, '`app-to-vneid`')).toContain('Bộ Công an');
    // A national system the catalogue names no operator for.
    expect(rowOf(national, '`app-to-paygov`')).toContain('chưa xác định trong tài liệu');
    // A national database the province declares itself.
    expect(rowOf(national, '`app-to-csdl-dat-dai`')).toContain('Cơ sở dữ liệu đất đai quốc gia');
    // Networks and field devices are not national systems.
    expect(national).not.toContain('`internet-to-dmz`');
    expect(rowOf(national, '`camera-to-iot`')).toBe('');
    // The province's own endpoints, with their category.
    const declared = section(national, '### Hệ thống, mạng bên ngoài do tỉnh khai báo');
    expect(rowOf(declared, '`camera-giao-thong`')).toContain('thiết bị hiện trường (camera, cảm biến)');
    expect(rowOf(declared, '`csdl-dat-dai`')).toContain('Luật Đất đai số 31/2024/QH15');
  });

  test('in English an operator the catalogue does not give is "not stated"', async () => {
    const { markdown } = await renderComplianceReport(evaluation.model, evaluation.findings, options('en'));
    const national = section(markdown, '## Connections to national systems');
    expect(rowOf(national, '`app-to-paygov`')).toContain('not stated');
    expect(rowOf(national, '`qlvb-to-vdxp`')).toContain('Government Office');
    // The English title already carries the abbreviation: it is not repeated.
    expect(rowOf(national, '`qlvb-to-vdxp`')).not.toContain('(VDXP) (VDXP)');
  });
});

describe('report: rented services', () => {
  test('providers, provider-owned sites, rented systems with their contract, and the four layers', async () => {
    const { markdown } = await renderComplianceReport(evaluation.model, evaluation.findings, options('vi'));
    const rented = section(markdown, '## Dịch vụ thuê ngoài');
    expect(rowOf(rented, '`soc-b`')).toContain('doanh nghiệp cung cấp dịch vụ an toàn thông tin');
    expect(rowOf(rented, '`dc-thue`')).toContain('của nhà cung cấp dịch vụ (Tổng công ty Viễn thông Mẫu)');
    expect(rowOf(rented, '`dc-chinh`')).toContain('của tỉnh');
    const qlvb = rowOf(rented, '`qlvb`');
    expect(qlvb).toContain('thuê dịch vụ phần mềm');
    expect(qlvb).toContain('Tổng công ty Viễn thông Mẫu; vận hành hệ thống');
    expect(qlvb).toContain('hợp đồng số 27/2025/HĐ-QLVB ngày 15/03/2025');
    // A system on the province's premises is not a rented one.
    expect(rowOf(rented, '`cong-ttdt`')).toBe('');
    expect(rowOf(rented, 'giám sát, bảo vệ chuyên nghiệp')).toContain('hợp đồng số 15/2026/HĐ-SOC ngày 01/03/2026, hết hạn ngày 28/02/2029');
    expect(rowOf(rented, 'lực lượng tại chỗ')).toContain('tự thực hiện');
    // A layer the inventory leaves out is shown as not declared, never dropped.
    expect(rowOf(rented, 'kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia')).toContain('chưa khai báo');
  });

  test('inventory text is escaped in both formats', async () => {
    const { markdown, html } = await renderComplianceReport(evaluation.model, evaluation.findings, options('vi'));
    expect(html).not.toContain('<b>24/7</b>');
    expect(html).toContain('&lt;b&gt;24/7&lt;/b&gt;');
    expect(markdown).not.toContain('<b>');
  });
});

/** Agency-edge findings as the rules would make them, and one of another rule about an agency. */
function agencyFindings(): Finding[] {
  const base = { domain: 'network', severity: 'warning', ruleset: evaluation.selection.ruleset.id } as const;
  return [
    {
      ...base,
      rule: 'AGY-EDGE-01',
      status: 'fail',
      target: 'agencies/xa-doan-ket',
      message: { vi: 'Ủy ban nhân dân xã Đoàn Kết không có tường lửa <i>biên</i>', en: 'Commune A has no edge firewall' },
      location: { file: `${DIR}/inventory.yaml`, line: 213, column: 11 },
      remediation: { vi: 'Đặt tường lửa, khai báo `edge`', en: 'Install a firewall, declare `edge`' },
    },
    { ...base, rule: 'AGY-EDGE-01', status: 'pass', target: 'agencies/so-khcn', message: { vi: 'Có tường lửa', en: 'Has a firewall' } },
    { ...base, rule: 'AGY-AM-01', status: 'manual', target: 'agencies/xa-quoc-khanh', message: { vi: 'Chưa khai báo số máy tính', en: 'No computer figures' } },
    { ...base, rule: 'AU-02', status: 'fail', target: 'agencies/xa-quoc-khanh', message: { vi: 'Thiếu mã đơn vị hành chính', en: 'No official code' } },
  ];
}

describe('report: agency edge', () => {
  test('one row per agency with a TSLCD link or edge data, with its computers, endpoints and desks', async () => {
    const { markdown, data } = await renderComplianceReport(evaluation.model, evaluation.findings, options('vi'));
    const edge = section(markdown, '## Biên mạng của các cơ quan');
    const khcn = rowOf(edge, '`so-khcn`');
    expect(khcn).toContain('Sở Khoa học và Công nghệ');
    expect(khcn).toContain('sở, ngành');
    expect(khcn).toContain('có (Fortinet FortiGate 60F)');
    expect(khcn).toContain('có (Nhà mạng A, 200 Mb/s)');
    expect(khcn).toContain('7.390/7.559 máy trạm (97,8\u00a0%)');
    expect(rowOf(edge, '`xa-doan-ket`')).toMatch(/\| xã \| có \| không \| không \| 20\/25 máy trạm/);
    expect(rowOf(edge, '`xa-quoc-khanh`')).toContain('chưa khai báo');
    // An agency with neither a TSLCD link nor edge data has no row.
    expect(rowOf(edge, '`so-tc`')).toBe('');
    expect(data.estate.agencies.rows.map((r) => r.name)).toEqual(['so-khcn', 'xa-doan-ket', 'xa-quoc-khanh']);
    // Totals through the message catalogue, the province's own figures with their date and source.
    expect(edge).toContain('3 cơ quan có kết nối mạng truyền số liệu chuyên dùng');
    expect(edge).toContain('tường lửa tại điểm kết nối: 1 có, 1 không, 1 chưa khai báo');
    expect(edge).toContain('3 điểm cầu truyền hình trực tuyến');
    expect(edge).toContain('Số liệu toàn tỉnh');
    expect(edge).toContain('71/80 máy chủ (88,8\u00a0%)');
    expect(edge).toContain('tính đến ngày 30/06/2020');
  });

  test('English totals use the plural forms of the catalogue', async () => {
    const { markdown } = await renderComplianceReport(evaluation.model, evaluation.findings, options('en'));
    const edge = section(markdown, '## Agency edge');
    expect(edge).toContain('3 agencies with a government data network link or edge data');
    expect(edge).toContain('3 video-conference endpoints');
    expect(edge).toContain('2 one-stop desks');
    expect(rowOf(edge, '`so-khcn`')).toContain('7,390/7,559 workstations (97.8%)');
  });

  test('the agency-edge findings come from the evaluation, grouped per agency', async () => {
    const data = complianceReport(evaluation.model, agencyFindings(), options('vi'));
    expect(data.estate.agencies.groups.map((g) => [g.agency, g.findings.map((f) => `${f.rule} ${f.status}`)])).toEqual([
      ['xa-doan-ket', ['AGY-EDGE-01 fail']],
      ['xa-quoc-khanh', ['AGY-AM-01 manual']],
    ]);
    expect(data.estate.agencies.checked).toBe(3);
    const { renderReportMarkdown } = await import('../../modules/report/markdown.js');
    const findings = section(renderReportMarkdown(data, 'vi'), '### Kết quả kiểm tra biên mạng theo cơ quan');
    const row = rowOf(findings, '`AGY-EDGE-01`');
    expect(row).toContain('Ủy ban nhân dân xã Đoàn Kết');
    expect(row).toContain('Không đạt (cảnh báo)');
    expect(row).toContain(`\`${DIR}/inventory.yaml:213:11\``);
    expect(row).not.toContain('<i>');
    // Another rule's finding about an agency stays in the shared-infrastructure section.
    expect(findings).not.toContain('AU-02');
    expect(findings).toContain('1 cơ quan đạt mọi kiểm tra về biên mạng và phòng, chống mã độc');
    // Nothing is recomputed: without findings the section says there are none.
    const none = complianceReport(evaluation.model, [], options('vi'));
    expect(none.estate.agencies.groups).toEqual([]);
    expect(renderReportMarkdown(none, 'vi')).toContain('Chưa có kết quả kiểm tra nào về biên mạng của các cơ quan.');
  });

  test('with the real checks, every agency-edge finding that needs attention has its row once', async () => {
    const { data, html } = await renderComplianceReport(evaluation.model, evaluation.findings, options('vi'));
    const expected = evaluation.findings
      .filter((f) => f.target.startsWith('agencies/') && f.rule.startsWith('AGY-') && ['fail', 'due', 'waived', 'manual'].includes(f.status))
      .map((f) => `${f.target} ${f.rule} ${f.status}`)
      .sort();
    const shown = data.estate.agencies.groups.flatMap((g) => g.findings.map((f) => `agencies/${g.agency} ${f.rule} ${f.status}`)).sort();
    expect(shown).toEqual(expected);
    const edge = html.slice(html.indexOf('<section id="agency-edge"'), html.indexOf('</section>', html.indexOf('<section id="agency-edge"')));
    expect(edge.match(/<tr class="finding /g) ?? []).toHaveLength(expected.length);
  });

  test('the HTML has the three sections in its table of contents', async () => {
    const { html } = await renderComplianceReport(evaluation.model, evaluation.findings, options('vi'));
    for (const id of ['national', 'rented', 'agency-edge']) {
      expect(html).toContain(`<a href="#${id}">`);
      expect(html).toContain(`<section id="${id}"`);
    }
    expect(html).toMatch(/<tr data-flow="qlvb-to-vdxp" data-external="vdxp" data-path="tslcd">/);
    expect(html).toContain('<tr data-agency="so-khcn" data-firewall="yes" data-internet="yes">');
  });
});

describe('dossier of a rented system', () => {
  test('Markdown and HTML name the provider as operator under its contract, the service model and the national path', async () => {
    const { markdown, html } = await renderDossier(evaluation.model, evaluation.findings, 'qlvb', options('vi'));
    expect(rowOf(markdown, 'Đơn vị vận hành')).toContain(
      'Tổng công ty Viễn thông Mẫu — nhà cung cấp dịch vụ (doanh nghiệp viễn thông), vận hành hệ thống theo hợp đồng số 27/2025/HĐ-QLVB ngày 15/03/2025',
    );
    expect(rowOf(markdown, 'Hình thức cung cấp')).toContain('thuê dịch vụ phần mềm');
    const flow = rowOf(markdown, '`qlvb-to-vdxp`');
    expect(flow).toContain('Trục liên thông văn bản quốc gia');
    expect(flow).toContain('mạng truyền số liệu chuyên dùng');
    expect(rowOf(markdown, '`dc-thue`')).toContain('của nhà cung cấp dịch vụ (Tổng công ty Viễn thông Mẫu)');
    expect(html).toContain('vận hành hệ thống theo hợp đồng số 27/2025/HĐ-QLVB ngày 15/03/2025');
    // The site's role in words, never the enum value.
    expect(html).not.toMatch(/<td>(primary|dr|other)<\/td>/);
  });

  test('the Word document says who operates it and under which contract, in both languages', async () => {
    const vi = documentText(await renderDocx(dossierDocument(evaluation, 'qlvb', { lang: 'vi', version: '9.9.9' }))).text;
    expect(vi).toContain('Tên đơn vị vận hành\nTổng công ty Viễn thông Mẫu\nTư cách vận hành');
    expect(vi).toContain('nhà cung cấp dịch vụ (doanh nghiệp viễn thông), vận hành hệ thống theo hợp đồng số 27/2025/HĐ-QLVB ngày 15/03/2025');
    expect(vi).toContain('thuê dịch vụ phần mềm — Tổng công ty Viễn thông Mẫu');
    const en = renderBlocksMarkdown(dossierDocument(evaluation, 'qlvb', { lang: 'en', version: '9.9.9' }));
    expect(rowOf(en, 'Capacity')).toContain('the service provider (telecom operator), operating the system under contract 27/2025/HĐ-QLVB of 2025-03-15');
    const flows = renderBlocksMarkdown(dossierDocument(evaluation, 'cong-ttdt', { lang: 'vi', version: '9.9.9' }));
    expect(rowOf(flows, 'nền tảng định danh và xác thực điện tử')).toContain('kênh truyền riêng');
  });

  test('an operator that is an agency keeps its title and no contract wording', async () => {
    const { data } = await renderDossier(evaluation.model, evaluation.findings, 'cong-ttdt', options('vi'));
    expect(data.system.operatorRole).toBeUndefined();
    expect(data.system.service?.vi).toBe('tự đầu tư, vận hành tại trung tâm dữ liệu của tỉnh');
  });
});

test('the Vietnamese outputs of the estate read as an administrative document', async () => {
  const { model, findings } = evaluation;
  const slugs = model.agencies.map((a) => a.name);
  const authored = authoredText(model, findings);
  const bad: string[] = [];
  const { markdown } = await renderComplianceReport(model, findings, options('vi'));
  bad.push(...offences(markdown, slugs, authored).map((o) => `report ${o}`));
  for (const s of model.systems) {
    bad.push(...offences((await renderDossier(model, findings, s.name, options('vi'))).markdown, slugs, authored).map((o) => `dossier ${s.name} ${o}`));
    bad.push(
      ...offences(renderBlocksMarkdown(dossierDocument(evaluation, s.name, { lang: 'vi', version: '9.9.9' })), slugs, authored).map(
        (o) => `docx ${s.name} ${o}`,
      ),
    );
  }
  expect(bad).toEqual([]);
});
