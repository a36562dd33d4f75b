// The lowest level a system's declared criteria put it at, under each rule-set (regulations.md §1.1).
import { msg, text, type System, type Text } from '../model/index.js';
import type { Level, RulesetId } from './rule.js';

export interface MinimumLevel {
  readonly level: Level;
  /** Why, with the article. */
  readonly because: Text;
  /** A criterion the model cannot decide (a count it lacks) that could set a higher level: what is missing. */
  readonly undecided?: Text;
}

/**
 * Whether an online service holds personal data of enough people for level 3: NĐ 85/2016 Art. 9.2(c) counts users
 * (≥ 10,000); NĐ 331/2026 Art. 13.2(c) counts data subjects, ≥ 100,000 for basic or ≥ 10,000 for sensitive personal
 * data. `undefined` when the model lacks a count that decides it (the total, or under NĐ 331 the sensitive count while
 * the total could hold 10,000 sensitive subjects). Only systems serving citizens or businesses count.
 */
export function manyDataSubjects(system: System, ruleset: RulesetId): boolean | undefined {
  if (!system.citizenFacing) return false;
  const total = system.personalDataSubjects;
  const sensitive = system.sensitivePersonalDataSubjects;
  if (ruleset !== 'vn-nd331-2026') return total === undefined ? undefined : total >= 10_000;
  if ((total ?? 0) >= 100_000 || (sensitive ?? 0) >= 10_000) return true;
  if (total === undefined) return undefined;
  // Sensitive subjects are among all subjects: below 10,000 in all, they cannot reach 10,000.
  return sensitive === undefined && total >= 10_000 ? undefined : false;
}

/** What to declare when `manyDataSubjects` cannot decide. */
export function missingDataSubjects(ruleset: RulesetId): Text {
  return ruleset === 'vn-nd331-2026'
    ? text(
        'số chủ thể dữ liệu cá nhân cơ bản và số chủ thể dữ liệu cá nhân nhạy cảm mà hệ thống xử lý',
        'the number of data subjects of basic and of sensitive personal data the system processes (personalDataSubjects, sensitivePersonalDataSubjects)',
      )
    : text('số người dùng có dữ liệu cá nhân mà hệ thống xử lý', 'the number of users whose personal data the system processes (personalDataSubjects)');
}

export function minimumLevel(system: System, ruleset: RulesetId): MinimumLevel {
  const nd331 = ruleset === 'vn-nd331-2026';
  const subjects = system.personalDataSubjects ?? 0;
  const reasons: MinimumLevel[] = [];
  const add = (level: Level, vi: string, en: string) => reasons.push({ level, because: text(vi, en) });
  const addText = (level: Level, because: Text) => reasons.push({ level, because });
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
  const many = manyDataSubjects(system, ruleset);
  if (many && !nd331) addText(3, msg('level.nd85-users', { n: subjects }));
  if (many && nd331) {
    const sensitive = system.sensitivePersonalDataSubjects ?? 0;
    addText(3, sensitive >= 10_000 ? msg('level.nd331-sensitive', { n: sensitive }) : msg('level.nd331-basic', { n: subjects }));
  }
  const min = reasons.reduce((a, b) => (b.level > a.level ? b : a), { level: 1 as Level, because: text('không tiêu chí nào cao hơn', 'no higher criterion') });
  return many === undefined && min.level < 3 ? { ...min, undecided: missingDataSubjects(ruleset) } : min;
}
