import { drMode, estimatedRto } from '../../dr/index.js';
import { DR_MODE_NAMES, durationText, durationValue, msg, text } from '../../model/index.js';
import type { SystemRule } from '../rule.js';

const STEP: Record<string, [string, string]> = {
  decision: ['quyết định', 'decision'],
  start: ['khởi động', 'start-up'],
  copy: ['chép bản sao lưu', 'backup copy'],
  restore: ['khôi phục dữ liệu', 'restore'],
  verify: ['kiểm tra', 'verification'],
  dns: ['TTL DNS', 'DNS TTL'],
};

export const DR_RTO_01: SystemRule = {
  id: 'DR-RTO-01',
  title: text('RTO khả thi với chế độ dự phòng đã chọn', 'The RTO is plausible for the DR mode'),
  domain: 'operations',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  appliesTo: {
    text: text('hệ thống có phương án dự phòng tại trung tâm khác và có rto', 'systems with a dr.mode other than none and an rto'),
    test: (ctx) => drMode(ctx.system) !== 'none' && ctx.system.rtoMinutes !== undefined,
  },
  severity: 'warning',
  clauses: [{ doc: 'hatang-dr' }, { doc: 'tt09-2020-nhnn' }],
  confidence: 'practice',
  confidenceNote: text(
    'Không có RTO bắt buộc cho cơ quan nhà nước; Thông tư số 09/2020/TT-NHNN của ngành ngân hàng chỉ để tham khảo; thời gian từng bước là giả định trong docs/dr.md.',
    'No RTO is required of state agencies; the banking Circular 09/2020/TT-NHNN is an analogue only; the duration of each step is an assumption of docs/dr.md.',
  ),
  remediation: text(
    'Chọn chế độ dự phòng nóng hơn (từ lạnh sang ấm, từ ấm sang nóng), giảm TTL DNS, đặt bản sao lưu tại trung tâm dự phòng, hoặc nới RTO đã khai báo (`rto`).',
    'Choose a hotter DR mode (cold to warm, warm to hot), lower the DNS TTL, keep the backups at the DR site, or relax the `rto`.',
  ),
  scope: 'system',
  check: (ctx) => {
    const s = ctx.system;
    const est = estimatedRto(ctx.model, s);
    if (!est) return [];
    if (drMode(s) === 'cold' && s.data === undefined) {
      return [
        {
          status: 'manual',
          part: 'rto',
          path: ['spec'],
          message: text(
            'Không ước tính được thời gian khôi phục dữ liệu: khai báo dung lượng dữ liệu của hệ thống.',
            'The restore time cannot be estimated: declare data.sizeGiB.',
          ),
        },
      ];
    }
    const parts = (lang: 0 | 1) =>
      est.parts
        .filter((p) => p.minutes > 0)
        .map((p) => `${STEP[p.step]![lang]} ${durationText(p.minutes, lang === 0 ? 'vi' : 'en')}`)
        .join(' + ');
    const target = s.rtoMinutes!;
    const ok = est.minutes <= target;
    return [
      {
        status: ok ? 'pass' : 'fail',
        part: 'rto',
        path: ['spec', 'rto'],
        message: msg('DR-RTO-01.estimate', {
          mode: DR_MODE_NAMES[drMode(s)],
          rto: durationValue(est.minutes),
          parts: text(parts(0) || durationText(0, 'vi'), parts(1) || durationText(0, 'en')),
          target: durationValue(target),
        }),
      },
    ];
  },
};
