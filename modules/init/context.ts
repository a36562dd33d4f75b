// What every file of a starting inventory is written from: the province, the level, the sites and the design.
import { formerProvinces } from '../model/catalogue/index.js';
import { provinceTitle, unitsOf, type CatalogueProvince, type CatalogueUnit, type FormerProvince } from '../model/index.js';
import type { Level } from '../rules/index.js';
import { designFor, type LevelDesign } from './design.js';
import { octetOf, prefixOf, slugOf, ula48 } from './names.js';

export interface InitOptions {
  /** The province-level unit in force (catalogue). */
  readonly province: CatalogueProvince;
  readonly level: Level;
  /** Whether to add a DR site mirroring the primary one (always at level 5: AVL-DR-01). */
  readonly dr: boolean;
}

export interface SitePlan {
  readonly name: string;
  readonly role: 'primary' | 'dr';
  /** IPv4 third octet of the site's first zone (the site's /18 starts there). */
  readonly v4Third: number;
  /** First IPv6 hextet of the site's zones inside the data-centre /48 (0 primary, 1 DR: `<ula>:<n><vlan>::/64`). */
  readonly v6Digit: number;
  readonly v4Pool: string;
  readonly v6Pool: string;
}

export interface InitContext {
  readonly province: CatalogueProvince;
  /** "tỉnh Quảng Ngãi", "thành phố Đà Nẵng". */
  readonly title: string;
  readonly slug: string;
  readonly prefix: string;
  readonly level: Level;
  readonly design: LevelDesign;
  readonly sites: readonly SitePlan[];
  readonly octet: number;
  /** The data-centre ULA /48 (without the length) and the TSLCD one. */
  readonly ula: string;
  readonly ulaTslcd: string;
  readonly units: readonly CatalogueUnit[];
  /** The former provinces merged into this one whose code was closed. */
  readonly formerUnits: readonly FormerProvince[];
  /** Names of the objects every file refers to. */
  readonly owner: string;
  readonly operator: string;
  readonly cluster: string;
  readonly system: string;
}

export function contextOf(options: InitOptions): InitContext {
  const { province, level } = options;
  const prefix = prefixOf(province.name);
  const sites: SitePlan[] = [{ name: `${prefix}-dc`, role: 'primary', v4Third: 0, v6Digit: 0, v4Pool: 'dc-v4', v6Pool: 'dc-v6' }];
  if (options.dr || level === 5) sites.push({ name: `${prefix}-dr`, role: 'dr', v4Third: 64, v6Digit: 1, v4Pool: 'dr-v4', v6Pool: 'dr-v6' });
  return {
    province,
    title: provinceTitle({ code: province.code, title: province.name }, 'vi'),
    slug: slugOf(province.name),
    prefix,
    level,
    design: designFor(level),
    sites,
    octet: octetOf(province.code),
    ula: ula48(province.code, 'dc'),
    ulaTslcd: ula48(province.code, 'tslcd'),
    units: unitsOf(province.code),
    formerUnits: formerProvinces().filter((f) => f.closed && f.successor.code === province.code),
    owner: 'van-phong-ubnd',
    operator: 'so-khcn',
    cluster: `${prefix}-k8s`,
    system: 'he-thong-vi-du',
  };
}

/** The name of the zone of a kind at a site. */
export function zoneName(ctx: InitContext, site: SitePlan, short: string): string {
  return `${site.name}-${short}`;
}

/** The primary site. */
export const primaryOf = (ctx: InitContext): SitePlan => ctx.sites[0]!;

/** The DR site, when there is one. */
export const drOf = (ctx: InitContext): SitePlan | undefined => ctx.sites[1];
