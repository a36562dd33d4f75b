// Schema validation of one document with ajv, and translation of ajv's errors into located, bilingual messages.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { parseAddress, parsePrefixStrict, type Family, type PrefixProblem } from '../net/index.js';
import { DEFAULT_DIAGNOSTIC_LIMITS, moreInDocument } from './cap.js';
import { show, text, type Diagnostic, type Text } from './diagnostics.js';
import { nearest, suggestValue } from './suggest.js';
import { API_VERSION, KINDS, type Kind, type SourceLocation } from './types.js';
import * as generated from './schema-validator.generated.js';
import type { ParsedDocument } from './parse.js';

/** A validator of ajv's standalone code: it sets `errors` after each call (ajv's options allErrors and verbose). */
type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * The validator of each kind, precompiled from inventory/schema/inventory.schema.json by scripts/build-schema.mjs
 * (ajv's standalone code, with the options and formats of scripts/build-validator.mjs): nothing compiles at run time.
 */
const validators: Readonly<Record<Kind, Validate>> = generated as unknown as Record<Kind, Validate>;

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'giá trị đúng/sai',
  object: 'ánh xạ (mapping)',
  array: 'danh sách',
  null: 'null',
};
const TYPE_EN: Record<string, string> = { object: 'mapping', array: 'list' };

function prefixMessage(problem: PrefixProblem, value: string, expected: Family | undefined): { message: Text; suggestion?: string } {
  const fam = expected === 'ipv6' ? 'IPv6' : expected === 'ipv4' ? 'IPv4' : 'IPv4/IPv6';
  switch (problem.kind) {
    case 'family':
      return {
        message: text(
          `${show(value)} là prefix ${problem.found === 'ipv4' ? 'IPv4' : 'IPv6'} nhưng trường này cần prefix ${fam}.`,
          `${show(value)} is an ${problem.found === 'ipv4' ? 'IPv4' : 'IPv6'} prefix but this field needs an ${fam} prefix.`,
        ),
      };
    case 'length':
      return {
        message: text(`Độ dài prefix trong ${show(value)} vượt quá ${problem.max}.`, `The prefix length in ${show(value)} is out of range (0-${problem.max}).`),
      };
    case 'host-bits':
      return {
        message: text(
          `${show(value)} có bit phần host khác 0; địa chỉ mạng đúng là ${problem.canonical}.`,
          `${show(value)} has host bits set; the network address is ${problem.canonical}.`,
        ),
        suggestion: problem.canonical,
      };
    case 'syntax':
      return {
        message: text(
          `${show(value)} không phải prefix ${fam} hợp lệ (dạng địa-chỉ/độ-dài, ví dụ ${expected === 'ipv6' ? '2001:db8:51::/48' : '10.51.10.0/24'}).`,
          `${show(value)} is not a valid ${fam} prefix (address/length, e.g. ${expected === 'ipv6' ? '2001:db8:51::/48' : '10.51.10.0/24'}).`,
        ),
      };
  }
}

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

function schemaDescription(error: ErrorObject): string | undefined {
  const schema = error.parentSchema as { description?: string } | undefined;
  return schema?.description;
}

/**
 * Validates a document against the schema of its kind; returns located diagnostics (empty when valid): at most
 * `maxDiagnostics` of the schema's, then one `too-many-diagnostics` counting the others.
 */
