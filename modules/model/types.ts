// The resolved inventory model. Every entity keeps where it came from so that findings can point at the YAML.

export const API_VERSION = 'hatang.vn/v1';

export const KINDS = ['Province', 'Site', 'Zone', 'Flow', 'Device', 'Cluster', 'System', 'Agency', 'Waiver'] as const;
export type Kind = (typeof KINDS)[number];

/** Plural path segment of each kind, as used in finding targets (`systems/cong-dvc`). */
export const TARGET_SEGMENT: Record<Kind, string> = {
  Province: 'province',
  Site: 'sites',
  Zone: 'zones',
  Flow: 'flows',
  Device: 'devices',
  Cluster: 'clusters',
  System: 'systems',
  Agency: 'agencies',
  Waiver: 'waivers',
};

/** A place in an inventory file. Lines and columns count from 1. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Where an entity's document sits, enough to locate any value inside it later. */
export interface SourceRef extends SourceLocation {
  /** Index of the YAML document within the file, from 0. */
  readonly document: number;
}

export interface EntityBase {
  readonly kind: Kind;
  readonly name: string;
  readonly description?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly source: SourceRef;
}

/** An IPv4 or IPv6 prefix given explicitly, or a request for a prefix of a size from a pool. */
export interface AddressSpec {
  /** Canonical prefix text, when given. */
  readonly prefix?: string;
  /** Prefix length requested, when no prefix is given. */
  readonly size?: number;
  readonly pool?: string;
  readonly gateway?: string;
}

export interface DualStack {
  readonly ipv4?: AddressSpec;
  readonly ipv6?: AddressSpec;
}

export type PoolPurpose =
  'datacenter' | 'dr' | 'cluster-pod' | 'cluster-service' | 'tslcd-wan' | 'p2p-links' | 'loopbacks' | 'management' | 'public' | 'agencies';

export interface AddressPool {
  readonly name: string;
  readonly family: 'ipv4' | 'ipv6';
  readonly prefix: string;
  readonly purpose: PoolPurpose;
  readonly routingDomain: string;
  readonly source: 'rfc1918' | 'ula' | 'vnnic' | 'cuc-bdtw' | 'isp' | 'documentation';
  readonly sourceReference?: string;
  readonly lastReviewed?: string;
  /** Only on a `public` pool: its registration with the national cyberspace monitoring centre (ADDR-PUBLIC-01). */
  readonly registration?: PoolRegistration;
  readonly description?: string;
}

/** Whether a public range is registered with the national monitoring centre, with whom, by which document and when. */
export interface PoolRegistration {
  readonly status: 'registered' | 'pending' | 'not-registered';
  /** The body it is (to be) registered with. */
  readonly with: string;
  readonly reference?: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
}

export interface FormerUnit {
  readonly code: string;
  readonly name: string;
  readonly level: 'province' | 'district' | 'commune';
  readonly closedOn?: string;
  readonly note?: string;
}

export interface Province extends EntityBase {
  readonly kind: 'Province';
  readonly code: string;
  readonly title: string;
  readonly tiers: 2 | 3;
  readonly effectiveFrom?: string;
  /** Date the inventory describes; the default evaluation date of the batch commands. */
  readonly asOf?: string;
  readonly seat?: string;
  readonly operator?: string;
  readonly formerUnits: readonly FormerUnit[];
  readonly addressPools: readonly AddressPool[];
  /** External endpoints the province declares beyond the built-in catalogue (`model.externals` holds both). */
  readonly externals: readonly ExternalEndpoint[];
  /** Companies the province rents from: owners of provider sites, operators of rented systems and SOC layers. */
  readonly providers: readonly Provider[];
  /** The layers of the four-layer protection model and who provides each (absent: not declared). */
  readonly securityOperations?: SecurityOperations;
  /** Province-wide endpoint figures, when the documents give totals rather than figures per agency. */
  readonly endpoints?: EndpointCounts;
}

/** A company the province rents infrastructure, platforms, software or security services from. */
export interface Provider {
  readonly name: string;
  readonly title: string;
  readonly providerKind: 'telecom' | 'cloud' | 'security-service' | 'software' | 'other';
  readonly description?: string;
}

/** How a system or a SOC layer is provided: run by the province itself, or rented. */
export type ServiceModel = 'on-premises' | 'iaas' | 'paas' | 'saas';

/** The contract a rented service stands on. */
export interface Contract {
  readonly reference: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
  /** YYYY-MM-DD. */
  readonly expires?: string;
}

