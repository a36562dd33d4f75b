// Every ```yaml example of the documentation (docs/**/*.md and README.md) is valid, or is marked as what it is.
//
// - A block of inventory documents (`apiVersion` and `kind`) loads with no error and fails no address-plan rule
//   (V6-*, ADDR-*, and the agency-code rules AU-*) at error level, also where a waiver of the page covers it. Blocks whose leading comment names a file of one sample folder
//   (`# inventory/quang-ngai/zones.yaml`) form one inventory and are loaded together; any other block is standalone
//   when it holds a Province, else a fragment added to the page's sample inventory, or to test/fixtures/minimal
//   when the page has none, in place of the base's documents of the same kind and name;
//   `<!-- example: base=inventory/<folder> -->` names another bundled inventory as the base (e.g. a three-tier one).
// - `<!-- example: invalid -->` just before the fence marks a counter-example: it must fail.
// - `<!-- example: fragment -->` marks a snippet that is not a document: it is only parsed as YAML;
//   `<!-- example: alternatives -->` a snippet whose blank-line-separated parts are parsed each on its own.
// - A block of other YAML (a configuration file, a modeline) is parsed; the address lock is read as hatang reads it.
import { describe, expect, test } from 'vitest';
import { parseLock } from '../../modules/addressing/index.js';
import { allBlocks, alternativesOf, isMarkerWord, parseDocuments, type YamlBlock } from './blocks.js';
import { contextOf, problemsOf } from './judge.js';

const blocks = allBlocks();
const isInventory = (b: YamlBlock) => parseDocuments(b.text).documents.some((d) => d.apiVersion !== undefined);
const isSnippet = (b: YamlBlock) => b.markers.includes('fragment') || b.markers.includes('alternatives');
const inventoryBlocks = blocks.filter((b) => !isSnippet(b) && isInventory(b));
const otherBlocks = blocks.filter((b) => !inventoryBlocks.includes(b));
const named = (list: YamlBlock[]) => list.map((b) => [`${b.md}:${b.line}`, b] as const);

describe('documentation examples', () => {
  test('the examples are found, and every marker is known', () => {
    expect(inventoryBlocks.filter((b) => b.md === 'docs/inventory.md').length).toBeGreaterThanOrEqual(10);
    const unknown = blocks.flatMap((b) => b.markers.filter((w) => !isMarkerWord(w)).map((w) => `${b.md}:${b.line - 1}: "${w}"`));
    expect(unknown).toEqual([]);
  });

  test.each(named(inventoryBlocks.filter((b) => !b.markers.includes('invalid'))))('%s loads and fails no address-plan rule', (_, block) => {
    const { errors } = parseDocuments(block.text);
    expect(errors).toEqual([]);
    const notDocuments = parseDocuments(block.text).documents.filter((d) => d.apiVersion === undefined || d.kind === undefined);
    expect(notDocuments, 'every document of an inventory example has apiVersion and kind').toEqual([]);
    expect(problemsOf(block, contextOf(block, inventoryBlocks))).toEqual([]);
  });

  const invalid = inventoryBlocks.filter((b) => b.markers.includes('invalid'));
  test.runIf(invalid.length > 0).each(named(invalid))('%s (marked invalid) is refused', (_, block) => {
    const { errors } = parseDocuments(block.text);
    if (errors.length === 0) expect(problemsOf(block, contextOf(block, inventoryBlocks))).not.toEqual([]);
  });

  test.each(named(otherBlocks))('%s parses as YAML', (_, block) => {
    if (block.markers.includes('invalid')) throw new Error('only inventory examples can be marked invalid');
    const parts = block.markers.includes('alternatives') ? alternativesOf(block.text) : [{ line: 1, text: block.text }];
    for (const part of parts) {
      const { documents, errors } = parseDocuments(part.text);
      expect(errors, `part at line ${block.line + part.line - 1}`).toEqual([]);
      // An unmarked block that looks like an inventory document without apiVersion is a mistake, not a snippet.
      const looksLikeDocument = documents.filter((d) => d.keys.includes('spec') || d.keys.includes('metadata'));
      if (!isSnippet(block)) expect(looksLikeDocument, 'a document without apiVersion: add it, or mark the block a fragment').toEqual([]);
      if (documents.some((d) => d.keys.includes('allocations') && d.keys.includes('version'))) expect(parseLock(part.text).problems).toEqual([]);
    }
  });
});
