// The TT 12/2022 annex grid (modules/baseline/annex-grid.ts) in the outputs: the `annex` array of the JSON document
// of `hatang validate --format json` and `hatang build`, and the section "Đối chiếu theo Phụ lục TT 12/2022" of
// each system in the compliance report (Markdown here, HTML through the eta template below). One row per annex item
// of the system's level, in the annex order, with its status, the rules that check it, its citations and, for a
// manual check, the evidence to see. Passing findings are counted per row, never listed.
import type { AnnexStatus, AnnexSystemGrid, FindingCounts } from '../baseline/annex-grid.js';
import { viDate, type FindingConfidence, type Lang, type Text } from '../model/index.js';
import { CONFIDENCE_LABELS, renderCitation, type Citation } from '../rules/index.js';
import { code as codeSpan, md } from '../runbook/markdown.js';
import { STATUS_LABELS, statusCount, type AnnexRowDetail } from './compliance.js';

export interface AnnexRowJson {
  /** Stable row id (the item's number in Annex V). */
  readonly id: string;
  /** The item's number in the annex of the system's level. */
  readonly item: string;
  readonly group: string;
  readonly kind: string;
  readonly title: Text;
  readonly requirement: Text | null;
  readonly status: AnnexStatus;
  readonly dueDate: string | null;
  readonly rules: readonly string[];
  /** The annex item and its TCVN 11930:2017 clause, rendered in both languages. */
  readonly citations: readonly Text[];
  /** The row's findings for the system, per status. */
  readonly findings: FindingCounts;
  /** For `manual`: what an auditor must see. */
  readonly evidence: readonly Text[];
}

export interface AnnexSystemJson {
  readonly system: string;
  readonly level: number;
  readonly annex: string;
  readonly counts: Readonly<Record<AnnexStatus, number>>;
  readonly rows: readonly AnnexRowJson[];
}

const citationText = (c: Citation): Text => ({ vi: renderCitation(c, 'vi'), en: renderCitation(c, 'en') });

/** The grid as the JSON document carries it. */
export function annexJson(grids: readonly AnnexSystemGrid[]): AnnexSystemJson[] {
  return grids.map((g) => ({
    system: g.system,
    level: g.level,
    annex: g.annex,
    counts: g.counts,
    rows: g.rows.map((r) => ({
      id: r.id,
      item: r.item,
      group: r.group.id,
      kind: r.kind,
      title: r.title,
      requirement: r.requirement ?? null,
      status: r.status,
      dueDate: r.dueDate ?? null,
      rules: r.rules,
      citations: r.citations.map(citationText),
      findings: r.counts,
      evidence: r.evidence,
    })),
  }));
}

const ROW_COUNT_ORDER: readonly AnnexStatus[] = ['fail', 'due', 'waived', 'manual', 'pass'];

/**
 * "kết quả các quy tắc: 48 đạt": the row's findings per status (not-applicable ones left out), or empty when they say
 * no more than the row's status (one finding of that status).
 */
function findingCounts(c: FindingCounts, status: AnnexStatus): Text {
  const list = ROW_COUNT_ORDER.filter((s) => c[s] > 0);
  if (list.length === 0 || (list.length === 1 && list[0] === status && c[status] === 1)) return { vi: '', en: '' };
  return {
    vi: 'kết quả các quy tắc: ' + list.map((s) => statusCount(s, c[s]).vi).join(' · '),
    en: 'rule results: ' + list.map((s) => statusCount(s, c[s]).en).join(' · '),
  };
}

const dueText = (date: string): Text => ({ vi: `đến hạn ngày ${viDate(date)}`, en: `due on ${date}` });

export interface AnnexViewRow {
  readonly id: string;
  readonly item: string;
  readonly title: Text;
  readonly requirement?: Text;
  readonly status: AnnexStatus;
  readonly due?: Text;
  readonly findings: Text;
  readonly rules: readonly string[];
  readonly citations: readonly Text[];
  readonly evidence: readonly Text[];
  /** Where the failing findings of the row are in the inventory (`rule`, `file:line:column`). */
  readonly failing: readonly { readonly rule: string; readonly location: string }[];
  readonly confidence?: FindingConfidence;
}

