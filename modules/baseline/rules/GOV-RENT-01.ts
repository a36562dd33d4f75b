import { dateValue, msg, SERVICE_MODEL_LABELS, text, type Contract, type Model, type System, type Text } from '../../model/index.js';
import type { Citation, Outcome, SystemContext, SystemRule } from '../rule.js';

// Who operates a rented system (khoản 3 Điều 5). TT 12/2022: the renting unit while no provider is determined (a), the
// provider once it is (b), the renting unit again when the contract has expired and the system still runs (c).
// NĐ 331/2026: the unit the contract agrees on once a provider is determined (a), the contract's continuation and
// handover clauses or a new agreement after it expires (b), the renting unit otherwise (c).

const RENTED: readonly string[] = ['iaas', 'paas', 'saas'];
const ND331 = 'vn-nd331-2026';

/** The point of khoản 3 Điều 5 of the rule-set's text that decides the case. */
function point(ctx: SystemContext, tt12: 'a' | 'b' | 'c', nd331: 'a' | 'b' | 'c'): Citation[] {
  return ctx.ruleset.id === ND331
    ? [{ doc: 'nd331-2026', article: '5', clause: '3', point: nd331 }]
    : [{ doc: 'tt12-2022', article: '5', clause: '3', point: tt12 }];
}

/** A provider or an agency by its title, never its name in the inventory. */
function unitTitle(model: Model, name: string): string {
  return model.province.providers.find((p) => p.name === name)?.title ?? model.agencies.find((a) => a.name === name)?.title ?? name;
}

/** A rented system that names no provider: the unit that rented it operates it until a provider is determined. */
function withoutProvider(ctx: SystemContext, model: Text, contract: Contract | undefined): Outcome {
  const since = ctx.system.inOperationSince;
  const live = since !== undefined && since <= ctx.asOf;
  if (!live && contract === undefined) {
    return {
      status: 'manual',
      clauses: point(ctx, 'a', 'c'),
      path: ['spec', 'service'],
      message: text(
        `Hệ thống ${model.vi} chưa đưa vào vận hành và không khai báo nhà cung cấp dịch vụ: khi chưa lựa chọn được nhà cung cấp, đơn vị chủ trì thuê dịch vụ đóng vai trò đơn vị vận hành; cần quyết định lựa chọn nhà cung cấp hoặc văn bản giao đơn vị chủ trì thuê dịch vụ.`,
        `The ${model.en} system is not yet in operation and names no provider: until a provider is chosen, the unit renting the service acts as operating unit; the decision choosing the provider, or the one naming the renting unit, is needed.`,
      ),
    };
  }
  const why = live
    ? text('đã đưa vào vận hành', 'is in operation')
    : text(`có hợp đồng thuê dịch vụ số ${contract!.reference}`, `has service contract ${contract!.reference}`);
  const rule =
    ctx.ruleset.id === ND331
      ? text(
          'đơn vị vận hành được xác định theo thỏa thuận trong hợp đồng giữa các bên',
          'the operating unit is the one the contract between the parties agrees on',
        )
      : text('đơn vị vận hành là đơn vị cung cấp dịch vụ', 'the operating unit is the provider');
  return {
    status: 'fail',
    clauses: point(ctx, 'b', 'a'),
    path: ['spec', 'service'],
    message: text(
      `Hệ thống ${model.vi} ${why.vi} nhưng không khai báo nhà cung cấp dịch vụ; khi đã xác định được đơn vị cung cấp dịch vụ, ${rule.vi}, nên không xác định được đơn vị vận hành của hệ thống.`,
      `The ${model.en} system ${why.en} but names no provider; once the provider is determined ${rule.en}, so the system's operating unit cannot be told.`,
    ),
  };
}

/** The contract has expired and the system still runs. */
function expired(ctx: SystemContext, provider: string, contract: Contract & { expires: string }): Outcome {
  const { system, model } = ctx;
  const values = { contract: contract.reference, expires: dateValue(contract.expires), provider: unitTitle(model, provider) };
  const path = ['spec', 'service', 'contract', 'expires'];
  if (ctx.ruleset.id === ND331) return { status: 'manual', clauses: point(ctx, 'c', 'b'), path, message: msg('GOV-RENT-01.expired-contract', values) };
  if (system.operator === provider) {
    return { status: 'fail', clauses: point(ctx, 'c', 'b'), path: ['spec', 'operator'], message: msg('GOV-RENT-01.expired-provider', values) };
  }
  const operator = system.operator === undefined ? '' : unitTitle(model, system.operator);
  return {
    status: 'manual',
    clauses: point(ctx, 'c', 'b'),
    path,
    message: msg('GOV-RENT-01.expired-agency', { ...values, operator, declared: system.operator === undefined ? 'no' : 'yes' }),
  };
}

