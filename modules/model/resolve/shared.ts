// What the per-kind resolvers share: the documents indexed by name, the diagnostics found so far, and the checks
// of references and addresses that several kinds make.
import { parseAddress, parsePrefixStrict, prefixContainsAddress, prefixContainsPrefix, type Family, type Prefix } from '../../net/index.js';
import { text, type Diagnostic } from '../diagnostics.js';
import { compareCodeUnits } from '../order.js';
import { BUILTIN_EXTERNALS } from '../externals.js';
import { nearest } from '../suggest.js';
import type { AddressSpec, DualStack, Endpoint, Kind, SourceLocation, SourceRef } from '../types.js';

/** A schema-valid document, its data still plain. */
export interface RawEntity {
  readonly kind: Kind;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly data: any;
  readonly source: SourceRef;
}

export type Locate = (source: SourceRef, path: readonly (string | number)[], at?: 'key' | 'value') => SourceLocation;

/** What is known about documents that did not make it to resolution. */
export interface PartialInput {
  /** Names of documents already reported as invalid, by kind: references to them are not reported again. */
  readonly rejected?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Some document could not be read at all, so any reference may point into it: report none. */
  readonly incomplete?: boolean;
}

export type Path = (string | number)[];
type Message = ReturnType<typeof text>;

const KIND_VI: Record<Kind, string> = {
  Province: 'tỉnh',
  Site: 'site',
  Zone: 'vùng mạng',
  Flow: 'luồng',
  Device: 'thiết bị',
  Cluster: 'cụm',
  System: 'hệ thống',
  Agency: 'cơ quan',
  Waiver: 'chấp nhận rủi ro tạm thời',
};
const where = (l: SourceLocation) => `${l.file}:${l.line}:${l.column}`;
/** Misspelling suggestions compare against every name of a kind; past this many, skip them to stay fast. */
const MAX_SUGGESTIONS = 200;

interface Pool {
  readonly family: Family;
  readonly prefix: string;
  readonly parsed?: Prefix;
}

type AddressInput = { prefix?: string; size?: number; pool?: string; gateway?: string };

/** One resolution run: the documents by kind and name, and the diagnostics reported in the order they are found. */
export class Resolution {
  readonly diagnostics: Diagnostic[] = [];
  readonly rejected: ReadonlyMap<string, ReadonlySet<string>>;
  readonly incomplete: boolean | undefined;
  private readonly byKind = new Map<Kind, Map<string, RawEntity>>();
  private readonly pools = new Map<string, Pool>();
  private suggestionsLeft = MAX_SUGGESTIONS;
  private providerSet: Set<string> | undefined;
  private externalSet: Set<string> | undefined;

  constructor(
    raws: readonly RawEntity[],
    private readonly locate: Locate,
    partial: PartialInput,
  ) {
    this.rejected = partial.rejected ?? new Map<string, ReadonlySet<string>>();
    this.incomplete = partial.incomplete;
    this.index(raws);
    for (const p of this.province()?.data.spec.addressPools ?? []) {
      const parsed = parsePrefixStrict(String(p.prefix), p.family);
      this.pools.set(p.name, { family: p.family, prefix: p.prefix, ...(parsed.ok ? { parsed: parsed.prefix } : {}) });
    }
  }

  /** Reports an error located at `path` inside the document of `raw`. */
  error(code: Diagnostic['code'], raw: RawEntity, path: Path, message: Message, extra: Partial<Diagnostic> = {}): void {
    this.diagnostics.push({
      code,
      severity: 'error',
      location: this.locate(raw.source, path),
      pointer: '/' + path.join('/'),
      message,
      ...extra,
    });
  }

  /** Where a value inside the document of `raw` is. */
  locateIn(raw: RawEntity, path: Path): SourceLocation {
    return this.locate(raw.source, path);
  }

  /** `file:line:column` of a value inside the document of `raw`, for messages that point at another place. */
  whereIs(raw: RawEntity, path: Path): string {
    return where(this.locate(raw.source, path));
  }

  /** The documents of one kind by name, in the order they were read. */
  named(kind: Kind): Map<string, RawEntity> {
    return this.byKind.get(kind) ?? new Map<string, RawEntity>();
  }

  /** The first Province read, the one the inventory is about. */
  province(): RawEntity | undefined {
    return [...this.named('Province').values()][0];
  }

