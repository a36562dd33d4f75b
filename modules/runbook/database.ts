// Promotion of a database replica at the DR site, per engine: the command with the real names, the check that the
// promotion took, and how to undo it before the first write. Engines without a command line the runbook can give
// (SQL Server, Oracle) get an explicit manual step that names the vendor procedure. Commands are built with `sh`.
import type { DatabaseEngine } from '../model/index.js';
import { code as tick } from './markdown.js';
import { sh } from './shell.js';

type T = (vi: string, en: string) => string;

/** Where the Patroni configuration is read from on every database server (the package default). */
export const PATRONI_CONFIG = '/etc/patroni/patroni.yml';

export interface Promotion {
  /** Markdown: where to run the commands, or the manual procedure. */
  readonly action: string;
  readonly commands: readonly string[];
  readonly verify: readonly string[];
  readonly rollback: readonly string[];
}

/** What a promotion needs: the database, its system, the zone it is promoted in and the sites. */
export interface PromotionTarget {
  readonly system: string;
  readonly component: string;
  readonly engine?: DatabaseEngine;
  /** Markdown, the DR zone and its prefixes. */
  readonly where: string;
  readonly drSite: string;
  readonly primarySite: string;
}

/**
 * The Patroni scope (or availability group) of a database, `<system>-<component>`, and its member at a site,
 * `<scope>-<site>`: a naming convention, like the workload kinds.
 */
export const patroniScope = (p: PromotionTarget): string => `${p.system}-${p.component}`;
const member = (p: PromotionTarget, site: string): string => `${patroniScope(p)}-${site}`;

const NOT_IN_RECOVERY = 'SELECT pg_is_in_recovery()';

function postgresPatroni(p: PromotionTarget, t: T): Promotion {
  const scope = patroniScope(p);
  return {
    action: t(
      `${tick(p.component)} (PostgreSQL, Patroni): trên một máy chủ cơ sở dữ liệu của cụm Patroni ${tick(scope)} tại ${p.where}, nâng thành viên ${tick(member(p, p.drSite))} thành bản chính. Kết quả kiểm tra phải là \`f\`.`,
      `${tick(p.component)} (PostgreSQL, Patroni): on a database server of the Patroni cluster ${tick(scope)} at ${p.where}, promote member ${tick(member(p, p.drSite))}. The check must print \`f\`.`,
    ),
    commands: [
      sh`patronictl -c ${PATRONI_CONFIG} list ${scope}`,
      sh`patronictl -c ${PATRONI_CONFIG} failover ${scope} --candidate ${member(p, p.drSite)} --force`,
    ],
    verify: [sh`patronictl -c ${PATRONI_CONFIG} list ${scope}`, sh`psql -X -At -c ${NOT_IN_RECOVERY}`],
    rollback: [sh`patronictl -c ${PATRONI_CONFIG} failover ${scope} --candidate ${member(p, p.primarySite)} --force`],
  };
}

function postgresStreaming(p: PromotionTarget, t: T): Promotion {
  return {
    action: t(
      `${tick(p.component)} (PostgreSQL, nhân bản luồng liên tục): trên máy chủ bản sao tại ${p.where}, với người dùng \`postgres\`, nâng bản sao thành bản chính. Kết quả kiểm tra phải là \`f\`. Không đảo ngược được sau khi đã ghi: bản cũ ở trung tâm chính được dựng lại thành bản sao (\`pg_rewind\` hoặc \`pg_basebackup\`) ở bước quay về.`,
      `${tick(p.component)} (PostgreSQL, streaming replication): on the replica server at ${p.where}, as user \`postgres\`, promote the replica. The check must print \`f\`. Once written to, it cannot be undone: the old primary is rebuilt as a replica (\`pg_rewind\` or \`pg_basebackup\`) during failback.`,
    ),
    commands: [sh`psql -X -At -c ${'SELECT pg_promote(wait => true)'}`],
    verify: [sh`psql -X -At -c ${NOT_IN_RECOVERY}`],
    rollback: [sh`psql -X -At -c ${'ALTER SYSTEM SET default_transaction_read_only = on'}`, sh`psql -X -At -c ${'SELECT pg_reload_conf()'}`],
  };
}

function mysqlFamily(p: PromotionTarget, t: T, name: string): Promotion {
  return {
    action: t(
      `${tick(p.component)} (${name}): trên máy chủ bản sao tại ${p.where}, dừng nhân bản và mở ghi. Kết quả kiểm tra \`@@global.read_only\` phải là \`0\` và không còn trạng thái nhân bản.`,
      `${tick(p.component)} (${name}): on the replica server at ${p.where}, stop replication and allow writes. The check must print \`0\` for \`@@global.read_only\` and no replication status.`,
    ),
    commands: [sh`mysql -e ${'STOP REPLICA; RESET REPLICA ALL; SET GLOBAL read_only = OFF'}`],
    verify: [sh`mysql -N -e ${'SELECT @@global.read_only'}`, sh`mysql -e ${'SHOW REPLICA STATUS'}`],
    rollback: [sh`mysql -e ${'SET GLOBAL read_only = ON'}`],
  };
}

function manual(p: PromotionTarget, t: T, vi: string, en: string): Promotion {
  return { action: t(`${tick(p.component)}: ${vi} tại ${p.where}.`, `${tick(p.component)}: ${en} at ${p.where}.`), commands: [], verify: [], rollback: [] };
}

/** The promotion of one database component at the DR site, by engine. */
export function promotion(p: PromotionTarget, t: T): Promotion {
  switch (p.engine) {
    case 'postgresql-patroni':
      return postgresPatroni(p, t);
    case 'postgresql-streaming':
      return postgresStreaming(p, t);
    case 'mysql':
      return mysqlFamily(p, t, 'MySQL');
    case 'mariadb':
      return mysqlFamily(p, t, 'MariaDB');
    case 'sqlserver':
      return manual(
        p,
        t,
        `làm thủ công theo quy trình của Microsoft cho nhóm sẵn sàng cao Always On: chuyển đổi bắt buộc nhóm ${tick(patroniScope(p))} sang bản sao`,
        `by hand, following Microsoft's procedure for Always On availability groups: forced failover of group ${tick(patroniScope(p))} to the replica`,
      );
    case 'oracle':
      return manual(
        p,
        t,
        'làm thủ công theo quy trình Data Guard của Oracle: chuyển đổi sang cơ sở dữ liệu dự phòng bằng công cụ DGMGRL',
        "by hand, following Oracle's Data Guard procedure: failover to the standby database with DGMGRL",
      );
    default:
      return manual(
        p,
        t,
        'hồ sơ khai báo chưa nêu hệ quản trị cơ sở dữ liệu (`engine`); nâng bản sao thành bản chính theo quy trình của hệ quản trị cơ sở dữ liệu, tắt chế độ chỉ đọc',
        'the inventory declares no `engine`; promote the replica following the database vendor procedure and turn off read-only mode',
      );
  }
}