/** The four layers of CT 14/CT-TTg (CV 1552/BTTTT-CATTT): on-site team, monitoring, independent assessment, national link. */
export const SOC_LAYERS = ['on-site', 'monitoring', 'assessment', 'national-connection'] as const;
export type SocLayerName = (typeof SOC_LAYERS)[number];

export interface SocLayer {
  readonly layer: SocLayerName;
  readonly sourcing: 'in-house' | 'rented';
  /** The provider, for a rented layer. */
  readonly provider?: string;
  readonly contract?: Contract;
  readonly description?: string;
}

export interface SecurityOperations {
  /** In the order written; each layer at most once. */
  readonly layers: readonly SocLayer[];
}

/** Computers of an agency (or of the whole province) and how many run anti-malware protection. */
export interface EndpointCounts {
  readonly workstations?: number;
  readonly workstationsProtected?: number;
  readonly servers?: number;
  readonly serversProtected?: number;
  /** YYYY-MM-DD: when the figures were counted. */
  readonly asOf?: string;
  /** Where the figures come from (a report, a survey). */
  readonly reference?: string;
}

/** Attestation that a site meets a facility regulation (lightning, earthing, fire). */
export interface FacilityAttestation {
  readonly standard: string;
  readonly reference?: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
}

export type Redundancy = 'N' | 'N+1' | '2N' | '2(N+1)';

export interface Site extends EntityBase {
  readonly kind: 'Site';
  readonly title: string;
  readonly role: 'primary' | 'dr' | 'other';
  readonly drFor?: string;
  readonly address?: string;
  readonly location?: { readonly latitude: number; readonly longitude: number };
  readonly rating?: { readonly standard: string; readonly level: number };
  readonly power?: Redundancy;
  readonly cooling?: Redundancy;
  readonly distributionPaths?: number;
  readonly internetUplinks: readonly { readonly provider: string; readonly bandwidthMbps?: number }[];
  readonly tslcdPaths?: number;
  readonly operator?: string;
  /** `own`: the province's own facility; `provider`: a provider's data centre or cloud region the province rents in. */
  readonly ownership: 'own' | 'provider';
  /** The provider owning the site (required when `ownership` is `provider`). */
  readonly provider?: string;
  /** Conformity with the facility regulations TT 23/2022 names: lightning, earthing, fire (DC-03). */
  readonly facilities?: { readonly lightning?: FacilityAttestation; readonly earthing?: FacilityAttestation; readonly fire?: FacilityAttestation };
  /** Hazard areas the site lies in (flood plain, storm coast, a grid area), as tags compared between sites (DC-04). */
  readonly hazardZones?: readonly string[];
  /** Grid feeders or substations that feed the site (DC-04). */
  readonly powerFeeds?: readonly string[];
  readonly commissioned?: number;
  /** Terraform state of the stacks of the site's clusters (absent: local files). */
  readonly stateBackend?: {
    readonly type: 'local' | 'pg' | 's3';
    readonly connStr?: string;
    readonly schemaName?: string;
    readonly bucket?: string;
    readonly keyPrefix?: string;
    readonly region?: string;
    readonly endpoint?: string;
  };
  /** Links that carry replication and backup traffic to another site. */
  readonly replicationLinks: readonly ReplicationLink[];
  /** Routed point-to-point links at the site (absent when none is declared). */
  readonly pointToPointLinks?: readonly PointToPointLink[];
}

/** A routed point-to-point link: an IPv4 /31 and an IPv6 /127, given or requested. */
export interface PointToPointLink {
  readonly name: string;
  readonly description?: string;
  readonly ipv4?: AddressSpec;
  readonly ipv6?: AddressSpec;
}

export interface ReplicationLink {
  readonly to: string;
  readonly count: number;
  readonly paths: number;
  readonly bandwidthMbps: number;
  readonly provider?: string;
  readonly circuit?: string;
}

export type DrMode = 'none' | 'cold' | 'warm' | 'hot';
export type ReplicationMethod = 'backup-restore' | 'storage-async' | 'storage-sync' | 'database-stream' | 'application';
export type SwitchoverMethod = 'dns' | 'gslb' | 'bgp' | 'manual';

export interface DrSpec {
  readonly mode: DrMode;
  readonly site?: string;
  readonly replication?: ReplicationMethod;
  readonly switchover?: SwitchoverMethod;
  readonly records?: readonly string[];
  readonly ttlSeconds?: number;
}

