import type { Article } from '../domain/index.js';
import { americanSpelling, escapeRegExp } from '../lib/index.js';
import { stemmer } from 'stemmer';
import { spellGreek, stemOf, stemsMatch } from './content-terms.js';
import { definedAbbreviations, renamedStems, type QuestionSynonym } from './expand-abbreviations.js';
import type { SubjectGroup } from './subject-groups.js';

/**
 * A subject of several everyday words ("sinus infection", "muscle relaxer", "reflex culture") is one concept: a
 * text speaks of it when it writes its words together, not when it uses one of them in another sense ("normal sinus
 * rhythm", "contraction-relaxation of muscle tissue", "trunk muscle reflex"). Stems alone cannot tell the two apart.
 */

// A word of a text, as the phrase test reads it: lower case, with its stem and where it stands.
type Token = { stem: string; start: number; end: number };

const WORD = /[\p{L}\p{N}]+/gu;
// Only a space, a hyphen or a slash joins two words of one phrase (a short form in brackets may stand between, as in
// "quality of life (QoL) assessment"): a comma or a full stop ends it.
const JOIN = /^(?:\s+(?:\([^()]{1,12}\)\s+)?|\s*[-‐/:]\s*)$/u;
// "infection of the kidney" writes "kidney infection" the other way round.
const INVERTED = /^\s+(?:of|in|on)\s+(?:(?:the|a|an|his|her|their)\s+)?$/iu;