  /** Checks that `name` names an entity of `kind`; reports a located error with a suggestion when not. */
  ref(raw: RawEntity, path: Path, kind: Kind, name: string | undefined): boolean {
    if (name === undefined) return true;
    const names = this.named(kind);
    if (names.has(name)) return true;
    if (this.incomplete || this.rejected.get(kind)?.has(name)) return false;
    // Names of rejected documents are still what the author meant to reference.
    const suggestion = this.suggestionsLeft-- > 0 ? nearest(name, [...names.keys(), ...(this.rejected.get(kind) ?? [])]) : undefined;
    this.error(
      'dangling-reference',
      raw,
      path,
      text(
        `${KIND_VI[kind]} "${name}" không tồn tại${names.size === 0 ? ` (inventory chưa có ${KIND_VI[kind]} nào)` : ''}.`,
        `${kind} "${name}" does not exist${names.size === 0 ? ` (the inventory defines no ${kind})` : ''}.`,
      ),
      { found: name, expected: `name of a ${kind}`, ...(suggestion ? { suggestion } : {}) },
    );
    return false;
  }

  /** Names of the providers the Province declares. */
  providerNames(): ReadonlySet<string> {
    return (this.providerSet ??= new Set(((this.province()?.data.spec.providers ?? []) as { name: string }[]).map((p) => p.name)));
  }

  /** Names of every external endpoint a flow may name: the built-in catalogue and the Province's own. */
  externalNames(): ReadonlySet<string> {
    const declared = ((this.province()?.data.spec.externals ?? []) as { name: string }[]).map((e) => e.name);
    return (this.externalSet ??= new Set([...Object.keys(BUILTIN_EXTERNALS), ...declared]));
  }

  /** Checks a name against a list that is not a kind (providers, external endpoints); a located error with a suggestion when not. */
  listRef(raw: RawEntity, path: Path, name: string | undefined, names: ReadonlySet<string>, what: { vi: string; en: string; field: string }): boolean {
    if (name === undefined || names.has(name) || this.incomplete || this.rejected.has('Province')) return true;
    const suggestion = this.suggestionsLeft-- > 0 ? nearest(name, [...names]) : undefined;
    this.error(
      'dangling-reference',
      raw,
      path,
      text(
        `${what.vi} "${name}" không tồn tại; khai báo trong \`${what.field}\` của tài liệu khai báo tỉnh.`,
        `${what.en} "${name}" does not exist; declare it under the Province's \`${what.field}\`.`,
      ),
      { found: name, expected: `name under Province ${what.field}`, ...(suggestion ? { suggestion } : {}) },
    );
    return false;
  }

  /** Checks that `name` names a provider of the Province. */
  providerRef(raw: RawEntity, path: Path, name: string | undefined): boolean {
    return this.listRef(raw, path, name, this.providerNames(), { vi: 'Nhà cung cấp dịch vụ', en: 'Provider', field: 'providers' });
  }

  /** Checks that `name` names an external endpoint, built in or declared. */
  externalRef(raw: RawEntity, path: Path, name: string | undefined): boolean {
    return this.listRef(raw, path, name, this.externalNames(), { vi: 'Hệ thống, mạng bên ngoài', en: 'External endpoint', field: 'externals' });
  }

  /** Reports a zone that sits at another site than the entity referencing it. */
  sameSite(raw: RawEntity, path: Path, zoneName: string | undefined, site: string, what: { vi: string; en: string }): void {
    if (zoneName === undefined) return;
    const zone = this.named('Zone').get(zoneName);
    if (!zone || zone.data.spec.site === site) return;
    this.error(
      'inconsistent-reference',
      raw,
      path,
      text(
        `Vùng "${zoneName}" thuộc site "${zone.data.spec.site}", nhưng ${what.vi} ở site "${site}".`,
        `Zone "${zoneName}" is at site "${zone.data.spec.site}", but ${what.en} is at site "${site}".`,
      ),
      { found: zoneName },
    );
  }

  /** An address field (a prefix, or a size from a pool) in canonical form, its gateway and pool checked. */
  address(raw: RawEntity, path: Path, family: Family, value: unknown): AddressSpec | undefined {
    if (value === undefined) return undefined;
    const spec = typeof value === 'string' ? { prefix: value } : (value as AddressInput);
    const out: AddressInput = {};
    let explicit: Prefix | undefined;
    if (spec.prefix !== undefined) {
      const parsed = parsePrefixStrict(spec.prefix, family);
      if (parsed.ok) {
        explicit = parsed.prefix;
        out.prefix = parsed.prefix.text;
        if (spec.gateway !== undefined) {
          out.gateway = spec.gateway;
          this.checkGateway(raw, path, parsed.prefix, spec.gateway);
        }
      }
    } else if (spec.gateway !== undefined) {
      out.gateway = spec.gateway;
    }
    if (spec.size !== undefined) out.size = spec.size;
    if (spec.pool !== undefined) {
      out.pool = spec.pool;
      this.checkPool(raw, path, family, spec.pool, explicit);
    }
    return out;
  }

