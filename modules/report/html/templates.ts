// Eta templates of the HTML documents. Kept in TypeScript so that the compiled package carries them; `<%= %>`
// escapes, `<%~ %>` inserts markup that the helpers already escaped.

export const LAYOUT = `<!DOCTYPE html>
<html lang="vi" data-lang="vi" data-title-vi="<%= it.titleVi %>" data-title-en="<%= it.titleEn %>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hatang <%= it.version %>">
<title><%= it.titleVi %></title>
<style><%~ it.css %></style>
</head>
<body>
<a class="skip" href="#main"><%~ it.h.tx('Bỏ qua đến nội dung', 'Skip to content') %></a>
<div class="toolbar" role="region" aria-label="Ngôn ngữ / Language">
<button id="lang-toggle" type="button" aria-pressed="false" title="Tiếng Việt / English">English</button>
</div>
<main id="main">
<%~ it.body %>
</main>
<script><%~ it.script %></script>
</body>
</html>
`;

/**
 * Findings by domain. Data: `groups`, `level` (heading level), `prefix` (anchor prefix), `h`; `skip`: statuses already
 * shown in the failing table before (a system section), counted here but not listed again. Passes and not-applicable
 * results are counted per rule, never listed one by one.
 */
export const FINDINGS = `<% const skip = it.skip || []; %>
<% for (const group of it.groups) { %>
<% const detailed = group.findings.filter((f) => (f.status === 'fail' || f.status === 'due' || f.status === 'waived' || f.status === 'manual') && !skip.includes(f.status)); %>
<% const above = group.findings.filter((f) => skip.includes(f.status)).length; %>
<h<%= it.level %> id="<%= it.prefix %>_<%= group.domain %>"><%~ it.h.t(group.label) %> <span class="note">(<%~ it.h.counts(group.counts) %>)</span></h<%= it.level %>>
<% if (above > 0) { %><p class="note"><%~ it.h.tx(above + ' nội dung không đạt hoặc chưa đến hạn: xem bảng ở mục 1.', above + ' failing or not yet due: see the table in part 1.') %></p><% } %>
<% if (detailed.length > 0) { %>
<table class="findings">
<colgroup><col style="width:16%"><col style="width:12%"><col style="width:15%"><col style="width:27%"><col style="width:13%"><col style="width:17%"></colgroup>
<thead><tr><th scope="col"><%~ it.h.tx('Quy tắc', 'Rule') %></th><th scope="col"><%~ it.h.tx('Kết quả; mức tin cậy', 'Result; confidence') %></th><th scope="col"><%~ it.h.tx('Căn cứ', 'Source') %></th><th scope="col"><%~ it.h.tx('Giải thích', 'Explanation') %></th><th scope="col"><%~ it.h.tx('Vị trí trong mô hình hạ tầng', 'Location in the inventory') %></th><th scope="col"><%~ it.h.tx('Khắc phục', 'Remediation') %></th></tr></thead>
<tbody>
<% for (const f of detailed) { %>
<tr class="finding f-<%= f.status %>" data-rule="<%= f.rule %>" data-status="<%= f.status %>"><th scope="row"><code><%= f.rule %></code><% if (f.title) { %><br><%~ it.h.t(f.title) %><% } %></th><td><%~ it.h.status(f.status) %><% if (f.status === 'fail') { %><br><span class="note">(<%~ it.h.severity(f.severity) %>)</span><% } %><% if (f.dueDate) { %><br><span class="note">(<%~ it.h.tx('đến hạn ngày', 'due on') %> <%~ it.h.date(f.dueDate) %>)</span><% } %><% if (f.confidence) { %><br><span class="note"><%~ it.h.tx('Mức tin cậy', 'Confidence') %>: <%~ it.h.confidence(f.confidence) %></span><% } %></td><td><%= f.clauses.join('; ') %></td><td><%~ it.h.t(f.message) %><% if (f.part) { %><br><span class="note"><code><%= f.part %></code></span><% } %><% if (f.waiver) { %><br><span class="note"><%~ it.h.tx('Chấp nhận rủi ro tạm thời', 'Risk accepted by waiver') %>: <code><%= f.waiver %></code></span><% } %><% if (f.evidence.length > 0) { %><ul><% for (const e of f.evidence) { %><li><%~ it.h.t(e) %></li><% } %></ul><% } %></td><td><code><%= f.location || f.target %></code></td><td><% if (f.remediation) { %><%~ it.h.rich(f.remediation) %><% } else { %>—<% } %></td></tr>
<% } %>
</tbody>
</table>
<% } %>
<% for (const st of ['pass', 'not-applicable']) { const list = group.tally.filter((x) => x.status === st); if (list.length === 0) continue; %>
<p class="compact"><%~ it.h.status(st) %> <% list.forEach((x, i) => { %><% if (i > 0) { %>, <% } %><span class="tally" data-rule="<%= x.rule %>" data-count="<%= x.count %>"><code><%= x.rule %></code><% if (x.count > 1) { %> <span class="note">(<%~ it.h.tx(x.count + ' kết quả', x.count + ' results') %>)</span><% } %></span><% }) %></p>
<% } %>
<% } %>
<% if (it.groups.length === 0) { %><p class="note"><%~ it.h.tx('Chưa có kết quả kiểm tra nào cho phần này.', 'No check results for this part yet.') %></p><% } %>
`;

