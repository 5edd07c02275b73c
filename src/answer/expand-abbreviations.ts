import { holdsRoot } from './organ-roots.js';
import { contentTerms, stemSet } from './content-terms.js';

// A stem in -i this long ("laparoscopi", "radiographi") is a noun in -y whose adjective in -ic Porter leaves without it.
const MIN_ADJECTIVE_STEM = 7;

/**
 * Abbreviations an article defines ("myotonic dystrophy (DM)"), mapped to the stems of their long forms, so a
 * sentence saying "DM" counts as mentioning myotonic dystrophy.
 */
export function definedAbbreviations(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const m of definitions(text)) {
    const short = m[2] as string;
    const letters = short.replace(/[^A-Za-z]/g, '').toLowerCase();
    if (letters.length < 2 || !/[A-Z]/.test(short)) continue;
    const words = (m[1] as string).trim().split(/\s+/).flatMap((w) => w.split('-'));
    // Take the fewest trailing words that spell the abbreviation: first initial, then its letters in order.
    for (let take = 1; take <= words.length; take++) {
      const tail = words.slice(words.length - take);
      const initials = tail.map((w) => w.charAt(0).toLowerCase()).join('');
      const inOrder = initials.startsWith(letters.charAt(0)) && isSubsequence(letters, tail.join(' ').toLowerCase());
      // Some abbreviations keep another language's word order (dystrophia myotonica, DM).
      const reordered = take === letters.length && [...initials].sort().join('') === [...letters].sort().join('');
      if (inOrder || reordered) {
        const long = stemSet(tail.join(' '));
        found.set(short.toLowerCase(), long);
        // Sentences are read as stems, and a plural-looking short form stems shorter ("DGS" is read "dg"): the
        // stem names the long form too.
        const stems = [...stemSet(short)];
        const stem = stems[0];
        if (stems.length === 1 && stem !== undefined && /^[A-Za-z]+$/.test(short) && stem !== short.toLowerCase()) found.set(stem, long);
        break;
      }
    }
  }
  return found;
}

