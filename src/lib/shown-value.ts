// Characters a reader cannot see in a quoted value: C0 and C1 controls (NUL included), DEL, the soft hyphen, zero-width
// and joiner characters, bidi marks, embeddings, overrides and isolates, the byte-order mark, and every space other than
// the ordinary one (a no-break space, a tab). Shown as \uXXXX, "audience: \u0000" names what was sent, where the raw
// NUL drew as nothing or a blank (`" "`) and the sender could not tell what was wrong.
const UNSEEN = /[\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/g;

/** Longest value an error message quotes; a longer one is cut, with the count of characters left out. */
const MAX_SHOWN = 60;

/**
 * A value a person sent, quoted for an error message: in double quotes, every character they could not see written as
 * \uXXXX, a quote or backslash in it escaped, and cut after 60 characters ("… (940 more characters)").
 */
export function shownValue(value: string, max = MAX_SHOWN): string {
  const chars = Array.from(value);
  const kept = chars.slice(0, max).join('');
  const body = kept.replace(/["\\]/g, (c) => `\\${c}`).replace(UNSEEN, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  const more = chars.length - max;
  return more > 0 ? `"${body}…" (${more} more characters)` : `"${body}"`;
}
