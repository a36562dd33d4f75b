// The agencies of a starting inventory: the province office and the department that runs the data centre, and one
// Agency per commune, ward and special zone of the province in the catalogue (QĐ 19/2025/QĐ-TTg).
import { CATALOGUE_SOURCE, type CatalogueUnit } from '../model/index.js';
import { primaryOf, type InitContext } from './context.js';
import { slugOf } from './names.js';
import { doc, file, flowMap, q } from './yaml.js';

/** Most bytes of one agencies file: the loader refuses files over 1 MiB. */
export const MAX_AGENCY_FILE_BYTES = 800_000;

const KIND_WORDS: Record<CatalogueUnit['kind'], string> = { commune: 'xã', ward: 'phường', 'special-zone': 'đặc khu' };

/** One name per unit, unique in the province: the kind word and the name, with the code when two would clash. */
function unitNames(units: readonly CatalogueUnit[]): Map<string, string> {
  const base = units.map((u) => `${slugOf(KIND_WORDS[u.kind])}-${slugOf(u.name)}`.slice(0, 57).replace(/-+$/, ''));
  const seen = new Map<string, number>();
  for (const b of base) seen.set(b, (seen.get(b) ?? 0) + 1);
  return new Map(units.map((u, i) => [u.code, seen.get(base[i]!)! > 1 ? `${base[i]}-${u.code}` : base[i]!]));
}

function unitDoc(ctx: InitContext, u: CatalogueUnit, name: string): string {
  return doc('Agency', name, [
    `  name: ${q(`Ủy ban nhân dân ${KIND_WORDS[u.kind]} ${u.name}`)}`,
    `  kind: ${u.kind}`,
    `  code: ${q(u.code)}`,
    `  site: ${primaryOf(ctx).name}`,
    `  tslcd: ${flowMap({ tier: 'cap-ii' })}`,
    `  ipv4: ${flowMap({ size: 27, pool: 'tslcd-v4' })}`,
    `  ipv6: ${flowMap({ size: 56, pool: 'agencies-v6' })}`,
  ]);
}

/** The agencies systems.yaml refers to: owner and operator of the example system. */
function provinceAgencies(ctx: InitContext): string[] {
  return [
    doc('Agency', ctx.owner, [`  name: ${q(`Văn phòng Ủy ban nhân dân ${ctx.title}`)}`, '  kind: province-office']),
    doc('Agency', ctx.operator, [`  name: ${q(`Sở Khoa học và Công nghệ ${ctx.title}`)}`, '  kind: department']),
  ];
}

/** agencies.yaml, then communes-N.yaml files of at most MAX_AGENCY_FILE_BYTES each. */
export function agencyFiles(ctx: InitContext): { path: string; text: string }[] {
  const names = unitNames(ctx.units);
  const header = (part: string) => [
    `Cơ quan trên mạng truyền số liệu chuyên dùng: ${part}.`,
    `Mã và tên đơn vị hành chính cấp xã theo ${CATALOGUE_SOURCE.decision} (${CATALOGUE_SOURCE.list}).`,
    'Mỗi đơn vị xin một /27 IPv4 và một /56 IPv6; "hatang plan --write-lock" cấp dải và ghi tệp khóa.',
    'Cần điền: băng thông, loại VPN, số đường kết nối (tslcd) và số máy (hosts) của từng đơn vị.',
  ];
  const out = [{ path: 'agencies.yaml', text: file(header('Văn phòng Ủy ban nhân dân và sở vận hành trung tâm dữ liệu'), provinceAgencies(ctx)) }];
  const docs = ctx.units.map((u) => unitDoc(ctx, u, names.get(u.code)!));
  const chunks: string[][] = [[]];
  let size = 2_000;
  for (const d of docs) {
    const bytes = Buffer.byteLength(d) + 4;
    if (size + bytes > MAX_AGENCY_FILE_BYTES && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      size = 2_000;
    }
    chunks.at(-1)!.push(d);
    size += bytes;
  }
  const single = chunks.length === 1;
  chunks.forEach((c, i) => {
    if (c.length === 0) return;
    const part = `Ủy ban nhân dân ${ctx.units.length} xã, phường, đặc khu${single ? '' : ` (phần ${i + 1}/${chunks.length})`}`;
    out.push({ path: single ? 'communes.yaml' : `communes-${i + 1}.yaml`, text: file(header(part), c) });
  });
  return out;
}
