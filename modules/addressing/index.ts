export { parseAddress, formatAddress, parsePrefixStrict, prefixContainsAddress, prefixContainsPrefix } from './prefix.js';
export type { Family, Prefix, PrefixProblem, PrefixResult } from './prefix.js';
