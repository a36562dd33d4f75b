// Messages of the baseline rules that carry a count or a unit, keyed `<RULE-ID>.<case>`. A rule's other messages stay
// with its declaration in modules/baseline/rules/<ID>.ts.
import type { Catalogue } from './types.js';

const LEVEL_MESSAGES = {
  'level.nd85-users': {
    vi: 'dữ liệu cá nhân của {n, number} người dùng ≥ 10.000 (NĐ 85 Điều 9.2)',
    en: 'personal data of {n, number} users ≥ 10,000 (NĐ 85 Art. 9.2)',
  },
  'level.nd331-sensitive': {
    vi: 'dữ liệu cá nhân nhạy cảm của {n, number} chủ thể ≥ 10.000 (NĐ 331 Điều 13)',
    en: 'sensitive personal data of {n, number} data subjects ≥ 10,000 (NĐ 331 Art. 13)',
  },
  'level.nd331-basic': {
    vi: 'dữ liệu cá nhân cơ bản của {n, number} chủ thể ≥ 100.000 (NĐ 331 Điều 13)',
    en: 'basic personal data of {n, number} data subjects ≥ 100,000 (NĐ 331 Art. 13)',
  },
} as const satisfies Catalogue;

const AVAILABILITY_MESSAGES = {
  'AVL-INET-01.fail': {
    vi: 'Trung tâm {site} có {n, number} đường Internet; cần ít nhất {min, number}.',
    en: 'Site {site} has {n, plural, one {# Internet uplink} other {# Internet uplinks}}; at least {min, plural, one {# is} other {# are}} required.',
  },
  'AVL-DR-01.pass': { vi: '{primary} → {dr}: {km} km (tối thiểu {min} km).', en: '{primary} → {dr}: {km} km (at least {min} km).' },
  'AVL-DR-01.fail': {
    vi: 'Trung tâm dự phòng {dr} cách trung tâm chính {primary} {km} km (đường chim bay); cần tối thiểu {min} km.',
    en: 'DR site {dr} is {km} km (great circle) from the primary {primary}; at least {min} km are required.',
  },
  'AVL-DR-02.pass': {
    vi: '{links, plural, other {# đường}}, {paths, plural, other {# tuyến}}, tổng {mbps} Mbit/s giữa {primary} và {dr}.',
    en: '{links, plural, one {# link} other {# links}} on {paths, plural, one {# path} other {# paths}}, {mbps} Mbit/s in all between {primary} and {dr}.',
  },
  'AVL-DR-02.fail': {
    vi: 'Giữa {primary} và {dr} có {links, plural, other {# đường}} trên {paths, plural, other {# tuyến}}; cần ít nhất 2 đường trên 2 tuyến khác nhau.',
    en: '{primary} and {dr} are joined by {links, plural, one {# link} other {# links}} on {paths, plural, one {# path} other {# paths}}; at least 2 links on 2 different paths are required.',
  },
  'AVL-HA-01.pass': {
    vi: '{device}: {n, plural, other {# thiết bị}}, {mode}.',
    en: '{device}: {n, plural, one {# device} other {# devices}}, {mode}.',
  },
  'AVL-HA-01.head': {
    vi: '{device} ({what}) tại trung tâm {site} (cấp độ {level}) có {n, plural, other {# thiết bị}}, {mode}',
    en: '{device} ({what}) at site {site} (level {level}) has {n, plural, one {# device} other {# devices}}, {mode}',
  },
  'AVL-HA-01.fail-hot': {
    vi: '{head}; cấp độ {level} cần cân bằng tải, dự phòng nóng với ít nhất {min, plural, other {# thiết bị}}.',
    en: '{head}; level {level} needs load balancing and hot standby with at least {min, plural, one {# device} other {# devices}}.',
  },
  'DR-SITE-01.pass': { vi: '{primary} → {dr}: {km} km.', en: '{primary} → {dr}: {km} km.' },
  'DR-SITE-01.fail': {
    vi: 'Trung tâm dự phòng {dr} chỉ cách trung tâm chính {primary} {km} km; cấp độ {level} cần tối thiểu {min} km.',
    en: 'DR site {dr} is only {km} km from the primary {primary}; level {level} needs at least {min} km.',
  },
  'DR-SITE-01.fail-practice': {
    vi: 'Trung tâm dự phòng {dr} chỉ cách trung tâm chính {primary} {km} km; khoảng cách mặc định {min} km theo thực tiễn tốt, không phải quy định bắt buộc ở cấp độ {level}.',
    en: 'DR site {dr} is only {km} km from the primary {primary}; the default of {min} km is good practice, not a legal requirement at level {level}.',
  },
  'NET-TSLCD-01.fail': {
    vi: 'Trung tâm {site} kết nối mạng truyền số liệu chuyên dùng qua {n, number} tuyến cáp quang; cần ít nhất hai tuyến trên hai đường vật lý khác nhau.',
    en: 'Site {site} reaches the government data network over {n, plural, one {# fibre route} other {# fibre routes}}; at least two physically different routes are needed.',
  },
  'NET-TSLCD-01.pass': {
    vi: 'Trung tâm {site} có {n, number} tuyến cáp quang tới mạng truyền số liệu chuyên dùng.',
    en: 'Site {site} has {n, plural, one {# fibre route} other {# fibre routes}} to the government data network.',
  },
  // AGY-AM-01: anti-malware coverage of an agency's computers (or of the province-wide totals).
  'AGY-AM-01.workstations': {
    vi: '{protected, number}/{total, number} máy trạm ({share, number, ::.0} %)',
    en: '{protected, number}/{total, plural, one {# workstation} other {# workstations}} ({share, number, ::.0}%)',
  },
  'AGY-AM-01.servers': {
    vi: '{protected, number}/{total, number} máy chủ ({share, number, ::.0} %)',
    en: '{protected, number}/{total, plural, one {# server} other {# servers}} ({share, number, ::.0}%)',
  },
  'AGY-AM-01.n-workstations': { vi: '{n, number} máy trạm', en: '{n, plural, one {# workstation} other {# workstations}}' },
  'AGY-AM-01.n-servers': { vi: '{n, number} máy chủ', en: '{n, plural, one {# server} other {# servers}}' },
  'AGY-AM-01.fail': {
    vi: '{who}: {gap, number} máy tính chưa được cài đặt phần mềm phòng, chống mã độc; {figures} được bảo vệ{counted}{more} (cấp độ {level}).',
    en: '{who}: {gap, plural, one {# computer has} other {# computers have}} no anti-malware protection; {figures} protected{counted}{more} (level {level}).',
  },
  'AGY-AM-01.pass': {
    vi: '{who}: {figures} được cài đặt phần mềm phòng, chống mã độc{counted}.',
    en: '{who}: {figures} protected by anti-malware{counted}.',
  },
  'AGY-AM-01.total-only': { vi: '{count} nhưng không khai báo số máy được bảo vệ', en: '{count} but not how many are protected' },
  'AGY-AM-01.protected-only': { vi: '{count} được bảo vệ nhưng không khai báo tổng số máy', en: '{count} protected but not how many there are' },
  'AGY-AM-01.more-protected': {
    vi: '{count} nhưng lại khai báo {protected, number} máy được bảo vệ, nhiều hơn tổng số',
    en: '{count} but {protected, number} protected, more than there are',
  },
  'AGY-AM-01.partial': {
    vi: '{who}: khai báo {issues}; cần số liệu thống kê của hệ thống quản lý tập trung phòng, chống mã độc, đối chiếu với danh mục máy tính.',
    en: '{who}: declares {issues}; the statistics of the central anti-malware console, compared with the list of computers, are needed.',
  },
  'AGY-AM-01.unreported': {
    vi: 'Hồ sơ không khai báo số máy tính và số máy được cài đặt phần mềm phòng, chống mã độc của {n, number} cơ quan ({named}), cũng không khai báo số liệu toàn tỉnh; cần số liệu thống kê của hệ thống quản lý tập trung phòng, chống mã độc, đối chiếu với danh mục máy tính của từng cơ quan.',
    en: 'The inventory gives no computer or anti-malware figures for {n, plural, one {# agency} other {# agencies}} ({named}) and no province-wide totals; the statistics of the central anti-malware console, compared with the list of computers of each agency, are needed.',
  },
  'GOV-DOSSIER-01.pass': {
    vi: 'Địa chỉ IP công khai được quy hoạch trong dải {pools}.',
    en: 'Public IP addresses are planned in {n, plural, one {pool {pools}} other {pools {pools}}}.',
  },
  'DC-01.pass': { vi: 'Trung tâm {site} khai báo thiết kế theo {standard}, hạng {level}.', en: 'Site {site} declares {standard}, rating {level}.' },
  'DC-04.shared-hazards': {
    vi: '{n, plural, other {cùng vùng chịu rủi ro}} {list}',
    en: '{n, plural, one {the hazard zone} other {the hazard zones}} {list}',
  },
  'DC-04.shared-feeds': {
    vi: '{n, plural, other {cùng nguồn cấp điện}} {list}',
    en: '{n, plural, one {the power feed} other {the power feeds}} {list}',
  },
  'DC-02.paths': { vi: '{n, number} đường phân phối', en: '{n, plural, one {# distribution path} other {# distribution paths}}' },
  'DC-02.need': {
    vi: 'nguồn điện và làm mát dự phòng tối thiểu {min}{paths, plural, =0 {} other { và ít nhất {paths, number} đường phân phối}}',
    en: 'power and cooling redundancy of at least {min}{paths, plural, =0 {} other { and at least # distribution paths}}',
  },
  'DC-02.fail': {
    vi: 'Trung tâm {site} khai báo hạng {level} theo {standard} nhưng chỉ có {gaps}; hạng {level} cần {need}.',
    en: 'Site {site} declares rating {level} under {standard} but has only {gaps}; rating {level} needs {need}.',
  },
  'DC-02.manual': {
    vi: 'Trung tâm {site} khai báo hạng {level} theo {standard} nhưng chưa khai báo {missing}; hạng {level} cần {need}, cần đối chiếu hồ sơ thiết kế hoặc giấy chứng nhận xếp hạng của trung tâm.',
    en: 'Site {site} declares rating {level} under {standard} but does not declare {missing}; rating {level} needs {need}: the site’s design documents or rating certificate are needed.',
  },
  'DC-02.pass': {
    vi: 'Trung tâm {site}: hạng {level} theo {standard} phù hợp với mức dự phòng đã khai báo ({has}).',
    en: 'Site {site}: rating {level} under {standard} is consistent with the declared redundancy ({has}).',
  },
} as const satisfies Catalogue;

