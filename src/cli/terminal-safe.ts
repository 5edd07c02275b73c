/**
 * Text for a terminal line: control characters other than the line break (ESC, BEL, C1 codes, DEL) written as \uXXXX.
 * File names come from the file system (a folder of downloads), and one holding "\u001b]0;...\u0007" would otherwise
 * retitle the window, move the cursor or erase the screen when ingest names it; the XML's own text is quoted this way.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
