import sbd from 'sbd';
import type { Article, Passage } from '../domain/index.js';
import { boundedCache, opensWithCasedName } from '../lib/index.js';

// sbd replaces its built-in list when given one, so ours repeats its English entries and adds
// abbreviations common in abstracts. Entries are compared with punctuation removed ("e.g." -> "eg").
const ABBREVIATIONS = [
  'al', 'adj', 'approx', 'Approx', 'ca', 'cf', 'Co', 'Corp', 'Dept', 'Dr', 'Drs', 'ed', 'eg', 'Eq', 'Eqs', 'est',
  'etc', 'Fig', 'fig', 'Figs', 'figs', 'ie', 'Inc', 'inc', 'incl', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug',
  'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'jr', 'Jr', 'Mr', 'Mrs', 'Ms', 'Mol', 'no', 'No', 'Nos', 'nos', 'PhD', 'MD',
  'pp', 'Prof', 'pt', 'pts', 'Ref', 'Refs', 'resp', 'rev', 'sp', 'spp', 'subsp', 'Suppl', 'suppl', 'St', 'Tab',
  'var', 'viz', 'Viz', 'Vol', 'vol', 'vs', 'Vs', 'v', 'wt',
];

/** Whether a passage is from its abstract's conclusions (a CONCLUSION or CONCLUSIONS section). */
export function isConclusion(passage: { section: string }): boolean {
  return /^CONCLUSION/.test(passage.section);
}

/** The sentences of an article's title and abstract sections, each a verbatim substring of the stored text. */
export function splitPassages(article: Article): Passage[] {
  const passages: Passage[] = [];
  const title = article.title.trim();
  if (title) passages.push({ pmid: article.pmid, section: 'title', index: 0, text: title });
  const sections = article.abstractSections.length
    ? article.abstractSections
    : [{ label: null, category: null, text: article.abstract }];
  for (const section of sections) {
    const name = (section.category ?? section.label ?? 'ABSTRACT').toUpperCase();
    for (const text of splitSentences(section.text)) {
      passages.push({ pmid: article.pmid, section: name, index: passages.length, text });
    }
  }
  return passages;
}

// Texts already split: the same abstracts come back across questions, and sbd is slow. Keyed by the text itself.
const MAX_CACHED_TEXTS = 4096;
const splitTexts = boundedCache<string, readonly string[]>(MAX_CACHED_TEXTS);

/** Sentences of a text, cut from the text itself so each is verbatim. */
export function splitSentences(text: string): string[] {
  let sentences = splitTexts.get(text);
  if (!sentences) {
    sentences = cutSentences(text);
    splitTexts.set(text, sentences);
  }
  // A copy: the caller may change its list.
  return [...sentences];
}

function cutSentences(text: string): string[] {
  if (!text.trim()) return [];
  const found = sbd.sentences(text, { abbreviations: ABBREVIATIONS, preserve_whitespace: false });
  // sbd rebuilds sentences from words joined by single spaces; locate each one in the original text
  // by comparing with whitespace removed, then cut the original span.
  const { squeezed, origin } = squeeze(text);
  const spans: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const sentence of found) {
    const needle = sentence.replace(/\s+/g, '');
    if (!needle) continue;
    const at = squeezed.indexOf(needle, cursor);
    if (at < 0) {
      // Fail soft: sbd altered the text somewhere; keep the rest as one verbatim passage.
      break;
    }
    const start = origin[at] as number;
    const end = (origin[at + needle.length - 1] as number) + 1;
    spans.push({ start, end });
    cursor = at + needle.length;
  }
  if (cursor < squeezed.length) {
    const start = origin[cursor] as number;
    if (text.slice(start).trim()) spans.push({ start, end: text.trimEnd().length });
  }
  return joinFalseBreaks(text, spans)
    .flatMap((span) => splitAfterLetter(text, span))
    .flatMap((span) => splitBeforeOpening(text, span))
    .map(({ start, end }) => withoutTruncationMark(text.slice(start, end)))
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

// PubMed's mark on an abstract cut at its word limit, "(ABSTRACT TRUNCATED AT 250 WORDS)", is no sentence of the
// paper: it is dropped, and cut off the sentence it was joined to ("... in exon 7. (ABSTRACT TRUNCATED AT 250 WORDS).").
const TRUNCATION_MARK = /\s*\(ABSTRACT TRUNCATED(?: AT \d+ WORDS)?\)\.?\s*$/i;