  dualStack(raw: RawEntity, path: Path, value: { ipv4?: unknown; ipv6?: unknown }): DualStack {
    const ipv4 = this.address(raw, [...path, 'ipv4'], 'ipv4', value.ipv4);
    const ipv6 = this.address(raw, [...path, 'ipv6'], 'ipv6', value.ipv6);
    return { ...(ipv4 ? { ipv4 } : {}), ...(ipv6 ? { ipv6 } : {}) };
  }

  /** One end of a flow: a zone, a site or something outside, its reference checked. */
  endpoint(raw: RawEntity, path: Path, value: { zone?: string; site?: string; external?: string }): Endpoint {
    if (value.zone !== undefined) {
      this.ref(raw, [...path, 'zone'], 'Zone', value.zone);
      return { type: 'zone', zone: value.zone };
    }
    if (value.site !== undefined) {
      this.ref(raw, [...path, 'site'], 'Site', value.site);
      return { type: 'site', site: value.site };
    }
    this.externalRef(raw, [...path, 'external'], value.external);
    return { type: 'external', external: value.external! };
  }

  /** Indexes documents by kind and name. Names are unique per kind; the first definition wins so that references still resolve. */
  private index(raws: readonly RawEntity[]): void {
    for (const raw of raws) {
      let names = this.byKind.get(raw.kind);
      if (!names) this.byKind.set(raw.kind, (names = new Map()));
      const name = raw.data.metadata.name as string;
      const first = names.get(name);
      if (first) {
        const firstAt = this.whereIs(first, ['metadata', 'name']);
        this.error(
          'duplicate-name',
          raw,
          ['metadata', 'name'],
          text(
            `${KIND_VI[raw.kind]} "${name}" đã được khai báo tại ${firstAt}; tên phải duy nhất trong mỗi loại.`,
            `${raw.kind} "${name}" is already defined at ${firstAt}; names must be unique per kind.`,
          ),
          { found: name },
        );
        continue;
      }
      names.set(name, raw);
    }
  }

  private checkGateway(raw: RawEntity, path: Path, prefix: Prefix, gateway: string): void {
    const gw = parseAddress(gateway)!;
    if (prefixContainsAddress(prefix, gw.family, gw.value)) return;
    this.error(
      'inconsistent-reference',
      raw,
      [...path, 'gateway'],
      text(`Gateway ${gateway} nằm ngoài prefix ${prefix.text}.`, `Gateway ${gateway} is outside its prefix ${prefix.text}.`),
      { found: gateway, expected: `an address inside ${prefix.text}` },
    );
  }

  private checkPool(raw: RawEntity, path: Path, family: Family, name: string, explicit: Prefix | undefined): void {
    const pool = this.pools.get(name);
    if (!pool && (this.named('Province').size === 0 || this.incomplete)) {
      // without a readable Province the pools are unknown; its absence is reported on its own
    } else if (!pool) {
      const suggestion = nearest(name, this.pools.keys());
      this.error(
        'dangling-reference',
        raw,
        [...path, 'pool'],
        text(`Address pool "${name}" không có trong addressPools của Province.`, `Address pool "${name}" is not among the Province's addressPools.`),
        { found: name, expected: 'name of an address pool', ...(suggestion ? { suggestion } : {}) },
      );
    } else if (pool.family !== family) {
      this.error(
        'inconsistent-reference',
        raw,
        [...path, 'pool'],
        text(
          `Address pool "${name}" là ${pool.family}, nhưng trường này cần ${family}.`,
          `Address pool "${name}" is ${pool.family}, but this field needs ${family}.`,
        ),
        { found: name },
      );
    } else if (explicit && pool.parsed && !prefixContainsPrefix(pool.parsed, explicit)) {
      this.error(
        'inconsistent-reference',
        raw,
        [...path, 'prefix'],
        text(
          `Prefix ${explicit.text} nằm ngoài address pool "${name}" (${pool.parsed.text}) mà nó khai báo.`,
          `Prefix ${explicit.text} is outside its address pool "${name}" (${pool.parsed.text}).`,
        ),
        { found: explicit.text, expected: `a prefix inside ${pool.parsed.text}` },
      );
    }
  }
}

/** The fields every entity has, taken from the document's metadata. */
export function base(raw: RawEntity) {
  return {
    kind: raw.kind,
    name: raw.data.metadata.name as string,
    ...(raw.data.metadata.description !== undefined ? { description: raw.data.metadata.description as string } : {}),
    labels: sortedRecord(raw.data.metadata.labels ?? {}),
    source: raw.source,
  };
}

/** `{ key: value }`, or nothing when the value is absent (optional properties are left out, never undefined). */
export const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareCodeUnits(a, b)));
}