const RECOVERY_MESSAGES = {
  'DR-RPO-01.unknown': {
    vi: 'Không tính được RPO đạt được: khai báo dr.replication và data.dailyChangeGiB (mục tiêu {target}).',
    en: 'The achievable RPO cannot be computed: declare dr.replication and data.dailyChangeGiB (target {target}).',
  },
  'DR-RPO-01.no-link': {
    vi: 'Không có đường kết nối nhân bản giữa {primary} và {dr}: dữ liệu không tới được trung tâm dự phòng (RPO mục tiêu {target}).',
    en: 'No replicationLinks between {primary} and {dr}: the data cannot reach the DR site (RPO target {target}).',
  },
  'DR-RPO-01.no-copy': {
    vi: 'Phương án {mode} khôi phục từ bản sao lưu, nhưng bản sao lưu ở {backup}, không ở {dr}.',
    en: 'The {mode} restores from backups, but the backup copy is at {backup}, not at {dr}.',
  },
  'DR-RPO-01.too-slow': {
    vi: 'Đường truyền {primary}–{dr} ({mbps} Mbit/s dùng được) không theo kịp {gib} GiB/ngày{sync, select, yes { ghi trong {hours, number} giờ làm việc (nhân bản đồng bộ sẽ chặn ghi)} other {: cần {transfer} truyền mỗi ngày}}; RPO đạt được: ∞, mục tiêu {target}.',
    en: "The {primary}–{dr} links ({mbps} Mbit/s usable) cannot keep up with {gib} GiB/day{sync, select, yes { written over {hours, plural, one {# working hour} other {# working hours}} (synchronous replication would stall writes)} other {: a day's change needs {transfer} of link time}}; achievable RPO: ∞, target {target}.",
  },
  'DR-RPO-01.basis-backup': {
    vi: 'sao lưu mỗi {every} cộng thời gian chép {gib} GiB/ngày trên {mbps} Mbit/s',
    en: 'a backup every {every} plus copying {gib} GiB/day over {mbps} Mbit/s',
  },
  'DR-RPO-01.basis-sync': {
    vi: 'nhân bản đồng bộ, đường truyền {mbps} Mbit/s theo kịp tốc độ ghi',
    en: 'synchronous replication, {mbps} Mbit/s keeps up with the write rate',
  },
  'DR-RPO-01.basis-continuous': {
    vi: 'nhân bản liên tục {gib} GiB/ngày trên {mbps} Mbit/s, cao điểm {hours, number} giờ',
    en: 'continuous replication of {gib} GiB/day over {mbps} Mbit/s, {hours}-hour peak',
  },
  'DR-RPO-01.computed': { vi: 'RPO đạt được {rpo} ({how}); mục tiêu {target}.', en: 'Achievable RPO {rpo} ({how}); target {target}.' },
  'DR-RTO-01.estimate': {
    vi: 'Thời gian khôi phục (RTO) ước tính với phương án {mode}: {rto} ({parts}); mục tiêu {target}.',
    en: 'Estimated RTO with {mode}: {rto} ({parts}); target {target}.',
  },
  'DR-DRILL-01.none': {
    vi: 'Chưa có bằng chứng diễn tập chuyển đổi dự phòng; chu kỳ {interval, number} tháng theo thực tiễn tốt, không phải quy định bắt buộc.',
    en: 'No DR drill on record; interval {interval, plural, one {# month} other {# months}} as good practice, not a legal requirement.',
  },
  'DR-DRILL-01.pass': {
    vi: 'Diễn tập ngày {date} ({days, number} ngày trước).',
    en: 'Drill on {date} ({days, plural, one {# day} other {# days}} ago).',
  },
  'DR-DRILL-01.overdue': {
    vi: 'Diễn tập chuyển đổi dự phòng gần nhất ngày {date}, đã {months, number} tháng ({days, number} ngày); chu kỳ {interval, number} tháng theo thực tiễn tốt, không phải quy định bắt buộc.',
    en: 'Last DR drill on {date}, {months, plural, one {# month} other {# months}} ({days, plural, one {# day} other {# days}}) ago; interval {interval, plural, one {# month} other {# months}} as good practice, not a legal requirement.',
  },
  'DATA-BAK-01.overdue': {
    vi: 'Diễn tập khôi phục gần nhất ngày {date}, đã {months, number} tháng ({days, number} ngày); chu kỳ mặc định {interval, number} tháng theo thực tiễn tốt, không phải quy định bắt buộc.',
    en: 'Last restore drill on {date}, {months, plural, one {# month} other {# months}} ({days, plural, one {# day} other {# days}}) ago; default interval {interval, plural, one {# month} other {# months}} as good practice, not a legal requirement.',
  },
  'DC-05.max': {
    vi: '{hours, number} giờ{secret, select, yes { dành cho hệ thống xử lý bí mật nhà nước} other {}}',
    en: '{hours, plural, one {# hour} other {# hours}}{secret, select, yes { for systems handling state secrets} other {}}',
  },
  'DC-05.fail': {
    vi: '{what} là {value}, dài hơn {max}, mức mặc định của hatang lấy theo Thông tư số 09/2020/TT-NHNN của ngành ngân hàng vì không văn bản nào quy định cho cơ quan nhà nước (thực tiễn tốt, không phải quy định bắt buộc).',
    en: '{what} is {value}, more than {max}, hatang’s default taken from the banking Circular 09/2020/TT-NHNN as no text sets one for state agencies (good practice, not a legal requirement).',
  },
  'DC-05.pass': {
    vi: '{what} là {value}, không vượt mức mặc định {max} của hatang (lấy theo Thông tư số 09/2020/TT-NHNN của ngành ngân hàng).',
    en: '{what} is {value}, within hatang’s default of {max} (taken from the banking Circular 09/2020/TT-NHNN).',
  },
  'DC-05.manual': {
    vi: '{what} chưa được khai báo; cần phương án khôi phục sau thảm họa nêu rõ mục tiêu này để đối chiếu với mức mặc định {max} của hatang (lấy theo Thông tư số 09/2020/TT-NHNN của ngành ngân hàng, thực tiễn tốt, không phải quy định bắt buộc).',
    en: '{what} is not declared ({field}); the disaster-recovery plan must state it to compare with hatang’s default of {max} (taken from the banking Circular 09/2020/TT-NHNN; good practice, not a legal requirement).',
  },
} as const satisfies Catalogue;