export interface AnnexView {
  readonly title: Text;
  readonly intro: Text;
  readonly summary: Text;
  readonly parts: readonly { readonly title: Text; readonly rows: readonly AnnexViewRow[] }[];
}

const PARTS = [
  { part: 'management', title: { vi: 'I. Yêu cầu quản lý', en: 'I. Management requirements' } },
  { part: 'technical', title: { vi: 'II. Yêu cầu kỹ thuật', en: 'II. Technical requirements' } },
] as const;

/**
 * The section of one system, language-neutral (both languages in every text), for the HTML and Markdown writers;
 * `details` (from the compliance report) adds the failing findings' locations and the confidence of each row.
 */
export function annexView(g: AnnexSystemGrid, details: Readonly<Record<string, AnnexRowDetail>> = {}): AnnexView {
  const failing = g.rows.filter((r) => r.status === 'fail').map((r) => r.item);
  const counts = ROW_COUNT_ORDER.filter((s) => g.counts[s] > 0);
  return {
    title: { vi: 'Đối chiếu theo Phụ lục TT 12/2022', en: 'Check against the annex of Circular 12/2022' },
    intro: {
      vi:
        `Hệ thống cấp độ ${g.level}, đối chiếu với Phụ lục ${g.annex} Thông tư số 12/2022/TT-BTTTT, mỗi mục một dòng. Kết quả của một mục là kết quả ` +
        'xấu nhất trong các phát hiện của các quy tắc kiểm tra mục đó; mục chưa có quy tắc nào kết luận được, hoặc quy tắc chỉ kiểm tra được một ' +
        'phần, cần kiểm tra thủ công theo bằng chứng nêu tại cột cuối.',
      en:
        `Level-${g.level} system, checked against Annex ${g.annex} of Circular 12/2022/TT-BTTTT, one line per item. The result of an item is the worst ` +
        'of the findings of the rules that check it; an item no rule can decide, or that its rules check only in part, needs a manual check of the ' +
        'evidence in the last column.',
    },
    summary: {
      vi:
        'Số mục theo kết quả: ' +
        counts.map((s) => statusCount(s, g.counts[s]).vi).join(' · ') +
        (failing.length > 0 ? `. Mục không đạt: ${failing.join(', ')}.` : '.'),
      en:
        'Items by result: ' +
        counts.map((s) => statusCount(s, g.counts[s]).en).join(' · ') +
        (failing.length > 0 ? `. Failing items: ${failing.join(', ')}.` : '.'),
    },
    parts: PARTS.map(({ part, title }) => ({
      title,
      rows: g.rows
        .filter((r) => r.part === part)
        .map((r) => ({
          id: r.id,
          item: r.item,
          title: r.title,
          ...(r.requirement ? { requirement: r.requirement } : {}),
          status: r.status,
          ...(r.dueDate ? { due: dueText(r.dueDate) } : {}),
          findings: findingCounts(r.counts, r.status),
          rules: r.rules,
          citations: r.citations.map(citationText),
          evidence: r.evidence,
          failing: details[r.id]?.failing ?? [],
          ...(details[r.id]?.confidence ? { confidence: details[r.id]!.confidence! } : {}),
        })),
    })).filter((p) => p.rows.length > 0),
  };
}

/** Inventory-independent text in a table cell, still escaped: one line, no pipe or markup. */
const cell = (s: string): string => md(s).trim();