/** A sentence without PubMed's truncation mark at its end (the rest is still a verbatim prefix); the bare mark is ''. */
export function withoutTruncationMark(sentence: string): string {
  return sentence.replace(TRUNCATION_MARK, '');
}

// A sentence ending on a one-letter name or unit ("vitamin D.", "hepatitis B.", "-0.5 D.") before a capitalised word:
// sbd reads every capital letter and full stop as an initial ("J. Smith"). A letter after a number or after a word in
// lower case that is not one that comes before a person's name ("by", "and", "of", ...) ends its sentence.
const LETTER_END = /(?<=(?:\d|(?<![\p{L}-])(?!(?:by|and|of|to|from|with|et|al|dr|prof|von|van|de)\b)[a-z]{2,}) [A-Z])\.(?=\s+[A-Z][a-z])/gu;

function splitAfterLetter(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(LETTER_END)) {
    const end = span.start + (m.index as number) + 1;
    out.push({ start, end });
    start = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
  }
  out.push({ start, end: span.end });
  return out;
}

// A full stop that sbd or a bracket left unbroken but that must end a sentence: before a word that only opens a
// sentence pointing back to the one before ("... 95 % CI 0.81-10.70). However, in TKI-treated patients ...", ". But
// ..."). Left joined, the second sentence is shown as part of the first, its connective pointing inside the point.
// A percentage's full stop sbd misses ("was 1.78%. A statistically significant difference ...") stays joined: split
// there, the second half loses the subject words it is found by (measured on the handmade bench, h085).
const OPENING_END = /(?<=%|%\)|[\p{Ll}\d]\)|[\p{Ll}]{2})\.(?=\s+(?:But|However|Nevertheless|Nonetheless|Conversely|In contrast|By contrast)\b)/gu;
function splitBeforeOpening(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(OPENING_END)) {
    const end = span.start + (m.index as number) + 1;
    if (end >= span.end) break;
    out.push({ start, end });
    start = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
  }
  out.push({ start, end: span.end });
  return out;
}

/**
 * Rejoins breaks that cannot end a sentence: inside an open bracket ("[ref. 12]", "(q31. 1)"), before a
 * word in lower case ("monocl. antibodies") or inside a spaced decimal ("98. 8%"). Spans stay verbatim slices of the text.
 */
function joinFalseBreaks(text: string, spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const joined: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    const [before, after] = [last ? text.slice(last.start, last.end) : '', text.slice(span.start, span.end)];
    if (last && (opensBracket(before) || (/^[a-z]/.test(after) && !opensWithCasedName(after)) || spacedDecimal(before, after) || spacedBand(before, after))) {
      last.end = span.end;
    } else {
      joined.push({ ...span });
    }
  }
  return joined;
}

// A decimal a tokenised corpus spaced out ("82. 9%", "2. 5% of the activity") is no sentence end; a year before a
// number ("in 1999. 5 patients") is.
function spacedDecimal(before: string, after: string): boolean {
  return /(?<![\d.])\d{1,3}\.$/.test(before) && /^\d{1,3}(?![\d.,])/.test(after);
}

// A chromosome band a tokenised corpus spaced out ("the proximal part of 8q24. 1, but ...", "Xp21. 2") goes on: a
// sub-band follows the full stop.
function spacedBand(before: string, after: string): boolean {
  return /(?<![\p{L}\d])(?:\d{1,2}|X|Y)[pq]\d{1,2}\.$/u.test(before) && /^\d{1,2}(?!\d)/.test(after);
}

function opensBracket(sentence: string): boolean {
  const count = (ch: string) => sentence.split(ch).length - 1;
  return count('(') > count(')') || count('[') > count(']');
}

function squeeze(text: string): { squeezed: string; origin: number[] } {
  let squeezed = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) continue;
    squeezed += ch;
    origin.push(i);
  }
  return { squeezed, origin };
}

// A structured abstract's label at the start of a sentence, in capitals and followed by a colon or a capitalised
// word ("PATIENTS AND METHODS:", "CONCLUSION We show ..."), as records that store the abstract as one text keep it.
const INLINE_LABEL = /^([A-Z]{4,}(?:\s+(?:AND|[A-Z]{3,}))*)(?:\s*:\s|\s+(?=[A-Z][a-z]))/;

/** The section label a sentence opens with inline ("METHODS: A retrospective chart review ..."), or undefined. */
export function inlineLabel(sentence: string): string | undefined {
  return INLINE_LABEL.exec(sentence)?.[1]?.replace(/\s+/g, ' ');
}