const GOVERNANCE_MESSAGES = {
  'GOV-RENT-01.expired-provider': {
    vi: 'Hợp đồng thuê dịch vụ số {contract} đã hết hạn ngày {expires} mà hệ thống vẫn vận hành: đơn vị vận hành là đơn vị chủ trì thuê dịch vụ, không còn là nhà cung cấp dịch vụ {provider}.',
    en: 'Service contract {contract} expired on {expires} and the system still runs: the operating unit is the unit that rented the service, no longer the provider {provider}.',
  },
  'GOV-RENT-01.expired-agency': {
    vi: 'Hợp đồng thuê dịch vụ số {contract} với {provider} đã hết hạn ngày {expires} mà hệ thống vẫn vận hành: đơn vị vận hành là đơn vị chủ trì thuê dịch vụ; {declared, select, yes {cần xác nhận {operator} là đơn vị đã chủ trì thuê dịch vụ.} other {mô hình hạ tầng chưa khai báo đơn vị vận hành.}}',
    en: 'Service contract {contract} with {provider} expired on {expires} and the system still runs: the operating unit is the unit that rented the service; {declared, select, yes {confirm that {operator} is the unit that rented it.} other {the inventory declares no operating unit.}}',
  },
  'GOV-RENT-01.expired-contract': {
    vi: 'Hợp đồng thuê dịch vụ số {contract} với {provider} đã hết hạn ngày {expires} mà hệ thống vẫn vận hành: đơn vị vận hành được xác định theo điều khoản cam kết duy trì, chuyển giao dịch vụ trong hợp đồng hoặc theo thỏa thuận mới giữa các bên; cần đối chiếu điều khoản hoặc thỏa thuận đó.',
    en: 'Service contract {contract} with {provider} expired on {expires} and the system still runs: the operating unit follows the contract’s clauses on continuing and handing over the service, or a new agreement between the parties; check those clauses or that agreement.',
  },
  'GOV-POL-02.own-interval': {
    vi: 'chính sách tự đặt chu kỳ rà soát {months, number} tháng',
    en: 'the policy sets its own review interval of {months, plural, one {# month} other {# months}}',
  },
  'GOV-POL-02.practice-interval': {
    vi: 'văn bản không quy định chu kỳ rà soát; {months, number} tháng là mặc định theo thực tiễn tốt, không phải quy định bắt buộc',
    en: 'no text sets a review interval; {months, plural, one {# month} other {# months}} is a good-practice default, not a legal requirement',
  },
  'GOV-POL-02.param-interval': {
    vi: 'chu kỳ rà soát {months, number} tháng theo tham số đã đặt',
    en: 'review interval {months, plural, one {# month} other {# months}} as set by parameter',
  },
  'GOV-POL-02.overdue': {
    vi: 'Chính sách ban hành hoặc rà soát lần gần nhất ({said}), đã {age, number} tháng; hạn rà soát là ngày {due} ({basis}).',
    en: 'Policy last issued or reviewed ({said}), {age, plural, one {# month} other {# months}} ago; its review was due on {due} ({basis}).',
  },
  'OPS-ASSESS-01.practice': {
    vi: 'Nghị định số 331/2026/NĐ-CP không quy định chu kỳ cố định; {months, number} tháng là mặc định theo thực tiễn tốt, không phải quy định bắt buộc.',
    en: 'Decree 331/2026 sets no fixed interval; {months, plural, one {# month} other {# months}} is a good-practice default, not a legal requirement.',
  },
  'OPS-ASSESS-01.interval': {
    vi: 'Cấp độ {level} phải kiểm tra, đánh giá {months, number} tháng một lần.',
    en: 'Level {level} requires an assessment every {months, plural, one {month} other {# months}}.',
  },
  'OPS-ASSESS-01.last': {
    vi: 'Đánh giá gần nhất ngày {date}, đã {months, number} tháng',
    en: 'Last assessment on {date}, {months, plural, one {# month} other {# months}} ago',
  },
  'OPS-ASSESS-01.never': {
    vi: 'Chưa đánh giá lần nào kể từ ngày {date} ({months, number} tháng)',
    en: 'Not assessed since {date} ({months, plural, one {# month} other {# months}})',
  },
  'LOG-SRV-01.retention': {
    vi: 'Thời gian lưu nhật ký {declared, select, yes {{months, number} tháng} other {không khai báo}}; mức tối thiểu ở cấp độ {level} là {min, number} tháng.',
    en: 'Log retention {declared, select, yes {is {months, plural, one {# month} other {# months}}} other {is not declared}}; the minimum at level {level} is {min, plural, one {# month} other {# months}}.',
  },
  'LOG-NET-01.undeclared': {
    vi: 'Cần kiểm tra thủ công: chưa khai báo thời gian lưu nhật ký của hệ thống {system}; cần xác nhận thiết lập lưu trữ trên hệ thống thu thập nhật ký (tối thiểu {min, number} tháng ở cấp độ {level}).',
    en: 'Needs a manual check: the log retention of {system} is not declared; confirm the retention set on the log collector (at least {min, plural, one {# month} other {# months}} at level {level}).',
  },
  'LOG-NET-01.short': {
    vi: 'Nhật ký của hệ thống {system} được lưu {months, number} tháng, thấp hơn mức tối thiểu {min, number} tháng ở cấp độ {level}.',
    en: 'Logs of {system} are kept {months, plural, one {# month} other {# months}}, less than the minimum of {min, plural, one {# month} other {# months}} at level {level}.',
  },
} as const satisfies Catalogue;

export const BASELINE_MESSAGES = { ...LEVEL_MESSAGES, ...AVAILABILITY_MESSAGES, ...RECOVERY_MESSAGES, ...GOVERNANCE_MESSAGES } as const;
