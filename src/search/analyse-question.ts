import { singularOf, withInheritingNamed, withoutIdioms } from '../lib/index.js';
import { STOP_WORDS, WEAK_WORDS } from './stop-words.js';
import { bracketedRuns, questionWords } from './text-tokens.js';

/** How many content words of a question are read at most; the rest of a very long question is ignored. */
export const MAX_QUESTION_WORDS = 64;
/** Alternatives kept per concept, most specific first; the store caps a group at 16 anyway. */
export const MAX_ALTERNATIVES = 12;

/** One thing the question is about, with the phrases (synonyms, abbreviations) that express it. */
export type Concept = {
  /** The words as found in the question, folded to lower case. */
  text: string;
  /** Plain-word phrases any of which counts as a mention; the first is `text`. */
  alternatives: string[];
  /** True for framing words ("role", "associated"): used in ranking, not required by the precise query. */
  weak: boolean;
  /**
   * True for a dictionary term whose definition a phrase of the question restates ("appendix operation" →
   * appendectomy): weak, and searched only when the corpus has it. The phrase's own words stay concepts.
   */
  defined?: boolean;
};

/** What a question asks about: its content words in order and the concepts they form. */
export type QuestionAnalysis = { words: string[]; concepts: Concept[] };

/**
 * Knows concepts and their alternatives (MeSH names, abbreviations, lay terms) and spelling variants.
 * Phrases are folded (lower case, no diacritics) words joined by single spaces.
 */
export type ConceptLexicon = {
  /** Longest phrase, in words, that `alternativesOf` may know. */
  maxWords: number;
  /** Alternatives of a phrase known as one concept (an empty list still marks a multiword phrase as known). */
  alternativesOf(phrase: string): readonly string[] | undefined;
  /** Other spellings of any phrase ("paediatric" for "pediatric"); empty when there are none. */
  variantsOf?(phrase: string): readonly string[];
  /**
   * Whether the lexicon knows a phrase only as the plain word of a technical term ("chance" for probability), not
   * as a medical name or a curated lay term: such a phrase is searched with its term, but names no topic itself.
   */
  isPlainWordOnly?(phrase: string): boolean;
  /**
   * Whether the lexicon knows a phrase only because it restates a dictionary definition: its terms are a guess at
   * what the reader means, so they are searched beside the phrase's words, never instead of them.
   */
  isDefinedOnly?(phrase: string): boolean;
  /**
   * The names of the kinds of a cancer the vocabulary files below the phrase's own names ("renal cell carcinoma" and
   * "wilms tumor" below kidney neoplasms for "kidney cancer"): an article on one of them speaks of the phrase. Not
   * searched (a question on kidney cancer does not ask for every Wilms tumour paper); empty when there are none.
   */
  narrowerOf?(phrase: string): readonly string[];
  /**
   * The generic names a brand name of a medicine stands for ("lipitor" → atorvastatin), among its alternatives; empty
   * for a phrase that is no brand. Search drops them when the corpus writes the brand itself.
   */
  genericsOf?(phrase: string): readonly string[];
  /**
   * The names papers use for a piece of clinician shorthand ("wcc" → leukocyte count), or undefined: not among the
   * alternatives, since an abbreviation the corpus defines is read as the corpus defines it (createShorthandLexicon).
   */
  shorthandOf?(phrase: string): readonly string[] | undefined;
};

/** A stretch of the question that became (part of) a concept, from word `start` of the question. */
type Piece = { words: string[]; known: boolean; afterBreak: boolean; start: number };

const isStop = (word: string): boolean => STOP_WORDS.has(word) || !/[\p{L}\p{N}]/u.test(word);
/** The particles of phrasal verbs, stop words that may end a known phrase ("throw up", "passing out", "tonsils out"). */
const PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'down', 'off']);
/** Words that only make sense with a neighbour: numbers and single letters ("type 2", "vitamin d", "hepatitis b"). */
const isFragment = (word: string): boolean => /^\p{N}+$/u.test(word) || word.length === 1;
const isNumber = (word: string): boolean => /^\p{N}+$/u.test(word);

/**
 * Splits a question into concepts: drops stop and question words, keeps tokens such as "il-6", "covid-19" and
 * "brca1", joins numbers and single letters to their neighbour, and, given a lexicon, takes the longest phrase it
 * knows (which may contain stop words: "shortness of breath") as one concept carrying the lexicon's alternatives.
 */
