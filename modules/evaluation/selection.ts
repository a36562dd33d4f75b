// The rule-set selection, made once per evaluation: the rule-set (given, or in force at the date), the date and
// the parameter overrides. The one place that selects a rule-set.
import { RULESETS, type BaselineSelection, type ParameterOverrides } from '../baseline/index.js';
import { isValidDate, text, viDate, type Text } from '../model/index.js';

export interface SelectionRequest {
  /** YYYY-MM-DD given on the command line (or by a caller); wins over the inventory's own date. */
  readonly asOf?: string;
  /** Explicit rule-set id; when absent the one in force at the date applies. */
  readonly ruleset?: string;
  /** Overrides of baseline parameters (`name` or `name@L3` → value), e.g. from `--param`. */
  readonly parameters?: ParameterOverrides;
}

export interface Selection extends BaselineSelection {
  readonly parameters: ParameterOverrides;
  /** What the reader must know about the choice, e.g. that no implemented rule-set covers the date. */
  readonly warnings: readonly Text[];
}

/** Before this date neither rule-set was in force (TT 03/2017/TT-BTTTT applied until TT 12/2022 replaced it). */
const EARLIEST = RULESETS.map((r) => r.inForceFrom).sort()[0]!;

function warningsAt(asOf: string): Text[] {
  if (asOf >= EARLIEST) return [];
  const from = viDate(EARLIEST);
  return [
    text(
      `Ngày đánh giá ${viDate(asOf)} trước ngày ${from}: không bộ quy tắc nào đã xây dựng áp dụng cho ngày này (khi đó Thông tư số 03/2017/TT-BTTTT còn hiệu lực); kết quả dưới đây theo bộ quy tắc được chọn, chỉ để tham khảo.`,
      `The date ${asOf} is before ${EARLIEST}: no implemented rule-set covers it (Circular 03/2017/TT-BTTTT applied then); the results below follow the chosen rule-set and are for reference only.`,
    ),
  ];
}

/** A bad --ruleset, --as-of or --param: the command line is invalid (exit 2), with a bilingual message. */
export class SelectionError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/**
 * Picks the rule-set and date: the request's date, else the inventory's `asOf` (a sample inventory is judged at the
 * date it describes), else `today`; the request's rule-set, else the latest one in force at that date.
 */
export function select(request: SelectionRequest, context: { readonly inventoryAsOf?: string | undefined; readonly today: string }): Selection {
  const asOf = request.asOf ?? context.inventoryAsOf ?? context.today;
  const parameters = request.parameters ?? {};
  if (!isValidDate(asOf)) {
    throw new SelectionError(text(`--as-of "${asOf}" không phải ngày dạng YYYY-MM-DD.`, `--as-of "${asOf}" is not a date of the form YYYY-MM-DD.`));
  }
  if (request.ruleset !== undefined) {
    const ruleset = RULESETS.find((r) => r.id === request.ruleset);
    if (!ruleset) {
      const ids = RULESETS.map((r) => r.id).join(', ');
      throw new SelectionError(
        text(`Bộ quy tắc "${request.ruleset}" không tồn tại; có: ${ids}.`, `Rule-set "${request.ruleset}" does not exist; expected one of: ${ids}.`),
      );
    }
    return { ruleset, asOf, chosenBy: 'option', parameters, warnings: warningsAt(asOf) };
  }
  const inForce = [...RULESETS].filter((r) => r.inForceFrom <= asOf).sort((a, b) => (a.inForceFrom < b.inForceFrom ? 1 : -1))[0] ?? RULESETS[0]!;
  return { ruleset: inForce, asOf, chosenBy: 'as-of', parameters, warnings: warningsAt(asOf) };
}
