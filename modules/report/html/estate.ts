// Eta template of the estate sections of the compliance report (data: modules/report/estate.ts): connections to
// national systems, rented services, the agency edge. `<%= %>` escapes inventory text; `it.h.t` escapes a `Text`.

export const ESTATE = `<section id="national" class="page" aria-labelledby="national-title">
<h2 id="national-title"><%~ it.h.tx('Kết nối với hệ thống quốc gia', 'Connections to national systems') %></h2>
<p class="note"><%~ it.h.tx('Mỗi luồng giữa tỉnh và một hệ thống quốc gia: đơn vị quản lý hệ thống, mạng kết nối (trường', 'Each flow between the province and a national system: the body that runs it, the network taken (the flow’s') %> <code>via</code><%~ it.h.tx(' của luồng, nếu không có thì mạng thường dùng theo danh mục), vùng mạng và hệ thống thông tin của tỉnh.', ', else the catalogue’s usual network), the province’s zone and information system.') %></p>
<% const n = it.r.estate.national; %>
<% if (n.connections.length === 0) { %><p><%~ it.h.tx('Mô hình hạ tầng chưa có luồng nào giữa tỉnh và hệ thống quốc gia.', 'The inventory has no flow between the province and a national system.') %></p><% } else { %>
<table class="national">
<thead><tr><th scope="col"><%~ it.h.tx('Hệ thống quốc gia', 'National system') %></th><th scope="col"><%~ it.h.tx('Đơn vị quản lý', 'Operator') %></th><th scope="col"><%~ it.h.tx('Mạng kết nối', 'Network') %></th><th scope="col"><%~ it.h.tx('Vùng mạng của tỉnh; chiều', 'Province zone; direction') %></th><th scope="col"><%~ it.h.tx('Hệ thống thông tin', 'Information system') %></th><th scope="col"><%~ it.h.tx('Luồng', 'Flow') %></th></tr></thead>
<tbody>
<% for (const c of n.connections) { %>
<tr data-flow="<%= c.flow %>" data-external="<%= c.external %>" data-path="<%= c.path %>"><th scope="row"><%~ it.h.t(c.endpoint) %></th><td><% if (c.operatorStated) { %><%~ it.h.t(c.operator) %><% } else { %><span class="note"><%~ it.h.t(c.operator) %></span><% } %></td><td><%~ it.h.t(c.pathLabel) %></td><td><%~ it.h.t(c.endLabel) %> <span class="note">(<code><%= c.end %></code>)</span><br><span class="note"><%~ it.h.t(c.direction) %></span></td><td><% if (c.systemTitle) { %><%~ it.h.t(c.systemTitle) %><% } else { %>—<% } %></td><td><code><%= c.flow %></code></td></tr>
<% } %>
</tbody>
</table>
<% } %>
<h3><%~ it.h.tx('Hệ thống, mạng bên ngoài do tỉnh khai báo', 'External endpoints the province declares') %></h3>
<% if (n.declared.length === 0) { %><p><%~ it.h.tx('Tỉnh không khai báo thêm hệ thống, mạng bên ngoài nào ngoài danh mục có sẵn.', 'The province declares no external endpoint beyond the built-in catalogue.') %></p><% } else { %>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Tên', 'Name') %></th><th scope="col"><%~ it.h.tx('Loại', 'Category') %></th><th scope="col"><%~ it.h.tx('Đơn vị quản lý', 'Operator') %></th><th scope="col"><%~ it.h.tx('Mạng kết nối', 'Network') %></th><th scope="col"><%~ it.h.tx('Căn cứ', 'Basis') %></th><th scope="col" class="num"><%~ it.h.tx('Số luồng', 'Flows') %></th></tr></thead>
<tbody>
<% for (const e of n.declared) { %>
<tr data-external="<%= e.name %>"><th scope="row"><%~ it.h.t(e.title) %><br><code><%= e.name %></code></th><td><%~ it.h.t(e.categoryLabel) %></td><td><%~ it.h.t(e.operator) %></td><td><%~ it.h.t(e.pathLabel) %></td><td><%= e.basis || '—' %></td><td class="num"><%= e.flows %></td></tr>
<% } %>
</tbody>
</table>
<% } %>
</section>

<section id="rented" class="page" aria-labelledby="rented-title">
<h2 id="rented-title"><%~ it.h.tx('Dịch vụ thuê ngoài', 'Rented services') %></h2>
<% const x = it.r.estate.rented; %>
<h3><%~ it.h.tx('Nhà cung cấp dịch vụ', 'Providers') %></h3>
<% if (x.providers.length === 0) { %><p><%~ it.h.tx('Mô hình hạ tầng không khai báo nhà cung cấp dịch vụ nào.', 'The inventory declares no provider.') %></p><% } else { %>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Nhà cung cấp', 'Provider') %></th><th scope="col"><%~ it.h.tx('Loại', 'Kind') %></th><th scope="col"><%~ it.h.tx('Mô tả', 'Description') %></th></tr></thead>
<tbody><% for (const p of x.providers) { %><tr data-provider="<%= p.name %>"><th scope="row"><%= p.title %><br><code><%= p.name %></code></th><td><%~ it.h.t(p.kindLabel) %></td><td><%= p.description || '—' %></td></tr><% } %></tbody>
</table>
<% } %>
<h3><%~ it.h.tx('Địa điểm và chủ sở hữu', 'Sites and their owners') %></h3>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Địa điểm', 'Site') %></th><th scope="col"><%~ it.h.tx('Vai trò', 'Role') %></th><th scope="col"><%~ it.h.tx('Sở hữu', 'Ownership') %></th></tr></thead>
<tbody><% for (const s of it.r.sites) { %><tr data-site="<%= s.name %>" data-ownership="<%= s.ownership %>"><th scope="row"><%= s.title %><br><code><%= s.name %></code></th><td><%~ it.h.t(s.roleLabel) %></td><td><%~ it.h.t(s.ownershipLabel) %></td></tr><% } %></tbody>
</table>
<h3><%~ it.h.tx('Hệ thống thuê dịch vụ', 'Rented systems') %></h3>
<% if (x.systems.length === 0) { %><p><%~ it.h.tx('Không có hệ thống nào khai báo thuê dịch vụ.', 'No system is declared as a rented service.') %></p><% } else { %>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Hệ thống', 'System') %></th><th scope="col"><%~ it.h.tx('Hình thức cung cấp', 'Service model') %></th><th scope="col"><%~ it.h.tx('Nhà cung cấp', 'Provider') %></th><th scope="col"><%~ it.h.tx('Hợp đồng', 'Contract') %></th></tr></thead>
<tbody><% for (const s of x.systems) { %><tr data-system="<%= s.name %>"><th scope="row"><%~ it.h.t(s.title) %><br><code><%= s.name %></code></th><td><%~ it.h.t(s.modelLabel) %></td><td><% if (s.provider) { %><%= s.provider %><% if (s.operatedByProvider) { %><br><span class="note"><%~ it.h.tx('vận hành hệ thống', 'operates the system') %></span><% } %><% } else { %>—<% } %></td><td><% if (s.contractLabel) { %><%~ it.h.t(s.contractLabel) %><% } else { %><%~ it.h.tx('chưa khai báo', 'not declared') %><% } %></td></tr><% } %></tbody>
</table>
<% } %>
<h3><%~ it.h.tx('Mô hình bảo vệ bốn lớp', 'The four-layer protection model') %></h3>
<% if (!x.layers) { %><p><%~ it.h.tx('Mô hình hạ tầng chưa khai báo mô hình bảo vệ bốn lớp', 'The inventory does not declare the four-layer protection model') %> (<code>securityOperations</code>).</p><% } else { %>
<table>
<thead><tr><th scope="col"><%~ it.h.tx('Lớp', 'Layer') %></th><th scope="col"><%~ it.h.tx('Hình thức', 'Sourcing') %></th><th scope="col"><%~ it.h.tx('Nhà cung cấp', 'Provider') %></th><th scope="col"><%~ it.h.tx('Hợp đồng', 'Contract') %></th></tr></thead>
<tbody><% for (const l of x.layers) { %><tr data-layer="<%= l.layer %>"><th scope="row"><%~ it.h.t(l.label) %><% if (l.description) { %><br><span class="note"><%= l.description %></span><% } %></th><td><%~ it.h.t(l.sourcingLabel) %></td><td><%= l.provider || '—' %></td><td><% if (l.contractLabel) { %><%~ it.h.t(l.contractLabel) %><% } else { %>—<% } %></td></tr><% } %></tbody>
</table>
<% } %>
</section>

<section id="agency-edge" class="page" aria-labelledby="agency-edge-title">
<h2 id="agency-edge-title"><%~ it.h.tx('Biên mạng của các cơ quan', 'Agency edge') %></h2>
<% const a = it.r.estate.agencies; %>
<% if (a.rows.length > 0) { %><p><%~ a.totals.map((x) => it.h.t(x)).join('; ') %>.</p><% } %>
<% if (a.province) { %><p><%~ it.h.t(a.province) %></p><% } %>
<% if (a.rows.length === 0) { %><p><%~ it.h.tx('Mô hình hạ tầng chưa có cơ quan nào có kết nối mạng truyền số liệu chuyên dùng hoặc khai báo về biên mạng.', 'No agency of the inventory has a government data network link or edge data.') %></p><% } else { const servers = a.rows.some((r) => r.servers); %>
<table class="agency-edge">
<thead><tr><th scope="col"><%~ it.h.tx('Cơ quan', 'Agency') %></th><th scope="col"><%~ it.h.tx('Mạng truyền số liệu chuyên dùng', 'Government data network') %></th><th scope="col"><%~ it.h.tx('Tường lửa tại điểm kết nối', 'Edge firewall') %></th><th scope="col"><%~ it.h.tx('Kết nối Internet riêng', 'Own Internet link') %></th><th scope="col"><%~ it.h.tx('Máy trạm có phần mềm phòng, chống mã độc / tổng số', 'Workstations with anti-malware / all') %></th><% if (servers) { %><th scope="col"><%~ it.h.tx('Máy chủ có phần mềm phòng, chống mã độc / tổng số', 'Servers with anti-malware / all') %></th><% } %><th scope="col" class="num"><%~ it.h.tx('Điểm cầu truyền hình trực tuyến', 'Video-conference endpoints') %></th><th scope="col" class="num"><%~ it.h.tx('Bộ phận một cửa', 'One-stop desks') %></th></tr></thead>
<tbody>
<% for (const r of a.rows) { %>
<tr data-agency="<%= r.name %>" data-firewall="<%= r.firewall %>" data-internet="<%= r.internet %>"><th scope="row"><%= r.title %><br><span class="note"><%~ it.h.t(r.kindLabel) %>, <code><%= r.name %></code></span></th><td><%~ r.tslcd ? it.h.tx('có', 'yes') : it.h.tx('không', 'no') %></td><td><%~ it.h.t(r.firewallLabel) %></td><td><%~ it.h.t(r.internetLabel) %></td><td><% if (r.workstations) { %><%~ it.h.t(r.workstations) %><% } else { %>—<% } %></td><% if (servers) { %><td><% if (r.servers) { %><%~ it.h.t(r.servers) %><% } else { %>—<% } %></td><% } %><td class="num"><%~ r.videoConferenceEndpoints === undefined ? '—' : it.h.num(r.videoConferenceEndpoints) %></td><td class="num"><%~ r.oneStopDesks === undefined ? '—' : it.h.num(r.oneStopDesks) %></td></tr>
<% } %>
</tbody>
</table>
<% } %>
<h3 id="agency-edge-findings"><%~ it.h.tx('Kết quả kiểm tra biên mạng theo cơ quan', 'Agency-edge findings per agency') %></h3>
<% if (a.checked === 0) { %><p><%~ it.h.tx('Chưa có kết quả kiểm tra nào về biên mạng của các cơ quan.', 'No agency-edge check result yet.') %></p><% } %>
<% if (a.groups.length > 0) { %>
<table class="findings">
<thead><tr><th scope="col"><%~ it.h.tx('Cơ quan', 'Agency') %></th><th scope="col"><%~ it.h.tx('Quy tắc', 'Rule') %></th><th scope="col"><%~ it.h.tx('Kết quả; mức tin cậy', 'Result; confidence') %></th><th scope="col"><%~ it.h.tx('Giải thích; vị trí', 'Explanation; location') %></th><th scope="col"><%~ it.h.tx('Khắc phục', 'Remediation') %></th></tr></thead>
<tbody>
<% for (const g of a.groups) { g.findings.forEach((f, i) => { %>
<tr class="finding f-<%= f.status %>" data-agency="<%= g.agency %>" data-rule="<%= f.rule %>" data-status="<%= f.status %>"><% if (i === 0) { %><th scope="rowgroup" rowspan="<%= g.findings.length %>"><%= g.title %><br><span class="note"><% if (g.kindLabel) { %><%~ it.h.t(g.kindLabel) %>, <% } %><code><%= g.agency %></code></span></th><% } %><td><code><%= f.rule %></code><% if (f.title) { %><br><%~ it.h.t(f.title) %><% } %></td><td><%~ it.h.status(f.status) %><% if (f.status === 'fail') { %><br><span class="note">(<%~ it.h.severity(f.severity) %>)</span><% } %><% if (f.confidence) { %><br><span class="note"><%~ it.h.tx('Mức tin cậy', 'Confidence') %>: <%~ it.h.confidence(f.confidence) %></span><% } %></td><td><%~ it.h.t(f.message) %><br><span class="note"><code><%= f.location %></code></span></td><td><% if (f.remediation) { %><%~ it.h.rich(f.remediation) %><% } else { %>—<% } %></td></tr>
<% }) } %>
</tbody>
</table>
<% } %>
<% if (a.clear) { %><p><%~ it.h.t(a.clear) %>.</p><% } %>
</section>
`;
