// The message catalogue: both languages for every key, every message compiles and formats, plural forms per language,
// and no hand-made English plural comes back into modules/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { MESSAGES, msg, msgIn, type ArgNames, type MessageArgs } from '../../modules/model/messages/index.js';

const KEYS = Object.keys(MESSAGES) as (keyof typeof MESSAGES)[];

type Kind = 'plural' | 'number' | 'select' | 'plain';

/** The argument names of a message and the kind of each, from its syntax tree. */
function argumentsOf(ast: readonly unknown[], out = new Map<string, Kind>()): Map<string, Kind> {
  for (const el of ast as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
    // 1 argument, 2 number, 5 select, 6 plural (@formatjs/icu-messageformat-parser TYPE).
    if (el.type === 1) out.set(el.value!, out.get(el.value!) ?? 'plain');
    if (el.type === 2 && out.get(el.value!) !== 'plural') out.set(el.value!, 'number');
    if (el.type === 5) out.set(el.value!, 'select');
    if (el.type === 6) out.set(el.value!, 'plural');
    for (const option of Object.values(el.options ?? {})) argumentsOf(option.value, out);
  }
  return out;
}

describe('the message catalogue', () => {
  test('every key has both languages, none empty', () => {
    expect(KEYS.length).toBeGreaterThan(0);
    for (const key of KEYS) {
      const entry: { vi?: unknown; en?: unknown } = MESSAGES[key];
      expect(Object.keys(entry).sort(), key).toEqual(['en', 'vi']);
      expect(typeof entry.vi === 'string' && entry.vi.length > 0, key).toBe(true);
      expect(typeof entry.en === 'string' && entry.en.length > 0, key).toBe(true);
    }
  });

  test('every message compiles and formats with its arguments, for both counts of English', () => {
    for (const key of KEYS) {
      const names = argumentsOf(new IntlMessageFormat(MESSAGES[key].en, 'en').getAst(), argumentsOf(new IntlMessageFormat(MESSAGES[key].vi, 'vi').getAst()));
      const outputs: string[] = [];
      for (const [n, choice] of [
        [1, 'yes'],
        [2, 'other'],
      ] as const) {
        const values = Object.fromEntries([...names].map(([name, kind]) => [name, kind === 'plain' ? `<${name}>` : kind === 'select' ? choice : n]));
        const out = msg(key, ...([values] as unknown as MessageArgs<typeof key>));
        for (const lang of ['vi', 'en'] as const) {
          expect(out[lang], `${key} ${lang}`).not.toMatch(/[{}]|undefined|NaN/);
          outputs.push(out[lang]);
        }
      }
      for (const [name, kind] of names) if (kind === 'plain') expect(outputs.join('\n'), `${key} ${name}`).toContain(`<${name}>`);
    }
  });

  test('Vietnamese messages carry no English plural and no hand-made plural', () => {
    for (const key of KEYS) {
      expect(MESSAGES[key].vi, key).not.toMatch(/\bone \{/);
      expect(MESSAGES[key].vi + MESSAGES[key].en, key).not.toMatch(/\w\(s\)/);
    }
  });

  test('plural forms: English one and other, Vietnamese other only', () => {
    expect(msg('count.devices', { n: 1 })).toEqual({ vi: '1 thiết bị', en: '1 device' });
    expect(msg('count.devices', { n: 2 })).toEqual({ vi: '2 thiết bị', en: '2 devices' });
    expect(msg('count.months', { n: 0 }).en).toBe('0 months');
    expect(msgIn('en', 'plan.summary', { prefixes: 1, errors: 0, warnings: 2 })).toBe('1 prefix, 0 errors, 2 warnings.');
    expect(msgIn('vi', 'plan.summary', { prefixes: 1, errors: 0, warnings: 2 })).toBe('1 dải địa chỉ, 0 lỗi, 2 cảnh báo.');
  });

  test('numbers group thousands as each language writes them; plain arguments print as given', () => {
    expect(msg('level.nd331-basic', { n: 123456 })).toEqual({
      vi: 'dữ liệu cá nhân cơ bản của 123.456 chủ thể ≥ 100.000 (NĐ 331 Điều 13)',
      en: 'basic personal data of 123,456 data subjects ≥ 100,000 (NĐ 331 Art. 13)',
    });
    expect(msg('DR-SITE-01.pass', { primary: 'a', dr: 'b', km: 12.5 }).vi).toBe('a → b: 12.5 km.');
  });

  test('a Text value is shown in each language', () => {
    const out = msg('DR-RTO-01.estimate', {
      mode: { vi: 'dự phòng lạnh', en: 'cold standby' },
      rto: { vi: '1 giờ', en: '1 hour' },
      parts: { vi: 'khởi động 1 giờ', en: 'start-up 1 hour' },
      target: { vi: '2 giờ', en: '2 hours' },
    });
    expect(out.vi).toBe('Thời gian khôi phục (RTO) ước tính với phương án dự phòng lạnh: 1 giờ (khởi động 1 giờ); mục tiêu 2 giờ.');
    expect(out.en).toBe('Estimated RTO with cold standby: 1 hour (start-up 1 hour); target 2 hours.');
  });

  test('the argument names are typed from the messages', () => {
    expectTypeOf<ArgNames<'{n, plural, one {# device} other {# devices}} at {site}'>>().toEqualTypeOf<'n' | 'site'>();
    expectTypeOf<ArgNames<'no arguments'>>().toEqualTypeOf<never>();
    expectTypeOf<ArgNames<'every {n, plural, one {month} other {# months}}; {x, select, yes {done} other {{y}}}'>>().toEqualTypeOf<'n' | 'x' | 'y'>();
    expectTypeOf<MessageArgs<'count.devices'>>().toEqualTypeOf<[values: { readonly n: string | number | { readonly vi: string; readonly en: string } }]>();
  });
});

describe('no hand-made plural in modules/', () => {
  test("neither `=== 1 ? '' : 's'`, `=== 1 ? 'file' : 'files'` nor a word(s) inside a string literal", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.generated.ts')) {
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              const literals = line.match(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g) ?? [];
              const comment = /^\s*(\/\/|\*|\/\*)/.test(line);
              if (
                /===? 1 \? '' : 's'/.test(line) ||
                /===? 1 \? '(\w+)' : '\1e?s'/.test(line) ||
                (!comment && literals.some((l) => /\w\(s\)/.test(l.replace(/\$\{[^}]*\}/g, ''))))
              )
                offenders.push(`${path}:${i + 1}`);
            });
        }
      }
    };
    walk('modules');
    expect(offenders).toEqual([]);
  });
});
