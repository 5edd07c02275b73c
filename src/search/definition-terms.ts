import { STOP_WORDS, WEAK_WORDS } from './stop-words.js';
import { indexStems, questionWords } from './text-tokens.js';

const foldPhrase = (text: string): string => questionWords(text, 50).join(' ');

/** A dictionary entry as shipped in data/lay-language: a term and its plain-language definition. */
export type DefinitionEntry = { term: string; plain_alternative: string };

/** Most content words a definition's first sentence may have: longer ones describe too much to be matched by a phrase. */
export const MAX_DEFINITION_WORDS = 8;
/** Least share of a definition's content words a phrase must say to name its term. */
export const MIN_DEFINITION_SHARE = 0.5;
/** Most terms one phrase may name; a phrase that fits more definitions equally well is too vague to rename. */
export const MAX_DEFINED_TERMS = 2;

/** What decides which dictionary terms are indexed by their definitions. */
export type DefinitionOptions = {
  /** Whether a single word is common English: a lone everyday word is no name to add to a search. */
  isCommonWord(word: string): boolean;
  /** Whether a word is among the commonest of English (SCOWL 10: "last", "week", "family", "open"). */
  isCommonestWord(word: string): boolean;
};

/** Terms indexed by the content stems of their definitions, and which of those stems come from the commonest words. */
export type DefinitionWords = { terms: Record<string, string[]>; commonest: string[] };

/** Words that classify ("a type of steroid", "a member of a family of viruses") rather than say what a term is. */
const CLASSIFIERS = new Set(['type', 'types', 'kind', 'kinds', 'form', 'forms', 'group', 'groups', 'member', 'members', 'family', 'class', 'part']);

/** Content stems of a text: stop words and bare numbers dropped (of a definition, classifiers too), each stem once, in order. */
function contentStems(text: string, definition = false): string[] {
  const words = foldPhrase(text)
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word) && !(definition && CLASSIFIERS.has(word)) && !/^\p{N}+$/u.test(word));
  return [...new Set(words.flatMap((word) => indexStems(word)))];
}

/**
 * The first sentence of a definition without its asides: bracketed glosses explain other words ("surgery to remove
 * the appendix (small finger-shaped pouch ...)"), and "Also called" lists are read as synonyms elsewhere.
 */
function firstSentence(definition: string): string {
  const plain = definition.replace(/\([^)]*\)/gu, ' ');
  // "In clinical trials, an event or outcome ..." names the field first: the term is what follows the comma.
  const sentence = (plain.split(/\.(?:\s|$)/u)[0] ?? '').replace(/^\s*In [^,]{1,40},\s*/u, '');
  // What a drug or test is for names its target, not itself: "a drug used to treat high blood pressure" is no
  // "high blood pressure"; only the words before such a purpose describe the term.
  return sentence.split(PURPOSE)[0] ?? '';
}

/** Where a definition turns from what the term is to what it is for or how it is studied. */
const PURPOSE = /\b(?:used|given|being studied|studied|to (?:treat|prevent|help|relieve|reduce|lower|kill|block|find|diagnose|check|measure|detect|stop|control)|in the treatment|for the treatment|that (?:treats|prevents|may|can|is used)|which (?:may|can|is used))\b/u;

/**
 * Indexes dictionary terms by the content stems of their definition's first sentence ("appendectomy: surgery to
 * remove the appendix" → surgeri, remov, appendix), for short definitions of lower-case terms of one to three words
 * (capitals and digits mark brand and code names); a lone common English word is left out.
 */
export function deriveDefinitionWords(entries: readonly DefinitionEntry[], options: DefinitionOptions): DefinitionWords {
  const result: Record<string, string[]> = {};
  const commonest = new Set<string>();
  for (const entry of entries) {
    if (/[\p{Lu}\p{N}]/u.test(entry.term) || /[()";,/]/u.test(entry.term)) continue;
    const term = foldPhrase(entry.term);
    const words = term.split(' ');
    if (term.length < 4 || words.length > 3 || (words.length === 1 && options.isCommonWord(term))) continue;
    const stems = contentStems(firstSentence(entry.plain_alternative), true);
    if (stems.length < 2 || stems.length > MAX_DEFINITION_WORDS) continue;
    result[term] = stems;
    for (const word of foldPhrase(firstSentence(entry.plain_alternative)).split(' ')) {
      if (!STOP_WORDS.has(word) && options.isCommonestWord(word)) commonest.add(indexStems(word)[0] ?? word);
    }
  }
  return { terms: Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b))), commonest: [...commonest].sort() };
}

/**
 * How a reader says "too little" or "too much" of something ("low thyroid", "high sugar") against how a definition
 * words it ("too little thyroid hormone", "a decreased level of ..."), as stems: a degree word of the phrase reads as
 * the definition's.
 */
