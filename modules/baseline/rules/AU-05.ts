import { text, type Agency } from '../../model/index.js';
import type { ModelRule, Outcome } from '../rule.js';

/** Agencies in the order they are written: file, then line. */
const written = (a: Agency, b: Agency) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.line - b.source.line);

export const AU_05: ModelRule = {
  id: 'AU-05',
  title: text('Mỗi mã chỉ định danh một đơn vị', 'Each code identifies one unit'),
  domain: 'inventory',
  mode: 'auto',
  levels: [1, 2, 3, 4, 5],
  severity: 'error',
  clauses: [{ doc: 'qd19-2025' }],
  confidence: 'verified',
  remediation: text(
    'Giữ mã cho đúng một cơ quan, đơn vị; sửa mã của cơ quan kia theo danh mục đơn vị hành chính hoặc theo quy ước đặt mã cơ quan.',
    "Keep the code on exactly one agency; correct the other agency's code from the list of administrative units or the agency code convention.",
  ),
  scope: 'model',
  // Codes are keys: the address plan and the TSLCD allocations are traced by them (AU-06). The first agency written
  // with a code keeps it; every later one is reported.
  check: (ctx) => {
    const first = new Map<string, Agency>();
    const out: Outcome[] = [];
    for (const a of [...ctx.model.agencies].sort(written)) {
      if (a.code === undefined) continue;
      const owner = first.get(a.code);
      if (!owner) {
        first.set(a.code, a);
        continue;
      }
      out.push({
        status: 'fail',
        target: `agencies/${a.name}`,
        source: a.source,
        path: ['spec', 'code'],
        at: 'value',
        message: text(
          `Mã ${a.code} của ${a.title} đã là mã của ${owner.title}: một mã chỉ định danh một đơn vị.`,
          `Code ${a.code} of ${a.name} is already the code of ${owner.name}: a code identifies one unit.`,
        ),
      });
    }
    return out;
  },
};