export function validateDocument(
  doc: ParsedDocument,
  maxDiagnostics: number = DEFAULT_DIAGNOSTIC_LIMITS.perDocument,
): { kind?: Kind; diagnostics: Diagnostic[] } {
  const data = doc.data as Record<string, unknown>;
  const diag = (partial: Omit<Diagnostic, 'severity' | 'location'>, path: (string | number)[], at: 'key' | 'value' = 'value'): Diagnostic => ({
    severity: 'error',
    location: doc.locate(path, at),
    ...partial,
  });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      diagnostics: [
        diag(
          {
            code: 'not-a-mapping',
            message: text(
              `Mỗi tài liệu phải là một ánh xạ với apiVersion, kind, metadata, spec; tìm thấy ${TYPE_VI[typeName(data)] ?? typeName(data)}.`,
              `Each document must be a mapping with apiVersion, kind, metadata and spec; found a ${TYPE_EN[typeName(data)] ?? typeName(data)}.`,
            ),
            found: typeName(data),
            expected: 'mapping',
          },
          [],
        ),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (data.apiVersion !== API_VERSION) {
    const found = data.apiVersion;
    diagnostics.push(
      diag(
        {
          code: 'api-version',
          pointer: '/apiVersion',
          message:
            found === undefined
              ? text(`Thiếu apiVersion; cần "${API_VERSION}".`, `apiVersion is missing; expected "${API_VERSION}".`)
              : typeof found === 'string' && /^hatang\.vn\//.test(found)
                ? text(
                    `Phiên bản định dạng ${show(found)} không được hỗ trợ; phiên bản này của hatang đọc "${API_VERSION}" (xem docs/inventory.md).`,
                    `Inventory format ${show(found)} is not supported; this hatang reads "${API_VERSION}" (see docs/inventory.md).`,
                  )
                : text(`apiVersion ${show(found)} không hợp lệ; cần "${API_VERSION}".`, `apiVersion ${show(found)} is not valid; expected "${API_VERSION}".`),
          ...(found === undefined ? {} : { found: show(found) }),
          expected: API_VERSION,
        },
        found === undefined ? [] : ['apiVersion'],
      ),
    );
  }
  const kind = data.kind;
  if (!KINDS.includes(kind as Kind)) {
    const suggestion = typeof kind === 'string' ? nearest(kind, KINDS) : undefined;
    diagnostics.push(
      diag(
        {
          code: 'unknown-kind',
          pointer: '/kind',
          message:
            kind === undefined
              ? text(`Thiếu kind; cần một trong: ${KINDS.join(', ')}.`, `kind is missing; expected one of: ${KINDS.join(', ')}.`)
              : text(
                  `kind ${show(kind)} không tồn tại; cần một trong: ${KINDS.join(', ')}.`,
                  `Unknown kind ${show(kind)}; expected one of: ${KINDS.join(', ')}.`,
                ),
          ...(kind === undefined ? {} : { found: show(kind) }),
          expected: KINDS.join(' | '),
          ...(suggestion ? { suggestion } : {}),
        },
        kind === undefined ? [] : ['kind'],
      ),
    );
    return { diagnostics };
  }
  // One at a time: a document can hold hundreds of thousands of errors, too many for the arguments of one call.
  for (const d of schemaErrors(kind as Kind, doc, diag, maxDiagnostics)) diagnostics.push(d);
  return { kind: kind as Kind, diagnostics };
}

/** The schema's diagnostics of a document of a known kind, at most `max` and the count of the others. */
function schemaErrors(kind: Kind, doc: ParsedDocument, diag: Diag, max: number): Diagnostic[] {
  const validate = validators[kind];
  let all: ErrorObject[];
  let stopped = false;
  try {
    if (validate(doc.data)) return [];
    all = validate.errors ?? [];
  } catch (e) {
    // The validator stopped after MAX_ERRORS errors (scripts/build-validator.mjs): those are reported, the rest untold.
    if (!(e instanceof generated.TooManyErrors)) throw e;
    all = (e as unknown as { errors: ErrorObject[] }).errors;
    stopped = true;
  }
  const errors = all.filter((e) => !(e.keyword === 'const' && e.instancePath === '/apiVersion'));
  return translate(errors, diag, max, (path) => doc.locate(path), stopped);
}

type Diag = (partial: Omit<Diagnostic, 'severity' | 'location'>, path: (string | number)[], at?: 'key' | 'value') => Diagnostic;

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const pointerOf = (path: (string | number)[]) => '/' + path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * Turns ajv's errors into diagnostics, at most one per error, in ajv's order; after `max` of them, the others are
 * only counted, in one diagnostic at the first of them.
 */
function translate(errors: ErrorObject[], diag: Diag, max: number, locate: (path: (string | number)[]) => SourceLocation, stopped = false): Diagnostic[] {
  const anyOfPaths = requiredAlternatives(errors);
  const out: Diagnostic[] = [];
  let i = 0;
  for (; i < errors.length && out.length < max; i++) {
    const e = errors[i]!;
    const path = pathOf(e.instancePath);
    const at: At = { path, field: path.length > 0 ? String(path[path.length - 1]) : '', diag };
    const d = translateOne(e, at, anyOfPaths);
    if (d) out.push(d);
  }
  let omitted = 0;
  let first: ErrorObject | undefined;
  for (; i < errors.length; i++) {
    const e = errors[i]!;
    if (!reported(e, anyOfPaths)) continue;
    omitted++;
    first ??= e;
  }
  if (first) out.push(moreInDocument(locate(pathOf(first.instancePath)), out.length, omitted, stopped));
  return out;
}

/** Whether translateOne makes a diagnostic of `e` (without making it). */
function reported(e: ErrorObject, anyOfPaths: ReadonlyMap<string, string[]>): boolean {
  switch (e.keyword) {
    case 'if':
    case 'propertyNames':
      return false;
    case 'anyOf':
      return anyOfPaths.has(e.instancePath);
    case 'required':
      return !anyOfPaths.get(e.instancePath)?.includes(e.params.missingProperty);
    case 'format': {
      const format = e.params.format as string;
      if (!format.endsWith('prefix')) return true;
      return !parsePrefixStrict(String(e.data), format === 'ipv4-prefix' ? 'ipv4' : format === 'ipv6-prefix' ? 'ipv6' : undefined).ok;
    }
    default:
      return true;
  }
}

/** Where an error is: the path to the value, the name of its field, and how to locate it. */
interface At {
  readonly path: (string | number)[];
  readonly field: string;
  readonly diag: Diag;
}

/** anyOf over `required` alternatives becomes one "needs one of" message; other anyOf/if wrappers add nothing. */
function requiredAlternatives(errors: ErrorObject[]): Map<string, string[]> {
  const anyOfPaths = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword === 'anyOf') {
      const alternatives = ((e.schema as { required?: string[] }[]) ?? []).flatMap((s) => s.required ?? []);
      if (alternatives.length > 0) anyOfPaths.set(e.instancePath, alternatives);
    }
  }
  return anyOfPaths;
}

