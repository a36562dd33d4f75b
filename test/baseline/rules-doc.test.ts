// docs/rules.md is generated from the rule files; this fails when someone changes a rule and forgets to regenerate.
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { renderRulesMarkdown } from '../../modules/baseline/index.js';

test('docs/rules.md is up to date (regenerate with `npm run build && node scripts/gen-rules-doc.mjs`)', async () => {
  expect(await readFile('docs/rules.md', 'utf8')).toBe(renderRulesMarkdown());
});
