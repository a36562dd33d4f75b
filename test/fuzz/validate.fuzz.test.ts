// A short fuzz run of `hatang validate` on mutated copies of the Lạng Sơn inventory (test/fuzz/mutations.mjs): exit
// 0, 1 or 2, never 3 and never a hang, and a located diagnostic with every exit 2. Fixed seed, so `npm test` runs
// the same cases every time; `npm run fuzz -- --runs 1000` runs more (scripts/fuzz.mjs), and replays a failure.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, KNOWN_CRASHES, mutatedCopy, problemOf, TIMEOUT_MS, validate, validateKeepsItsContract } from './mutations.mjs';

const SEED = 20261129;
const RUNS = 15;

async function problemWith(list: unknown[]): Promise<string | undefined> {
  const dir = mutatedCopy(list);
  try {
    return problemOf(await validate(dir));
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
}

describe('hatang validate on mutated inventories', () => {
  test(
    'one case of each kind (a FIFO lock, a folder for a file, a byte that is not UTF-8, CR line endings, an alias bomb, a 300,000-character value, a recursive alias) keeps the contract',
    async () => {
      for (const [list] of EXAMPLES) expect(await problemWith(list), JSON.stringify(list)).toBeUndefined();
    },
    EXAMPLES.length * (TIMEOUT_MS + 5_000),
  );

  test(
    `${RUNS} random mutations (seed ${SEED}): exit 0, 1 or 2 within ${TIMEOUT_MS / 1000} s, a located diagnostic with 2`,
    async () => {
      await fc.assert(validateKeepsItsContract(), { numRuns: RUNS, seed: SEED });
    },
    RUNS * 4 * (TIMEOUT_MS + 5_000),
  );

  // Crashes found by the fuzzer outside this part of the code, reported to their owners: each must still fail; once
  // one is fixed this test fails, and its case belongs in EXAMPLES.
  for (const { what, list } of KNOWN_CRASHES) {
    test.fails(
      `known crash, not fixed yet: ${what}`,
      async () => {
        expect(await problemWith(list), JSON.stringify(list)).toBeUndefined();
      },
      TIMEOUT_MS + 5_000,
    );
  }
});
