import { msg, text, type Site, type Text } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

// A DR site chosen so that one disaster cannot strike it and its primary together (TT 09/2020/TT-NHNN Art. 50.1(a),
// the banking analogue): no shared hazard area, no shared grid feeder. The distance between the two is DR-SITE-01's.
// An empty list says nothing: every site lies in some grid area and is fed by some feeder, so it counts as undeclared.

const declared = (list: readonly string[] | undefined): readonly string[] | undefined => (list && list.length > 0 ? list : undefined);

const shared = (a: readonly string[] | undefined, b: readonly string[] | undefined): string[] => (a && b ? a.filter((x) => b.includes(x)) : []);

interface Facts {
  readonly hazards: string[];
  readonly feeds: string[];
  /** What is not declared, naming the site. */
  readonly missing: Text[];
}

function factsOf(dr: Site, primary: Site): Facts {
  const missing: Text[] = [];
  for (const s of [primary, dr]) {
    if (!declared(s.hazardZones)) missing.push(text(`vùng chịu rủi ro thiên tai của ${s.name}`, `the hazardZones of ${s.name}`));
    if (!declared(s.powerFeeds)) missing.push(text(`nguồn cấp điện lưới của ${s.name}`, `the powerFeeds of ${s.name}`));
  }
  return {
    hazards: shared(declared(dr.hazardZones), declared(primary.hazardZones)),
    feeds: shared(declared(dr.powerFeeds), declared(primary.powerFeeds)),
    missing,
  };
}

function sharedText(f: Facts): Text {
  const parts: Text[] = [];
  if (f.hazards.length > 0) parts.push(msg('DC-04.shared-hazards', { n: f.hazards.length, list: f.hazards.join(', ') }));
  if (f.feeds.length > 0) parts.push(msg('DC-04.shared-feeds', { n: f.feeds.length, list: f.feeds.join(', ') }));
  return text(parts.map((p) => p.vi).join(' và '), parts.map((p) => p.en).join(' and '));
}

function outcomeOf(ctx: ModelContext, dr: Site, primary: Site): Outcome {
  const level = Math.max(1, ctx.index.siteLevel(dr.name), ctx.index.siteLevel(primary.name));
  const base = { target: `sites/${dr.name}`, source: dr.source, level };
  const f = factsOf(dr, primary);
  if (f.hazards.length > 0 || f.feeds.length > 0) {
    const both = sharedText(f);
    return {
      ...base,
      status: 'fail',
      path: ['spec', f.hazards.length > 0 ? 'hazardZones' : 'powerFeeds'],
      message: text(
        `Trung tâm dự phòng ${dr.name} và trung tâm chính ${primary.name} có ${both.vi}: một sự cố thiên tai hoặc lưới điện có thể ảnh hưởng đồng thời cả hai trung tâm.`,
        `DR site ${dr.name} shares ${both.en} with its primary ${primary.name}: one disaster or grid failure can strike both sites at once.`,
      ),
    };
  }
  if (f.missing.length > 0) {
    const list = text(f.missing.map((m) => m.vi).join(', '), f.missing.map((m) => m.en).join(', '));
    return {
      ...base,
      status: 'manual',
      path: ['spec'],
      message: text(
        `Chưa khai báo ${list.vi}; cần báo cáo đánh giá rủi ro khi chọn địa điểm trung tâm dự phòng ${dr.name} và thông tin nguồn cấp điện lưới của hai trung tâm để xác nhận hai trung tâm không chịu cùng rủi ro.`,
        `Not declared: ${list.en}; the risk assessment behind the choice of DR site ${dr.name} and the utility feeds of both sites are needed to confirm that they do not share a hazard.`,
      ),
    };
  }
  return {
    ...base,
    status: 'pass',
    path: ['spec', 'hazardZones'],
    message: text(
      `Trung tâm dự phòng ${dr.name} và trung tâm chính ${primary.name} không cùng vùng chịu rủi ro và không cùng nguồn cấp điện lưới.`,
      `DR site ${dr.name} shares no hazard zone and no power feed with its primary ${primary.name}.`,
    ),
  };
}

export const DC_04: ModelRule = {
  id: 'DC-04',
  title: text(
    'Trung tâm dự phòng không cùng vùng chịu rủi ro và nguồn cấp điện lưới với trung tâm chính',
    'The DR site shares no hazard zone and no power feed with its primary',
  ),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'tt09-2020-nhnn', article: '50', clause: '1', point: 'a' }],
  confidence: 'practice',
  confidenceNote: text(
    'Không văn bản nào đặt yêu cầu này cho cơ quan nhà nước: nguyên tắc chọn địa điểm dự phòng sao cho một thảm họa (lũ lụt, bão, sự cố lưới điện) không ảnh hưởng đồng thời cả hai trung tâm lấy theo Thông tư số 09/2020/TT-NHNN của ngành ngân hàng. Khoảng cách giữa hai trung tâm do quy tắc DR-SITE-01 kiểm tra, quy tắc này không kiểm tra lại.',
    'No text sets this for state agencies: choosing the DR site so that one disaster (flood, storm, grid failure) cannot strike both sites follows the banking Circular 09/2020/TT-NHNN. The distance between the two sites is checked by DR-SITE-01, not again here.',
  ),
  remediation: text(
    'Khai báo vùng chịu rủi ro (`hazardZones`) và nguồn cấp điện lưới (`powerFeeds`) của trung tâm chính và trung tâm dự phòng theo báo cáo đánh giá rủi ro; nếu hai trung tâm cùng vùng chịu rủi ro hoặc cùng nguồn cấp điện, chọn địa điểm dự phòng khác hoặc bổ sung nguồn cấp điện độc lập.',
    'Declare the `hazardZones` and `powerFeeds` of the primary and DR sites from the risk assessment; where the two sites share a hazard zone or a feed, choose another DR site or add an independent utility feed.',
  ),
  evidence: [
    text('Báo cáo đánh giá rủi ro khi chọn địa điểm trung tâm dự phòng', 'The risk assessment made when the DR site was chosen'),
    text(
      'Thông tin nguồn cấp điện lưới (đường dây, trạm biến áp) của trung tâm chính và trung tâm dự phòng',
      'The utility feeds (lines, substations) of the primary and the DR site',
    ),
  ],
  scope: 'model',
  check: (ctx) =>
    ctx.model.sites.flatMap((dr) => {
      const primary = dr.role === 'dr' && dr.drFor ? ctx.index.site.get(dr.drFor) : undefined;
      return primary ? [outcomeOf(ctx, dr, primary)] : [];
    }),
};
