// The runbooks name what lies outside the province as an engineer needs it: national systems in words with the body
// that runs them and the network the flow takes, and, for a rented system, the provider and contract to call for the
// layer it rents; rented layers of the four-layer model name their provider. A small model, built in the test.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadInventory, type Flow, type Model } from '../../modules/model/index.js';
import { generateRunbooks } from '../../modules/runbook/index.js';
import { evaluateModel } from '../helpers.js';
import { offences } from '../i18n/scan.js';

const PROVIDER = 'Tổng công ty Dịch vụ Viễn thông | <b>VNPT</b>';

let files: { vi: Map<string, string>; en: Map<string, string> };
let plain: Map<string, string>;

/** The test/baseline/base inventory (one warm DR system, he-thong) with the estate of the format added. */
async function estateModel(): Promise<{ base: Model; model: Model }> {
  const loaded = await loadInventory('test/baseline/base');
  if (!loaded.model) throw new Error('fixture does not load');
  const base = loaded.model;
  const template = base.flows.find((f) => f.name === 'app-to-db')!;
  const out = (name: string, external: string, via?: Flow['via']): Flow => ({
    ...template,
    name,
    to: { type: 'external', external },
    ...(via ? { via } : {}),
  });
  const model: Model = {
    ...base,
    province: {
      ...base.province,
      providers: [
        { name: 'vnpt', title: PROVIDER, providerKind: 'telecom' },
        { name: 'soc-thue', title: 'Công ty An ninh mạng Mẫu', providerKind: 'security-service' },
      ],
      securityOperations: {
        layers: [
          { layer: 'on-site', sourcing: 'in-house' },
          { layer: 'monitoring', sourcing: 'rented', provider: 'soc-thue', contract: { reference: 'HĐ 45/2025', date: '2025-02-01' } },
        ],
      },
    },
    systems: base.systems.map((s) =>
      s.name === 'he-thong'
        ? {
            ...s,
            operator: 'vnpt',
            service: { model: 'saas' as const, provider: 'vnpt', contract: { reference: 'HĐ 12/2025/HĐDV', date: '2025-01-15', expires: '2027-01-14' } },
          }
        : s,
    ),
    flows: [
      ...base.flows.map((f) => (f.name === 'soc-to-national-soc' ? { ...f, via: 'tslcd' as const } : f)),
      out('app-to-vdxp', 'vdxp'),
      out('app-to-vneid', 'vneid', 'internet'),
      out('app-to-emc', 'emc'),
    ],
  };
  return { base, model };
}

function generate(model: Model, lang: 'vi' | 'en'): Map<string, string> {
  const evaluation = evaluateModel(model, { asOf: '2026-11-29' });
  const out = generateRunbooks(evaluation.model, { lang, ruleset: 'vn-nd331-2026', plan: evaluation.plan });
  return new Map(out.map((f) => [f.path, f.content]));
}

beforeAll(async () => {
  const { base, model } = await estateModel();
  files = { vi: generate(model, 'vi'), en: generate(model, 'en') };
  plain = generate(base, 'vi');
});

describe('national systems in the failover runbook', () => {
  test('the flows needed at the DR site name each national system in words, with its operator and the network', () => {
    const fo = files.vi.get('systems/he-thong/failover.md')!;
    expect(fo).toContain(
      '| `app-to-vdxp` | `dr-app` | Trục liên thông văn bản quốc gia (VDXP) — Văn phòng Chính phủ, qua mạng truyền số liệu chuyên dùng | `tcp/5432` |',
    );
    // The flow that says it goes over the Internet is shown so, not on the endpoint's usual path.
    expect(fo).toContain('| `app-to-vneid` | `dr-app` | nền tảng định danh và xác thực điện tử (VNeID) — Bộ Công an, qua mạng Internet |');
    expect(fo).toContain('| `internet-to-dmz` | mạng Internet | `dr-dmz` |');
  });

  test('before the decision the DR site’s connections are checked, and after it a test exchange with each', () => {
    const fo = files.vi.get('systems/he-thong/failover.md')!;
    const list =
      'hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC) — Bộ Khoa học và Công nghệ, qua mạng Internet; ' +
      'Trục liên thông văn bản quốc gia (VDXP) — Văn phòng Chính phủ, qua mạng truyền số liệu chuyên dùng; ' +
      'nền tảng định danh và xác thực điện tử (VNeID) — Bộ Công an, qua mạng Internet.';
    const pre = fo.slice(fo.indexOf('## 4.'), fo.indexOf('## 5.'));
    expect(pre).toContain(
      `- [ ] Trung tâm dự phòng có đường kết nối tới các hệ thống bên ngoài mà hệ thống trao đổi dữ liệu (đơn vị vận hành, mạng kết nối): ${list}`,
    );
    const acceptance = fo.slice(fo.indexOf('## 7.'), fo.indexOf('## 8.'));
    expect(acceptance).toContain(`- [ ] Trao đổi dữ liệu thử thành công với từng hệ thống bên ngoài ở mục 4: ${list}`);
    // The Internet itself is a network, not a system to exchange data with.
    expect(pre).not.toMatch(/kết nối\):.*mạng Internet;.*mạng Internet — /);
  });

  test('in English too', () => {
    const fo = files.en.get('systems/he-thong/failover.md')!;
    expect(fo).toContain('national document exchange axis (VDXP) — Government Office, over the government data network (TSLCD)');
    expect(fo).toContain('national e-identification and authentication platform (VNeID) — Ministry of Public Security, over the Internet');
  });

  test('a system without outside systems gets no such check', () => {
    expect(plain.get('systems/he-thong/failover.md')).not.toContain('hệ thống bên ngoài mà hệ thống trao đổi dữ liệu');
  });
});

