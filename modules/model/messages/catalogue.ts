// Every message of the catalogue, by area. A key is `<area or rule id>.<case>`; each entry holds the Vietnamese and the
// English ICU message, and the type below refuses an entry that lacks either language.
import { BASELINE_MESSAGES } from './baseline.js';
import { COUNT_MESSAGES } from './counts.js';
import { TOOL_MESSAGES } from './tools.js';

export const MESSAGES = { ...COUNT_MESSAGES, ...BASELINE_MESSAGES, ...TOOL_MESSAGES } as const;
