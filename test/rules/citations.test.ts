// Structured citations: the renderer gives the Vietnamese legal form and the English form, and every rule of every
// kind cites documents of the registry, at every level and under every rule-set it runs in, with no research notes
// or placeholders left in anything a rule declares.
import { describe, expect, test } from 'vitest';
import { SPECIAL, specialReference } from '../../modules/addressing/rules/common.js';
import { PARAMETERS, RULESETS } from '../../modules/baseline/index.js';
import { ALL_RULES, rulesetsOf } from '../../modules/evaluation/index.js';
import {
  clausesFor,
  CONFIDENCE_LABELS,
  CONFIDENCES,
  DOCUMENTS,
  findingOf,
  renderCitation,
  tcvn11930ByLevel,
  uniqueCitations,
  weakestConfidence,
  type Citation,
  type RuleMeta,
  type RulesetId,
} from '../../modules/rules/index.js';

const ND85: RulesetId = 'vn-nd85-tt12-2022';
const ND331: RulesetId = 'vn-nd331-2026';

describe('renderCitation', () => {
  const cases: [Citation, string, string][] = [
    [{ doc: 'nd85-2016', article: '20', clause: '2', point: 'c' }, 'điểm c khoản 2 Điều 20 Nghị định số 85/2016/NĐ-CP', 'Decree 85/2016/ND-CP Art. 20(2)(c)'],
    [{ doc: 'nd331-2026', article: '28', clause: '3' }, 'khoản 3 Điều 28 Nghị định số 331/2026/NĐ-CP', 'Decree 331/2026/ND-CP Art. 28(3)'],
    [
      { doc: 'nd331-2026', article: '31', clause: '2', point: 'd' },
      'điểm d khoản 2 Điều 31 Nghị định số 331/2026/NĐ-CP',
      'Decree 331/2026/ND-CP Art. 31(2)(d)',
    ],
    [{ doc: 'tt12-2022', article: '12', clause: '2', point: 'đ' }, 'điểm đ khoản 2 Điều 12 Thông tư số 12/2022/TT-BTTTT', 'Circular 12/2022 Art. 12(2)(đ)'],
    [
      { doc: 'tt12-2022', annex: 'III', item: 'II.1.b.iv' },
      'mục II.1.b.iv Phụ lục III Thông tư số 12/2022/TT-BTTTT',
      'Circular 12/2022 Annex III item II.1.b.iv',
    ],
    [
      { doc: 'tt12-2022', annex: 'I–V', item: 'II.1.a.i' },
      'mục II.1.a.i các Phụ lục từ I đến V Thông tư số 12/2022/TT-BTTTT',
      'Circular 12/2022 Annexes I–V item II.1.a.i',
    ],
    [{ doc: 'tt31-2017', article: '5' }, 'Điều 5 Thông tư số 31/2017/TT-BTTTT', 'Circular 31/2017 Art. 5'],
    [{ doc: 'nd85-2016', article: '6–11' }, 'từ Điều 6 đến Điều 11 Nghị định số 85/2016/NĐ-CP', 'Decree 85/2016/ND-CP Arts. 6–11'],
    [{ doc: 'luat116-2025', article: '45', clause: '1' }, 'khoản 1 Điều 45 Luật An ninh mạng số 116/2025/QH15', 'Cybersecurity Law 116/2025/QH15 Art. 45(1)'],
    [{ doc: 'tcvn11930-2017', item: '7.2.1.4' }, 'mục 7.2.1.4 TCVN 11930:2017', 'TCVN 11930:2017 §7.2.1.4'],
    [{ doc: 'tcvn14423-2026' }, 'TCVN 14423:2026', 'TCVN 14423:2026'],
    [{ doc: 'rfc4193', item: '4.1' }, 'RFC 4193 mục 4.1', 'RFC 4193 §4.1'],
    [{ doc: 'rfc6890' }, 'RFC 6890', 'RFC 6890'],
    [{ doc: 'qd19-2025' }, 'Quyết định số 19/2025/QĐ-TTg', 'Decision 19/2025/QD-TTg'],
    [{ doc: 'hatang-addressing' }, 'Quy ước quy hoạch địa chỉ của hatang (docs/addressing.md)', 'hatang addressing conventions (docs/addressing.md)'],
  ];
  test.each(cases)('%j', (c, vi, en) => {
    expect(renderCitation(c, 'vi')).toBe(vi);
    expect(renderCitation(c, 'en')).toBe(en);
  });

  test('levels and rule-sets are scope, not part of the rendering', () => {
    const c: Citation = { doc: 'nd85-2016', article: '19', clause: '2', point: 'e', levels: [3], rulesets: [ND85] };
    expect(renderCitation(c, 'vi')).toBe('điểm e khoản 2 Điều 19 Nghị định số 85/2016/NĐ-CP');
  });

  test('TCVN 11930:2017 clauses numbered the same at every level: 5.x at level 1 … 9.x at level 5', () => {
    expect(tcvn11930ByLevel('2.1.2', [1, 2, 3, 4, 5]).map((c) => [c.item, c.levels])).toEqual([
      ['5.2.1.2', [1]],
      ['6.2.1.2', [2]],
      ['7.2.1.2', [3]],
      ['8.2.1.2', [4]],
      ['9.2.1.2', [5]],
    ]);
  });
});