export function analyseQuestion(question: string, lexicon?: ConceptLexicon): QuestionAnalysis {
  // The words of an everyday idiom ("running in a family") are no concept to require; everyday words of inheriting
  // ("passed down", "does it run in the family") are searched as "inherited" is, with the modes of inheritance.
  const plain = withInheritingNamed(withoutIdioms(question), question);
  const all = withPossessives(questionWords(plain, MAX_QUESTION_WORDS * 3), lexicon);
  const pieces = findPieces(all, lexicon, capitalLetters(plain));
  const phrases = joinFragments(pieces);
  const restated = restatements(all, phrases, bracketedRuns(plain, MAX_QUESTION_WORDS * 3));
  const concepts = new Map<string, Concept>();
  const words: string[] = [];
  for (const [i, phrase] of phrases.entries()) {
    if (words.length + phrase.words.length > MAX_QUESTION_WORDS) break;
    words.push(...phrase.words);
    const group = restated.get(i);
    if (group === null) continue;
    const text = group ? group.name.join(' ') : phrase.words.join(' ');
    if (concepts.has(text)) continue;
    concepts.set(text, group ? restatedConcept(text, group.restatement.join(' '), lexicon) : toConcept(text, lexicon));
  }
  for (const terms of definedTerms(all, pieces, lexicon)) {
    const [text] = terms;
    if (text && !concepts.has(text)) concepts.set(text, { text, alternatives: [...terms], weak: true, defined: true });
  }
  return { words, concepts: [...concepts.values()] };
}

/** A noun phrase of the question and the bracket after it that restates it ("strawberry birthmark (hemangioma)"). */
type Restatement = { name: string[]; restatement: string[] };
/** The most words a bracket, or the phrase before it, may hold to be read as one name restating the other. */
const MAX_RESTATED_WORDS = 4;

/**
 * A bracket right after a noun phrase restates it in other words: a reader gives the medical name beside their own
 * ("a strawberry birthmark (hemangioma)") or the reverse ("hemangioma (strawberry birthmark)"). Maps the index of the
 * first phrase of each such pair to the pair, and the indexes of its other phrases to null (they join that concept).
 * The noun phrase is the run of content words since the last stop word; a bracket holding a stop word ("(in
 * children)", "(e.g. aspirin)") or only a number qualifies rather than restates, and is left alone.
 */
function restatements(words: readonly string[], phrases: readonly Piece[], runs: readonly [number, number][]): Map<number, Restatement | null> {
  const found = new Map<number, Restatement | null>();
  const endOf = (phrase: Piece) => phrase.start + phrase.words.length;
  for (const [start, end] of runs) {
    if (end - start > MAX_RESTATED_WORDS || words.slice(start, end).some((word) => isStop(word) || isNumber(word))) continue;
    const inner = phrases.flatMap((phrase, i) => (phrase.start >= start && endOf(phrase) <= end ? [i] : []));
    const innerWords = inner.flatMap((i) => phrases[i]!.words);
    if (innerWords.length !== end - start) continue;
    let first = inner[0]! - 1;
    if (first < 0 || endOf(phrases[first]!) !== start) continue;
    while (!phrases[first]!.afterBreak && first > 0 && endOf(phrases[first - 1]!) === phrases[first]!.start) first--;
    const outer = Array.from({ length: inner[0]! - first }, (_, k) => first + k);
    const name = outer.flatMap((i) => phrases[i]!.words);
    if (name.length > MAX_RESTATED_WORDS || name.every((word) => WEAK_WORDS.has(word)) || outer.some((i) => found.has(i))) continue;
    found.set(first, { name, restatement: innerWords });
    for (const i of [...outer.slice(1), ...inner]) found.set(i, null);
  }
  return found;
}

/** One concept met by either name: the reader's phrase or the bracket that restates it, each with its alternatives. */
function restatedConcept(text: string, restatement: string, lexicon: ConceptLexicon | undefined): Concept {
  const own = toConcept(text, lexicon).alternatives;
  const other = toConcept(restatement, lexicon).alternatives;
  // Both names lead; their alternatives follow, the bracket's (usually the medical name's) first.
  const alternatives = [text, restatement, ...other.slice(1), ...own.slice(1)];
  return { text, alternatives: [...new Set(alternatives)].slice(0, MAX_ALTERNATIVES), weak: false };
}

/**
 * The dictionary terms whose definitions stretches of free words restate ("appendix operation" → appendectomy),
 * longest stretch first and none overlapping; a stretch holding a known phrase keeps that phrase's meaning.
 */