/** The section of one system as Markdown, under a `###` heading. */
export function renderAnnexMarkdown(g: AnnexSystemGrid, lang: Lang, details: Readonly<Record<string, AnnexRowDetail>> = {}, heading = '###'): string {
  const v = annexView(g, details);
  const tx = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const head = [
    tx('Mục', 'Item'),
    tx('Yêu cầu', 'Requirement'),
    tx('Kết quả', 'Result'),
    tx('Quy tắc; vị trí phát hiện không đạt', 'Rules; where the failing findings are'),
    tx('Căn cứ', 'Source'),
    tx('Mức tin cậy', 'Confidence'),
    tx('Bằng chứng cần xem', 'Evidence to see'),
  ];
  const tables = v.parts.map((p) => {
    const rows = p.rows.map((r) => [
      cell(r.item),
      cell(r.title[lang]) + (r.requirement ? `: ${cell(r.requirement[lang])}` : ''),
      cell(STATUS_LABELS[r.status][lang]) + (r.due ? ` (${cell(r.due[lang])})` : '') + (r.findings[lang] ? ` (${cell(r.findings[lang])})` : ''),
      (r.rules.map((id) => codeSpan(id)).join(', ') || '—') +
        (r.failing.length > 0
          ? `; ${tx('không đạt tại', 'failing at')} ${r.failing.map((x) => `${codeSpan(x.rule)} ${codeSpan(x.location)}`).join(', ')}`
          : ''),
      cell(r.citations.map((c) => c[lang]).join('; ')) || '—',
      r.confidence ? CONFIDENCE_LABELS[r.confidence][lang] : '—',
      cell(r.evidence.map((e) => e[lang]).join('; ')) || '—',
    ]);
    return (
      `**${cell(p.title[lang])}**\n\n` +
      [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') +
      '\n'
    );
  });
  return [`${heading} ${cell(v.title[lang])}\n`, `${cell(v.intro[lang])}\n`, `${cell(v.summary[lang])}\n`, ...tables].join('\n');
}

/**
 * The section of one system as HTML (eta; `<%= %>` escapes with the report's escaper). Data: `v` (an AnnexView),
 * `prefix` (the system's anchor), `h` (the report's helpers).
 */
export const ANNEX_TEMPLATE = `<h3 id="<%= it.prefix %>_annex"><% if (it.number) { %><%= it.number %> <% } %><%~ it.h.t(it.v.title) %></h3>
<p class="note"><%~ it.h.t(it.v.intro) %></p>
<p><%~ it.h.t(it.v.summary) %></p>
<% for (const part of it.v.parts) { %>
<table class="findings annex">
<caption><%~ it.h.t(part.title) %></caption>
<colgroup><col style="width:11%"><col style="width:33%"><col style="width:13%"><col style="width:16%"><col style="width:17%"><col style="width:10%"></colgroup>
<thead><tr><th scope="col"><%~ it.h.tx('Mục', 'Item') %></th><th scope="col"><%~ it.h.tx('Yêu cầu; bằng chứng cần xem', 'Requirement; evidence to see') %></th><th scope="col"><%~ it.h.tx('Kết quả', 'Result') %></th><th scope="col"><%~ it.h.tx('Quy tắc; vị trí phát hiện không đạt', 'Rules; where the failing findings are') %></th><th scope="col"><%~ it.h.tx('Căn cứ', 'Source') %></th><th scope="col"><%~ it.h.tx('Mức tin cậy', 'Confidence') %></th></tr></thead>
<tbody>
<% for (const r of part.rows) { %>
<tr class="annex-row a-<%= r.status %>" data-annex-row="<%= r.id %>" data-status="<%= r.status %>"><th scope="row" class="item"><%= r.item %></th><td><%~ it.h.t(r.title) %><% if (r.requirement) { %><br><span class="note"><%~ it.h.t(r.requirement) %></span><% } %><% if (r.evidence.length > 0) { %><div class="evidence"><%~ it.h.tx('Bằng chứng cần xem', 'Evidence to see') %>:<ul><% for (const e of r.evidence) { %><li><%~ it.h.t(e) %></li><% } %></ul></div><% } %></td><td><%~ it.h.status(r.status) %><% if (r.due) { %><br><span class="note">(<%~ it.h.t(r.due) %>)</span><% } %><% if (r.findings.vi) { %><br><span class="note"><%~ it.h.t(r.findings) %></span><% } %></td><td><% if (r.rules.length === 0) { %>—<% } %><% r.rules.forEach((id, i) => { %><% if (i > 0) { %>, <% } %><code><%= id %></code><% }) %><% if (r.failing.length > 0) { %><ul class="locations"><% for (const x of r.failing) { %><li><%~ it.h.tx('Không đạt', 'Failing') %> <code><%= x.rule %></code>: <code><%= x.location %></code></li><% } %></ul><% } %></td><td><% r.citations.forEach((c, i) => { %><% if (i > 0) { %><br><% } %><%~ it.h.t(c) %><% }) %></td><td><%~ r.confidence ? it.h.confidence(r.confidence) : '—' %></td></tr>
<% } %>
</tbody>
</table>
<% } %>
`;