function tokens(text: string): Token[] {
  return [...spellGreek(text).toLowerCase().matchAll(WORD)].map((m) => ({ stem: stemOf(m[0]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

// A stem that extends another by four letters or more is a compound or another word, not an inflection of it.
const COMPOUND_TAIL = 4;

/** Whether a text's word is a form of a question's word: a matching stem that is no longer compound ("breastfeeding"). */
function sameWord(token: Token, stem: string): boolean {
  if (token.stem === stem) return true;
  const [short, long] = token.stem.length <= stem.length ? [token.stem, stem] : [stem, token.stem];
  return stemsMatch(short, long) && !(long.startsWith(short) && long.length - short.length >= COMPOUND_TAIL);
}

/** Whether a text writes two words (as stems) as one phrase: side by side ("kidney infection") or inverted ("infection of the kidney"). */
export function writesPair(text: string, first: string, second: string): boolean {
  const list = tokens(text);
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i] as Token;
    if (sameWord(a, first)) {
      for (let j = i + 1; j < Math.min(list.length, i + 4); j++) {
        const b = list[j] as Token;
        if (sameWord(b, second) && JOIN.test(text.slice(a.end, b.start))) return true;
      }
    }
    if (!sameWord(a, second)) continue;
    for (let j = i + 2; j < Math.min(list.length, i + 4); j++) {
      const c = list[j] as Token;
      if (sameWord(c, first) && INVERTED.test(text.slice(a.end, c.start))) return true;
    }
  }
  return false;
}

/** A word without its inflection ("infections", "resided", "burning" → "infection", "resid", "burn"). */
export function inflectionRoot(word: string): string {
  let w = word.toLowerCase();
  if (/ies$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && !/is$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  // "running" → "run", "reside" and "resided" → "resid".
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ss|ll|ff|zz)$/.test(w)) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

// Two forms sharing this many first letters (and parting after them) are one word however Porter ends them.
const SHARED_BEGINNING = 6;

/**
 * Whether a text writes a word in one of its own forms: an inflection of it (an "-ing" noun as one), or a word that
 * begins as it does for seven letters, or for six and then parts from it; a British spelling also as the American.
 */
export function writesForm(text: string, word: string): boolean {
  // A British spelling ("anaemia", "oesophagus") is written by the American one most abstracts use.
  const american = americanSpelling(word.toLowerCase());
  if (american !== word.toLowerCase() && writesForm(text, american)) return true;
  const root = inflectionRoot(word);
  const lower = word.toLowerCase();
  // A verb's "-ing" form standing as a noun ("the burning", "fasting") names something its other forms may not
  // ("burns", "fast"): it is written as it is asked.
  const gerund = /ing$/.test(lower);
  return [...spellGreek(text).toLowerCase().matchAll(WORD)].some(([w]) => {
    if (inflectionRoot(w) === root && (!gerund || /ings?$/.test(w))) return true;
    let shared = 0;
    while (shared < w.length && w[shared] === lower[shared]) shared++;
    // Seven letters make one word ("classic", "classical"). Six do when the words part after them ("satisfying",
    // "satisfaction"; "infected", "infection"), not when one wholly begins the other ("reside", "residency").
    return shared >= SHARED_BEGINNING + 1 || (shared >= SHARED_BEGINNING && !w.startsWith(lower) && !lower.startsWith(w));
  });
}

// Nouns that only name a kind or a measure of what the word before them names.
const KIND_WORD = /^(?:forms?|types?|kinds?|sorts?|subtypes?|variants?|versions?|levels?|degrees?|grades?)$/;

/** What the concept test needs besides the article and the subject. */
export type ConceptOptions = {
  /** The medical names the vocabulary gives the question's phrases ("candidiasis" for "yeast infection"). */
  synonyms?: readonly QuestionSynonym[];
  /** Whether a question word is everyday English, whose senses are many ("sinus", "culture", "counter"). */
  isCommon?: (word: string) => boolean;
  /**
   * The medical names the vocabulary gives a phrase ("sinusitis" for "sinus infection"), looked for as written:
   * Porter reads "sinusitis" and "sinuses" alike.
   */
  alternativesOf?: (phrase: string) => readonly string[] | undefined;
};

/**
 * Whether an article speaks of a subject as that subject, not by a shared everyday word in another sense: a subject
 * of one word by naming it; a subject of several by naming a word of it that is not everyday English ("C282Y",
 * "hemochromatosis"), writing two adjacent words of it as a phrase ("ear infection" of "bacterial ear infection",
 * "metabolic syndrome" of "metabolic syndrome change heart size"), giving the short form the question gives it, or
 * using a medical name the vocabulary gives for its words ("candidiasis" for "yeast infection").
 */
export function meetsAsConcept(article: Article, group: SubjectGroup, stems: ReadonlySet<string>, options: ConceptOptions = {}): boolean {
  const { synonyms = [], isCommon: everyday = () => false, alternativesOf } = options;
  const texts = [article.title, article.abstract, ...article.meshHeadings.map((m) => m.descriptor), ...article.keywords];
  // A word the question writes in capitals ("PINES", "BV"), or the article with a capital inside a sentence
  // ("we present Bartender, ..."), is a name, whatever English word it spells.
  const capitals = new Set((group.text.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}s?(?![\p{L}\p{N}])/gu) ?? []).map((w) => w.toLowerCase()));
  const asName = (word: string) => new RegExp(`(?<=[\\p{Ll},;]\\s)${escapeRegExp(word.charAt(0).toUpperCase() + word.slice(1))}(?![\\p{L}\\p{N}])`, 'u').test(article.abstract);
  const isCommon = (word: string) => !capitals.has(word) && everyday(word) && !asName(word);
  if (group.alternatives.some((s) => stems.has(s))) return true;
  // The vocabulary's name for a phrase of the subject, written in full ("candidiasis" for "yeast infection",
  // "prenatal" for "before birth"), names the words of the phrase it stands for.
  // Read only when a test below needs it (reading every word of the article costs most of this test), and never
  // without synonyms to look for.
  let renamedFound: Set<string> | undefined;
  const renamed = (): Set<string> =>
    (renamedFound ??= synonyms.length ? renamedStems(new Set(texts.flatMap((t) => tokens(t).map((k) => k.stem))), synonyms) : new Set());
  // A last word that only names a kind ("psychotic form", "sugar level") leaves the subject to the word before it.
  const single = group.stems.length < 2 || (group.stems.length === 2 && KIND_WORD.test(group.words[1] as string));
  if (single) {
    const [word, stem] = [group.words[0] as string, group.stems[0] as string];
    if (!stems.has(stem) && ![...stems].some((t) => stemsMatch(t, stem))) return false;
    if (renamed().has(stem)) return true;
    // Porter gives an everyday word and its derivations one stem ("reside" and "residency", "fast" and "faster"):
    // such a word must be written in one of its own forms.
    return !isCommon(word) || texts.some((t) => writesForm(t, word));
  }
  const named = (s: string) => stems.has(s) || [...stems].some((t) => sameWord({ stem: t, start: 0, end: 0 }, s));
  // A word no text uses in an everyday sense ("holmium", "C282Y") names the subject wherever it stands.
  if (group.words.some((w, i) => !isCommon(w) && named(group.stems[i] as string))) return true;
  // A subject of three words or more written out word by word ("eyelid tumour to metastasise to the parotid") is
  // more than one shared word.
  if (group.stems.length >= 3 && group.stems.every(named)) return true;
  // With the vocabulary at hand, a subject of several words is renamed only by a name written as it is spelled.
  const spelled = alternativesOf ? writesName(texts, group.text, alternativesOf) : undefined;
  if (spelled) return true;
  const words = tokens(group.text);
  const pairs = words.slice(0, -1).map((t, i) => [t.stem, (words[i + 1] as Token).stem] as const);
  return pairs.some(([a, b]) => (spelled === undefined && renamed().has(a) && renamed().has(b)) || texts.some((t) => writesPair(t, a, b)));
}

/** Whether the texts write a medical name of the phrase or of two adjacent words of it, as whole words. */
function writesName(texts: readonly string[], phrase: string, alternativesOf: (phrase: string) => readonly string[] | undefined): boolean {
  const words = phrase.toLowerCase().match(WORD) ?? [];
  const phrases = [words.join(' '), ...words.slice(0, -1).map((w, i) => `${w} ${words[i + 1] as string}`)];
  const names = [...new Set(phrases.flatMap((p) => alternativesOf(p) ?? []))].filter((n) => n.trim().length > 2);
  if (!names.length) return false;
  const lower = texts.map((t) => spellGreek(t).toLowerCase().replace(/[-‐]/gu, ' '));
  return names.some((name) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${nameForms(name.toLowerCase().replace(/[-‐]/gu, ' '))}(?![\\p{L}\\p{N}])`, 'u');
    return lower.some((t) => pattern.test(t));
  });
}

/**
 * A name as a pattern of the ways it is written: plural, and a last word in -y or -ia also as its adjective
 * ("laparoscopy" written "laparoscopic cholecystectomy", "anemia" as "anemic", "radiography" as "radiographic").
 */
function nameForms(name: string): string {
  const adjective = /^(.*\p{L}{4})(y|ia)$/u.exec(name);
  if (!adjective) return `${escapeRegExp(name)}(?:s|es)?`;
  const [, base, ending] = adjective as unknown as [string, string, string];
  return `${escapeRegExp(base)}(?:${ending === 'y' ? 'y|ies' : 'ias?'}|ic|ical)`;
}

// SCOWL size 35 holds the words of a standard English dictionary: "sinus", "culture", "scar", "fasting".
const COMMON_LEVEL = 35;

/**
 * Whether a question word is everyday English, by a SCOWL size lookup: the word or its stem ("relaxer" of "relax")
 * is in a standard dictionary. Without a lookup no word is.
 */
export function everydayTest(englishLevel?: (word: string) => number | undefined): (word: string) => boolean {
  if (!englishLevel) return () => false;
  return (word) => Math.min(englishLevel(word.toLowerCase()) ?? Infinity, englishLevel(stemmer(word.toLowerCase())) ?? Infinity) <= COMMON_LEVEL;
}

/**
 * Whether an article writes a subject of several words only inside the name of another of the question's subjects: the
 * "infection" of "urinary tract infection (UTI)" is the UTI asked about, not the "kidney infection" beside it in "Can
 * UTIs turn into a kidney infection?". The other subject must be a short form the article defines.
 */
export function namedOnlyWithin(article: Article, group: SubjectGroup, others: readonly SubjectGroup[]): boolean {
  // A lone word ("procedure" of "Are they the same procedure?") may well be said by the other subject's name.
  if (group.stems.length < 2) return false;
  const text = `${article.title} ${article.abstract}`;
  const defined = definedAbbreviations(text);
  // The long forms of the other subjects' short forms ("uti" → urinary, tract, infection).
  const longForms = others.filter((g) => g !== group).flatMap((g) => [...g.stems, ...g.alternatives].flatMap((s) => (defined.has(s) ? [defined.get(s) as Set<string>] : [])));
  if (!longForms.length) return false;
  const list = tokens(text);
  // A token is inside a long form when it and a neighbour both belong to that long form.
  const inside = list.map((t, i) => longForms.some((long) => long.has(t.stem) && [list[i - 1], list[i + 1]].some((n) => n !== undefined && long.has(n.stem))));
  const named = group.stems.filter((s) => list.some((t) => sameWord(t, s)));
  return named.length > 0 && named.every((s) => list.every((t, i) => inside[i] || !sameWord(t, s)));
}
