// Prefix maths, the ground floor: parsing and containment of IPv4/IPv6 prefixes, and the packed prefix tables
// the overlap sweep runs on. Depends on nothing else of hatang; model and addressing both build on it.
export { parseAddress, formatAddress, parsePrefixStrict, prefixContainsAddress, prefixContainsPrefix } from './prefix.js';
export type { Family, Prefix, PrefixProblem, PrefixResult } from './prefix.js';
export { PrefixTableBuilder, parsePrefixWords, parsePrefixWordsAt, sortedOrder, forEachOverlap, containsAt, comparePrefixes } from './words.js';
export type { PrefixTable } from './words.js';