/** TT 12/2022: once the provider is determined, it is the operating unit. */
function underTt12(ctx: SystemContext, provider: string): Outcome {
  const { system, model } = ctx;
  const p = unitTitle(model, provider);
  const clauses = point(ctx, 'b', 'a');
  const rule = text(
    'khi thuê dịch vụ công nghệ thông tin và đã xác định được đơn vị cung cấp dịch vụ, đơn vị vận hành là đơn vị cung cấp dịch vụ',
    'for a rented IT service whose provider is determined, the operating unit is the provider',
  );
  if (system.operator === undefined) {
    return {
      status: 'fail',
      clauses,
      path: ['spec', 'service', 'provider'],
      message: text(
        `Mô hình hạ tầng không khai báo đơn vị vận hành của hệ thống thuê dịch vụ của ${p}; ${rule.vi} (${p}).`,
        `The inventory declares no operating unit for the system rented from ${p}; ${rule.en} (${p}).`,
      ),
    };
  }
  if (system.operator !== provider) {
    const op = unitTitle(model, system.operator);
    return {
      status: 'fail',
      clauses,
      path: ['spec', 'operator'],
      at: 'value',
      message: text(
        `Đơn vị vận hành được khai báo là ${op}, không phải nhà cung cấp dịch vụ ${p}; ${rule.vi}.`,
        `The declared operating unit is ${op}, not the provider ${p}; ${rule.en}.`,
      ),
    };
  }
  const contract = system.service?.contract;
  if (contract === undefined) {
    return {
      status: 'manual',
      clauses,
      path: ['spec', 'service'],
      message: text(
        `Đơn vị vận hành là nhà cung cấp dịch vụ ${p} nhưng mô hình hạ tầng không khai báo hợp đồng thuê dịch vụ; cần hợp đồng nêu đơn vị vận hành và trách nhiệm của các bên.`,
        `The operating unit is the provider ${p} but the inventory cites no service contract; the contract naming the operating unit and the parties' duties is needed.`,
      ),
    };
  }
  return {
    status: 'pass',
    clauses,
    message: text(
      `Đơn vị vận hành là nhà cung cấp dịch vụ ${p}, theo hợp đồng số ${contract.reference}.`,
      `The operating unit is the provider ${p}, under contract ${contract.reference}.`,
    ),
  };
}

/** NĐ 331/2026: once the provider is determined, the operating unit is the one the contract agrees on. */
function underNd331(ctx: SystemContext, provider: string): Outcome {
  const { system, model } = ctx;
  const p = unitTitle(model, provider);
  const clauses = point(ctx, 'b', 'a');
  const contract = system.service?.contract;
  if (contract === undefined) {
    return {
      status: 'manual',
      clauses,
      path: ['spec', 'service'],
      message: text(
        `Hệ thống thuê dịch vụ của ${p} nhưng mô hình hạ tầng không khai báo hợp đồng: đơn vị vận hành được xác định theo thỏa thuận trong hợp đồng giữa các bên, hợp đồng phải quy định chi tiết trách nhiệm, thẩm quyền của các bên trong quản trị dữ liệu, kiểm soát truy cập, bảo đảm an ninh mạng; cần đối chiếu hợp đồng.`,
        `The system is rented from ${p} but the inventory cites no contract: the operating unit is the one the contract between the parties agrees on, and the contract must set out each party's duties and powers for data administration, access control and cybersecurity; the contract is needed.`,
      ),
    };
  }
  if (system.operator === undefined) {
    return {
      status: 'manual',
      clauses,
      path: ['spec', 'service', 'contract'],
      message: text(
        `Hệ thống thuê dịch vụ của ${p} theo hợp đồng số ${contract.reference} nhưng mô hình hạ tầng không khai báo đơn vị vận hành; cần khai báo đơn vị vận hành được thỏa thuận trong hợp đồng.`,
        `The system is rented from ${p} under contract ${contract.reference} but the inventory declares no operating unit; declare the one the contract agrees on.`,
      ),
    };
  }
  const message =
    system.operator === provider
      ? text(
          `Đơn vị vận hành là nhà cung cấp dịch vụ ${p}, theo thỏa thuận trong hợp đồng số ${contract.reference}.`,
          `The operating unit is the provider ${p}, as agreed in contract ${contract.reference}.`,
        )
      : text(
          `Đơn vị vận hành là ${unitTitle(model, system.operator)}, theo thỏa thuận trong hợp đồng số ${contract.reference} với nhà cung cấp dịch vụ ${p}.`,
          `The operating unit is ${unitTitle(model, system.operator)}, as agreed in contract ${contract.reference} with the provider ${p}.`,
        );
  return { status: 'pass', clauses, message };
}