describe('a rented system names its provider and contract', () => {
  const row = `Tổng công ty Dịch vụ Viễn thông \\| &lt;b&gt;VNPT&lt;/b&gt; (thuê dịch vụ phần mềm; hợp đồng HĐ 12/2025/HĐDV ngày 15/01/2025, hết hạn ngày 14/01/2027)`;

  test('failover: the provider among the roles, the party to call for the rented layer', () => {
    const fo = files.vi.get('systems/he-thong/failover.md')!;
    expect(fo).toContain(
      `| Nhà cung cấp dịch vụ | ${row} | Khôi phục lớp phần mềm thuê của hệ thống phía nhà cung cấp; đơn vị vận hành gọi nhà cung cấp khi sự cố ở lớp này, theo hợp đồng |`,
    );
    // The operator may be the provider: named by its title.
    expect(fo).toContain('| Đơn vị vận hành | Tổng công ty Dịch vụ Viễn thông \\| &lt;b&gt;VNPT&lt;/b&gt; |');
    expect(fo).not.toContain('<b>');
  });

  test('failback, restore drill and assessment checklist carry the provider too; English', () => {
    for (const path of ['failback.md', 'restore-drill.md', 'assessment.md']) {
      expect(files.vi.get(`systems/he-thong/${path}`), path).toContain(`| Nhà cung cấp dịch vụ (gọi khi sự cố ở lớp thuê) | ${row} |`);
    }
    expect(files.en.get('systems/he-thong/failover.md')).toContain(
      '(rented software (SaaS); contract HĐ 12/2025/HĐDV of 2025-01-15, expiring 2027-01-14) | Restores the rented software layer of the system on its side',
    );
  });

  test('a system on the province’s premises, or one that says nothing, has no provider row', () => {
    for (const [path, content] of plain) expect(content, path).not.toContain('Nhà cung cấp dịch vụ');
  });
});

describe('incident response', () => {
  test('a rented layer names its provider and contract; the national link its network', () => {
    const ir = files.vi.get('incident-response.md')!;
    expect(ir).toMatch(/^\| 2 \| Giám sát, bảo vệ chuyên nghiệp \| .*; Công ty An ninh mạng Mẫu \(thuê dịch vụ; hợp đồng HĐ 45\/2025 ngày 01\/02\/2025\) \|$/m);
    expect(ir).toContain(
      '| 4 | Kết nối hệ thống giám sát quốc gia | `soc-to-national-soc` (hệ thống giám sát an toàn không gian mạng quốc gia — qua mạng truyền số liệu chuyên dùng) |',
    );
    expect(plain.get('incident-response.md')).toContain('`soc-to-national-soc` (hệ thống giám sát an toàn không gian mạng quốc gia — qua mạng Internet)');
  });
});

test('the Vietnamese runbooks carry no English words, enum values or ISO dates', () => {
  const bad: string[] = [];
  // The prose: without the front matter (metadata) and link targets, as test/i18n/runbooks-cli.test.ts reads it.
  const prose = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\]\([^)\s]*\)/g, ']');
  for (const [path, content] of files.vi) {
    if (path.endsWith('.md')) bad.push(...offences(prose(content), ['so-khcn'], [PROVIDER, 'HĐ 12/2025/HĐDV']).map((o) => `${path} ${o}`));
  }
  expect(bad).toEqual([]);
  for (const content of files.vi.values()) expect(content).not.toMatch(/\b(saas|rented|tslcd|in-house)\b(?![`-])/);
});
