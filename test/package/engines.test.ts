// A missing optional engine is told apart from any other failed import, and its message names the exact install.
import { expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { loadEngine, MissingEngineError, missingEnginePackage } from '../../modules/model/engines.js';

const notFound = (message: string, code = 'ERR_MODULE_NOT_FOUND') => Object.assign(new Error(message), { code });

test('a missing engine package becomes a MissingEngineError naming npm install with the pinned versions', async () => {
  const error = await loadEngine('pdf', () => Promise.reject(notFound("Cannot find package 'playwright-core' imported from /x/pdf.js"))).catch((e) => e);
  expect(error).toBeInstanceOf(MissingEngineError);
  expect(error.text.en).toContain(`npm install playwright-core@${pkg.optionalDependencies['playwright-core']}`);
  expect(error.text.vi).toContain('cần gói tùy chọn playwright-core nhưng gói này chưa được cài cùng hatang');
  // A require inside cdktf that cannot find constructs, by deep path or by name.
  expect(missingEnginePackage('cdktf', notFound("Cannot find module 'constructs'", 'MODULE_NOT_FOUND'))).toBe('constructs');
  expect(missingEnginePackage('cdktf', notFound("Cannot find package '@cdktf/provider-kubernetes/lib/x/index.js'"))).toBe('@cdktf/provider-kubernetes');
});

test('any other failure is not a missing engine', async () => {
  expect(missingEnginePackage('cdktf', notFound("Cannot find module '/x/dist/stacks/synth.js'"))).toBeUndefined();
  expect(missingEnginePackage('cdktf', new Error("Cannot find package 'cdktf'"))).toBeUndefined();
  const other = new TypeError('boom');
  await expect(loadEngine('cdktf', () => Promise.reject(other))).rejects.toBe(other);
});
