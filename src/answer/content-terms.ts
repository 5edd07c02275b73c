import { stemmer } from 'stemmer';
import { americanSpelling } from '../lib/index.js';

// Function words and question scaffolding that never carry the topic of a question.
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can cannot could did didn't do does doesn't doing don't down during each either few for from
  further had has have having he her here hers herself him himself his how i if in into is isn't it it's its itself
  just let me more most my myself no nor not of off on once only or other ought our ours ourselves out over own
  same she should so some such than that the their theirs them themselves then there these they this those through
  to too under until up very was wasn't we were what when where which while who whom why will with would you your
  yours yourself yourselves may might must shall whether upon via per within without among amongst toward towards
  thereby therefore thus however hence yet still ever even whose describe define explain tell list name known please
  although though unless whereas since also like including included despite versus vs someone somebody anyone anybody
  everyone everybody
  i'm i've i'd i'll you're you've you'd you'll we're we've we'd we'll they're they've they'd they'll he's he'd
  she's she'd that's there's here's let's can't couldn't shouldn't wouldn't won't haven't hasn't hadn't weren't
  whats thats hows whos wheres whys ive youre theyre isnt arent wasnt werent dont doesnt didnt cant couldnt wont
  wouldnt shouldnt hasnt havent hadnt`
    .split(/\s+/)
    .filter(Boolean),
);

// Greek letters standing as words as readers type them in Latin letters ("β-blockers", "beta blockers"). A letter
// joined to a name ("p110α", "Polα") stays part of that name, as the search index holds it.
const GREEK: Readonly<Record<string, string>> = { α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', κ: 'kappa' };
const GREEK_LETTER = /(?<![\p{L}\p{N}])[αβγδκ](?![\p{L}\p{N}])/gu;
/** The text with each Greek letter standing as a word spelled in Latin letters ("β-blockers" → "beta-blockers"). */
export const spellGreek = (text: string): string => text.replace(GREEK_LETTER, (letter) => GREEK[letter] ?? letter);

/** The Greek letter a word names ("beta" → "β"), as a search index holds it, or undefined. */
export function greekLetterOf(word: string): string | undefined {
  return Object.entries(GREEK).find(([, name]) => name === word)?.[0];
}

// Stems already computed: an answer reads every word of ~10 abstracts several ways, and their words repeat across
// questions; the spelling rules and the stemmer cost more than the lookup. A process that has met this many
// distinct words starts over rather than grow without end.
const stemCache = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

/**
 * The porter stem of a lower-case word spelled the American way, so a British spelling is the same word
 * ("haemolytic" and "hemolytic" both "hemolyt").
 */
export function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= MAX_CACHED_STEMS) stemCache.clear();
    const spelled = americanSpelling(word);
    stem = inflammationStem(spelled) ?? stemmer(spelled);
    stemCache.set(word, stem);
  }
  return stem;
}

// "-itis" names the inflammation of what the rest of the word names, a disease of its own: Porter cuts "hepatitis" to
// "hepat" (the stem of "hepatic"), "dermatitis" to "dermat", "meningitis" to "mening" (of "meningeal"), and so joins
// the disease to every word of its organ. Three letters or more before "-itis" ("mitis" of Streptococcus mitis is none).
const INFLAMMATION = /^(\p{L}{3,}?)it(?:is|ides)$/u;

/**
 * The stem of an inflammation's name, the word up to and with "-itis", one for its singular and plural ("hepatitis",
 * "hepatitides"), or undefined for a word of another ending. Its adjective ("arthritic", "meningitic") still meets
 * it (see stemsMatch); the full-text index holds Porter's stem ("hepat"), which corpus counts look up by the word.
 */
function inflammationStem(word: string): string | undefined {
  const base = INFLAMMATION.exec(word)?.[1];
  return base === undefined ? undefined : `${base}itis`;
}

/** Whether a stem names an inflammation ("hepatitis"; a qualified name by its head, "hepatitis b"). */
const INFLAMMATION_STEM = /itis(?= |$)/u;

/** The full-text index's term for an answer-stage stem: Porter's cut of an inflammation ("hepatitis" → "hepat"), else the stem. */
export function indexStem(stem: string): string {
  return INFLAMMATION_STEM.test(stem) && !stem.includes(' ') ? stemmer(stem) : stem;
}

/** A content word of a text with its porter stem (the same stems FTS5's porter tokenizer makes). */
export type Term = { word: string; stem: string };

// Prefixes a compound word opens with, as writers share the rest of it between two words ("micro- and
// macroalbuminuria", "pre- and postoperative", "intra- and extracellular", "hypo- or hyperthyroidism", "mono- and
// polyunsaturated", "up- and downregulated"): the Greek and Latin combining forms of degree, place, time and number.
// Longest first, so "intra" is read before "in..." words and "hyper" before "hypo". No two-letter prefix but "up" and
// "bi": "in", "de", "re" and "co" open too many plain words.
const COMBINING_PREFIX = new RegExp(
  `^(?:${[
    'micro', 'macro', 'hypo', 'hyper', 'normo', 'oligo', 'poly', 'mono', 'multi', 'uni', 'bi', 'tri', 'pre', 'post',
    'intra', 'extra', 'inter', 'trans', 'sub', 'supra', 'infra', 'peri', 'endo', 'exo', 'epi', 'anti', 'pro', 'retro',
    'ante', 'up', 'down', 'over', 'under', 'hetero', 'homo', 'iso', 'neo', 'pseudo', 'semi', 'hemi', 'non', 'dys',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=\\p{L}{3})`,
  'u',
);
// A word left open with a hyphen before "and", "or", "to" or "and/or" and the word that completes it.
const SUSPENDED = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)[-‐]\s+(and\/or|and|or|to|nor)\s+([\p{L}\p{N}]+)([-‐]\p{L}[\p{L}\p{N}]*)?/giu;

/**
 * The text with each word left open by a suspended hyphen written out whole, so it is read as the word it stands for:
 * "micro- and macroalbuminuria" → "microalbuminuria and macroalbuminuria", "pre- and post-operative" →
 * "pre-operative and post-operative", "HIV- and HCV-positive" → "HIV-positive and HCV-positive". The open word
 * takes the rest of the next one: what follows that word's hyphen, or else what follows a prefix it opens with; a
 * next word with neither ("well- and poorly differentiated") leaves the text as it is.
 */
export function completeSuspended(text: string): string {
  if (!/[-‐]\s/u.test(text)) return text;
  return text.replace(SUSPENDED, (whole, open: string, joiner: string, next: string, hyphenated: string | undefined) => {
    if (hyphenated) return `${open}${hyphenated} ${joiner} ${next}${hyphenated}`;
    const prefix = COMBINING_PREFIX.exec(next.toLowerCase())?.[0];
    return prefix ? `${open}${next.slice(prefix.length)} ${joiner} ${next}` : whole;
  });
}

/** Lower-cased content words of a text with stop words and bare numbers dropped, stemmed. */
export function contentTerms(text: string): Term[] {
  const words = completeSuspended(spellGreek(text)).toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const terms: Term[] = [];
  for (const raw of words) {
    const word = raw.replace(/’/g, "'").replace(/'s$/, '');
    if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    if (word.length < 2) continue;
    terms.push({ word, stem: stemOf(word) });
  }
  return terms;
}

// A qualifier that makes a word a different name: a number ("type 2", "IL-6", "COVID-19"), a capital letter with
// at most two digits ("vitamin D", "factor V", "vitamin B12"), a Roman numeral ("factor VIII"), or a lower-case
// letter other than the words "a" and "i" ("vitamin d" as people type it).
const QUALIFIER = /^(?:\d{1,2}|[A-Z]\d{0,2}|[b-hj-z]\d{0,2}|II|III|IV|VI|VII|VIII|IX|XI|XII|XIII)$/u;

// Words that follow the pronoun "I": a contraction written onto it ("I've", "I'm", "I'd", "I'll"), a verb (a modal, a
// common plain or irregular past form, or any past form in -ed: "a study I joined", "the drug I tried"), or
// an adverb before one ("I also", "I recently had"). A Roman "I" is followed by a noun ("type I interferon", "class I
// molecules"), a conjunction or nothing.
const PRONOUN_VERB = new RegExp(
  "^(?:['’](?:m|ve|d|ll)\\b|\\s+(?:" +
    [
      'am|can|could|will|would|should|shall|may|might|must|have|had|do|did|was|get|got|take|took|need|want|think|thought',
      'know|knew|feel|felt|go|went|use|used|start|started|keep|kept|carry|eat|ate|drink|drank|smoke|see|saw|hear|heard',
      'read|try|run|ran|live|work|wear|sleep|slept|lose|lost|find|found|give|gave|come|came|become|became|make|made',
      'pay|paid|say|said|tell|told|buy|bought|catch|caught|write|wrote|leave|left|meet|met|fall|fell|break|broke',
      'begin|began|bleed|bled|also|just|never|still|always|often|only|now|already|[a-z]+ed|[a-z]+ly',
    ].join('|') +
    ')\\b)',
  'iu',
);

// A second qualifier joined to a first by "and", "or" or "and/or" ("type 1 and 2", "stage 3 or 4").
const SHARED_QUALIFIER = /^,? (?:and\/or|and|or) ([\p{L}\p{N}]+)(?![\p{L}\p{N}])/u;
const QUALIFIER_KINDS = [/^\d{1,2}$/u, /^[A-Z]\d{0,2}$/u, /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII)$/u];
/** Whether two qualifiers are of one kind: both numbers, both capital letters, or both Roman numerals. */
const sameKind = (a: string, b: string): boolean => QUALIFIER_KINDS.some((kind) => kind.test(a) && kind.test(b));

// A question word, relative pronoun or pronoun that a verb follows, at the end of the text before a word.
const ASKER_BEFORE = /\b(?:what|which|who|that|it|this|he|she|they)\s+$/iu;

/** A content word joined with the short qualifier after it ("vitamin d"); `head` is the content word. */
export type QualifiedTerm = Term & { head: Term };

/**
 * Names a content word forms with a short qualifier after it ("vitamin D", "type 2 diabetes", "factor V Leiden",
 * "IL-6", "COVID-19"): one term whose stem is the head's stem, a space and the qualifier ("vitamin d").
 */
export function qualifiedTerms(text: string): QualifiedTerm[] {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const terms: QualifiedTerm[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [before, after] = [tokens[i - 1] as RegExpMatchArray, tokens[i] as RegExpMatchArray];
    const qualifier = after[0];
    // Only a space or a hyphen joins the two: "vitamin D", "IL-6", not "dose, 2" or "patient's".
    const gap = text.slice((before.index ?? 0) + before[0].length, after.index);
    if (!/^(?: |-|‐)$/u.test(gap) || !QUALIFIER.test(qualifier)) continue;
    // "I" before a verb is the reader speaking ("any way I can get"), not a Roman one ("type I interferon").
    if (qualifier === 'I' && PRONOUN_VERB.test(text.slice((after.index ?? 0) + 1))) continue;
    const head = contentTerms(before[0])[0];
    if (!head || head.word !== before[0].toLowerCase()) continue;
    // A verb right after the one asked about ("what causes C5 deficiency", "which blocks IL-6", "it raised B12") is
    // the question's verb, and the code after it opens its object: no name "causes C5".
    if (/(?:s|ed)$/u.test(head.word) && ASKER_BEFORE.test(text.slice(0, before.index))) continue;
    const q = numberOfKind(head.word, qualifier);
    terms.push({ word: `${head.word} ${q}`, stem: `${head.stem} ${q}`, head });
    // A second qualifier of the same kind shares the head: "type 1 and 2 diabetes" names type 2 diabetes too, and
    // "vitamins D and E" vitamin E.
    const shared = SHARED_QUALIFIER.exec(text.slice((after.index ?? 0) + qualifier.length))?.[1];
    if (shared && sameKind(qualifier, shared)) {
      const q2 = numberOfKind(head.word, shared);
      terms.push({ word: `${head.word} ${q2}`, stem: `${head.stem} ${q2}`, head });
    }
  }
  return [...terms, ...eponymTerms(text)];
}

// Nouns that sort what follows them into numbered kinds: their number names one kind however it is written, "type II
// Gaucher disease" the "type 2" a reader asks about, "stage IV" "stage 4", "phase III" "phase 3".
const NUMBERED_KIND = /^(?:types?|subtypes?|class(?:es)?|subclass(?:es)?|grades?|stages?|phases?|groups?|categor(?:y|ies))$/u;
const ROMAN_VALUES: Readonly<Record<string, string>> = {
  I: '1', II: '2', III: '3', IV: '4', V: '5', VI: '6', VII: '7', VIII: '8', IX: '9', X: '10', XI: '11', XII: '12', XIII: '13',
};

/** A qualifier as a stem writes it: lower case, and a Roman numeral after a noun of numbered kinds as its digits. */
function numberOfKind(head: string, qualifier: string): string {
  return (NUMBERED_KIND.test(head) ? ROMAN_VALUES[qualifier] : undefined) ?? qualifier.toLowerCase();
}

// The particles and the adverb "still" among the stop words: unlike a determiner, pronoun, preposition or auxiliary
// ("Any disease", "Does disease ..."), or an adverb that opens a clause ("Once disease is diagnosed", "Even disease-free
// ..."), none of them stands right before a noun in English, so one that does, capitalised or as a possessive, is a
// name ("Down syndrome", "Still's disease").
const NAME_PARTICLE = /^(?:down|up|out|off|still)$/u;
// A stop word written as a name right before the head of a disease name ("Down syndrome", "Down's syndrome",
// "Still's disease", "Still disease"); the possessive may be lower case as readers type it ("down's syndrome").
const EPONYM = /(?<![\p{L}\p{N}'’])(\p{L}+)(['’]s)?[ -‐](syndromes?|diseases?)(?![\p{L}\p{N}])/giu;

/**
 * The text with each lower-case stop word that opens a disease name the vocabulary knows capitalised as the name is
 * written ("down syndrome" → "Down syndrome"), so a reader's lower-case question is read as the name too. The
 * vocabulary decides: "slow down disease progression" names nothing and stays as it is.
 */
export function withNamesCapitalised(text: string, isName: (phrase: string) => boolean): string {
  return text.replace(EPONYM, (whole, name: string, possessive: string | undefined, noun: string) =>
    !possessive && /^\p{Ll}/u.test(name) && NAME_PARTICLE.test(name) && isName(`${name} ${noun}`.toLowerCase())
      ? `${name.charAt(0).toUpperCase()}${whole.slice(1)}`
      : whole,
  );
}

/**
 * Names whose first word is a stop word, read as one term like a qualified name ("down syndrome", stem
 * "down syndrom"): contentTerms drops the stop word, which would leave "syndrome" alone.
 */
function eponymTerms(text: string): QualifiedTerm[] {
  const terms: QualifiedTerm[] = [];
  for (const m of text.matchAll(EPONYM)) {
    const [name, possessive, noun] = [m[1] as string, m[2], m[3] as string];
    const word = name.toLowerCase();
    if (!NAME_PARTICLE.test(word) || (!possessive && !/^\p{Lu}/u.test(name))) continue;
    const head = contentTerms(noun)[0] as Term;
    terms.push({ word: `${word} ${head.word}`, stem: `${word} ${head.stem}`, head });
  }
  return terms;
}

/** The distinct stems of a text's content words, and of the qualified names it contains ("vitamin d"). */
export function stemSet(text: string): Set<string> {
  return new Set([...contentTerms(text), ...qualifiedTerms(text)].map((t) => t.stem));
}

/**
 * Whether two stems name the same concept: equal, or one a prefix (≥5 letters) of the other, where a qualified
 * name is not the prefix of another qualifier ("vitamin d" matches "vitamin d3", and neither "vitamin k" nor "vitamin").
 */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const next = long[short.length] as string;
  // "chromosome 1" is not "chromosome 17": a number does not extend into a longer number.
  const numberGoesOn = /\d/u.test(short.at(-1) ?? '') && /\d/u.test(next) && short.includes(' ');
  if (short.length >= 5 && long.startsWith(short) && next !== ' ' && !numberGoesOn && !likenessOf(long, short) && !organOf(long, short)) return true;
  // Porter leaves different last letters on some forms of one word ("pregnanc" and "pregnant"): eight letters or
  // more that differ only in the last one are the same word. Qualified names ("vitamin d", "vitamin k") never are.
  if (short.length >= 8 && short.length === long.length && !short.includes(' ') && short.slice(0, -1) === long.slice(0, -1)) return true;
  return sameAsAdjective(a, b) || sameAsAdjective(b, a) || sameAsAgeNoun(a, b) || sameAsAgeNoun(b, a) || degreeOf(long, short);
}

/**
 * Whether the shorter stem stops before the "-it" of an inflammation the longer names: the organ's word ("hepat" of
 * "hepatic", "myocardi" of "myocardial"), not the disease ("hepatitis"); its adjective ("arthrit" of "arthritic") goes on.
 */
function organOf(long: string, short: string): boolean {
  const at = INFLAMMATION_STEM.exec(long)?.index;
  return at !== undefined && short.length < at + 2 && !INFLAMMATION_STEM.test(short);
}

// "-iform" and "-oid" make an adjective of likeness, a thing that resembles what the word names and is not it:
// "psoriasiform dermatitis" is no psoriasis, a "hydatidiform mole" no hydatid cyst, "rheumatoid arthritis" no
// rheumatic fever, a "morbilliform" rash no measles. (A noun ending so, "sarcoid", still begins "sarcoidosis".)
const LIKENESS_ENDING = /(?:iform|oid)$/u;

/** Whether the longer of two stems is an adjective of likeness made on the shorter ("psoriasiform" on "psoriasi"). */
function likenessOf(long: string, short: string): boolean {
  return LIKENESS_ENDING.test(long) && !LIKENESS_ENDING.test(short);
}

// A finding named for a substance in the urine or the blood (-uria, -emia: "albuminuria", "hematuria", "glycemia",
// "kalemia"; Porter leaves their adjectives "albuminur", "glycem") is measured by degree, and a prefix of degree names
// how much of it there is: "microalbuminuria" and "macroalbuminuria" are albuminuria, "hyperkalemia" and
// "hypokalemia" are kalemia. Only these prefixes and only these findings: elsewhere the same prefixes make other words
// ("hypertension" is not tension, "macrophage" not a phage, "hypersensitivity" not a test's sensitivity).
const DEGREE_PREFIX = /^(?:micro|macro|hypo|hyper|normo|oligo|poly)(?=\p{L}{5})/u;
const IN_URINE_OR_BLOOD = /(?:ur|em)(?:ia)?$/u;

/** Whether a stem is a degree of the finding another names ("microalbuminuria" of "albuminuria"). */
function degreeOf(long: string, short: string): boolean {
  if (!IN_URINE_OR_BLOOD.test(short)) return false;
  const prefix = DEGREE_PREFIX.exec(long)?.[0];
  if (!prefix) return false;
  const rest = long.slice(prefix.length);
  // Both end as such a finding, and one of them is its noun: "system" (Porter's "-em") is no finding.
  if (!IN_URINE_OR_BLOOD.test(rest) || !/(?:uri|emi)a$/u.test(short) && !/(?:uri|emi)a$/u.test(rest)) return false;
  return rest === short || (rest.length >= 5 && short.length >= 5 && (rest.startsWith(short) || short.startsWith(rest)));
}

// A noun in -age names the act of its verb ("storage" of "stored", "dosage" of "dose", "passage" of "pass",
// "drainage", "leakage", "blockage"), though Porter leaves them "storag" and "store": the noun's stem is the verb's
// with "ag" (after dropping a final "e"), and the verb's stem keeps four letters, or three before its "e".
function sameAsAgeNoun(noun: string, verb: string): boolean {
  if (!noun.endsWith('ag') || noun.length !== verb.length + 2 && noun.length !== verb.length + 1) return false;
  const base = noun.slice(0, -2);
  return (verb === base && base.length >= 4) || (verb === `${base}e` && base.length >= 3);
}

// A Greek noun in -osis, -asis or -kinesis and its adjective in -otic, -atic or -kinetic are one word to a reader
// ("apoptosis" and "apoptotic", "metastasis" and "metastatic", "cytokinesis" and "cytokinetic"), though Porter leaves
// them "apoptosi" and "apoptot". Not -esis in general: "genesis" is not "genetic", nor "synthesis" "synthetic".
const GREEK_NOUN = /^(\p{L}{4,}(?:o|a|kine))si$/u;

function sameAsAdjective(noun: string, adjective: string): boolean {
  // Most pairs compared are not such a noun: the cheap test first, as this runs for every pair of stems compared.
  if (!noun.endsWith('si') || adjective.at(-1) !== 't' && !adjective.endsWith('tic')) return false;
  const base = GREEK_NOUN.exec(noun)?.[1];
  return base !== undefined && (adjective === `${base}t` || adjective === `${base}tic`);
}

// What `mentions` found for a set of stems, per stem asked, while the set keeps its size (sets only grow as they are
// built). One answer asks every article's set about every question concept several times over (weighing, coverage,
// subject coverage, for each way the question is read), and a stem not in the set is compared with all of its stems: a
// 2,000-character question's 150 concepts made that most of the answer's time. Few entries per set: a set asked about
// more stems than this is answered without keeping more.
const MAX_KEPT_PER_SET = 4096;
const mentioned = new WeakMap<ReadonlySet<string>, { size: number; found: Map<string, boolean> }>();

/** Whether a set of stems mentions a stem (directly or by stemsMatch). */
export function mentions(stems: ReadonlySet<string>, stem: string): boolean {
  if (stems.has(stem)) return true;
  let kept = mentioned.get(stems);
  if (kept?.size !== stems.size) mentioned.set(stems, (kept = { size: stems.size, found: new Map() }));
  const known = kept.found.get(stem);
  if (known !== undefined) return known;
  let found = false;
  for (const s of stems) {
    if (stemsMatch(s, stem)) {
      found = true;
      break;
    }
  }
  if (kept.found.size < MAX_KEPT_PER_SET) kept.found.set(stem, found);
  return found;
}
