import { externalText, SOC_LAYER_LABELS, SOC_LAYERS, text, type Model, type SocLayer, type SocLayerName, type Text } from '../../model/index.js';
import type { ModelContext, ModelRule, Outcome } from '../rule.js';

// The four-layer model of CV 1552/BTTTT-CATTT (implementing CT 14/CT-TTg) as the Province declares it under
// `securityOperations`: one outcome per layer. The letter asks for every layer, in-house or rented, the periodic
// assessment by a unit independent of the monitoring one; it names no level, so the outcomes carry none.

const LAYERS = ['spec', 'securityOperations', 'layers'] as const;

const providerTitle = (model: Model, name: string): string => model.province.providers.find((p) => p.name === name)?.title ?? name;

/** Zones that send to the national monitoring system. */
const nationalFeeds = (model: Model): string[] =>
  model.flows.flatMap((f) => (f.from.type === 'zone' && f.to.type === 'external' && f.to.external === 'national-soc' ? [f.from.zone] : []));

/** The first problem of a declared layer, or undefined when it has none the model shows. */
function problemOf(ctx: ModelContext, l: SocLayer, label: Text): (Pick<Outcome, 'status' | 'message'> & { readonly field?: string }) | undefined {
  const { model } = ctx;
  if (l.sourcing === 'rented' && l.provider === undefined) {
    return {
      status: 'fail',
      field: 'sourcing',
      message: text(
        `Lớp ${label.vi} được khai báo là thuê dịch vụ nhưng không nêu nhà cung cấp dịch vụ.`,
        `The layer “${label.en}” is declared rented but names no provider.`,
      ),
    };
  }
  const monitoring = model.province.securityOperations?.layers.find((x) => x.layer === 'monitoring');
  if (l.layer === 'assessment' && l.sourcing === 'rented' && monitoring?.sourcing === 'rented' && monitoring.provider === l.provider) {
    const p = providerTitle(model, l.provider!);
    return {
      status: 'fail',
      field: 'provider',
      message: text(
        `Lớp ${label.vi} và lớp ${SOC_LAYER_LABELS.monitoring.vi} cùng thuê của ${p}: đơn vị kiểm tra, đánh giá định kỳ phải độc lập với đơn vị giám sát, bảo vệ.`,
        `The layer “${label.en}” and the layer “${SOC_LAYER_LABELS.monitoring.en}” are both rented from ${p}: the periodic assessment must be made by a unit independent of the monitoring one.`,
      ),
    };
  }
  if (l.layer === 'national-connection' && nationalFeeds(model).length === 0) {
    const soc = externalText(model, 'national-soc');
    return {
      status: 'fail',
      field: 'layer',
      message: text(
        `Lớp ${label.vi} được khai báo nhưng không có luồng nào từ một vùng mạng của tỉnh tới ${soc.vi}.`,
        `The layer “${label.en}” is declared but no flow goes from a zone of the province to the ${soc.en}.`,
      ),
    };
  }
  if (l.layer === 'on-site' && l.sourcing === 'rented') {
    return {
      status: 'manual',
      field: 'sourcing',
      message: text(
        `Lớp ${label.vi} được khai báo là thuê dịch vụ: lớp này là đầu mối đơn vị chuyên trách về an toàn thông tin mạng do tỉnh chỉ định, kiện toàn; cần văn bản chỉ định đơn vị chuyên trách.`,
        `The layer “${label.en}” is declared rented: this layer is the dedicated security unit the province designates; the designation is needed.`,
      ),
    };
  }
  if (l.sourcing === 'rented' && l.contract === undefined) {
    return {
      status: 'manual',
      field: 'provider',
      message: text(
        `Lớp ${label.vi} thuê dịch vụ của ${providerTitle(model, l.provider!)} nhưng không khai báo hợp đồng; cần hợp đồng thuê dịch vụ nêu phạm vi và trách nhiệm của nhà cung cấp.`,
        `The layer “${label.en}” is rented from ${providerTitle(model, l.provider!)} but cites no contract; the service contract stating the provider's scope and duties is needed.`,
      ),
    };
  }
  return undefined;
}

/** The words of a layer that passes: who carries it, and for the national link, from where. */
function passOf(ctx: ModelContext, l: SocLayer, label: Text): Text {
  const who =
    l.sourcing === 'rented'
      ? text(
          `thuê dịch vụ của ${providerTitle(ctx.model, l.provider!)}, theo hợp đồng số ${l.contract!.reference}`,
          `rented from ${providerTitle(ctx.model, l.provider!)} under contract ${l.contract!.reference}`,
        )
      : text('tỉnh tự thực hiện', 'carried by the province itself');
  if (l.layer !== 'national-connection') return text(`Lớp ${label.vi}: ${who.vi}.`, `The layer “${label.en}”: ${who.en}.`);
  const zones = [...new Set(nationalFeeds(ctx.model))].join(', ');
  const soc = externalText(ctx.model, 'national-soc');
  return text(
    `Lớp ${label.vi}: ${who.vi}; có luồng từ vùng ${zones} tới ${soc.vi}.`,
    `The layer “${label.en}”: ${who.en}; zone ${zones} sends to the ${soc.en}.`,
  );
}