function check(ctx: SystemContext): Outcome[] {
  const service = ctx.system.service;
  if (service === undefined) {
    return [
      {
        status: 'manual',
        path: ['spec', 'hosting'],
        message: text(
          'Hệ thống đặt trên điện toán đám mây nhưng mô hình hạ tầng không khai báo hình thức cung cấp (tự đầu tư hay thuê dịch vụ): với hệ thống thuê dịch vụ công nghệ thông tin, đơn vị vận hành được xác định theo nhà cung cấp và hợp đồng thuê dịch vụ; cần khai báo hình thức cung cấp và nhà cung cấp dịch vụ.',
          'The system is hosted in a cloud but the inventory does not say how it is provided (own or rented): for a rented IT service the operating unit follows from the provider and the service contract; declare the service model and the provider.',
        ),
      },
    ];
  }
  const model = SERVICE_MODEL_LABELS[service.model];
  if (service.provider === undefined) return [withoutProvider(ctx, model, service.contract)];
  const contract = service.contract;
  if (contract?.expires !== undefined && contract.expires < ctx.asOf) return [expired(ctx, service.provider, { ...contract, expires: contract.expires })];
  return [ctx.ruleset.id === ND331 ? underNd331(ctx, service.provider) : underTt12(ctx, service.provider)];
}

const rented = (s: System): boolean => s.service !== undefined && RENTED.includes(s.service.model);

export const GOV_RENT_01: SystemRule = {
  id: 'GOV-RENT-01',
  title: text('Đơn vị vận hành hệ thống thuê dịch vụ công nghệ thông tin', 'The operating unit of a system rented as an IT service'),
  domain: 'management',
  mode: 'auto*',
  levels: [1, 2, 3, 4, 5],
  appliesTo: {
    text: text(
      'hệ thống thuê dịch vụ công nghệ thông tin (hạ tầng, nền tảng hoặc phần mềm), hoặc đặt trên điện toán đám mây mà không khai báo hình thức cung cấp',
      'systems rented as an IT service (IaaS, PaaS or SaaS), or hosted in a cloud without saying how they are provided',
    ),
    test: (ctx) => rented(ctx.system) || (ctx.system.service === undefined && ctx.system.hosting === 'cloud'),
  },
  severity: 'error',
  clauses: [
    { doc: 'tt12-2022', article: '5', clause: '3', rulesets: ['vn-nd85-tt12-2022'] },
    { doc: 'nd331-2026', article: '5', clause: '3', rulesets: ['vn-nd331-2026'] },
  ],
  confidence: 'verified',
  evidence: [
    text(
      'Hợp đồng thuê dịch vụ công nghệ thông tin, nêu đơn vị vận hành hệ thống và trách nhiệm, thẩm quyền của các bên trong quản trị dữ liệu, kiểm soát truy cập, bảo đảm an toàn thông tin',
      "The IT service contract, naming the system's operating unit and each party's duties and powers for data administration, access control and security",
    ),
    text(
      'Quyết định lựa chọn nhà cung cấp dịch vụ hoặc văn bản giao đơn vị chủ trì thuê dịch vụ; khi hợp đồng đã hết hạn, điều khoản hoặc thỏa thuận về duy trì, chuyển giao dịch vụ',
      'The decision choosing the provider, or the one naming the renting unit; once the contract has expired, the clauses or agreement on continuing and handing over the service',
    ),
  ],
  remediation: text(
    'Khai báo hình thức cung cấp (`service.model`), nhà cung cấp dịch vụ (`service.provider`, một tên trong `providers` của tỉnh) và hợp đồng thuê dịch vụ (`service.contract`). ' +
      'Ghi đơn vị vận hành (`operator`) theo văn bản của bộ quy tắc: theo Thông tư số 12/2022/TT-BTTTT là nhà cung cấp dịch vụ khi đã lựa chọn được nhà cung cấp, là đơn vị chủ trì thuê dịch vụ khi chưa lựa chọn được hoặc khi hợp đồng đã hết hạn; ' +
      'theo Nghị định số 331/2026/NĐ-CP là đơn vị được thỏa thuận trong hợp đồng, hợp đồng quy định chi tiết trách nhiệm của các bên.',
    'Declare the service model (`service.model`), the provider (`service.provider`, a name under the Province’s `providers`) and the service contract (`service.contract`). ' +
      'Set the operating unit (`operator`) as the rule-set’s text says: under Circular 12/2022 the provider once chosen, the renting unit before that or after the contract expires; ' +
      'under Decree 331/2026 the unit the contract agrees on, the contract setting out each party’s duties.',
  ),
  scope: 'system',
  check,
};
