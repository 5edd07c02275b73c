export { percentile } from './percentile.js';
export { escapeRegExp } from './escape-reg-exp.js';
export { capitalise, opensWithCasedName } from './capitalise.js';
export { americanSpelling, spellingVariants } from './spelling-variants.js';
export { withoutHiddenCharacters } from './hidden-characters.js';
export { gunzipMembers, type GunzipMembersOptions } from './gunzip-members.js';
export { repeatedJsonKey } from './repeated-json-key.js';
export { withoutTerminalEscapes } from './terminal-escapes.js';
export { editDistance } from './edit-distance.js';
