// The help of the command line in Vietnamese: the description of every command, argument and option, keyed by its
// English text (the text in the registration). A description missing here is shown in English.

/** `<inventory folder name>` of the English defaults, in Vietnamese. */
const FOLDER = '<tên thư mục mô hình hạ tầng>';

const VI: Readonly<Record<string, string>> = {
  // The program (main.ts registers these in the language of the run; the English texts are here for the day it does not).
  'Hạ tầng: validate and build the infrastructure of a Vietnamese provincial government data centre from its YAML inventory.':
    'Hạ tầng: kiểm tra và dựng hạ tầng trung tâm dữ liệu của chính quyền cấp tỉnh từ mô hình hạ tầng viết bằng YAML.',
  'output the version number': 'in số phiên bản',
  'show the progress of slow steps on stderr even when it is not a terminal':
    'hiện tiến độ các bước chậm trên luồng lỗi chuẩn kể cả khi luồng này không hiển thị ra màn hình dòng lệnh',

  // Commands.
  'check an inventory: schema, names, references, and the security-level baseline of every system':
    'kiểm tra mô hình hạ tầng: lược đồ, tên gọi, tham chiếu và yêu cầu an toàn cơ bản theo cấp độ của từng hệ thống thông tin',
  'the main job: validate an inventory and write the resolved model, the validation result and every artefact':
    'việc chính: kiểm tra mô hình hạ tầng rồi ghi mô hình đã phân giải, kết quả kiểm tra và mọi sản phẩm đầu ra',
  'write the auditor compliance report: report.html (self-contained, vi/en), report.md and, with --pdf, report.pdf':
    'ghi báo cáo tuân thủ cho đoàn kiểm tra, đánh giá: report.html (một tệp độc lập, song ngữ Việt – Anh), report.md và, khi có --pdf, report.pdf',
  'the level proposal dossier (hồ sơ đề xuất cấp độ) of one system: its technical annex as Markdown and HTML, the dossier as Word and PDF':
    'lập hồ sơ đề xuất cấp độ của một hệ thống thông tin: phụ lục kỹ thuật dạng Markdown và HTML, hồ sơ dạng Word và PDF',
  'write the annual report on security by level (TT 12/2022 Art. 13–14; NĐ 331/2026 Art. 35–36): annual-report-<year>.md and, with --docx, .docx':
    'ghi báo cáo hằng năm về bảo đảm an toàn hệ thống thông tin theo cấp độ (Điều 13–14 Thông tư số 12/2022/TT-BTTTT; Điều 35–36 Nghị định số 331/2026/NĐ-CP): annual-report-<year>.md và, khi có --docx, tệp .docx',
  'plan addresses: allocate size requests, print pools, utilisation, every prefix and what changes in the lock file (--write-lock writes it)':
    'lập quy hoạch địa chỉ: cấp phát các yêu cầu theo kích thước, in các dải gốc, mức sử dụng, mọi dải địa chỉ và những thay đổi trong tệp khóa địa chỉ (ghi tệp khi có --write-lock)',
  'serve the inventory as Prometheus metrics on HTTP (/metrics, /healthz); reload on file change or SIGHUP':
    'cung cấp số liệu của mô hình hạ tầng dưới dạng chỉ số Prometheus qua HTTP (/metrics, /healthz); nạp lại khi tệp thay đổi hoặc khi nhận tín hiệu SIGHUP',
  "write the inventory metrics once: to stdout, or atomically to a file for node_exporter's textfile collector":
    'ghi các chỉ số của mô hình hạ tầng một lần: ra đầu ra chuẩn, hoặc ghi trọn vẹn trong một bước vào tệp cho bộ thu thập tệp văn bản của node_exporter',
  'write the runbooks generated from an inventory (DR failover/failback, restore drills, IPv6, TSLCD, incident response), or check the committed ones':
    'ghi các kịch bản vận hành sinh từ mô hình hạ tầng (chuyển sang trung tâm dự phòng thảm họa và chuyển về, diễn tập khôi phục, IPv6, mạng truyền số liệu chuyên dùng, ứng cứu sự cố), hoặc đối chiếu các kịch bản đã lưu',
  'write the Kubernetes objects of every cluster as YAML, one file per namespace (kubectl, Argo CD, Flux)':
    'ghi các đối tượng Kubernetes của từng cụm máy chủ dạng YAML, mỗi không gian tên một tệp (dùng với kubectl, Argo CD, Flux)',
  'synthesize the cdktf stacks (one per cluster) as Terraform JSON, like `cdktf synth`, offline':
    'tổng hợp các bộ cấu hình cdktf (mỗi cụm máy chủ một bộ) thành Terraform JSON như `cdktf synth`, không cần kết nối mạng',
  'write the firewall policy of a site (nftables, FortiGate, JSON) from the flow matrix; --prove tests it with real packets':
    'ghi chính sách tường lửa của một trung tâm (nftables, FortiGate, JSON) từ ma trận luồng; --prove kiểm chứng chính sách bằng gói tin thật',

  // The `[dir]` argument.
  'inventory folder of one province (default: the folder hatang.yaml names; in a checkout of hatang, the bundled Quảng Ngãi inventory)':
    'thư mục mô hình hạ tầng của một tỉnh (mặc định: thư mục ghi trong hatang.yaml; trong bản mã nguồn của hatang là mô hình hạ tầng mẫu của tỉnh Quảng Ngãi đi kèm)',

  // Options shared by several commands.
  'output format': 'định dạng đầu ra',
  'language of messages': 'ngôn ngữ của thông báo',
  'write a starting inventory of one province: the minimum design of a security level, its communes and wards, TODO marks for what to fill in':
    'viết mô hình hạ tầng khởi đầu của một tỉnh, thành phố: thiết kế tối thiểu theo cấp độ an toàn, các xã, phường, đặc khu, và dấu TODO ở những chỗ cần điền',
  'two-digit code of the province or centrally-governed city (QĐ 19/2025/QĐ-TTg), e.g. 48':
    'mã hai chữ số của tỉnh hoặc thành phố trực thuộc trung ương (Quyết định số 19/2025/QĐ-TTg), ví dụ 48',
  'security level of the example system and of the minimum design': 'cấp độ an toàn của hệ thống mẫu và của thiết kế tối thiểu',
  'add a DR site that mirrors the primary one (always added at level 5)': 'thêm trung tâm dự phòng thảm họa mô phỏng trung tâm chính (luôn có ở cấp độ 5)',
  'folder to write (default: inventory/<province name without diacritics>)': 'thư mục để ghi (mặc định: inventory/‹tên tỉnh, thành phố viết không dấu›)',
  'write into a folder that already holds files (files of the same name are replaced)': 'ghi vào thư mục đã có tệp (tệp cùng tên được thay thế)',
  [`output folder (default: out/<inventory folder name>)`]: `thư mục đầu ra (mặc định: out/${FOLDER})`,
  'what to print: the files written (table) or them as JSON': 'nội dung in ra: danh sách các tệp đã ghi (table) hoặc danh sách đó dạng JSON',
  'rule-set: vn-nd85-tt12-2022 or vn-nd331-2026 (default: the one in force at --as-of)':
    'bộ quy tắc: vn-nd85-tt12-2022 hoặc vn-nd331-2026 (mặc định: bộ quy tắc có hiệu lực tại ngày --as-of)',
  "date the checks are evaluated at, YYYY-MM-DD (default: the inventory's asOf, else today); picks the rule-set and ages evidence":
    'ngày đánh giá, dạng YYYY-MM-DD (mặc định: ngày asOf của mô hình hạ tầng, nếu không có thì ngày hôm nay); quyết định bộ quy tắc áp dụng và là mốc tính thời hạn của bằng chứng',
  'a previous JSON report: show only findings that are new since it':
    'báo cáo JSON của lần chạy trước làm kết quả nền: chỉ hiện các phát hiện mới so với báo cáo đó',
  'lowest severity of a failing finding that makes the exit code 1': 'mức nghiêm trọng thấp nhất của phát hiện không đạt khiến mã thoát là 1',
  'count findings that are due later (a transition period, NĐ 331/2026 Art. 39.1) like failing ones for the exit code':
    'khi xác định mã thoát, tính các phát hiện chưa đến hạn (còn trong thời hạn chuyển tiếp theo khoản 1 Điều 39 Nghị định số 331/2026/NĐ-CP) như phát hiện không đạt',
  'override a baseline parameter (docs/rules.md), e.g. logRetentionMonths@L2=3; repeatable':
    'thay giá trị một tham số của yêu cầu an toàn cơ bản (docs/rules.md), ví dụ logRetentionMonths@L2=3; dùng được nhiều lần',
  'evaluate evidence ages and expiries at this date (YYYY-MM-DD; default: today, UTC)':
    'tính thời gian đã qua và thời hạn hiệu lực của bằng chứng tại ngày này (YYYY-MM-DD; mặc định: ngày hôm nay theo giờ UTC)',
  'rule-set of the checks (default: the one in force at the date)': 'bộ quy tắc dùng để kiểm tra (mặc định: bộ quy tắc có hiệu lực tại ngày đánh giá)',

  // validate
  'SARIF: also list manual, waived (suppressed) and due findings; by default only failing ones, which code scanning can close':
    'SARIF: liệt kê cả các phát hiện cần kiểm tra thủ công, được chấp nhận rủi ro tạm thời (đánh dấu bỏ qua) và chưa đến hạn; mặc định chỉ liệt kê phát hiện không đạt, là những phát hiện công cụ quét mã có thể đóng',
  'also write the report in a format (json, sarif, junit, summary, table) to a file, e.g. sarif=out/v.sarif; repeatable; with --output and no --format, nothing is printed':
    'ghi thêm báo cáo theo một định dạng (json, sarif, junit, summary, table) vào một tệp, ví dụ sarif=out/v.sarif; dùng được nhiều lần; khi có --output mà không có --format thì không in gì ra màn hình',

  // build
  'do not print report.pdf even when Chromium is installed': 'không tạo report.pdf kể cả khi máy đã cài Chromium',

  // report
  'language of messages and of report.md (report.html carries both)': 'ngôn ngữ của thông báo và của report.md (report.html có cả hai ngôn ngữ)',
  'also print report.pdf with headless Chromium': 'tạo thêm report.pdf bằng Chromium chạy không giao diện',

  // dossier
  'the information system (metadata.name of its System)': 'hệ thống thông tin (giá trị metadata.name trong khai báo System của hệ thống)',
  'printed when --out is not given: Markdown or self-contained HTML': 'nội dung in ra khi không có --out: Markdown hoặc HTML một tệp độc lập',
  'language of messages and of the Markdown (the HTML carries both)': 'ngôn ngữ của thông báo và của bản Markdown (bản HTML có cả hai ngôn ngữ)',
  'write dossier-<system>.md and dossier-<system>.html to this folder instead of printing':
    'ghi dossier-<system>.md và dossier-<system>.html vào thư mục này thay vì in ra màn hình',
  'also write the dossier as dossier-<system>.docx (to --out, default out/<inventory folder name>)': `ghi thêm hồ sơ dạng dossier-<system>.docx (vào thư mục --out, mặc định out/${FOLDER})`,
  'also write dossier-<system>.pdf, converted from the .docx with LibreOffice headless (soffice)':
    'ghi thêm dossier-<system>.pdf, chuyển đổi từ tệp .docx bằng LibreOffice chạy không giao diện (soffice)',
  'LibreOffice executable for --pdf (default: soffice on PATH)': 'tệp chạy LibreOffice dùng cho --pdf (mặc định: soffice tìm theo biến môi trường PATH)',

  // annual-report
  'the reporting year: the period runs from 15/12 of the year before to 14/12 of this year':
    'năm báo cáo: kỳ báo cáo tính từ ngày 15/12 năm trước đến hết ngày 14/12 của năm báo cáo',
  'language of messages and of the report': 'ngôn ngữ của thông báo và của báo cáo',
  'also write annual-report-<year>.docx': 'ghi thêm annual-report-<year>.docx',

  // plan
  'write the lock file when the plan changes it (without this option plan writes nothing)':
    'ghi tệp khóa địa chỉ khi quy hoạch làm thay đổi tệp này (không có tùy chọn này thì lệnh plan không ghi gì)',
  'never write the lock; exit 1 when it would change (for CI)':
    'không bao giờ ghi tệp khóa địa chỉ; thoát với mã 1 nếu tệp này sẽ thay đổi (dùng trong quy trình tích hợp liên tục)',
  'give up lock entries (with --write-lock to keep it): without a key, those whose request is gone or changed; with lock keys or object names (agencies/xa-an-phu), exactly those, also to renumber an object another one now overlaps':
    'bỏ các mục trong tệp khóa địa chỉ (kèm --write-lock để lưu kết quả): không nêu khóa thì bỏ các mục có yêu cầu đã bị xóa hoặc đã thay đổi; nêu khóa của mục hoặc tên đối tượng (agencies/xa-an-phu) thì bỏ đúng các mục đó, kể cả để đánh số lại một đối tượng mà dải địa chỉ của đối tượng khác nay trùng lên',
  'write nothing (the default)': 'không ghi gì (mặc định)',
  'write the lock file like --write-lock, even when it is read-only, not writable by you, or a symbolic link (keeps its mode; a link is replaced by a file)':
    'ghi tệp khóa địa chỉ như --write-lock, kể cả khi tệp chỉ cho phép đọc, người chạy lệnh không có quyền ghi, hoặc là liên kết tượng trưng (giữ nguyên quyền truy cập của tệp; liên kết được thay bằng một tệp thường)',
  'list prefixes and flows added, removed or changed since a git revision or another inventory folder':
    'liệt kê các dải địa chỉ và luồng được thêm, bỏ hoặc thay đổi so với một phiên bản Git hoặc một thư mục mô hình hạ tầng khác',
  'date for age checks such as the yearly review of TSLCD pools (YYYY-MM-DD)':
    'ngày dùng để kiểm tra thời hạn, như việc rà soát hằng năm các dải gốc của mạng truyền số liệu chuyên dùng (YYYY-MM-DD)',

  // serve
  'address to listen on; loopback unless told otherwise': 'địa chỉ lắng nghe; nếu không chỉ định thì chỉ nghe trên địa chỉ vòng lặp nội bộ',
  'do not watch the folder; reload only on SIGHUP': 'không theo dõi thay đổi của thư mục; chỉ nạp lại khi nhận tín hiệu SIGHUP',
  'a reload whose reading of the folder takes longer fails (a FIFO, a hung mount)':
    'số giây tối đa để đọc thư mục khi nạp lại; quá thời gian này thì lần nạp lại thất bại (ví dụ gặp tệp đường ống FIFO hoặc điểm gắn kết bị treo)',

  // schema
  'print the JSON Schema of the inventory files (for editors that check YAML as you type), or write it atomically to a file':
    'in lược đồ JSON của các tệp mô hình hạ tầng (cho trình soạn thảo kiểm tra tệp YAML ngay khi gõ), hoặc ghi trọn vẹn trong một bước vào một tệp',
  'write the schema to this file instead of stdout': 'ghi lược đồ vào tệp này thay vì đầu ra chuẩn',

  // metrics
  'write to this file (e.g. /var/lib/prometheus/node-exporter/hatang.prom) instead of stdout':
    'ghi vào tệp này (ví dụ /var/lib/prometheus/node-exporter/hatang.prom) thay vì đầu ra chuẩn',
  'exposition format': 'định dạng trình bày chỉ số',

  // runbooks
  'output folder (default: runbooks/<inventory folder name>)': `thư mục đầu ra (mặc định: runbooks/${FOLDER})`,
  'write nothing; exit 1 when the files in --out differ from what the inventory generates':
    'không ghi gì; thoát với mã 1 nếu các tệp trong --out khác với nội dung sinh từ mô hình hạ tầng',
  'rule-set printed in the runbooks and used for the assessment checklists (default: the one in force at --as-of)':
    'bộ quy tắc ghi trong kịch bản vận hành và dùng cho các danh mục kiểm tra đánh giá (mặc định: bộ quy tắc có hiệu lực tại ngày --as-of)',
  "date the checks behind the assessment checklists are evaluated at, YYYY-MM-DD (default: the inventory's asOf, else today)":
    'ngày đánh giá các yêu cầu làm căn cứ cho danh mục kiểm tra đánh giá, dạng YYYY-MM-DD (mặc định: ngày asOf của mô hình hạ tầng, nếu không có thì ngày hôm nay)',

  // manifests, synth
  'output folder (default: out/<inventory folder name>/k8s)': `thư mục đầu ra (mặc định: out/${FOLDER}/k8s)`,
  'output folder (default: cdktf.out)': 'thư mục đầu ra (mặc định: cdktf.out)',

  // firewall
  'the site whose firewalls to write or prove': 'trung tâm có tường lửa cần ghi chính sách hoặc kiểm chứng',
  'output folder (default: out/<inventory folder name>/firewall/<format>)': `thư mục đầu ra (mặc định: out/${FOLDER}/firewall/<format>)`,
  'build the site in network namespaces, load the nftables ruleset and send real packets (root)':
    'dựng trung tâm trong các không gian tên mạng, nạp bộ luật nftables và gửi gói tin thật (cần quyền root)',
  'print the rules, addresses and services added, removed and changed since the inventory at this git revision':
    'in các luật, địa chỉ và dịch vụ được thêm, bỏ và thay đổi so với mô hình hạ tầng tại phiên bản Git này',
};

/** Descriptions built with a value of the program (a file name, a path): the static part, the value kept as it is. */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^lock file \(default: (.+)\)$/, 'tệp khóa địa chỉ (mặc định: $1)'],
  [/^Chromium executable for --pdf \(default: (.+)\)$/, 'tệp chạy Chromium dùng cho --pdf (mặc định: $1)'],
];

/** The Vietnamese help text of an English description, or the description itself. */
export function describe(en: string): string {
  const known = VI[en];
  if (known !== undefined) return known;
  const pattern = PATTERNS.find(([re]) => re.test(en));
  return pattern ? en.replace(pattern[0], pattern[1]) : en;
}