describe('confidence', () => {
  test('the weakest wins: unverified, then practice, then verified', () => {
    expect(weakestConfidence(['verified', 'verified'])).toBe('verified');
    expect(weakestConfidence(['verified', 'practice'])).toBe('practice');
    expect(weakestConfidence(['practice', 'unverified', 'verified'])).toBe('unverified');
  });

  test('Vietnamese labels never show the enum value', () => {
    for (const c of CONFIDENCES) expect(CONFIDENCE_LABELS[c].vi).not.toMatch(/verified|practice/);
    expect(CONFIDENCE_LABELS.practice.vi).toBe('thực tiễn tốt (không có quy định bắt buộc)');
  });
});

describe('findings carry the citations of their rule-set and level', () => {
  const rule: RuleMeta = {
    id: 'TEST-01',
    title: { vi: 'Thử', en: 'Test' },
    domain: 'network',
    mode: 'auto',
    levels: [1, 2, 3],
    severity: 'error',
    clauses: [
      { doc: 'tt12-2022', annex: 'I–III', item: 'II.1.a.i' },
      ...tcvn11930ByLevel('2.1.2', [1, 2, 3]),
      { doc: 'nd85-2016', article: '20', clause: '2', point: 'c', rulesets: [ND85] },
      { doc: 'nd331-2026', article: '28', clause: '3', rulesets: [ND331] },
    ],
    confidence: 'verified',
    remediation: { vi: 'Sửa.', en: 'Fix it.' },
  };
  const source = { file: 'x.yaml', kind: 'System', name: 'x' } as unknown as Parameters<typeof findingOf>[2]['source'];
  const emit = (ruleset: RulesetId, level: number, confidences: ('verified' | 'practice' | 'unverified')[] = []) =>
    findingOf(
      rule,
      { status: 'fail', message: { vi: 'Không đạt', en: 'Fails' } },
      { target: 'systems/x', source, level },
      {
        ruleset,
        locate: () => undefined,
        parameters: () => confidences.map((c, i) => ({ name: `p${i}`, value: 1, unit: 'months', verified: c === 'verified', confidence: c })),
      },
    );

  test('clauses, reference and citations agree; levels and rule-sets are dropped from the citations', () => {
    const f = emit(ND331, 2);
    expect(f.clauses).toEqual([
      'mục II.1.a.i các Phụ lục từ I đến III Thông tư số 12/2022/TT-BTTTT',
      'mục 6.2.1.2 TCVN 11930:2017',
      'khoản 3 Điều 28 Nghị định số 331/2026/NĐ-CP',
    ]);
    expect(f.reference).toBe(f.clauses!.join('; '));
    expect(f.citations).toEqual([
      { doc: 'tt12-2022', annex: 'I–III', item: 'II.1.a.i' },
      { doc: 'tcvn11930-2017', item: '6.2.1.2' },
      { doc: 'nd331-2026', article: '28', clause: '3' },
    ]);
    expect(emit(ND85, 3).clauses).toEqual([
      'mục II.1.a.i các Phụ lục từ I đến III Thông tư số 12/2022/TT-BTTTT',
      'mục 7.2.1.2 TCVN 11930:2017',
      'điểm c khoản 2 Điều 20 Nghị định số 85/2016/NĐ-CP',
    ]);
  });

  test('the confidence of a finding is the weakest of its rule and its parameters', () => {
    expect(emit(ND85, 1).confidence).toBe('verified');
    expect(emit(ND85, 1, ['verified', 'practice']).confidence).toBe('practice');
    expect(emit(ND85, 1, ['practice', 'unverified']).confidence).toBe('unverified');
  });
});