function translateOne(e: ErrorObject, at: At, anyOfPaths: ReadonlyMap<string, string[]>): Diagnostic | undefined {
  switch (e.keyword) {
    case 'if':
      return undefined;
    case 'anyOf': {
      const alternatives = anyOfPaths.get(e.instancePath);
      return alternatives ? missingOneOf(alternatives, at) : undefined;
    }
    case 'required':
      if (anyOfPaths.get(e.instancePath)?.includes(e.params.missingProperty)) return undefined;
      return missingField(e.params.missingProperty as string, at);
    case 'additionalProperties':
      return unknownField(e, at);
    case 'type':
      return wrongType(e, at);
    case 'enum':
    case 'const':
      return notAllowed(e, at);
    case 'format':
      return badFormat(e, at);
    case 'pattern':
      return badPattern(e, at);
    case 'propertyNames':
      return undefined; // its nested `pattern` error says what is wrong
    default:
      return outOfLimit(e, at);
  }
}

function missingOneOf(alternatives: string[], { path, diag }: At): Diagnostic {
  return diag(
    {
      code: 'missing-field',
      pointer: pointerOf(path),
      message: text(`Cần ít nhất một trong các trường: ${alternatives.join(', ')}.`, `Needs at least one of the fields: ${alternatives.join(', ')}.`),
      expected: alternatives.join(' | '),
    },
    path,
  );
}

function missingField(missing: string, { path, diag }: At): Diagnostic {
  return diag(
    {
      code: 'missing-field',
      pointer: pointerOf([...path, missing]),
      message: text(`Thiếu trường bắt buộc "${missing}".`, `Required field "${missing}" is missing.`),
      expected: missing,
    },
    path,
  );
}