function layerOutcome(ctx: ModelContext, name: SocLayerName, declared: readonly SocLayer[]): Outcome {
  const label = SOC_LAYER_LABELS[name];
  const base = { target: 'province', part: `layers/${name}`, source: ctx.model.province.source };
  const i = declared.findIndex((l) => l.layer === name);
  if (i < 0) {
    return {
      ...base,
      status: 'fail',
      path: [...LAYERS],
      message: text(
        `Mô hình bảo vệ bốn lớp của tỉnh thiếu lớp ${label.vi}; mô hình gồm lực lượng tại chỗ, giám sát, bảo vệ chuyên nghiệp, kiểm tra, đánh giá độc lập định kỳ và kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia.`,
        `The province's four-layer protection model lacks the layer “${label.en}”; the model has an on-site team, professional monitoring and protection, periodic independent assessment and connection to the national monitoring system.`,
      ),
    };
  }
  const layer = declared[i]!;
  const problem = problemOf(ctx, layer, label);
  if (problem) {
    const { field, ...rest } = problem;
    return { ...base, ...rest, path: [...LAYERS, i, ...(field ? [field] : [])] };
  }
  return { ...base, status: 'pass', path: [...LAYERS, i], message: passOf(ctx, layer, label) };
}

export const GOV_4L_02: ModelRule = {
  id: 'GOV-4L-02',
  title: text('Mô hình bảo vệ bốn lớp của tỉnh được triển khai đủ các lớp', 'The province carries every layer of the four-layer protection model'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'cv1552-2020' }, { doc: 'ct14-2019' }],
  confidence: 'unverified',
  confidenceNote: text(
    'Tên bốn lớp và nội dung lớp lực lượng tại chỗ được đối chiếu ở phần mở đầu của công văn; nội dung lớp giám sát, bảo vệ chuyên nghiệp và yêu cầu đơn vị kiểm tra, đánh giá độc lập với đơn vị giám sát, bảo vệ được đọc qua bản tóm tắt công văn trên cổng thông tin của một địa phương. ' +
      'Văn bản không nêu mô hình bốn lớp áp dụng cho cấp độ nào nên phát hiện không gắn với cấp độ. Công văn đề nghị, đôn đốc các bộ, ngành, địa phương triển khai mô hình nên phát hiện ở mức cảnh báo.',
    'The names of the four layers and the on-site layer were checked in the opening of the official letter; the monitoring layer and the requirement that the assessor be independent of the monitoring unit were read in a summary of the letter on a provincial government portal. ' +
      'The text does not say which levels the four-layer model applies to, so the findings carry no level. The letter urges ministries and provinces to set the model up, so a finding is a warning.',
  ),
  remediation: text(
    'Khai báo mô hình bảo vệ bốn lớp trong `securityOperations` của tỉnh: mỗi lớp (`on-site`, `monitoring`, `assessment`, `national-connection`) với hình thức thực hiện (`sourcing`), và với lớp thuê dịch vụ thì nhà cung cấp (`provider`, một tên trong `providers`) và hợp đồng (`contract`). ' +
      'Chọn đơn vị kiểm tra, đánh giá khác đơn vị giám sát, bảo vệ; khai báo luồng từ vùng giám sát của tỉnh tới hệ thống giám sát quốc gia (`national-soc`).',
    'Declare the four-layer model under the Province’s `securityOperations`: each layer (`on-site`, `monitoring`, `assessment`, `national-connection`) with its `sourcing`, and for a rented layer its `provider` (a name under `providers`) and `contract`. ' +
      'Choose an assessor other than the monitoring provider; declare the flow from the province’s monitoring zone to the national monitoring system (`national-soc`).',
  ),
  evidence: [
    text(
      'Văn bản giao đơn vị đảm nhận từng lớp: đơn vị chuyên trách về an toàn thông tin mạng, đơn vị giám sát, bảo vệ chuyên nghiệp, đơn vị kiểm tra, đánh giá độc lập định kỳ, đầu mối kết nối với hệ thống giám sát quốc gia',
      'The documents assigning each layer: the dedicated security unit, the professional monitoring and protection unit, the independent periodic assessor, the contact point for the national monitoring system',
    ),
    text(
      'Hợp đồng thuê dịch vụ của từng lớp thuê ngoài, và văn bản cho thấy đơn vị kiểm tra, đánh giá độc lập với đơn vị giám sát, bảo vệ',
      'The service contract of each rented layer, and the document showing the assessor is independent of the monitoring unit',
    ),
  ],
  scope: 'model',
  check: (ctx) => {
    const declared = ctx.model.province.securityOperations?.layers;
    if (declared === undefined) {
      return [
        {
          target: 'province',
          source: ctx.model.province.source,
          status: 'manual',
          path: ['spec'],
          message: text(
            'Mô hình hạ tầng không khai báo mô hình bảo vệ bốn lớp của tỉnh (lực lượng tại chỗ; giám sát, bảo vệ chuyên nghiệp; kiểm tra, đánh giá độc lập định kỳ; kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia); cần văn bản cho thấy đơn vị đảm nhận từng lớp.',
            "The inventory does not declare the province's four-layer protection model (on-site team; professional monitoring and protection; periodic independent assessment; connection to the national monitoring system); the documents showing who carries each layer are needed.",
          ),
        },
      ];
    }
    return SOC_LAYERS.map((name) => layerOutcome(ctx, name, declared));
  },
};