// A short form in brackets after a space, and the run of up to eight words before it that may spell it out. A
// catalogue number may follow it in the brackets ("Wolfram syndrome (WFS; OMIM 222300)", "(FEO, MIM 174810)").
const SHORT_FORM = /\s\(([A-Za-z][A-Za-z0-9-]{1,9})(?:[;,]\s*(?:OMIM|MIM)\s*#?\d+)?\)/gu;
const WORDS_BEFORE = /(?:[\p{L}\p{N}'-]+\s+){1,8}$/u;
// Eight words this long or longer are not a name being spelled out.
const WORDS_REACH = 400;

/**
 * The matches `((?:[\p{L}\p{N}'-]+\s+){1,8})\(([A-Za-z][A-Za-z0-9-]{1,9})\)` would give over the text, left to
 * right and without overlap ([whole, words, short form]), found from each bracket backwards: that pattern tried at
 * every word of every abstract was the costliest step of answering a question.
 */
function* definitions(text: string): Generator<[string, string, string]> {
  let from = 0;
  for (const bracket of text.matchAll(SHORT_FORM)) {
    const open = (bracket.index ?? 0) + bracket[0].indexOf('(');
    if (open - 1 < from) continue;
    let start = Math.max(from, open - WORDS_REACH);
    let words = WORDS_BEFORE.exec(text.slice(start, open));
    // Words running on to the left edge of a cut-off slice may begin further left: read the whole stretch then.
    if (words && words.index === 0 && start > from) words = WORDS_BEFORE.exec(text.slice((start = from), open));
    if (!words) continue;
    const at = start + words.index;
    const end = open + bracket[0].length - (bracket[0].indexOf('('));
    from = end;
    yield [text.slice(at, end), words[0], bracket[1] as string];
  }
}

/** Whether the letters of `needle` appear in `hay` in order. */
export function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

/** An acronym of the question's words and the stems of those words. */
export type QuestionAcronym = { acronym: string; stems: Set<string> };

/**
 * Acronyms the question's own multiword terms make from their initials ("amyotrophic lateral sclerosis" -> ALS,
 * "angiotensin-converting enzyme" -> ACE), with the stems of the words, for articles that use only the short
 * form. Runs of two to six content words.
 */
export function questionAcronyms(question: string): QuestionAcronym[] {
  const found = new Map<string, QuestionAcronym>();
  // "Parkinson's disease" makes PD: the possessive is no word of the name.
  const words = question.replace(/['’]s\b/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const content = words.map((w) => contentTerms(w).length > 0 && /^\p{L}/u.test(w));
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 2; end <= Math.min(words.length, start + 6); end++) {
      if (!content.slice(start, end).every(Boolean)) break;
      const run = words.slice(start, end);
      // Two short words make two-letter "acronyms" that stand for anything ("eat sweets" -> ES).
      if (run.length === 2 && run.some((w) => w.length < 4)) continue;
      const acronym = run.map((w) => w.charAt(0).toUpperCase()).join('');
      if (found.has(acronym)) continue;
      found.set(acronym, { acronym, stems: stemSet(run.join(' ')) });
    }
  }
  return [...found.values()];
}

/** Adds the stems of the question's acronyms a text writes in capitals ("ALS", "ACEs") to that text's stems. */
export function withQuestionAcronyms(
  stems: Set<string>,
  text: string,
  acronyms: readonly QuestionAcronym[],
  defined: ReadonlyMap<string, Set<string>> = new Map(),
): Set<string> {
  if (!acronyms.length) return stems;
  // One pass over the text's capitalised words, rather than one search per acronym.
  const written = new Set((text.match(/(?<![\p{L}\p{N}])\p{Lu}{2,6}(?=s?(?![\p{L}\p{N}]))/gu) ?? []));
  if (!written.size) return stems;
  for (const { acronym, stems: long } of acronyms) {
    // An article that defines the acronym as something else ("eating/swallowing (ES)") means that.
    if (!written.has(acronym) || defined.has(acronym.toLowerCase())) continue;
    for (const s of long) stems.add(s);
  }
  return stems;
}

/** Short all-capital abbreviations the question writes ("PID", "MS"): two to four letters, no digits. */
export function questionCapitals(question: string): string[] {
  return [...new Set(question.match(/(?<![\p{L}\p{N}])\p{Lu}{2,4}(?![\p{L}\p{N}])/gu) ?? [])];
}

/**
 * Drops the stem of a question's capital abbreviation from a text that writes those letters only in another case:
 * "PiD" (Pick's disease) is not the question's "PID" (pelvic inflammatory disease).
 */
export function withoutOtherCase(stems: Set<string>, text: string, capitals: readonly string[]): Set<string> {
  for (const capital of capitals) {
    const lower = capital.toLowerCase();
    if (!stems.has(lower)) continue;
    const forms = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${lower}s?(?![\\p{L}\\p{N}])`, 'giu')) ?? [];
    if (forms.length && !forms.some((f) => f.replace(/s$/, '') === capital || f === capital)) stems.delete(lower);
  }
  return stems;
}

/**
 * A phrase of the question ("heart attack") and the medical names the vocabulary gives for it ("myocardial
 * infarction"), as stems: a text naming one of those names speaks of the phrase.
 */
export type QuestionSynonym = {
  stems: string[];
  names: string[][];
  /** Combining forms of an organ the phrase names ("cholecyst" for "gallbladder"): a stem holding one speaks of it (organ-roots.ts). */
  roots?: readonly string[];
};

/** The question's own short forms: acronyms of its words, the capital abbreviations it writes, its lay synonyms. */
export type QuestionForms = { acronyms: QuestionAcronym[]; capitals: string[]; synonyms?: readonly QuestionSynonym[] };

/** The short forms a question makes and writes, found once per question, with the synonyms found for its phrases. */
export function questionForms(question: string, synonyms: readonly QuestionSynonym[] = []): QuestionForms {
  return { acronyms: questionAcronyms(question), capitals: questionCapitals(question), synonyms };
}

/** Longest lay phrase read for its medical name, in words: "ringing in the ears", "bleed on the brain". */
const MAX_SYNONYM_WORDS = 4;

/**
 * The question's phrases of one to four words ("bleed on the brain") that the vocabulary knows by other names ("heart attack" →
 * "myocardial infarction", "high blood pressure" → "hypertension"), with those names as stems.
 */
export function questionSynonyms(question: string, alternativesOf: (phrase: string) => readonly string[] | undefined): QuestionSynonym[] {
  const lower = question.toLowerCase();
  const matches = [...lower.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)];
  const words = matches.map((m) => m[0]);
  // Whether the question joins a word to the next with a hyphen ("x-rays", "day-3"), as the vocabulary may write it.
  const hyphened = matches.map((m, i) => {
    const next = matches[i + 1];
    return next !== undefined && /^[-‐]$/u.test(lower.slice((m.index ?? 0) + m[0].length, next.index));
  });
  const found: QuestionSynonym[] = [];
  for (let n = MAX_SYNONYM_WORDS; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ');
      const stems = contentTerms(phrase).map((t) => t.stem);
      if (!stems.length) continue;
      // "x-rays" is looked up as written, where its words alone ("x", "rays") name nothing: only a hyphen joining a
      // single letter or a number, which the words as stems leave out ("day-3"), not one joining two words ("non-hodgkin").
      const joins = (k: number) => hyphened[i + k - 1] === true && [words[i + k - 1], words[i + k]].some((w) => w !== undefined && /^(?:\p{L}|\p{N}+)$/u.test(w));
      const written = words.slice(i, i + n).reduce((text, word, k) => (k === 0 ? word : `${text}${joins(k) ? '-' : ' '}${word}`), '');
      const names = (alternativesOf(phrase) ?? (written !== phrase ? alternativesOf(written) : undefined) ?? [])
        .map((name) => contentTerms(name).map((t) => t.stem))
        // A name that shares the phrase's words adds nothing ("kidney stone" for "kidney stones").
        .filter((name) => name.length > 0 && name.some((s) => !stems.includes(s)));
      if (names.length) found.push({ stems, names });
    }
  }
  return found;
}

/**
 * The stems of the question's lay phrases whose medical name a text's stems hold ("heart", "attack" for "myocardial
 * infarction"). A name's word in -y may be written as its adjective in -ic: the vocabulary's "laparoscopy" for "keyhole
 * surgery" is written "laparoscopic" (Porter: "laparoscopi", "laparoscop"). No looser match: "medical" is no "medicine".
 */
export function renamedStems(stems: ReadonlySet<string>, synonyms: readonly QuestionSynonym[]): Set<string> {
  if (!synonyms.length) return new Set();
  const holds = (n: string) => stems.has(n) || (n.length >= MIN_ADJECTIVE_STEM && n.endsWith('i') && stems.has(n.slice(0, -1)));
  return new Set(synonyms.filter((s) => s.names.some((name) => name.every(holds)) || (s.roots !== undefined && holdsRoot(stems, s.roots))).flatMap((s) => s.stems));
}

/** Adds a lay phrase's stems to a text's stems when the text (or `written`, its own words) names the phrase's medical name. */
function withSynonyms(stems: Set<string>, synonyms: readonly QuestionSynonym[], written: ReadonlySet<string> = stems): Set<string> {
  for (const s of renamedStems(written, synonyms)) stems.add(s);
  return stems;
}

/**
 * A text's stems as the question reads them: its acronyms added ("ALS"), its capitals in another case dropped ("PiD"),
 * the question's lay phrases added when the text uses their medical names ("heart attack" for "myocardial infarction").
 * Given `written` (the stems the text writes, before its short forms are spelled out), a lay phrase is read only
 * from those: an abbreviation's expansion is the article's word, not a renaming of the question's.
 */
export function withQuestionForms(
  stems: Set<string>,
  text: string,
  forms: QuestionForms,
  defined: ReadonlyMap<string, Set<string>> = new Map(),
  written?: ReadonlySet<string>,
): Set<string> {
  const read = withoutOtherCase(withQuestionAcronyms(stems, text, forms.acronyms, defined), text, forms.capitals);
  return forms.synonyms?.length ? withSynonyms(read, forms.synonyms, written) : read;
}