function definedTerms(words: readonly string[], pieces: readonly Piece[], lexicon: ConceptLexicon | undefined): (readonly string[])[] {
  if (!lexicon?.isDefinedOnly) return [];
  const free = new Set(pieces.filter((piece) => !piece.known).map((piece) => piece.start));
  const used = new Set<number>();
  const found: (readonly string[])[] = [];
  for (let n = Math.min(lexicon.maxWords, words.length); n > 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const span = Array.from({ length: n }, (_, k) => i + k);
      if (span.some((k) => used.has(k) || (!isStop(words[k]!) && !free.has(k)))) continue;
      const phrase = words.slice(i, i + n).join(' ');
      if (isStop(words[i]!) || isStop(words[i + n - 1]!) || !lexicon.isDefinedOnly(phrase)) continue;
      found.push(lexicon.alternativesOf(phrase) ?? []);
      for (const k of span) used.add(k);
    }
  }
  return found.filter((terms) => terms.length > 0);
}

function toConcept(text: string, lexicon: ConceptLexicon | undefined): Concept {
  const weak = WEAK_WORDS.has(text);
  // Framing words get no synonyms: expanding "role" or "effect" would only add noise.
  if (weak) return { text, alternatives: [text], weak };
  const modes = INHERITANCE_WORDS.has(text) ? INHERITANCE_MODES : SYMPTOM_WORDS.has(text) ? FEATURE_WORDS : [];
  if (!lexicon) return { text, alternatives: [text, ...possessiveVariants(text), ...modes], weak };
  const known = alternativesOrSingular(lexicon, text) ?? [];
  const variants = (phrase: string) => [...possessiveVariants(phrase), ...(lexicon.variantsOf?.(phrase) ?? [])];
  const alternatives = [text, ...variants(text), ...known.flatMap((alternative) => [alternative, ...variants(alternative)]), ...modes];
  return { text, alternatives: [...new Set(alternatives)].slice(0, MAX_ALTERNATIVES), weak };
}

// "How is X inherited?" is answered by an article saying "X is an autosomal recessive disorder", which need not write
// "inherited": the modes of inheritance are searched beside the word.
const INHERITANCE_WORDS = new Set(['inherited', 'inherit', 'inherits', 'inheritance', 'heritable']);
const INHERITANCE_MODES = ['autosomal', 'x-linked', 'recessive', 'dominant'];
// So "What are the symptoms of X?" is answered by "X is characterized by cerebellar degeneration, immunodeficiency and
// ...", which need not write "symptoms": the words stating a condition's features are searched beside it.
const SYMPTOM_WORDS = new Set(['symptom', 'symptoms', 'sign', 'signs']);
const FEATURE_WORDS = ['characterized', 'characterised', 'features', 'manifestations'];

/**
 * The lexicon's alternatives of a phrase, or of its singular when only that is known ("newborns" searches the
 * "infant, newborn" and "neonate" of "newborn"); a singular known only as a plain word of a technical term ("drug"
 * for medicine, "condition" for diagnosis) lends its plural nothing.
 */
export function alternativesOrSingular(lexicon: ConceptLexicon, phrase: string): readonly string[] | undefined {
  const own = lexicon.alternativesOf(phrase);
  if (own !== undefined) return own;
  const single = singularOf(phrase);
  if (single === undefined || lexicon.isPlainWordOnly?.(single) === true || lexicon.isDefinedOnly?.(single) === true) return undefined;
  return lexicon.alternativesOf(single);
}

