// Escape sequences a terminal uses for colour, cursor moves and titles, copied along with text from a terminal:
// CSI (ESC [ or the one-byte U+009B, parameters, intermediates, a final byte: "\u001b[31m", "\u001b[2K"), OSC and the
// other string commands (ESC ], P, X, ^, _ up to BEL or ESC \: window titles, hyperlinks), and two-byte escapes
// (ESC 7, ESC c). Dropping only the ESC character, as a control-character filter does, leaves "[31m" in the text.
const CSI = /(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?/g;
const STRING_COMMAND = /(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?/g;
const TWO_BYTE = /\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;

/** The text without terminal escape sequences (ANSI colour codes, cursor moves, window titles), their printable parts included. */
export function withoutTerminalEscapes(text: string): string {
  return text.replace(STRING_COMMAND, '').replace(CSI, '').replace(TWO_BYTE, '');
}