/** What fails in one system, first: the fix and the evidence that would close each finding. Data: `rows`, `prefix`, `h`. */
export const FAILING = `<h3 id="<%= it.prefix %>_failing">1. <%~ it.h.tx('Nội dung không đạt và biện pháp khắc phục', 'What fails and how to fix it') %></h3>
<% if (it.rows.length === 0) { %><p><%~ it.h.tx('Không có nội dung không đạt hoặc chưa đến hạn.', 'Nothing fails or is due later.') %></p><% } else { %>
<table class="findings failing">
<colgroup><col style="width:14%"><col style="width:11%"><col style="width:15%"><col style="width:21%"><col style="width:15%"><col style="width:16%"><col style="width:8%"></colgroup>
<thead><tr><th scope="col"><%~ it.h.tx('Quy tắc', 'Rule') %></th><th scope="col"><%~ it.h.tx('Kết quả', 'Result') %></th><th scope="col"><%~ it.h.tx('Căn cứ', 'Source') %></th><th scope="col"><%~ it.h.tx('Giải thích; vị trí trong mô hình hạ tầng', 'Explanation; location in the inventory') %></th><th scope="col"><%~ it.h.tx('Khắc phục', 'Remediation') %></th><th scope="col"><%~ it.h.tx('Bằng chứng để khép lại', 'Evidence that closes it') %></th><th scope="col"><%~ it.h.tx('Mức tin cậy', 'Confidence') %></th></tr></thead>
<tbody>
<% for (const f of it.rows) { %>
<tr class="finding f-<%= f.status %>" data-rule="<%= f.rule %>" data-status="<%= f.status %>"><th scope="row"><code><%= f.rule %></code><% if (f.title) { %><br><%~ it.h.t(f.title) %><% } %></th><td><%~ it.h.status(f.status) %><% if (f.status === 'fail') { %><br><span class="note">(<%~ it.h.severity(f.severity) %>)</span><% } %><% if (f.dueDate) { %><br><span class="note">(<%~ it.h.tx('đến hạn ngày', 'due on') %> <%~ it.h.date(f.dueDate) %>)</span><% } %></td><td><%= f.clauses.join('; ') || '—' %></td><td><%~ it.h.t(f.message) %><% if (f.part) { %><br><span class="note"><code><%= f.part %></code></span><% } %><br><span class="note"><code><%= f.location || f.target %></code></span></td><td><% if (f.remediation) { %><%~ it.h.rich(f.remediation) %><% } else { %>—<% } %></td><td><ul><% for (const e of f.closing) { %><li><%~ it.h.t(e) %></li><% } %></ul></td><td><%~ f.confidence ? it.h.confidence(f.confidence) : '—' %></td></tr>
<% } %>
</tbody>
</table>
<% } %>
`;