/** Research notes and placeholders that must never reach a rule's declared data (and so no output). */
const NOTE = /\bx\.\d|\d\.x\b|chưa đọc|chỉ đọc|regulations\.md|\(practice\)|thực tiễn \(|không rõ nguồn|chưa xác định|→|\[S\d+\]|unattributed/;

/** Every string a rule declares, with where it sits; functions (checks, conditions) and the confidence note are left out. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'confidenceNote' && typeof v !== 'function') strings(v, `${path}.${k}`, out);
  }
  return out;
}

const rules = [...ALL_RULES.values()];

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  test('no research note or placeholder in its declared data', () => {
    const bad = strings(rule, rule.id).filter(([, s]) => NOTE.test(s));
    expect(bad).toEqual([]);
  });

  test('every citation names a document of the registry and renders completely', () => {
    for (const c of rule.clauses) {
      expect(Object.keys(DOCUMENTS), `${rule.id}: ${c.doc}`).toContain(c.doc);
      for (const lang of ['vi', 'en'] as const) expect(renderCitation(c, lang)).not.toMatch(/undefined|\s{2}|^\s|\s$/);
      for (const l of c.levels ?? []) expect(rule.levels, `${rule.id}: ${JSON.stringify(c)}`).toContain(l);
      for (const s of c.rulesets ?? []) expect(RULESETS.map((r) => r.id)).toContain(s);
      expect(Object.keys(c).every((k) => ['doc', 'article', 'clause', 'point', 'annex', 'item', 'levels', 'rulesets'].includes(k))).toBe(true);
    }
    expect(uniqueCitations(rule.clauses)).toHaveLength(rule.clauses.length);
  });

  test('it cites at least one clause at each of its levels under each rule-set it runs in', () => {
    for (const ruleset of rulesetsOf(rule.id) as RulesetId[]) {
      for (const level of rule.levels) expect(clausesFor(rule, ruleset, level).length, `${rule.id} ${ruleset} L${level}`).toBeGreaterThan(0);
    }
  });

  test('its confidence is one of the three, explained when it is not verified', () => {
    expect(CONFIDENCES).toContain(rule.confidence);
    if (rule.confidence !== 'verified') expect(rule.confidenceNote?.vi && rule.confidenceNote.en, rule.id).toBeTruthy();
    if (rule.confidenceNote) expect(strings(rule.confidenceNote, 'note').filter(([, s]) => /→|regulations\.md|\[S\d+\]/.test(s))).toEqual([]);
  });
});

test('the citations of each special-purpose range name documents of the registry', () => {
  for (const s of SPECIAL) {
    const cited = specialReference(s);
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect(Object.keys(DOCUMENTS)).toContain(c.doc);
  }
});

test('parameters: confidence per level, and sources and notes without research notes', () => {
  for (const p of Object.values(PARAMETERS)) {
    for (const id of RULESETS.map((r) => r.id)) {
      expect(p.confidence[id]).toHaveLength(5);
      for (const c of p.confidence[id]) expect(CONFIDENCES).toContain(c);
    }
    expect(strings({ source: p.source, note: p.note, description: p.description }, p.name).filter(([, s]) => NOTE.test(s))).toEqual([]);
  }
});
