import { TARGET_SEGMENT, text, type Model, type SourceRef } from '../../model/index.js';
import type { ModelRule, Outcome } from '../rule.js';

/** A placeholder a person must replace: a text value that starts with TODO (what `hatang init` writes). */
const PLACEHOLDER = /^\s*TODO\b/;

/** Model fields named otherwise in the YAML (docs/inventory.md §4.5), as the path of the YAML value. */
const RENAMED: Readonly<Record<string, readonly string[]>> = {
  title: ['spec', 'name'],
  titleEn: ['spec', 'nameEn'],
  zoneKind: ['spec', 'kind'],
  deviceKind: ['spec', 'kind'],
  agencyKind: ['spec', 'kind'],
  boundaryZones: ['spec', 'boundaries', 'zones'],
  boundaryExternals: ['spec', 'boundaries', 'externals'],
  description: ['metadata', 'description'],
  labels: ['metadata', 'labels'],
};

/** Envelope fields of a model entity that are never free text. */
const SKIPPED = new Set(['kind', 'name', 'source']);

/** The kind of an entity in words, for the Vietnamese message. */
const KINDS_VI: Readonly<Record<string, string>> = {
  Province: 'tỉnh',
  Site: 'trung tâm',
  Zone: 'vùng mạng',
  Flow: 'luồng',
  Device: 'thiết bị',
  Cluster: 'cụm',
  System: 'hệ thống',
  Agency: 'cơ quan',
  Waiver: 'chấp nhận rủi ro tạm thời',
};

interface Placeholder {
  readonly path: readonly (string | number)[];
  readonly value: string;
}

/** Every placeholder inside a value, with its path below `at`. */
function placeholdersIn(value: unknown, at: readonly (string | number)[]): Placeholder[] {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [{ path: at, value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholdersIn(v, [...at, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholdersIn(v, [...at, k]));
  return [];
}

/** The placeholders of one entity, with the path of each in its YAML document. */
function placeholdersOf(entity: object): Placeholder[] {
  return Object.entries(entity).flatMap(([key, value]) => (SKIPPED.has(key) ? [] : placeholdersIn(value, RENAMED[key] ?? ['spec', key])));
}

interface Entity {
  readonly kind: string;
  readonly name: string;
  readonly source: SourceRef;
}

function entities(model: Model): { readonly target: string; readonly entity: Entity }[] {
  const rest = [model.sites, model.zones, model.flows, model.devices, model.clusters, model.systems, model.agencies, model.waivers].flat();
  return [{ target: 'province', entity: model.province }, ...rest.map((e) => ({ target: `${TARGET_SEGMENT[e.kind]}/${e.name}`, entity: e }))];
}

export const INV_TODO_01: ModelRule = {
  id: 'INV-TODO-01',
  title: text('Mô hình hạ tầng không còn giá trị chờ điền (TODO)', 'No placeholder (TODO) values are left in the inventory'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'warning',
  clauses: [{ doc: 'hatang-inventory' }],
  confidence: 'practice',
  confidenceNote: text(
    'Quy ước của hatang: mô hình khởi tạo bằng "hatang init" đánh dấu mọi giá trị cần người điền bằng chữ TODO; không văn bản nào quy định.',
    'The toolkit\'s convention: "hatang init" marks every value a person must supply with TODO; no legal text sets it.',
  ),
  remediation: text(
    'Thay giá trị bắt đầu bằng TODO bằng giá trị thật (tên, địa chỉ, đơn vị, văn bản) rồi chạy lại kiểm tra.',
    'Replace the value that starts with TODO by the real one (a name, an address, a unit, a document) and run the check again.',
  ),
  evidence: [text('giá trị thật thay cho giá trị chờ điền', 'the real value in place of the placeholder')],
  scope: 'model',
  check: (ctx) =>
    entities(ctx.model).flatMap(({ target, entity }) =>
      placeholdersOf(entity).map((p): Outcome => ({
        status: 'manual',
        target,
        part: p.path.join('/'),
        source: entity.source,
        path: p.path,
        at: 'value',
        message: text(
          `Còn giá trị chờ điền "${p.value}" (${entity.kind === 'Province' ? 'tỉnh' : `${KINDS_VI[entity.kind]} ${entity.name}`}).`,
          `The value at ${p.path.join('.')} of ${target} is still a placeholder: "${p.value}".`,
        ),
      })),
    ),
};