export const REPORT = `<section class="cover" aria-labelledby="cover-title">
<p class="kicker"><%~ it.h.tx('Báo cáo tuân thủ an toàn hệ thống thông tin theo cấp độ', 'Security-level compliance report of information systems') %></p>
<h1 id="cover-title"><%~ it.h.t(it.r.province.heading.title) %></h1>
<dl class="facts">
<dt><%~ it.h.t(it.r.province.heading.kind) %></dt><dd><%= it.r.province.title %> (<%~ it.h.tx('mã', 'code') %> <%= it.r.province.code %>, <code><%= it.r.province.name %></code>)</dd>
<% if (it.r.province.operator) { %><dt><%~ it.h.tx('Đơn vị vận hành', 'Operator') %></dt><dd><%= it.r.province.operator %></dd><% } %>
<dt><%~ it.h.tx('Bộ quy tắc', 'Rule-set') %></dt><dd><% if (it.r.rulesets.length > 0) { %><code><%= it.r.rulesets.join(', ') %></code><% } else { %><%~ it.h.tx('chưa có (không có kết quả kiểm tra theo bộ quy tắc)', 'none (no rule-set results)') %><% } %></dd>
<dt><%~ it.h.tx('Tính đến ngày', 'As of') %></dt><dd><%~ it.h.date(it.r.asOf) %></dd>
<dt><%~ it.h.tx('Mã băm SHA-256 của tệp mô tả hạ tầng', 'SHA-256 hash of the inventory') %></dt><dd><code><%= it.r.inventoryHash %></code></dd>
<dt><%~ it.h.tx('Phiên bản hatang', 'hatang version') %></dt><dd><%= it.r.version %></dd>
<dt><%~ it.h.tx('Tổng hợp kết quả', 'Results') %></dt><dd><%~ it.h.counts(it.r.totals) %></dd>
</dl>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title"><%~ it.h.tx('Mục lục', 'Contents') %></h2>
<ol>
<li><a href="#summary"><%~ it.h.tx('Tóm tắt theo hệ thống', 'Summary per system') %></a></li>
<li><a href="#diagrams"><%~ it.h.tx('Sơ đồ', 'Diagrams') %></a></li>
<% for (const s of it.r.systems) { %><li><a href="#<%= s.anchor %>"><%~ it.h.t(s.title) %></a></li><% } %>
<li><a href="#infrastructure"><%~ it.h.tx('Hạ tầng dùng chung', 'Shared infrastructure') %></a></li>
<li><a href="#national"><%~ it.h.tx('Kết nối với hệ thống quốc gia', 'Connections to national systems') %></a></li>
<li><a href="#rented"><%~ it.h.tx('Dịch vụ thuê ngoài', 'Rented services') %></a></li>
<li><a href="#agency-edge"><%~ it.h.tx('Biên mạng của các cơ quan', 'Agency edge') %></a></li>
<li><a href="#waivers"><%~ it.h.tx('Chấp nhận rủi ro tạm thời', 'Temporary risk acceptances (waivers)') %></a></li>
<li><a href="#evidence"><%~ it.h.tx('Bằng chứng', 'Evidence') %></a></li>
<li><a href="#addressing"><%~ it.h.tx('Quy hoạch địa chỉ', 'Addressing plan') %></a></li>
<li><a href="#firewalls"><%~ it.h.tx('Chính sách tường lửa', 'Firewall policy') %></a></li>
<li><a href="#appendix"><%~ it.h.tx('Phụ lục: điều khoản', 'Appendix: clauses') %></a></li>
<li><a href="#confidence"><%~ it.h.tx('Phụ lục: mức tin cậy', 'Appendix: confidence') %></a></li>
</ol>
</nav>
</section>

<section id="summary" class="page" aria-labelledby="summary-title">
<h2 id="summary-title"><%~ it.h.tx('Tóm tắt theo hệ thống', 'Summary per system') %></h2>
<table class="summary">
<colgroup><col style="width:27%"><col style="width:15%"><% for (const s of it.statuses) { %><col style="width:8%"><% } %><col style="width:18%"></colgroup>
<thead><tr><th scope="col"><%~ it.h.tx('Hệ thống', 'System') %></th><th scope="col"><%~ it.h.tx('Cấp độ và tiêu chí', 'Level and criterion') %></th><% for (const s of it.statuses) { %><th scope="col" class="num"><%~ it.h.t(it.statusLabels[s]) %></th><% } %><th scope="col"><%~ it.h.tx('Bằng chứng', 'Evidence') %></th></tr></thead>
<tbody>
<% for (const s of it.r.systems) { %>
<tr data-system="<%= s.name %>"><th scope="row"><a href="#<%= s.anchor %>"><%~ it.h.t(s.title) %></a><br><code><%= s.name %></code></th><td><strong><%= s.level %></strong><br><code><%= s.criterion %></code></td><% for (const st of it.statuses) { %><td class="num"><%= s.counts[st] %></td><% } %><td><%= s.evidencePresent %>/5<% if (s.oldestEvidenceDays !== undefined) { %>; <%~ it.h.tx('cũ nhất ' + s.oldestEvidenceDays + ' ngày', 'oldest ' + s.oldestEvidenceDays + ' days') %><% } %></td></tr>
<% } %>
</tbody>
</table>
</section>

<section id="diagrams" class="page landscape" aria-labelledby="diagrams-title">
<h2 id="diagrams-title"><%~ it.h.tx('Sơ đồ', 'Diagrams') %></h2>
<% for (const d of it.diagrams) { %>
<figure id="diagram-<%= d.id %>" class="diagram-figure<%= d.legend ? ' with-legend' : '' %>"><figcaption><%~ it.h.t(d.title) %></figcaption><div class="drawing"><%~ d.svg %></div>
<% if (d.legend) { %><table class="legend">
<caption><%~ it.h.tx('Số trên mũi tên: luồng và cổng', 'Number on the arrow: flows and ports') %></caption>
<thead><tr><th scope="col" class="num"><%~ it.h.tx('Số', 'No.') %></th><th scope="col"><%~ it.h.tx('Từ → đến', 'From → to') %></th><th scope="col"><%~ it.h.tx('Luồng: cổng', 'Flow: ports') %></th></tr></thead>
<tbody><% for (const e of d.legend) { %><tr><th scope="row" class="num"><%= e.ref %></th><td><code><%= e.from %></code> → <code><%= e.to %></code></td><td><% e.flows.forEach((f, i) => { %><% if (i > 0) { %><br><% } %><code><%= f.name %></code>: <%= f.ports || '—' %><% }) %></td></tr><% } %></tbody>
</table><% } %>
</figure>
<% } %>
</section>

<% for (const s of it.r.systems) { %>
<section id="<%= s.anchor %>" class="system page" aria-labelledby="<%= s.anchor %>-title" data-system="<%= s.name %>">
<h2 id="<%= s.anchor %>-title"><%~ it.h.t(s.title) %></h2>
<dl class="facts">
<dt><%~ it.h.tx('Tên trong mô hình hạ tầng', 'Name in the infrastructure model') %></dt><dd><code><%= s.name %></code></dd>
<dt><%~ it.h.tx('Cấp độ', 'Level') %></dt><dd><%= s.level %> — <code><%= s.criterion %></code><% if (s.criterionNote) { %><br><span class="note"><%= s.criterionNote %></span><% } %></dd>
<dt><%~ it.h.tx('Chủ quản', 'Owner') %></dt><dd><%= s.owner %></dd>
<% if (s.operator) { %><dt><%~ it.h.tx('Vận hành', 'Operator') %></dt><dd><%= s.operator %></dd><% } %>
<dt><%~ it.h.tx('Kết quả', 'Results') %></dt><dd><%~ it.h.counts(s.counts) %></dd>
</dl>
<%~ include('@failing', { rows: s.failing, prefix: s.anchor, h: it.h }) %>
<%~ include('@annex', { v: it.annexView(s.annex, s.annexDetails), prefix: s.anchor, number: '2.', h: it.h }) %>
<h3 id="<%= s.anchor %>_others">3. <%~ it.h.tx('Các kết quả khác theo lĩnh vực', 'Other results by domain') %></h3>
<%~ include('@findings', { groups: s.domains, level: 4, prefix: s.anchor, skip: ['fail', 'due'], h: it.h }) %>
</section>
<% } %>

<section id="infrastructure" class="page" aria-labelledby="infrastructure-title">
<h2 id="infrastructure-title"><%~ it.h.tx('Hạ tầng dùng chung và quy hoạch mạng', 'Shared infrastructure and network plan') %></h2>
<%~ include('@findings', { groups: it.r.infrastructure, level: 3, prefix: 'infrastructure', h: it.h }) %>
</section>

<%~ include('@estate', { r: it.r, h: it.h }) %>

<section id="waivers" class="page" aria-labelledby="waivers-title">
<h2 id="waivers-title"><%~ it.h.tx('Chấp nhận rủi ro tạm thời và lộ trình khắc phục', 'Temporary risk acceptances (waivers) and remediation roadmap') %></h2>
<p class="note"><%~ it.h.tx(it.waiverNote.vi, it.waiverNote.en) %></p>
<% if (it.r.waivers.length === 0) { %><p><%~ it.h.tx('Không có nội dung nào được chấp nhận rủi ro tạm thời.', 'No waivers.') %></p><% } else { %>
<table class="waivers">
<thead><tr><th scope="col"><%~ it.h.tx('Quy tắc, đối tượng', 'Rule, target') %></th><th scope="col"><%~ it.h.tx('Lý do, biện pháp bù đắp', 'Reason, compensating measures') %></th><th scope="col"><%~ it.h.tx('Người phê duyệt, văn bản', 'Approved by, reference') %></th><th scope="col" class="date-col"><%~ it.h.tx('Hết hạn', 'Expires') %></th><th scope="col"><%~ it.h.tx('Lộ trình khắc phục', 'Remediation roadmap') %></th></tr></thead>
<tbody>
<% for (const w of it.r.waivers) { %>
<tr data-waiver="<%= w.name %>"><th scope="row"><code><%= w.rule %></code><br><code><%= w.target %></code><br><span class="note"><code><%= w.name %></code>, <code><%= w.location %></code></span></th><td><%= w.reason %></td><td><%= w.approver %><% if (w.approvedOn) { %><br><span class="note"><%~ it.h.tx('ngày', 'on') %> <%~ it.h.date(w.approvedOn) %></span><% } %><% if (w.reference) { %><br><span class="note"><%= w.reference %></span><% } %></td><td class="date-col"><%~ it.h.date(w.expires) %><br><% if (w.expired) { %><span class="expired"><%~ it.h.tx('đã hết hạn ' + (-w.daysLeft) + ' ngày', 'expired ' + (-w.daysLeft) + ' days ago') %></span><% } else { %><span class="note"><%~ it.h.tx('còn ' + w.daysLeft + ' ngày', w.daysLeft + ' days left') %></span><% } %></td><td><% if (w.remediation) { %><%~ it.h.rich(w.remediation) %><% } else { %><%~ it.h.tx('Chưa có lộ trình trong mô hình hạ tầng', 'No remediation recorded') %><% } %><br><span class="note"><%~ it.h.tx('Hoàn thành trước ngày', 'To be done by') %> <%~ it.h.date(w.expires) %></span></td></tr>
<% } %>
</tbody>
</table>
<% } %>
</section>

<section id="evidence" class="page" aria-labelledby="evidence-title">
<h2 id="evidence-title"><%~ it.h.tx('Bằng chứng', 'Evidence') %></h2>
<p class="note"><%~ it.h.tx('Số ngày đã qua tính đến ngày ', 'Age in days at ') %><%~ it.h.date(it.r.asOf) %>.</p>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Hệ thống', 'System') %></th><th scope="col"><%~ it.h.tx('Loại', 'Kind') %></th><th scope="col" class="date-col"><%~ it.h.tx('Ngày', 'Date') %></th><th scope="col" class="num"><%~ it.h.tx('Số ngày đã qua', 'Age (days)') %></th><th scope="col"><%~ it.h.tx('Văn bản', 'Reference') %></th></tr></thead>
<tbody>
<% for (const e of it.r.evidence) { %>
<tr><th scope="row"><code><%= e.system %></code></th><td><%~ it.h.t(e.label) %></td><td class="date-col"><% if (e.date) { %><%~ it.h.date(e.date) %><% } else { %>—<% } %></td><td class="num"><% if (e.ageDays === undefined) { %><span class="expired"><%~ it.h.tx('thiếu', 'missing') %></span><% } else { %><%= e.ageDays %><% } %></td><td><%= e.reference || '' %><% if (e.by) { %><br><span class="note"><%= e.by %></span><% } %></td></tr>
<% } %>
</tbody>
</table>
</section>

<section id="addressing" class="page" aria-labelledby="addressing-title">
<h2 id="addressing-title"><%~ it.h.tx('Quy hoạch địa chỉ', 'Addressing plan') %></h2>
<p class="note"><%~ it.h.tx('Theo kế hoạch địa chỉ: mức sử dụng là phần địa chỉ của các dải con (vùng mạng, đơn vị, cụm Kubernetes, dải lồng nhau) trong dải gốc.', 'From the address plan: utilisation is the share of each pool covered by its child prefixes (zones, agencies, Kubernetes clusters, nested pools).') %></p>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Dải gốc', 'Pool') %></th><th scope="col"><%~ it.h.tx('Tiền tố', 'Prefix') %></th><th scope="col"><%~ it.h.tx('Mục đích', 'Purpose') %></th><th scope="col" class="num"><%~ it.h.tx('Số dải đã cấp', 'Assigned prefixes') %></th><th scope="col"><%~ it.h.tx('Mức sử dụng', 'Utilisation') %></th><th scope="col"><%~ it.h.tx('Khối trống đầu tiên', 'First free blocks') %></th></tr></thead>
<tbody>
<% for (const p of it.r.pools) { %>
<tr><th scope="row"><code><%= p.name %></code></th><td><code><%= p.prefix %></code></td><td><%~ it.h.t(p.purposeLabel) %><br><span class="note"><%= p.routingDomain %></span></td><td class="num"><%= p.assigned %></td><td><%~ it.h.bar(p.utilisation) %></td><td><code><%= p.free.join(', ') || '—' %></code><% if (p.freeCount > p.free.length) { %> <span class="note">(+<%= p.freeCount - p.free.length %>)</span><% } %></td></tr>
<% } %>
</tbody>
</table>
</section>

<section id="firewalls" aria-labelledby="firewalls-title">
<h2 id="firewalls-title"><%~ it.h.tx('Chính sách tường lửa theo ma trận luồng', 'Firewall policy from the flow matrix') %></h2>
<p class="note"><%~ it.h.tx('Chính sách mỗi tường lửa phải thực thi, sinh bằng lệnh', 'The policy each firewall must enforce, generated by') %> <code>hatang firewall --site &lt;<%~ it.h.tx('trung tâm', 'site') %>&gt; --format nftables</code> (<%~ it.h.tx('hoặc', 'or') %> <code>fortios</code>, <code>json</code>) <%~ it.h.tx('và kiểm chứng bằng gói tin thật với', 'and proven with real packets by') %> <code>hatang firewall --prove</code>. <%~ it.h.tx('Mã băm là SHA-256 của tệp quy tắc sinh ra, để đối chiếu với cấu hình đang nạp trên thiết bị.', 'The digest is the SHA-256 of the generated ruleset, to compare with the configuration loaded on the device.') %></p>
<% if (it.r.firewalls.devices.length === 0) { %><p><%~ it.h.tx('Mô hình hạ tầng chưa có tường lửa phân tách vùng mạng.', 'The inventory has no firewall separating zones.') %></p><% } else { %>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Trung tâm', 'Site') %></th><th scope="col"><%~ it.h.tx('Thiết bị', 'Device') %></th><th scope="col"><%~ it.h.tx('Phân tách', 'Separates') %></th><th scope="col" class="num"><%~ it.h.tx('Số quy tắc', 'Rules') %></th><th scope="col"><%~ it.h.tx('Tệp, bảng', 'Files, table') %></th><th scope="col"><%~ it.h.tx('Mã băm', 'Digest') %></th></tr></thead>
<tbody>
<% for (const d of it.r.firewalls.devices) { %>
<tr><td><%= d.siteTitle %></td><th scope="row"><code><%= d.device %></code> <span class="note">(<%~ it.h.tx(d.kind.vi.toLowerCase(), d.kind.en.toLowerCase()) %>)</span></th><td><%~ d.interfaces.map((i) => it.h.t(i)).join(', ') %></td><td class="num"><%= d.rules %></td><td><% for (const f of d.files) { %><code><%= f %></code> <% } %><code><%= d.table %></code></td><td><code><%= d.digest %></code></td></tr>
<% } %>
</tbody>
</table>
<% } %>
<% if (it.r.firewalls.unjoined.length > 0) { %><p><%~ it.h.tx('Luồng không có chuỗi tường lửa nào của trung tâm nối hai đầu', "Flows no chain of the site's firewalls joins") %>: <% for (const u of it.r.firewalls.unjoined) { %><code><%= u.flow %></code> (<code><%= u.site %></code>) <% } %></p><% } %>
<% if (it.r.firewalls.betweenSites.length > 0) { %><p><%~ it.h.tx('Luồng giữa hai trung tâm (một đầu là cả trung tâm), không sinh quy tắc trên tường lửa', 'Flows between sites (a whole site as one end), with no firewall rule generated') %>: <% for (const u of it.r.firewalls.betweenSites) { %><code><%= u.flow %></code> (<code><%= u.site %></code>) <% } %></p><% } %>
</section>

<section id="appendix" class="page" aria-labelledby="appendix-title">
<h2 id="appendix-title"><%~ it.h.tx('Phụ lục: điều khoản đã kiểm tra', 'Appendix: clauses checked') %></h2>
<% if (it.r.clauses.length === 0) { %><p><%~ it.h.tx('Chưa có quy tắc nào được kiểm tra.', 'No rule has been checked yet.') %></p><% } else { %>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Quy tắc', 'Rule') %></th><th scope="col"><%~ it.h.tx('Lĩnh vực', 'Domain') %></th><th scope="col"><%~ it.h.tx('Điều khoản', 'Clauses') %></th><th scope="col"><%~ it.h.tx('Bộ quy tắc', 'Rule-set') %></th><th scope="col"><%~ it.h.tx('Kết quả', 'Results') %></th></tr></thead>
<tbody>
<% for (const c of it.r.clauses) { %>
<tr><th scope="row"><code><%= c.rule %></code><% if (c.title) { %><br><%~ it.h.t(c.title) %><% } %></th><td><%~ it.h.t(it.domainLabels[c.domain]) %></td><td><%= c.clauses.join('; ') || '—' %></td><td class="nowrap"><%= c.rulesets.join(', ') || '—' %></td><td><%~ it.h.counts(c.counts) %></td></tr>
<% } %>
</tbody>
</table>
<% } %>
<h3><%~ it.h.tx('Khác biệt giữa hai bộ quy tắc', 'Differences between the two rule-sets') %></h3>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Nội dung', 'Topic') %></th><th scope="col">NĐ 85/2016 + TT 12/2022</th><th scope="col">NĐ 331/2026</th><th scope="col"><%~ it.h.tx('Nguồn', 'Source') %></th></tr></thead>
<tbody>
<% for (const d of it.r.differences) { %>
<tr><th scope="row"><%~ it.h.t(d.topic) %></th><td><%~ it.h.t(d.before) %></td><td><%~ it.h.t(d.after) %></td><td><%= d.source %></td></tr>
<% } %>
</tbody>
</table>
</section>

<section id="confidence" class="page" aria-labelledby="confidence-title">
<h2 id="confidence-title"><%~ it.h.tx('Phụ lục: mức tin cậy', 'Appendix: confidence') %></h2>
<p><%~ it.h.tx('Cột "Mức tin cậy" của các bảng cho biết căn cứ của yêu cầu và của số liệu mà quy tắc dùng đã được đối chiếu đến đâu. Một mục của Phụ lục được nhiều quy tắc kiểm tra mang mức thấp nhất của các quy tắc đó; dấu "—" là mục chưa có quy tắc nào kết luận, cần kiểm tra thủ công theo bằng chứng nêu tại cột cuối.', 'The "Confidence" column tells how far the basis of a requirement and of the numbers a rule uses has been checked. An annex item checked by several rules carries the lowest of them; "—" marks an item no rule has decided, to be checked by hand from the evidence in the last column.') %></p>
<table class="confidence-table">
<thead><tr><th scope="col"><%~ it.h.tx('Mức tin cậy', 'Confidence') %></th><th scope="col"><%~ it.h.tx('Ý nghĩa', 'Meaning') %></th></tr></thead>
<tbody>
<% for (const c of it.r.confidences) { %>
<tr data-confidence="<%= c.confidence %>"><th scope="row"><%~ it.h.confidence(c.confidence) %></th><td><%~ it.h.t(c.meaning) %></td></tr>
<% } %>
</tbody>
</table>
</section>
`;