function unknownField(e: ErrorObject, { path, diag }: At): Diagnostic {
  const extra = e.params.additionalProperty as string;
  const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
  const suggestion = nearest(extra, allowed);
  return diag(
    {
      code: 'unknown-field',
      pointer: pointerOf([...path, extra]),
      message: text(
        `Trường "${extra}" không tồn tại ở đây; các trường hợp lệ: ${allowed.join(', ')}.`,
        `Unknown field "${extra}"; allowed fields here: ${allowed.join(', ')}.`,
      ),
      found: extra,
      expected: allowed.join(' | '),
      ...(suggestion ? { suggestion } : {}),
    },
    [...path, extra],
    'key',
  );
}

function wrongType(e: ErrorObject, { path, field, diag }: At): Diagnostic {
  const expected = String(e.params.type).split(',');
  const found = typeName(e.data);
  const quote = quotedForm(e, expected);
  const line = quote === undefined ? '' : typeof path[path.length - 1] === 'number' ? `- ${quote}` : `${field}: ${quote}`;
  return diag(
    {
      code: 'wrong-type',
      pointer: pointerOf(path),
      message: text(
        `"${field}" phải là ${expected.map((t) => TYPE_VI[t] ?? t).join(' hoặc ')}, nhưng là ${TYPE_VI[found] ?? found} ${show(e.data)}.` +
          (quote === undefined
            ? ''
            : ` Viết giá trị trong dấu nháy kép: ${line} (YAML đọc dãy chữ số không có dấu nháy là số, bỏ các chữ số 0 ở đầu; ghi đúng giá trị cần dùng).`),
        `"${field}" must be ${expected.map((t) => article(TYPE_EN[t] ?? t)).join(' or ')}, but is ${article(TYPE_EN[found] ?? found)} ${show(e.data)}.` +
          (quote === undefined
            ? ''
            : ` Write it in quotes: ${line} (YAML reads unquoted digits as a number and drops leading zeros; write the value exactly as meant).`),
      ),
      found: show(e.data),
      expected: expected.join(' | '),
    },
    path,
  );
}

/**
 * A number where the schema wants a string (a code such as `code: 48`, which YAML reads as a number): the value in
 * quotes, padded with the leading zeros YAML dropped when the field's pattern is a fixed number of digits
 * (`code: 1` in a two-digit field is `"01"`). Undefined for other type errors.
 */
function quotedForm(e: ErrorObject, expected: readonly string[]): string | undefined {
  if (!expected.includes('string') || typeof e.data !== 'number' || !Number.isFinite(e.data)) return undefined;
  let digits = String(e.data);
  const pattern = (e.parentSchema as { pattern?: unknown } | undefined)?.pattern;
  const fixed = typeof pattern === 'string' ? /^\^\[0-9\]\{(\d+)\}\$$/.exec(pattern) : null;
  if (fixed && /^\d+$/.test(digits)) digits = digits.padStart(Number(fixed[1]), '0');
  return `"${digits}"`;
}

/** A value outside an `enum` or different from a `const`. */
function notAllowed(e: ErrorObject, { path, field, diag }: At): Diagnostic {
  const allowed = (e.keyword === 'enum' ? (e.params.allowedValues as unknown[]) : [e.params.allowedValue]).map(String);
  const suggestion = typeof e.data === 'string' ? suggestValue(e.data, allowed) : undefined;
  return diag(
    {
      code: 'invalid-value',
      pointer: pointerOf(path),
      message: text(
        `Giá trị ${show(e.data)} của "${field}" không hợp lệ; cần một trong: ${allowed.join(', ')}.`,
        `"${field}" has value ${show(e.data)}; expected one of: ${allowed.join(', ')}.`,
      ),
      found: show(e.data),
      expected: allowed.join(' | '),
      ...(suggestion ? { suggestion } : {}),
    },
    path,
  );
}

/** A value that fails a format: a prefix, a date or an address. */
function badFormat(e: ErrorObject, at: At): Diagnostic | undefined {
  const format = e.params.format as string;
  if (format.endsWith('prefix')) return badPrefix(format, String(e.data), at);
  if (format === 'date') return badDate(e, at);
  return badAddress(format, String(e.data), at);
}

