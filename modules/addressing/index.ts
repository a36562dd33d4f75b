export { parseAddress, formatAddress, parsePrefixStrict, prefixContainsAddress } from './prefix.js';
export type { Family, Prefix, PrefixProblem, PrefixResult } from './prefix.js';
