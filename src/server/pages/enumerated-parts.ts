/** Splits a sentence written as "(1) ... (2) ... (3) ..." (or "i) ... ii) ...", "(a) ... (b) ...") into its parts. */

/** A sentence's text before its first marker, its enumerated parts (markers and joining "; and" dropped), and the list style. */
export type EnumeratedParts = { lead: string; items: string[]; style: '1' | 'i' | 'a' };

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const LABELS: Record<EnumeratedParts['style'], (k: number) => string | undefined> = {
  '1': (k) => String(k),
  i: (k) => ROMAN[k - 1],
  a: (k) => (k <= 12 ? String.fromCharCode(96 + k) : undefined),
};

// A marker stands at the start or after a space or punctuation: "of type 1) ..." is not taken for one unless a "2)" follows.
const marker = (label: string, open: boolean) => new RegExp(`(?<=^|[\\s:;,.])${open ? '\\(' : ''}${label}\\)\\s+`, 'g');

// The joining words between parts ("...; and (3)", "(3) and ...") belong to the sentence, not to a part.
function trimItem(text: string): string {
  return text.replace(/^\s*(?:and|or)\s+/i, '').replace(/\s*[,;]?\s*(?:and|or)?\s*$/i, '').replace(/[,;:]\s*$/, '').trim();
}

/** The parts of an enumerated sentence, or null when it has fewer than two markers numbered in order from the first. */
export function enumeratedParts(text: string): EnumeratedParts | null {
  let best: { style: EnumeratedParts['style']; marks: { start: number; end: number }[] } | null = null;
  for (const style of ['1', 'i', 'a'] as const) {
    for (const open of [true, false]) {
      const marks: { start: number; end: number }[] = [];
      let from = 0;
      for (let k = 1; ; k++) {
        const label = LABELS[style](k);
        if (label === undefined) break;
        const re = marker(label, open);
        re.lastIndex = from;
        const found = re.exec(text);
        if (!found) break;
        marks.push({ start: found.index, end: found.index + found[0].length });
        from = found.index + found[0].length;
      }
      if (marks.length >= 2 && (!best || marks.length > best.marks.length)) best = { style, marks };
    }
  }
  if (!best) return null;
  const { marks } = best;
  const items = marks.map((m, i) => {
    const part = text.slice(m.end, i + 1 < marks.length ? marks[i + 1]!.start : text.length);
    return i + 1 < marks.length ? trimItem(part) : part.replace(/^\s*(?:and|or)\s+/i, '').trim();
  });
  if (items.some((item) => item.length === 0)) return null;
  return { lead: text.slice(0, marks[0]!.start).trim(), items, style: best.style };
}