function badPrefix(format: string, value: string, { path, diag }: At): Diagnostic | undefined {
  const family: Family | undefined = format === 'ipv4-prefix' ? 'ipv4' : format === 'ipv6-prefix' ? 'ipv6' : undefined;
  const result = parsePrefixStrict(value, family);
  if (result.ok) return undefined;
  const m = prefixMessage(result.problem, value, family);
  return diag(
    {
      code: 'invalid-prefix',
      pointer: pointerOf(path),
      message: m.message,
      found: show(value),
      expected: `${family ?? 'IP'} prefix`,
      ...(m.suggestion ? { suggestion: m.suggestion } : {}),
    },
    path,
  );
}

function badDate(e: ErrorObject, { path, field, diag }: At): Diagnostic {
  return diag(
    {
      code: 'invalid-value',
      pointer: pointerOf(path),
      message: text(
        `"${field}" phải là ngày hợp lệ dạng YYYY-MM-DD, tìm thấy ${show(e.data)}.`,
        `"${field}" must be a valid date YYYY-MM-DD, found ${show(e.data)}.`,
      ),
      found: show(e.data),
      expected: 'YYYY-MM-DD',
    },
    path,
  );
}

function badAddress(format: string, value: string, { path, field, diag }: At): Diagnostic {
  const fam = format === 'ipv6' ? 'IPv6' : 'IPv4';
  const other = parseAddress(value);
  return diag(
    {
      code: 'invalid-value',
      pointer: pointerOf(path),
      message: other
        ? text(
            `${show(value)} là địa chỉ ${other.family === 'ipv4' ? 'IPv4' : 'IPv6'}, trường "${field}" cần địa chỉ ${fam}.`,
            `${show(value)} is an ${other.family === 'ipv4' ? 'IPv4' : 'IPv6'} address; "${field}" needs an ${fam} address.`,
          )
        : text(`${show(value)} không phải địa chỉ ${fam} hợp lệ.`, `${show(value)} is not a valid ${fam} address.`),
      found: show(value),
      expected: `${fam} address`,
    },
    path,
  );
}

/** A value that does not match its pattern; the schema's description of the form is shown when it has one. */
function badPattern(e: ErrorObject, { path, field, diag }: At): Diagnostic {
  const description = schemaDescription(e);
  return diag(
    {
      code: 'invalid-value',
      pointer: pointerOf(path),
      message: text(
        `Giá trị ${show(e.data)} của "${field}" sai dạng${description ? `: ${description}` : ` (mẫu ${e.params.pattern})`}.`,
        `"${field}" has value ${show(e.data)}, which does not match the expected form${description ? `: ${description}` : ` (pattern ${e.params.pattern})`}.`,
      ),
      found: show(e.data),
      expected: description ?? String(e.params.pattern),
    },
    path,
  );
}

/** Any other keyword: a minimum, a length, a count of items or fields. */
function outOfLimit(e: ErrorObject, { path, field, diag }: At): Diagnostic {
  const limit = (e.params as { limit?: unknown }).limit;
  return diag(
    {
      code: 'invalid-value',
      pointer: pointerOf(path),
      message: text(
        `Giá trị ${show(e.data)} của "${field}" không hợp lệ: ${vietnameseLimit(e.keyword, limit)}.`,
        `"${field}" has value ${show(e.data)}: ${e.message ?? e.keyword}.`,
      ),
      found: show(e.data),
      expected: `${e.keyword}${limit === undefined ? '' : ` ${String(limit)}`}`,
    },
    path,
  );
}

function vietnameseLimit(keyword: string, limit: unknown): string {
  switch (keyword) {
    case 'minimum':
      return `phải ≥ ${String(limit)}`;
    case 'maximum':
      return `phải ≤ ${String(limit)}`;
    case 'minLength':
      return `phải dài ít nhất ${String(limit)} ký tự`;
    case 'maxLength':
      return `phải dài tối đa ${String(limit)} ký tự`;
    case 'minItems':
      return `phải có ít nhất ${String(limit)} phần tử`;
    case 'maxItems':
      return `phải có tối đa ${String(limit)} phần tử`;
    case 'uniqueItems':
      return 'các phần tử không được trùng nhau';
    case 'minProperties':
      return `phải có ít nhất ${String(limit)} trường`;
    case 'maxProperties':
      return `chỉ được có tối đa ${String(limit)} trường`;
    default:
      return keyword;
  }
}
