// Which allowed flows expose a sensitive zone (database, storage, backup, management, SOC) to the Internet or the
// government data network (TSLCD). A firewall on the path does not change the answer: the flow is allowed through it.
// Only administration through a VPN that ends in the zone (or a bastion in it) is accepted, for management-type zones.
import type { Device, ExternalNetwork, Flow, Model, Zone, ZoneKind } from '../model/index.js';

/** Zone kinds no outside network may reach directly. */
export const SENSITIVE_ZONE_KINDS: readonly ZoneKind[] = ['database', 'storage', 'backup', 'management', 'device-management', 'soc'];

/** Outside networks whose hosts are not under the province's control. */
export const UNTRUSTED_NETWORKS: readonly ExternalNetwork[] = ['internet', 'tslcd'];

/** Zone kinds an administrator may reach from outside through a VPN or a bastion. */
const ADMIN_ZONE_KINDS: readonly ZoneKind[] = ['management', 'device-management', 'soc'];

export interface Exposure {
  readonly flow: Flow;
  readonly source: ExternalNetwork;
  readonly zone: Zone;
}

/** A VPN whose boundaries hold the outside network and the zone, or a PAM/bastion placed in the zone. */
function adminPath(devices: readonly Device[], source: ExternalNetwork, zone: Zone): boolean {
  return devices.some(
    (d) =>
      d.site === zone.site &&
      ((d.deviceKind === 'vpn' && d.boundaryExternals.includes(source) && (d.boundaryZones.includes(zone.name) || d.zone === zone.name)) ||
        (d.deviceKind === 'pam' && d.zone === zone.name && d.boundaryExternals.includes(source))),
  );
}

/** The exposure a flow creates, if any. */
export function exposureOf(model: Pick<Model, 'zones' | 'devices'>, flow: Flow, zones?: ReadonlyMap<string, Zone>): Exposure | undefined {
  if (flow.from.type !== 'external' || flow.to.type !== 'zone') return undefined;
  const source = flow.from.external;
  if (!UNTRUSTED_NETWORKS.includes(source)) return undefined;
  const target = flow.to.zone;
  const zone = zones ? zones.get(target) : model.zones.find((z) => z.name === target);
  if (!zone || !SENSITIVE_ZONE_KINDS.includes(zone.zoneKind)) return undefined;
  if (ADMIN_ZONE_KINDS.includes(zone.zoneKind) && adminPath(model.devices, source, zone)) return undefined;
  return { flow, source, zone };
}
