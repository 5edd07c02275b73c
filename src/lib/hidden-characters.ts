import { withoutTerminalEscapes } from './terminal-escapes.js';

// Characters nobody means to publish: C0 controls other than tab, line feed and carriage return, C1 controls, the
// soft hyphen, zero-width space and word joiner, the byte-order mark, and bidi embeddings, overrides and isolates
// (U+202A-U+202E, U+2066-U+2069), which make text draw as other words than it holds ("Eve \u202EreganaM" reads
// "Eve Manager"). Zero-width (non-)joiners stay: emoji sequences and Persian and Indic scripts need them.
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** The text without control, invisible and bidi-override characters (tab and line breaks kept). */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN, '');
}

/**
 * Text a person typed or pasted, for others to read: terminal escape sequences dropped whole first (dropping only their
 * ESC, a hidden character, would leave "[31m"), then the hidden characters.
 */
export function withoutPastedControls(text: string): string {
  return withoutHiddenCharacters(withoutTerminalEscapes(text));
}
