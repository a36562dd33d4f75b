// The lowest level a system's declared criteria put it at, under each rule-set (regulations.md §1.1).
import { text, type System, type Text } from '../model/index.js';
import type { Level, RulesetId } from './rule.js';

export interface MinimumLevel {
  readonly level: Level;
  /** Why, with the article. */
  readonly because: Text;
}

export function minimumLevel(system: System, ruleset: RulesetId): MinimumLevel {
  const nd331 = ruleset === 'vn-nd331-2026';
  const subjects = system.personalDataSubjects ?? 0;
  const reasons: MinimumLevel[] = [];
  const add = (level: Level, vi: string, en: string) => reasons.push({ level, because: text(vi, en) });
  switch (system.criterion) {
    case 'internal-public-information':
      add(1, nd331 ? 'NĐ 331 Điều 11' : 'NĐ 85 Điều 7', nd331 ? 'NĐ 331 Art. 11' : 'NĐ 85 Art. 7');
      break;
    case 'internal-personal-data':
    case 'single-agency-infrastructure':
    case 'citizen-service':
      add(2, nd331 ? 'NĐ 331 Điều 12' : 'NĐ 85 Điều 8', nd331 ? 'NĐ 331 Art. 12' : 'NĐ 85 Art. 8');
      break;
    case 'administrative-procedures':
      if (nd331) add(3, 'NĐ 331 Điều 13: hệ thống xử lý thủ tục hành chính', 'NĐ 331 Art. 13: systems processing administrative procedures');
      else add(2, 'NĐ 85 Điều 8.2: dịch vụ trực tuyến', 'NĐ 85 Art. 8.2: online services');
      break;
    case 'online-public-service':
    case 'shared-provincial-infrastructure':
    case 'state-secret':
    case 'defence-security':
    case 'industrial-control':
      add(3, nd331 ? 'NĐ 331 Điều 13' : 'NĐ 85 Điều 9', nd331 ? 'NĐ 331 Art. 13' : 'NĐ 85 Art. 9');
      break;
    case 'national-24x7':
      add(4, nd331 ? 'NĐ 331 Điều 14' : 'NĐ 85 Điều 10.2–10.3', nd331 ? 'NĐ 331 Art. 14' : 'NĐ 85 Art. 10.2–10.3');
      break;
    case 'national-infrastructure':
    case 'pm-designated':
      add(5, nd331 ? 'NĐ 331 Điều 15–16' : 'NĐ 85 Điều 11', nd331 ? 'NĐ 331 Art. 15–16' : 'NĐ 85 Art. 11');
      break;
  }
  if (system.stateSecret) add(3, 'xử lý bí mật nhà nước (NĐ 85 Điều 9.1; NĐ 331 Điều 13)', 'processes state secrets (NĐ 85 Art. 9.1; NĐ 331 Art. 13)');
  // Only online services for citizens or businesses count their users' personal data.
  if (system.citizenFacing) {
    const threshold = nd331 ? 100_000 : 10_000;
    if (subjects >= threshold) {
      add(
        3,
        nd331
          ? `dữ liệu cá nhân cơ bản của ${subjects} người ≥ 100.000 (NĐ 331 Điều 13)`
          : `dữ liệu cá nhân của ${subjects} người dùng ≥ 10.000 (NĐ 85 Điều 9.2)`,
        nd331 ? `basic personal data of ${subjects} people ≥ 100,000 (NĐ 331 Art. 13)` : `personal data of ${subjects} users ≥ 10,000 (NĐ 85 Art. 9.2)`,
      );
    }
  }
  return reasons.reduce((a, b) => (b.level > a.level ? b : a), { level: 1 as Level, because: text('không tiêu chí nào cao hơn', 'no higher criterion') });
}