export const ZONE_KINDS = [
  'edge',
  'dmz',
  'internal-servers',
  'database',
  'storage',
  'backup',
  'management',
  'device-management',
  'soc',
  'user',
  'wireless',
  'iot',
  'public-wifi',
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export interface Zone extends EntityBase {
  readonly kind: 'Zone';
  readonly site: string;
  readonly zoneKind: ZoneKind;
  readonly title?: string;
  readonly vlan?: number;
  readonly ipv4?: AddressSpec;
  readonly ipv6?: AddressSpec;
  readonly hosts?: number;
}

/** Names of the built-in external endpoints (modules/model/externals.ts describes each); a province may declare more. */
export const EXTERNAL_NETWORKS = [
  'internet',
  'tslcd',
  'ngsp',
  'ndxp',
  'vdxp',
  'national-dc',
  'national-soc',
  'national-public-service-portal',
  'government-reporting',
  'pki',
  'isp-mail',
  'vneid',
  'national-databases',
  'emc',
  'paygov',
  'national-shared-catalogue',
] as const;
/** The name of an external endpoint: a built-in one or one the province declares under `externals`. */
export type ExternalNetwork = string;

/** The network a flow to an external endpoint takes: the government data network, the Internet, or a dedicated circuit. */
export const EXTERNAL_PATHS = ['tslcd', 'internet', 'dedicated'] as const;
export type ExternalPath = (typeof EXTERNAL_PATHS)[number];

export const EXTERNAL_CATEGORIES = ['network', 'national-platform', 'national-database', 'national-service', 'field-devices', 'other'] as const;
export type ExternalCategory = (typeof EXTERNAL_CATEGORIES)[number];

/** Something outside the province's data centres a flow can reach: a network, a national system, field devices. */
export interface ExternalEndpoint {
  readonly name: string;
  readonly category: ExternalCategory;
  readonly title: { readonly vi: string; readonly en: string };
  /** The usual short name (VDXP, VNeID, EMC). */
  readonly abbreviation?: string;
  /** The body that runs it, when the documents say. */
  readonly operator?: { readonly vi: string; readonly en: string };
  /** The network it is reached over; a network's own path is itself. */
  readonly path: ExternalPath;
  /** How sure the catalogue is of that path: read in a text, or hatang's practice default. */
  readonly pathConfidence: 'verified' | 'practice' | 'unverified';
  /** The text that establishes the system (e.g. Quyết định số 28/2018/QĐ-TTg). */
  readonly basis?: string;
  readonly builtin: boolean;
  /** Its prefixes, when the province declares them (canonical text). */
  readonly ipv4?: readonly string[];
  readonly ipv6?: readonly string[];
  /** Where the province declares it (absent for built-in endpoints). */
  readonly source?: SourceLocation;
}

export type Endpoint =
  | { readonly type: 'zone'; readonly zone: string }
  | { readonly type: 'external'; readonly external: ExternalNetwork }
  | { readonly type: 'site'; readonly site: string };

export interface PortRange {
  readonly protocol: 'tcp' | 'udp' | 'sctp' | 'icmp' | 'icmpv6' | 'any';
  /** First and last port, for tcp/udp/sctp. */
  readonly from?: number;
  readonly to?: number;
}

export interface Flow extends EntityBase {
  readonly kind: 'Flow';
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly ports: readonly PortRange[];
  readonly purpose: string;
  readonly system?: string;
  /** For a flow to or from an external endpoint: the network it takes, when it is not the endpoint's usual path. */
  readonly via?: ExternalPath;
}

export const DEVICE_KINDS = [
  'firewall',
  'ips',
  'waf',
  'anti-ddos',
  'db-firewall',
  'siem',
  'log-collector',
  'ntp',
  'backup',
  'vpn',
  'pam',
  'nac',
  'core-switch',
  'load-balancer',
  'mail-security',
  'anti-malware',
  'dlp',
  'monitoring',
  'storage',
  'tap',
  'edge-router',
  'vulnerability-scanner',
] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export interface Device extends EntityBase {
  readonly kind: 'Device';
  readonly deviceKind: DeviceKind;
  readonly capabilities: readonly string[];
  readonly site: string;
  readonly zone?: string;
  readonly boundaryZones: readonly string[];
  readonly boundaryExternals: readonly ExternalNetwork[];
  readonly redundancy: 'single' | 'active-standby' | 'active-active';
  readonly count?: number;
  readonly service: boolean;
  readonly vendor?: string;
  readonly model?: string;
}

export interface NodePool {
  readonly name: string;
  readonly zone: string;
  readonly nodes: number;
  readonly cpu?: number;
  readonly memoryGiB?: number;
}

export const CNI_KINDS = ['cilium', 'calico', 'antrea', 'other'] as const;
export type CniKind = (typeof CNI_KINDS)[number];

/** How pod-to-pod traffic of a cluster is filtered: the CNI plugin, and whether its policies enforce the flow matrix. */
export interface NetworkPolicyEnforcement {
  readonly cni: CniKind;
  /** Declared: the network policies admit between pods only the flows of the inventory (default deny for the rest). */
  readonly enforcesFlowMatrix: boolean;
}

export interface Cluster extends EntityBase {
  readonly kind: 'Cluster';
  readonly site: string;
  readonly distribution?: string;
  readonly version?: string;
  readonly context?: string;
  readonly apiEndpoint?: string;
  readonly nodePools: readonly NodePool[];
  readonly podCidrs: DualStack;
  readonly serviceCidrs: DualStack;
  /** Absent when the inventory does not say how pod traffic between the zones of the node pools is filtered. */
  readonly networkPolicyEnforcement?: NetworkPolicyEnforcement;
}

export type Criterion =
  | 'internal-public-information'
  | 'internal-personal-data'
  | 'citizen-service'
  | 'single-agency-infrastructure'
  | 'online-public-service'
  | 'administrative-procedures'
  | 'shared-provincial-infrastructure'
  | 'state-secret'
  | 'defence-security'
  | 'industrial-control'
  | 'national-24x7'
  | 'national-infrastructure'
  | 'pm-designated';

export interface Component {
  readonly name: string;
  readonly role: string;
  readonly zone: string;
  readonly public: boolean;
  readonly replicas?: number;
  /** Level of the component classified on its own; the whole system takes the highest (NĐ 85/2016 Art. 5.2). */
  readonly level?: 1 | 2 | 3 | 4 | 5;
  /** Operating system of the server(s) running it, as the level dossier lists it (TT 12/2022 Art. 8.3(d); NĐ 331/2026 Art. 22.3(d)). */
  readonly os?: string;
  /** Database engine and replication of a database component; the DR runbooks print its promotion commands. */
  readonly engine?: DatabaseEngine;
}

/** Database engines the DR runbooks know how to promote (others get a manual step naming the vendor procedure). */
export type DatabaseEngine = 'postgresql-patroni' | 'postgresql-streaming' | 'mysql' | 'mariadb' | 'sqlserver' | 'oracle';

/** Who approved a security level: the owner's specialised security unit (L1–2), the owner (L3–4), the Prime Minister's list (L5). */
export type ApproverRole = 'security-unit' | 'owner' | 'prime-minister';

/** Who carried out an assessment. */
export type AssessorType = 'operator' | 'independent-unit' | 'licensed-organisation' | 'competent-authority';

export interface EvidenceItem {
  readonly date: string;
  readonly reference?: string;
  readonly by?: string;
  /** For a level approval: who approved it (NĐ 85/2016 Art. 12; NĐ 331/2026 Art. 18, 20.3). */
  readonly approverRole?: ApproverRole;
  /** For an assessment: who carried it out (NĐ 85/2016 Art. 20.2(c); NĐ 331/2026 Art. 31.2(c)). */
  readonly assessorType?: AssessorType;
  /** For a policy: the review interval it sets for itself, in months. */
  readonly reviewIntervalMonths?: number;
}

export type EvidenceKind =
  | 'levelApproval'
  | 'independentAssessment'
  | 'penetrationTest'
  | 'restoreDrill'
  | 'drDrill'
  | 'riskAssessment'
  | 'preOperationAssessment'
  | 'securityPolicy'
  | 'riskManagementPlan'
  | 'decommissioningPlan'
  | 'training'
  | 'exercise';

export interface System extends EntityBase {
  readonly kind: 'System';
  readonly title: string;
  readonly titleEn?: string;
  readonly owner: string;
  readonly operator?: string;
  readonly level: 1 | 2 | 3 | 4 | 5;
  readonly criterion: Criterion;
  readonly criterionNote?: string;
  readonly citizenFacing: boolean;
  readonly stateSecret: boolean;
  readonly personalDataSubjects?: number;
  /** Data subjects whose sensitive personal data it holds (NĐ 331/2026 Art. 12.2(b), 13.2(c)). */
  readonly sensitivePersonalDataSubjects?: number;
  /** On the list of information systems important to national security (NĐ 331/2026 Art. 16–17, 20.4). */
  readonly nationalSecurityList?: boolean;
  /** Go-live date (YYYY-MM-DD); absent: not yet in operation. */
  readonly inOperationSince?: string;
  readonly hosting?: 'dedicated' | 'shared-dc' | 'cloud';
  /** How the system is provided: on the province's premises, or rented as IaaS, PaaS or SaaS from a provider. */
  readonly service?: { readonly model: ServiceModel; readonly provider?: string; readonly contract?: Contract };
  /** State-secret data encrypted with cơ yếu (government cipher) products on the networks it crosses (DC-07). */
  readonly coYeuEncryption?: boolean;
  readonly components: readonly Component[];
  readonly cluster?: {
    readonly name: string;
    readonly namespace: string;
    readonly podSecurity?: 'privileged' | 'baseline' | 'restricted';
    readonly operatorGroup?: string;
    readonly quota?: { readonly cpu?: number; readonly memoryGiB?: number; readonly pods?: number };
  };
  readonly rpoMinutes?: number;
  readonly rtoMinutes?: number;
  readonly backup?: {
    readonly frequencyMinutes: number;
    readonly retentionDays: number;
    readonly offsite: boolean;
    readonly site?: string;
  };
  readonly dr?: DrSpec;
  readonly data?: { readonly sizeGiB: number; readonly dailyChangeGiB?: number };
  readonly logging?: { readonly central?: boolean; readonly retentionMonths?: number };
  readonly adminAuth?: { readonly mfa?: boolean; readonly via?: 'vpn' | 'pam' | 'jump-host' | 'local' };
  readonly tls?: { readonly enabled: boolean; readonly minVersion?: '1.2' | '1.3' };
  readonly evidence: Readonly<Partial<Record<EvidenceKind, EvidenceItem>>>;
  readonly dependsOn: readonly string[];
}

export type AgencyKind = 'province-office' | 'department' | 'commune' | 'ward' | 'special-zone' | 'district' | 'other';

export interface Agency extends EntityBase {
  readonly kind: 'Agency';
  readonly title: string;
  readonly agencyKind: AgencyKind;
  readonly code?: string;
  readonly formerCodes: readonly string[];
  readonly parent?: string;
  readonly site?: string;
  readonly tslcd?: {
    readonly tier: 'cap-i' | 'cap-ii';
    readonly vpn?: 'l2' | 'l3';
    readonly bandwidthMbps?: number;
    readonly paths?: number;
    readonly circuit?: string;
  };
  readonly ipv4?: AddressSpec;
  readonly ipv6?: AddressSpec;
  readonly hosts?: number;
  /** The agency's own Internet link (`link: false` when it has none); absent when the inventory does not say. */
  readonly internet?: { readonly link: boolean; readonly provider?: string; readonly bandwidthMbps?: number };
  /** The device at the agency's TSLCD termination: whether a firewall separates the agency LAN from the network. */
  readonly edge?: { readonly firewall: boolean; readonly vendor?: string; readonly model?: string };
  readonly endpoints?: EndpointCounts;
  readonly videoConferenceEndpoints?: number;
  /** One-stop desks (bộ phận một cửa) the agency runs. */
  readonly oneStopDesks?: number;
}

export interface Waiver extends EntityBase {
  readonly kind: 'Waiver';
  readonly rule: string;
  readonly target: string;
  readonly reason: string;
  readonly approver: string;
  readonly approvedOn?: string;
  readonly expires: string;
  readonly reference?: string;
}

export type Entity = Province | Site | Zone | Flow | Device | Cluster | System | Agency | Waiver;

/** A whole province, with every reference between entities checked. Arrays are sorted by name. */
export interface Model {
  /** Inventory folder as given to the loader (relative paths in locations are relative to the working directory). */
  readonly root: string;
  /** SHA-256 over the inventory files (names and contents, in sorted order). */
  readonly hash: string;
  readonly files: readonly string[];
  readonly province: Province;
  readonly sites: readonly Site[];
  readonly zones: readonly Zone[];
  readonly flows: readonly Flow[];
  readonly devices: readonly Device[];
  readonly clusters: readonly Cluster[];
  readonly systems: readonly System[];
  readonly agencies: readonly Agency[];
  readonly waivers: readonly Waiver[];
  /** Every external endpoint a flow may name: the built-in catalogue and the province's own, sorted by name. */
  readonly externals: readonly ExternalEndpoint[];
}