export const DOSSIER = `<section class="cover" aria-labelledby="cover-title">
<p class="kicker"><%~ it.h.tx('Hồ sơ đề xuất cấp độ — phần thuyết minh kỹ thuật', 'Level dossier — technical annex') %></p>
<h1 id="cover-title"><%~ it.h.t(it.d.system.title) %></h1>
<dl class="facts">
<dt><%~ it.h.tx('Tên trong mô hình hạ tầng', 'Name in the infrastructure model') %></dt><dd><code><%= it.d.system.name %></code></dd>
<dt><%~ it.h.t(it.d.province.heading.kind) %></dt><dd><%= it.d.province.title %> (<%= it.d.province.code %>)</dd>
<dt><%~ it.h.tx('Cấp độ đề xuất', 'Proposed level') %></dt><dd><%= it.d.system.level %> — <code><%= it.d.system.criterion %></code><% if (it.d.system.criterionNote) { %><br><span class="note"><%= it.d.system.criterionNote %></span><% } %></dd>
<dt><%~ it.h.tx('Chủ quản', 'Owner') %></dt><dd><%= it.d.system.owner %></dd>
<% if (it.d.system.operator) { %><dt><%~ it.h.tx('Vận hành', 'Operator') %></dt><dd><%= it.d.system.operator %><% if (it.d.system.operatorRole) { %><br><span class="note"><%~ it.h.t(it.d.system.operatorRole) %></span><% } %></dd><% } %>
<% if (it.d.system.service) { %><dt><%~ it.h.tx('Hình thức cung cấp', 'Service model') %></dt><dd><%~ it.h.t(it.d.system.service) %></dd><% } %>
<% if (it.d.system.drMode) { %><dt><%~ it.h.tx('Dự phòng', 'Disaster recovery') %></dt><dd><%= it.d.system.drMode %><% if (it.d.system.drSite) { %> → <code><%= it.d.system.drSite %></code><% } %><% if (it.d.system.rpoMinutes !== undefined) { %>; RPO <%= it.d.system.rpoMinutes %> min<% } %><% if (it.d.system.rtoMinutes !== undefined) { %>; RTO <%= it.d.system.rtoMinutes %> min<% } %></dd><% } %>
<dt><%~ it.h.tx('Tính đến ngày', 'As of') %></dt><dd><%~ it.h.date(it.d.asOf) %></dd>
<dt><%~ it.h.tx('Mã băm SHA-256 của tệp mô tả hạ tầng', 'SHA-256 hash of the inventory') %></dt><dd><code><%= it.d.inventoryHash %></code></dd>
<dt><%~ it.h.tx('Phiên bản hatang', 'hatang version') %></dt><dd><%= it.d.version %></dd>
</dl>
<p class="note"><%~ it.h.tx('Nội dung theo TT 12/2022 Điều 8.3(d) và NĐ 331/2026 Điều 22.3(d).', 'Content as required by TT 12/2022 Art. 8.3(d) and NĐ 331/2026 Art. 22.3(d).') %></p>
</section>

<section id="logical" class="page" aria-labelledby="logical-title">
<h2 id="logical-title">1. <%~ it.h.tx('Mô hình lô-gic', 'Logical model') %></h2>
<% for (const g of it.diagrams.filter((x) => x.id.startsWith('dossier-flows-'))) { %><figure><figcaption><%~ it.h.t(g.title) %></figcaption><%~ g.svg %></figure><% } %>
<table>
<caption><%~ it.h.tx('Luồng kết nối của hệ thống', 'Flows of the system') %></caption>
<thead><tr><th scope="col"><%~ it.h.tx('Luồng', 'Flow') %></th><th scope="col"><%~ it.h.tx('Từ', 'From') %></th><th scope="col"><%~ it.h.tx('Đến', 'To') %></th><th scope="col"><%~ it.h.tx('Cổng', 'Ports') %></th><th scope="col"><%~ it.h.tx('Mạng kết nối', 'Network') %></th><th scope="col"><%~ it.h.tx('Mục đích', 'Purpose') %></th></tr></thead>
<tbody><% for (const f of it.d.flows) { %><tr data-flow="<%= f.name %>"><th scope="row"><code><%= f.name %></code></th><td><%~ it.h.t(f.fromLabel) %><br><code><%= f.from %></code></td><td><%~ it.h.t(f.toLabel) %><br><code><%= f.to %></code></td><td><%= f.ports %></td><td><% if (f.path) { %><%~ it.h.t(f.path) %><% } else { %>—<% } %></td><td><%= f.purpose %></td></tr><% } %></tbody>
</table>
</section>

<section id="physical" class="page" aria-labelledby="physical-title">
<h2 id="physical-title">2. <%~ it.h.tx('Mô hình vật lý', 'Physical model') %></h2>
<% for (const g of it.diagrams.filter((x) => x.id.startsWith('dossier-zones-'))) { %><figure><figcaption><%~ it.h.t(g.title) %></figcaption><%~ g.svg %></figure><% } %>
<table>
<caption><%~ it.h.tx('Địa điểm', 'Sites') %></caption>
<thead><tr><th scope="col"><%~ it.h.tx('Địa điểm', 'Site') %></th><th scope="col"><%~ it.h.tx('Vai trò', 'Role') %></th><th scope="col"><%~ it.h.tx('Sở hữu', 'Ownership') %></th><th scope="col"><%~ it.h.tx('Xếp hạng', 'Rating') %></th><th scope="col"><%~ it.h.tx('Nguồn điện / làm mát', 'Power / cooling') %></th><th scope="col"><%~ it.h.tx('Địa chỉ', 'Address') %></th></tr></thead>
<tbody><% for (const s of it.d.sites) { %><tr><th scope="row"><%= s.title %><br><code><%= s.name %></code></th><td><%~ it.h.t(s.roleLabel) %></td><td><%~ it.h.t(s.ownershipLabel) %></td><td><%= s.rating || '—' %></td><td><%= s.power || '—' %> / <%= s.cooling || '—' %></td><td><%= s.address || '—' %></td></tr><% } %></tbody>
</table>
<table>
<caption><%~ it.h.tx('Cụm Kubernetes', 'Kubernetes clusters') %></caption>
<thead><tr><th scope="col"><%~ it.h.tx('Cụm', 'Cluster') %></th><th scope="col"><%~ it.h.tx('Địa điểm', 'Site') %></th><th scope="col"><%~ it.h.tx('Phân phối', 'Distribution') %></th><th scope="col"><%~ it.h.tx('Nhóm nút', 'Node pools') %></th></tr></thead>
<tbody><% for (const c of it.d.clusters) { %><tr><th scope="row"><code><%= c.name %></code></th><td><code><%= c.site %></code></td><td><%= c.distribution || '—' %> <%= c.version || '' %></td><td><%= c.nodePools %></td></tr><% } %></tbody>
</table>
</section>

<section id="devices" class="page" aria-labelledby="devices-title">
<h2 id="devices-title">3. <%~ it.h.tx('Danh mục thiết bị', 'Device list') %></h2>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Thiết bị', 'Device') %></th><th scope="col"><%~ it.h.tx('Chủng loại', 'Kind') %></th><th scope="col"><%~ it.h.tx('Địa điểm', 'Site') %></th><th scope="col"><%~ it.h.tx('Vùng phục vụ', 'Zones served') %></th><th scope="col"><%~ it.h.tx('Dự phòng', 'Redundancy') %></th><th scope="col"><%~ it.h.tx('Mục đích', 'Purpose') %></th></tr></thead>
<tbody><% for (const d of it.d.devices) { %><tr><th scope="row"><code><%= d.name %></code><% if (d.product) { %><br><span class="note"><%= d.product %></span><% } %></th><td><%= d.kind %></td><td><code><%= d.site %></code></td><td><%= d.serves.join(', ') || '—' %></td><td><%= d.redundancy %><% if (d.count !== undefined) { %> × <%= d.count %><% } %></td><td><%= d.description || '' %></td></tr><% } %></tbody>
</table>
</section>

<section id="services" class="page" aria-labelledby="services-title">
<h2 id="services-title">4. <%~ it.h.tx('Danh mục dịch vụ', 'Service list') %></h2>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Thành phần', 'Component') %></th><th scope="col"><%~ it.h.tx('Vai trò', 'Role') %></th><th scope="col"><%~ it.h.tx('Vùng', 'Zone') %></th><th scope="col"><%~ it.h.tx('Cụm / namespace', 'Cluster / namespace') %></th><th scope="col" class="num"><%~ it.h.tx('Bản sao', 'Replicas') %></th><th scope="col"><%~ it.h.tx('Công khai', 'Public') %></th></tr></thead>
<tbody><% for (const s of it.d.services) { %><tr><th scope="row"><code><%= s.component %></code></th><td><%= s.role %></td><td><code><%= s.zone %></code> (<code><%= s.site %></code>)</td><td><% if (s.cluster) { %><code><%= s.cluster %>/<%= s.namespace %></code><% } else { %>—<% } %></td><td class="num"><%= s.replicas === undefined ? '—' : s.replicas %></td><td><%~ s.public ? it.h.tx('có', 'yes') : it.h.tx('không', 'no') %></td></tr><% } %></tbody>
</table>
</section>

<section id="zones" class="page" aria-labelledby="zones-title">
<h2 id="zones-title">5. <%~ it.h.tx('Quy hoạch vùng mạng và địa chỉ IP', 'Zone and IP plan') %></h2>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Vùng', 'Zone') %></th><th scope="col"><%~ it.h.tx('Loại', 'Kind') %></th><th scope="col" class="num">VLAN</th><th scope="col">IPv4</th><th scope="col">IPv6</th><th scope="col"><%~ it.h.tx('Hệ thống dùng', 'Used by the system') %></th></tr></thead>
<tbody><% for (const z of it.d.zones) { %><tr><th scope="row"><code><%= z.zone %></code><% if (z.title) { %><br><span class="note"><%= z.title %></span><% } %></th><td><%= z.kind %></td><td class="num"><%= z.vlan === undefined ? '—' : z.vlan %></td><td><code><%= z.ipv4 || '—' %></code><% if (z.ipv4Gateway) { %><br><span class="note">gw <%= z.ipv4Gateway %></span><% } %></td><td><code><%= z.ipv6 || '—' %></code><% if (z.ipv6Gateway) { %><br><span class="note">gw <%= z.ipv6Gateway %></span><% } %></td><td><%~ z.used ? it.h.tx('có', 'yes') : '' %></td></tr><% } %></tbody>
</table>
</section>

<section id="security" class="page" aria-labelledby="security-title">
<h2 id="security-title">6. <%~ it.h.tx('Phương án bảo đảm ATTT và kết quả kiểm tra', 'Security plan items and their status') %></h2>
<%~ include('@findings', { groups: it.d.security, level: 3, prefix: 'security', h: it.h }) %>
<h3><%~ it.h.tx('Bằng chứng', 'Evidence') %></h3>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Loại', 'Kind') %></th><th scope="col" class="date-col"><%~ it.h.tx('Ngày', 'Date') %></th><th scope="col" class="num"><%~ it.h.tx('Số ngày đã qua', 'Age (days)') %></th><th scope="col"><%~ it.h.tx('Văn bản', 'Reference') %></th></tr></thead>
<tbody><% for (const e of it.d.evidence) { %><tr><th scope="row"><%~ it.h.t(e.label) %></th><td class="date-col"><% if (e.date) { %><%~ it.h.date(e.date) %><% } else { %>—<% } %></td><td class="num"><% if (e.ageDays === undefined) { %><span class="expired"><%~ it.h.tx('thiếu', 'missing') %></span><% } else { %><%= e.ageDays %><% } %></td><td><%= e.reference || '' %></td></tr><% } %></tbody>
</table>
</section>
`;
