// How a runbook names what lies outside the province's data centres: an external endpoint in words, with the body that
// runs it and the network the flow takes; and the provider of a rented system, the party to call for the layer it
// rents. Inventory text is escaped (Markdown); the catalogue's own words are escaped too.
import {
  dateText,
  EXTERNAL_PATH_LABELS,
  externalOf,
  SERVICE_MODEL_LABELS,
  SOURCING_LABELS,
  type Contract,
  type ExternalPath,
  type Lang,
  type Model,
  type ServiceModel,
  type SocLayerName,
  type System,
} from '../model/index.js';
import { md } from './markdown.js';

/**
 * An external endpoint as a runbook names it, as escaped Markdown: a network (Internet, TSLCD) by its name; any other
 * endpoint by its name in words and usual short name, with its operator when the catalogue knows it and the network
 * the flow takes (the flow's `via`, else the endpoint's usual path). An unknown name is shown as written.
 */
export function externalWords(model: Pick<Model, 'externals'>, name: string, lang: Lang, via?: ExternalPath): string {
  const e = externalOf(model, name);
  if (!e) return md(name);
  const words = e.title[lang];
  const title = e.abbreviation && !words.includes(e.abbreviation) ? `${words} (${e.abbreviation})` : words;
  if (e.category === 'network') return md(title);
  const path = `${lang === 'vi' ? 'qua' : 'over'} ${EXTERNAL_PATH_LABELS[via ?? e.path][lang]}`;
  return `${md(title)} — ${e.operator ? `${md(e.operator[lang])}, ` : ''}${md(path)}`;
}

/** The layer a rented system's provider answers for, in words. */
const RENTED_LAYER: Readonly<Record<Exclude<ServiceModel, 'on-premises'>, { readonly vi: string; readonly en: string }>> = {
  iaas: { vi: 'hạ tầng (máy chủ, lưu trữ, mạng)', en: 'infrastructure (servers, storage, network)' },
  paas: { vi: 'nền tảng', en: 'platform' },
  saas: { vi: 'phần mềm', en: 'software' },
};

/** A rented system's provider and contract, as its runbooks print them (inventory text escaped). */
export interface RentedService {
  readonly model: Exclude<ServiceModel, 'on-premises'>;
  /** The provider's title, or its name when the province does not list it; absent when the inventory names none. */
  readonly provider?: string;
  readonly contract?: Contract;
}

/** The rented service of a system (IaaS, PaaS or SaaS); undefined for a system on the province's premises or one that says nothing. */
export function rentedService(model: Pick<Model, 'province'>, system: System): RentedService | undefined {
  const service = system.service;
  if (!service || service.model === 'on-premises') return undefined;
  const provider = service.provider === undefined ? undefined : providerTitle(model, service.provider);
  return { model: service.model, ...(provider !== undefined ? { provider } : {}), ...(service.contract ? { contract: service.contract } : {}) };
}

/** A provider's title by name, or the name when the province does not list it. */
const providerTitle = (model: Pick<Model, 'province'>, name: string): string => model.province.providers.find((p) => p.name === name)?.title ?? name;

/**
 * The rented layers of the four-layer model (the Province's `securityOperations`), by layer: the provider, "rented"
 * and the contract, as the incident-response plan lists them beside the province's own units (escaped Markdown).
 */
export function rentedLayers(model: Pick<Model, 'province'>, lang: Lang): Partial<Record<SocLayerName, string[]>> {
  const out: Partial<Record<SocLayerName, string[]>> = {};
  for (const layer of model.province.securityOperations?.layers ?? []) {
    if (layer.sourcing !== 'rented') continue;
    const who =
      layer.provider !== undefined ? md(providerTitle(model, layer.provider)) : lang === 'vi' ? 'nhà cung cấp chưa được khai báo' : 'provider not declared';
    const parts = [SOURCING_LABELS.rented[lang], ...(layer.contract ? [contractWords(layer.contract, lang)] : [])];
    (out[layer.layer] ??= []).push(`${who} (${parts.join('; ')})`);
  }
  return out;
}

/** A contract as a reader writes it: `số … ngày …, hết hạn ngày …` (escaped). */
function contractWords(c: Contract, lang: Lang): string {
  const parts = [
    lang === 'vi' ? `hợp đồng ${md(c.reference)}` : `contract ${md(c.reference)}`,
    ...(c.date ? [lang === 'vi' ? `ngày ${dateText(c.date, lang)}` : `of ${c.date}`] : []),
  ];
  const expires = c.expires ? (lang === 'vi' ? `, hết hạn ngày ${dateText(c.expires, lang)}` : `, expiring ${c.expires}`) : '';
  return parts.join(' ') + expires;
}

/** Who to call for the rented layer: the provider, the service it rents and the contract (escaped Markdown). */
export function rentedWho(r: RentedService, lang: Lang): string {
  const who = r.provider !== undefined ? md(r.provider) : lang === 'vi' ? 'nhà cung cấp chưa được khai báo' : 'provider not declared';
  const parts = [md(SERVICE_MODEL_LABELS[r.model][lang]), ...(r.contract ? [contractWords(r.contract, lang)] : [])];
  return `${who} (${parts.join('; ')})`;
}

/** What the provider does in an outage: restores the layer it rents, called by the operator under the contract. */
export function rentedDuty(r: RentedService, lang: Lang): string {
  const layer = RENTED_LAYER[r.model][lang];
  return lang === 'vi'
    ? `Khôi phục lớp ${layer} thuê của hệ thống phía nhà cung cấp; đơn vị vận hành gọi nhà cung cấp khi sự cố ở lớp này, theo hợp đồng`
    : `Restores the rented ${layer} layer of the system on its side; the operator calls the provider for a fault in that layer, under the contract`;
}