/** "parkinson's disease" is also written "parkinson disease" (MeSH drops the possessive of eponyms). */
function possessiveVariants(phrase: string): string[] {
  const plain = phrase.replace(/'s\b/gu, '');
  return plain !== phrase ? [plain] : [];
}

/** "alzheimers" → "alzheimer's": the possessive of an eponym a reader wrote without its apostrophe. */
const possessed = (word: string): string | undefined => (word.length >= 5 && /^[\p{L}]+[^s's]s$/u.test(word) ? `${word.slice(0, -1)}'s` : undefined);

/**
 * Gives back the apostrophe a reader left out of an eponym ("alzheimers", "downs syndrome", "crohns disease") when the
 * lexicon knows the possessive, alone or with the words after it, and does not know the word as written (nor its
 * singular: "kidneys" stays). Only what a vocabulary names is rewritten, so a plural is never read as a possessive.
 */
function withPossessives(words: string[], lexicon: ConceptLexicon | undefined): string[] {
  if (!lexicon) return words;
  return words.map((word, i) => {
    const own = possessed(word);
    if (own === undefined || alternativesOrSingular(lexicon, word) !== undefined) return word;
    for (let n = Math.min(lexicon.maxWords, words.length - i); n >= 1; n--) {
      if (n > 1 && isStop(words[i + n - 1]!)) continue;
      // MeSH drops the possessive of an eponym ("crohn disease"), lay vocabularies keep it ("down's syndrome").
      for (const head of [own, own.slice(0, -2)]) {
        const phrase = [head, ...words.slice(i + 1, i + n)].join(' ');
        if (lexicon.alternativesOf(phrase) !== undefined && lexicon.isDefinedOnly?.(phrase) !== true) return own;
      }
    }
    return word;
  });
}

/** Longest known phrases first, else single content words; notes where a stop word broke the run. */
function findPieces(words: readonly string[], lexicon: ConceptLexicon | undefined, capitals: ReadonlySet<string> = new Set()): Piece[] {
  const pieces: Piece[] = [];
  let afterBreak = true;
  let i = 0;
  while (i < words.length) {
    if (isStop(words[i]!) && !(lexicon && opensDiseaseName(words, i, lexicon))) {
      afterBreak = true;
      i++;
      continue;
    }
    let size = 1;
    if (lexicon) {
      for (let n = Math.min(lexicon.maxWords, words.length - i); n > 1; n--) {
        const last = words[i + n - 1]!;
        const phrase = words.slice(i, i + n).join(' ');
        // A phrase known only by a definition stays free words: its term is searched beside them (definedTerms).
        // A known phrase may end in the particle of a phrasal verb ("throw up", "tonsils out"), itself a stop word.
        // A known name may end in a capital letter that is also a stop word when lower-case ("hepatitis A", "vitamin A").
        if ((!isStop(last) || PARTICLES.has(last) || capitals.has(`${words[i + n - 2]!} ${last}`)) && lexicon.alternativesOf(phrase) !== undefined && lexicon.isDefinedOnly?.(phrase) !== true) {
          size = n;
          break;
        }
      }
    }
    pieces.push({ words: words.slice(i, i + size), known: size > 1, afterBreak, start: i });
    afterBreak = false;
    i += size;
  }
  return pieces;
}

/**
 * The pairs of a word and the capital letter after it ("hepatitis a" of "hepatitis A vaccine"), folded as question words
 * are: a capital "A" or "I" names a type, unlike the article or pronoun ("Is hepatitis a risk?").
 */
function capitalLetters(question: string): Set<string> {
  return new Set([...question.matchAll(/(?<![\p{L}\p{N}])(\p{L}{2,})[ -]([AI])(?![\p{L}\p{N}'’])/gu)].map((m) => `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`));
}

/** The head of a disease's name, after the name that tells it from others ("Down syndrome", "Still disease"). */
const DISEASE_HEAD = /^(?:syndromes?|diseases?)$/u;

/**
 * Whether a stop word opens a disease name the lexicon knows ("down syndrome", "still disease"): the stop word is then
 * the name, not a word to drop, which would leave only "syndrome" to search.
 */
function opensDiseaseName(words: readonly string[], i: number, lexicon: ConceptLexicon): boolean {
  for (let n = Math.min(lexicon.maxWords, words.length - i); n > 1; n--) {
    const phrase = words.slice(i, i + n).join(' ');
    if (DISEASE_HEAD.test(words[i + n - 1]!) && lexicon.alternativesOf(phrase) !== undefined && lexicon.isDefinedOnly?.(phrase) !== true) return true;
  }
  return false;
}

/**
 * Joins a lone number or letter to the free word before it (or a letter to the word after it), never to a known
 * phrase (that would lose its alternatives); one with no free neighbour is dropped as too vague to search. A number
 * that opens a run of words counts what is asked for ("List 3 NK3R antagonists", "the 5 different chains"): papers
 * never write "3 nk3r", so it is dropped rather than joined to the next word.
 */
function joinFragments(pieces: readonly Piece[]): Piece[] {
  const phrases: Piece[] = [];
  let pending: string[] = [];
  let pendingStart = 0;
  for (const piece of pieces) {
    const previous = phrases.at(-1);
    if (!piece.known && isFragment(piece.words[0]!)) {
      if (previous && !previous.known && !piece.afterBreak) previous.words.push(...piece.words);
      else if (piece.afterBreak && isNumber(piece.words[0]!)) pending = [];
      else {
        if (piece.afterBreak || pending.length === 0) pendingStart = piece.start;
        pending = piece.afterBreak ? [...piece.words] : [...pending, ...piece.words];
      }
      continue;
    }
    const joinable = pending.length > 0 && !piece.afterBreak && !piece.known;
    phrases.push(joinable ? { ...piece, words: [...pending, ...piece.words], start: pendingStart } : { ...piece, words: [...piece.words] });
    pending = [];
  }
  return phrases;
}
