import { createHash } from 'node:crypto';

/**
 * A readable URL slug from a question: lower-case ASCII words joined by '-', at most ~80 characters. A question with
 * nothing ASCII to keep ("糖尿病とは?") gets "question-" and a short hash of its text, the same for the same question.
 */
export function slugify(text: string, maxLength = 80): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!words) return questionSlug(text);
  if (words.length <= maxLength) return words;
  // Cut at a word boundary so a slug rarely ends in half a word; but a very long word (a chemical name, a pasted
  // string) is cut inside rather than dropped, which would leave a slug of the first word or two ("is").
  const cut = words.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash >= maxLength / 2 ? cut.slice(0, lastDash) : words.slice(0, maxLength).replace(/-+$/, '')) || questionSlug(text);
}

// Hashes the question as articles match it (case, spacing and the closing question mark aside), so "糖尿病とは?" and
// "糖尿病とは" share a slug; 8 hex digits keep it short, and a rare clash gets -2 like any taken slug.
function questionSlug(text: string): string {
  const key = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s?？]+$/u, '');
  return `question-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}

/** The base slug if free, else base-2, base-3 ... the first one not taken. */
export function nextFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