const DEGREE_READINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['low', ['littl', 'decreas', 'reduc', 'defici']],
  ['high', ['increas', 'excess', 'elev']],
]);

const DEGREE_WORDS: ReadonlySet<string> = new Set([...DEGREE_READINGS.values()].flat());

/** Finds the terms whose short definition a question phrase restates in everyday words. */
export type DefinitionIndex = { termsFor(phrase: string): readonly string[] };

/**
 * Builds the lookup from indexed definitions. A phrase names a term when each of its (two or more) content stems is
 * in the term's definition, directly or as the technical word of a plain one ("operation" for surgery), the phrase
 * itself writes the definition's rarest word and says its first (what the term is), and the term's own words are
 * not all in the phrase already; the terms whose
 * definition the phrase covers best are kept, none when more than MAX_DEFINED_TERMS tie.
 */
export function buildDefinitionIndex(
  words: { terms: Readonly<Record<string, readonly string[]>>; commonest: readonly string[] },
  plainToTechnical: ReadonlyMap<string, readonly string[]> = new Map(),
): DefinitionIndex {
  const definitions = words.terms;
  const commonest = new Set(words.commonest);
  const byStem = new Map<string, string[]>();
  for (const [term, stems] of Object.entries(definitions)) {
    for (const stem of stems) byStem.set(stem, [...(byStem.get(stem) ?? []), term]);
  }
  // A stem in more than one definition in a hundred ("cancer", "cell", "surgeri") describes, but identifies nothing.
  const common = Math.max(2, Object.keys(definitions).length / 100);
  const definitionsWith = (stem: string) => byStem.get(stem)?.length ?? 0;
  const isRare = (stem: string) => definitionsWith(stem) <= common;
  const cache = new Map<string, readonly string[]>();
  return {
    termsFor(phrase) {
      const cached = cache.get(phrase);
      if (cached) return cached;
      const found = match(phrase);
      if (cache.size > 10_000) cache.clear();
      cache.set(phrase, found);
      return found;
    },
  };

  function match(phrase: string): readonly string[] {
    const words = phrase.split(' ');
    if (words.length < 2 || STOP_WORDS.has(words[0]!) || STOP_WORDS.has(words.at(-1)!)) return [];
    // Framing words ("cause", "help", "best") say how a question asks, not what a term is.
    if (words.some((word) => WEAK_WORDS.has(word))) return [];
    // "pain and discomfort" lists two things; a definition names one.
    if (words.some((word) => word === 'and' || word === 'or')) return [];
    const stems = contentStems(phrase);
    if (stems.length < 2) return [];
    const readings = stems.map((stem) => [stem, ...(plainToTechnical.get(stem) ?? []), ...(DEGREE_READINGS.get(stem) ?? [])]);
    if (!readings.some((forms) => forms.some(isRare))) return [];
    // Candidates: definitions holding a reading of the phrase's rarest-looking stem, then checked in full.
    const candidates = new Set(readings.flatMap((forms) => forms.flatMap((stem) => byStem.get(stem) ?? [])));
    let best = 0;
    let terms: string[] = [];
    for (const term of candidates) {
      const defined = definitions[term]!;
      const matched = readings.filter((forms) => forms.some((stem) => defined.includes(stem)));
      if (matched.length < readings.length) continue;
      // The definition's most specific word is what identifies the term: "condition ... pericardium becomes inflamed"
      // is no "become red" unless the phrase says pericardium.
      // It must be the phrase's own word: two thesaurus readings ("medication" → drug, "suggest" → indicate) guess twice.
      // A degree word ("too little") says how much of it, never which thing, however few definitions use it.
      const fewest = Math.min(...defined.filter((stem) => !DEGREE_WORDS.has(stem)).map(definitionsWith));
      if (!readings.some(([own]) => defined.includes(own!) && definitionsWith(own!) === fewest)) continue;
      // The first word of a definition says what the term is ("a drug that reduces pain and fever", "surgery to
      // remove the appendix"): a phrase that only states the effect ("reduce my fever and pain") names no drug.
      if (!readings.some((forms) => forms.includes(defined[0]!))) continue;
      // Two of the commonest words ("last week", "family members") match definitions by chance.
      if (readings.every((forms) => forms.some((stem) => defined.includes(stem) && commonest.has(stem)))) continue;
      const own = contentStems(term);
      if (own.every((stem) => stems.includes(stem))) continue;
      const score = readings.length / defined.length;
      // The phrase must restate the definition, not share two of its many words.
      if (score < MIN_DEFINITION_SHARE) continue;
      if (score > best) {
        best = score;
        terms = [term];
      } else if (score === best) terms.push(term);
    }
    return terms.length <= MAX_DEFINED_TERMS ? terms.sort() : [];
  }
}
