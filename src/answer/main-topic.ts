import { statesOnlyFrequency } from './defined-by-frequency.js';
import type { Article } from '../domain/index.js';
import { americanSpelling, escapeRegExp, joinWords, singularOf } from '../lib/index.js';
import { everydayTest, type ConceptOptions } from './concept-phrase.js';
import { spellGreek, stemOf, stemsMatch } from './content-terms.js';
import { renamedStems } from './expand-abbreviations.js';
import type { SubjectGroup } from './subject-groups.js';
import { isFullAbstract } from './full-abstract.js';
import { askedSentence } from './reader-context.js';
import { asksBroadKind, leavesOutAction, leavesOutExample, leavesOutHarm, leavesOutTest } from './asked-relation.js';

/**
 * The direct answer must speak of what the question is about, not only share its words. Three ways a sentence that
 * scores well still answers another question:
 * - a phrase the vocabulary knows as one concept, made of everyday words ("heart rate", "pink eye", "ear infection"),
 *   is met only by some of its words ("high" prevalence and the "rate" of metabolic syndrome, never a heart; the
 *   "inner ear", never an infection): a full abstract must write the phrase (its words side by side, inverted
 *   "infection of the ear", joined with a neighbour "heart and respiratory rate", or at least every word of it
 *   somewhere), its initials ("NSCLC"), or a name the vocabulary gives it ("conjunctivitis");
 * - the question asks how long something lasts ("Does a migraine last for days?") or whether one is too young for it
 *   ("Am I too young to have ...?"), and the sentence says nothing of a duration or an age;
 * - a word of a subject rarer than everyday English ("engorged" of "engorged breast", "urinalysis" of "would standard
 *   urinalysis detect kidney stones?") is nowhere in a full abstract that shares the subject's other words (breast
 *   cancer; stones seen on tomosynthesis): the rare word names what is asked, and the article speaks of another thing;
 * - the question asks for a test, a risk, an example or what a thing does and the sentence speaks of none, or asks what a whole field of
 *   illness is ("What is a neurological issue?") (asked-relation);
 * - "What is X?" is answered by a sentence naming X only as an amount measured ("the low concentration of colchicine
 *   in breast milk"), which says how much of it is somewhere, not what it is;
 * - "What is X?" is answered by what a study set out to do ("To investigate cytokines in persons with X"), or the
 *   question's only subject is an action named without its object ("Can you explain the suppression?": of what?).
 */

/** What the checks need besides the question and the direct answer. */
export type TopicOptions = ConceptOptions & {
  /** How common a lower-case word is in English (a SCOWL size), undefined when it is no English word. */
  englishLevel?: (word: string) => number | undefined;
  /** Whether a lower-case word names a concept of the medical vocabulary. */
  isNamedConcept?: (word: string) => boolean;
  /**
   * The names the vocabulary itself gives a phrase, without guesses from definitions ("hypervascular" for "large
   * blood"): only a phrase it so names is one concept. Without it, `alternativesOf` tells.
   */
  namesOf?: (phrase: string) => readonly string[] | undefined;
  /** The other articles the answer cites: a rare word one of them writes is spoken of by the answer. */
  citedArticles?: readonly Article[];
};

/** The direct answer's sentence: its text, its stems, and whether it states only a study's aim or method. */
export type TopicSentence = { text: string; stems: ReadonlySet<string>; aim?: boolean };

/** Why the direct answer does not speak of the question's main topic or of what it asks of it, or null. */
export function missesMainTopic(question: string, groups: readonly SubjectGroup[], direct: TopicSentence, article: Article | undefined, options: TopicOptions = {}): string | null {
  const subjects = groups.filter((g) => !g.wording);
  return (
    vagueSoleSubject(question, subjects, options.isNamedConcept) ??
    (article ? phraseMetApart(subjects, article, options) : null) ??
    (article ? rareWordUnsaid(subjects, article, options) : null) ??
    leavesOutDuration(question, direct.text) ??
    leavesOutAge(question, direct.text) ??
    definedByAim(question, subjects, direct) ??
    definedByAmount(question, direct) ??
    definedByFrequency(question, direct, article) ??
    leavesOutTest(question, subjects, direct.text) ??
    leavesOutHarm(question, direct.text) ??
    leavesOutExample(question, direct.text) ??
    leavesOutAction(question, direct.text) ??
    asksBroadKind(question, direct.text)
  );
}

// An action or state named by a noun of a verb ("suppression", "treatment", "avoidance", "dependence").
const ACTION_NOUN = /^\p{L}{4,}(?:ion|ment|ance|ence)$/u;

/**
 * The question's only subject when it is an action named by a noun with "the" and without what it acts on ("Can you
 * explain the suppression?"), which the vocabulary does not name as a concept of its own, or null.
 */
export function vagueSoleSubject(question: string, subjects: readonly SubjectGroup[], isNamedConcept: (word: string) => boolean = () => false): string | null {
  if (subjects.length !== 1) return null;
  const [only] = subjects as [SubjectGroup];
  if (only.words.length !== 1 || only.alternatives.length) return null;
  const word = only.words[0] as string;
  if (!ACTION_NOUN.test(word) || isNamedConcept(word)) return null;
  const written = escapeRegExp(only.text);
  // "the suppression of gastric acid" says what is suppressed; "the suppression" alone refers back to a conversation.
  if (!new RegExp(`\\bthe\\s+${written}\\b`, 'iu').test(question) || new RegExp(`\\b${written}\\s+(?:of|by)\\b`, 'iu').test(question)) return null;
  return `The question asks about "the ${only.text}" without saying what it is of; ask it again naming the condition, medicine or test.`;
}

// A word of a text as the phrase test reads it: its stem and where it stands.
type Token = { stem: string; start: number; end: number };

const WORD = /[\p{L}\p{N}]+/gu;

function tokens(text: string): Token[] {
  return [...spellGreek(text).toLowerCase().matchAll(WORD)].map((m) => ({ stem: stemOf(m[0]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

// A stem that extends another by four letters or more is a compound or another word ("heartburn"), not a form of it.
const COMPOUND_TAIL = 4;

function sameWord(token: string, stem: string): boolean {
  if (token === stem) return true;
  const [short, long] = token.length <= stem.length ? [token, stem] : [stem, token];
  return stemsMatch(short, long) && !(long.startsWith(short) && long.length - short.length >= COMPOUND_TAIL);
}

// What may stand between two words of one phrase: a space, a hyphen or a slash ("heart-rate"), or a neighbour joined
// to the first ("heart and respiratory rate", "kidney or bladder stones").
const ADJACENT = /^\s*[-‐/]?\s*$/u;
const JOINED = /^\s*(?:,\s*)?(?:and|or|&|\/)\s+[\p{L}\p{N}-]+\s+$/u;
// "infection of the ear" writes "ear infection" the other way round.
const INVERTED = /^\s+(?:of|in|on)\s+(?:(?:the|a|an|his|her|their)\s+)?$/iu;
const PHRASE_END = /^(?:\s*(?:[^\p{L}\p{N}\s]|$)|\s+(?:and|or|in|is|was|were|are|with|of|at|for|to|by|that|which|as|on|from|during|after|before|may|can|could|will|would|should|has|have|had)\b)/iu;

/** Whether a text writes a phrase's words (stems) in order as one phrase, or its two words inverted. */
export function writesPhrase(text: string, stems: readonly string[]): boolean {
  return writesPhraseIn(text, tokens(text), stems);
}

function writesPhraseIn(text: string, list: readonly Token[], stems: readonly string[]): boolean {
  for (let i = 0; i < list.length; i++) {
    let at = i;
    let ok = sameWord((list[i] as Token).stem, stems[0] as string);
    for (let k = 1; ok && k < stems.length; k++) {
      const prev = list[at] as Token;
      const next = [at + 1, at + 3].map((j) => list[j]).find((t, n) => t !== undefined && sameWord(t.stem, stems[k] as string) && (n === 0 ? ADJACENT : JOINED).test(text.slice(prev.end, t.start)));
      if (next) at = list.indexOf(next);
      else ok = false;
    }
    if (ok) return true;
    if (stems.length !== 2 || !sameWord((list[i] as Token).stem, stems[1] as string)) continue;
    for (let j = i + 2; j < Math.min(list.length, i + 4); j++) {
      const c = list[j] as Token;
      // "rate of heart disease" names the rate of a disease: the word must end its phrase ("infection of the ear.").
      if (sameWord(c.stem, stems[0] as string) && INVERTED.test(text.slice((list[i] as Token).end, c.start)) && PHRASE_END.test(text.slice(c.end))) return true;
    }
  }
  return false;
}

function articleTexts(article: Article): string[] {
  return [article.title, article.abstract, ...article.meshHeadings.map((m) => m.descriptor), ...article.keywords];
}

// Each article's texts read into words once, for every check that reads them (phrases met apart, rare words unsaid,
// the other cited articles): an answer asks them of the same few articles.
const readArticles = new WeakMap<Article, Token[][]>();
function readArticle(article: Article): Token[][] {
  let read = readArticles.get(article);
  if (!read) readArticles.set(article, (read = articleTexts(article).map(tokens)));
  return read;
}

/** Whether the texts write a name as whole words (hyphens read as spaces, a plural ending aside). */
function writesName(texts: readonly string[], name: string): boolean {
  // A plural name ("ureteric stones") is written in the singular too ("a single ureteric stone"), as a singular one in the plural.
  const lower = name.toLowerCase().replace(/[-‐]/gu, ' ');
  const forms = [...new Set([lower, singularOf(lower) ?? lower])].map(escapeRegExp).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?:s|es)?(?![\\p{L}\\p{N}])`, 'u');
  return texts.some((t) => pattern.test(spellGreek(t).toLowerCase().replace(/[-‐]/gu, ' ')));
}

/**
 * Whether the texts write a vocabulary name, as it stands or with a noun of it written as its adjective: a procedure
 * or state named "-y" or "-ia" is written "-ic" ("laparoscopy" by "laparoscopic cholecystectomy", "endoscopy" by
 * "endoscopic", "ischaemia" by "ischaemic"). Nothing looser: "conjunctival" does not write "conjunctivitis".
 */
function writesNameInSomeForm(texts: readonly string[], read: readonly (readonly Token[])[], name: string): boolean {
  if (name.trim().length <= 2) return false;
  if (writesName(texts, name)) return true;
  const stems = contentTermStems(name);
  if (!stems.length) return false;
  // Porter folds unrelated words together ("conjunctivitis" and "conjunction" are both "conjunct"): a word of the name
  // met only by its stem is no evidence; one word at least must be met as the name's adjective.
  const adjective = (token: string, stem: string) => token.length >= PREFIXED_STEM && NOUN_OF_ADJECTIVE.some((end) => stem === `${token}${end}`);
  return texts.some((text, k) => {
    const list = read[k] as readonly Token[];
    return list.some((_, i) =>
      i + stems.length <= list.length &&
      stems.some((stem, n) => adjective((list[i + n] as Token).stem, stem)) &&
      stems.every((stem, n) => {
        const token = (list[i + n] as Token).stem;
        return (token === stem || adjective(token, stem)) && (n === 0 || ADJACENT.test(text.slice((list[i + n - 1] as Token).end, (list[i + n] as Token).start)));
      }),
    );
  });
}

// What Porter leaves of a noun beyond its "-ic" adjective's stem: "laparoscopi" (-y) of "laparoscop", "ischemia" of "ischem".
const NOUN_OF_ADJECTIVE = ['i', 'ia', 'a'] as const;

/**
 * The question's phrases of everyday words that the vocabulary knows as one concept ("heart rate" of "high heart
 * rate") and the article writes neither as a phrase nor by one of its names, longest first; empty when there are none.
 */
export function phrasesMetApart(subjects: readonly SubjectGroup[], article: Article, options: TopicOptions): string[] {
  const { alternativesOf, englishLevel, isNamedConcept = () => false } = options;
  if (!alternativesOf || !englishLevel) return [];
  // A record of a few snippets may just not repeat the phrase its article uses elsewhere: only a full abstract is held to it.
  if (!isFullAbstract(article)) return [];
  const everyday = everydayTest(englishLevel);
  const texts = articleTexts(article);
  // Each text's words are read once for all the tests below.
  const read = readArticle(article);
  const written = (stem: string) => read.some((list) => list.some((k) => sameWord(k.stem, stem)));
  // A word is written in one of its forms or by a one-word name the vocabulary gives it ("gastric" for "stomach").
  const writes = (stem: string, i: number, words: readonly string[]) =>
    written(stem) ||
    (alternativesOf(words[i] as string) ?? []).some((n) => /^\p{L}{4,}$/u.test(n) && writesName(texts, n));
  const missing: string[] = [];
  for (const g of subjects) {
    // The subject's initials as a word of the article ("NSCLC" for "non-small-cell lung cancer") name all of it.
    if (writesInitials(texts, g.text)) continue;
    const met: [number, number][] = [];
    for (let size = Math.min(3, g.words.length); size >= 2; size--) {
      for (let start = 0; start + size <= g.words.length; start++) {
        // A phrase inside a longer one the article writes is written too.
        if (met.some(([a, b]) => a <= start && start + size <= b)) continue;
        const words = g.words.slice(start, start + size);
        // Only words side by side in the question make a phrase ("natural killer cells" is not one of "natural killer
        // T cells"), and a head that only names a kind ("surgical methods") leaves the subject to the word before it.
        if (!words.every(everyday) || KIND_HEAD.test(words.at(-1) as string) || !new RegExp(words.map(escapeRegExp).join('[\\s‐-]+'), 'iu').test(g.text)) continue;
        const phrase = words.join(' ');
        // The vocabulary may know the phrase in its other spelling only ("labor pain" for "labour pain").
        const lookUp = options.namesOf ?? alternativesOf;
        const american = words.map(americanSpelling).join(' ');
        const names = lookUp(phrase) ?? (american !== phrase ? lookUp(american) : undefined);
        if (names === undefined) continue;
        const stems = g.stems.slice(start, start + size);
        // Words the article writes apart in other ways ("pain from cancer", "Education, Medical") may still be the
        // phrase: it is met apart only when a word of it is nowhere in the article ("rate" but never "heart").
        if (stems.every((stem, i) => writes(stem, i, words))) {
          met.push([start, start + size]);
          continue;
        }
        if (texts.some((t, k) => writesPhraseIn(t, read[k] as Token[], stems)) || names.some((n) => writesNameInSomeForm(texts, read, n)) || saidByHead(words, stems, names, written, isNamedConcept, texts)) {
          met.push([start, start + size]);
        } else missing.push(phrase);
      }
    }
  }
  return missing;
}

// Words as rare in English as SCOWL 50 or rarer ("engorged", "urinalysis", "hep") name the thing asked: everyday
// words ("standard", "swollen") may be said otherwise.
const RARE_WORD = 50;
// The shortest stem read inside a longer word with a prefix ("dialysi" of "hemodialysi"): shorter ones ("hep") would be
// read inside unrelated words.
const PREFIXED_STEM = 5;
// A prefix of time, degree or negation before a base of five letters or more ("pretreatment", "unpigmented").
const PREFIX = /^(?:pre|post|non|un|re|anti|co|sub|over|under|mis|inter|intra|hyper|hypo)-?(\p{L}{5,})$/u;

/**
 * The words of the question's subjects rarer than everyday English, or vocabulary names English lacks, that a full
 * abstract writes in no form (title, abstract, MeSH headings, keywords), by no one-word name the vocabulary gives them,
 * and not within the subject's initials or a vocabulary name of the whole subject; empty when it writes each.
 */
export function rareWordsUnsaid(subjects: readonly SubjectGroup[], article: Article, options: TopicOptions): string[] {
  const { alternativesOf, englishLevel, isNamedConcept = () => false } = options;
  if (!englishLevel || !isFullAbstract(article)) return [];
  const texts = articleTexts(article);
  const read = readArticle(article);
  // A word is written in one of its forms, or with a prefix ("haemodialysis" writes "dialysis").
  const written = (stem: string) => read.some((list) => list.some((k) => sameWord(k.stem, stem) || (stem.length >= PREFIXED_STEM && k.stem.endsWith(stem))));
  const named = (phrase: string) => (alternativesOf?.(phrase) ?? []).some((n) => writesNameInSomeForm(texts, read, n));
  // A word of a lay phrase the article writes by its medical name or root ("gallbladder" in "cholecystectomy").
  const renamed = options.synonyms?.length ? renamedStems(new Set(read.flatMap((list) => list.map((k) => k.stem))), options.synonyms) : new Set<string>();
  const missing: string[] = [];
  // The question's distinctive words: rare ones, and names general English lacks ("igm", "deflazacort").
  let distinctive = 0;
  // Whether a whole subject made only of rare words is unsaid ("hep" of "the hep a igm").
  let subjectUnsaid = false;
  for (const g of subjects) {
    // Who is asked about ("bedridden patients") is no word the article must write (population.ts).
    if (g.population) continue;
    if (writesInitials(texts, g.text) || g.alternatives.some(written) || (g.words.length > 1 && named(g.words.join(' ')))) continue;
    // The group's stem may be that of a qualified name ("mage a3" of "MAGE-A3"): the word's own stem is tried too, and a
    // prefixed word is said by its base ("on treatment with statins when stroke occurs" speaks of their "pretreatment").
    const base = (word: string) => PREFIX.exec(word)?.[1];
    const says = (word: string, i: number) =>
      written(g.stems[i] as string) || written(stemOf(word)) || named(word) || renamed.has(g.stems[i] as string) || (base(word) !== undefined && written(stemOf(base(word) as string)));
    let left = 0;
    g.words.forEach((word, i) => {
      const level = englishLevel(word);
      if (level === undefined ? word.length < 3 : level < RARE_WORD) return;
      distinctive++;
      // A word general English lacks may be a misspelling ("mysositis"): only a vocabulary name is held to be written.
      const rare = level !== undefined || isNamedConcept(word);
      if (rare && !says(word, i)) {
        missing.push(word);
        left++;
      }
    });
    // A subject of rare words only: "autonomic city" of a place's name is no subject of rare words.
    if (left === g.words.length) subjectUnsaid = true;
  }
  // A rare word left out among others the article writes is a detail of the question ("unpigmented" beside "poliosis
  // circumscripta", "toxicities" beside "rhabdomyolysis"), not its subject: most of them must be left out, or half
  // with a whole subject among them ("hep" beside "igm").
  return missing.length * 2 > distinctive || (subjectUnsaid && missing.length * 2 === distinctive) ? missing : [];
}

function rareWordUnsaid(subjects: readonly SubjectGroup[], article: Article, options: TopicOptions): string | null {
  const unsaid = rareWordsUnsaid(subjects, article, options);
  if (!unsaid.length) return null;
  // An answer whose other points come from an article that writes the word still speaks of it ("orchiopexy").
  const others = (options.citedArticles ?? []).filter((a) => a.pmid !== article.pmid).map(readArticle);
  const missing = unsaid.filter((word) => !others.some((read) => read.some((list) => list.some((k) => sameWord(k.stem, stemOf(word))))));
  if (!missing.length) return null;
  return `The article that comes closest to an answer does not speak of ${joinWords(missing, 'or')}, so it answers another question.`;
}

// Heads that only measure what the word before them names.
const MEASURE_HEAD = /^(?:rates?|levels?|counts?|numbers?|amounts?|sizes?|times?|scores?|values?|ratios?|percentages?|concentrations?)$/u;

// Heads that only name a kind or a way of what the word before them names.
const KIND_HEAD = /^(?:methods?|ways?|types?|kinds?|forms?|sorts?|approach(?:es)?|techniques?|options?|means|levels?|degrees?)$/u;


/** Whether the texts write the initials of a subject of three words or more ("NSCLC", "nsclcs") as a word. */
function writesInitials(texts: readonly string[], subject: string): boolean {
  const parts = subject.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (parts.length < 3) return false;
  const initials = parts.map((w) => w[0]).join('');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${initials}s?(?![\\p{L}\\p{N}])`, 'iu');
  return texts.some((t) => pattern.test(t));
}

/**
 * Whether a phrase that is a heading of its own (the vocabulary gives it no other name: "body temperature", not "pink
 * eye" for conjunctivitis) is said by its head alone: the head is no mere measure ("temperature", "vessels", not
 * "rate"), the article writes it, and it never uses the other words, in any sense ("temperature less than 94 degrees
 * F" in a study of thermoregulation, "small and medium-sized vessels").
 */
function saidByHead(words: readonly string[], stems: readonly string[], names: readonly string[], written: (stem: string) => boolean, isNamedConcept: (word: string) => boolean, texts: readonly string[]): boolean {
  const own = new Set(stems);
  if (names.some((n) => !contentTermStems(n).every((s) => own.has(s)))) return false;
  const head = words.at(-1) as string;
  // A measure ("rate", "level", "count") says nothing alone: the rate of a syndrome is no heart rate.
  if (MEASURE_HEAD.test(head) && !isNamedConcept(head)) return false;
  // A head the article sets in a circumstance of its own ("pain relief after cesarean section", "postoperative pain")
  // is that circumstance's, not the one the question's other words name ("labour pain").
  if (texts.some((t) => inCircumstance(t, head))) return false;
  return written(stems.at(-1) as string) && !stems.slice(0, -1).some(written);
}

/**
 * Whether a text sets a word in a circumstance: after, during or following an event ("pain relief after cesarean
 * section", "fever following vaccination"), or after an operation ("postoperative pain", "post-surgical pain").
 */
export function inCircumstance(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  const head = escapeRegExp(singularOf(lower) ?? lower);
  return new RegExp(
    String.raw`(?<![\p{L}])(?:post-?\p{L}+|peri-?operative|intra-?operative)\s+${head}|(?<![\p{L}])${head}(?:s|es)?(?:\s+[\p{L}-]+){0,2}\s+(?:after|following|during)\s+\p{L}`,
    'iu',
  ).test(text);
}

const contentTermStems = (text: string) => tokens(text).map((t) => t.stem);

function phraseMetApart(subjects: readonly SubjectGroup[], article: Article, options: TopicOptions): string | null {
  const missing = phrasesMetApart(subjects, article, options);
  if (!missing.length) return null;
  return `The article that comes closest to an answer does not speak of ${joinWords(missing, 'or')}, by those words together or by another name, so it answers another question.`;
}

// A number as a sentence writes it ("3", "2.5", "ten").
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few)`;
const SPAN = String.raw`(?:min(?:ute)?s?|hours?|days?|weeks?|months?|years?)`;

// "Does a migraine last for days?", "Can it last weeks?", "lasting for months": whether something lasts so long.
// "last year", "last week", "in the last months" name when, not how long: "last" there follows a determiner or comes
// before a bare singular span.
const ASKS_DURATION = new RegExp(
  String.raw`(?<!\b(?:the|my|his|her|their|our|your|its|this|these|in|over|past|at|since|until)\s+)\blast(?:s|ing)?\s+(?!(?:year|month|week|day|night|time|summer|winter|spring|autumn|fall|weekend|Christmas)\b)(?:for\s+)?(?:(?:a|an|several|many|a few|few|more than (?:a|an|${NUMBER})|over|up to|${NUMBER})\s+)?(?:${SPAN}|long|forever|a while|a lifetime)\b`,
  'iu',
);
// A sentence gives a duration by naming one ("duration", "persists", "chronic", "resolves") or a span something lasts
// ("for 3 days", "a 2-week course"); a time within which something happened ("in the past 3 months") gives none.
const GIVES_DURATION = new RegExp(
  String.raw`\b(?:duration|durations|lasts?|lasted|lasting|persist\w*|prolonged|long-term|short-term|long-lasting|chronic\w*|transient\w*|self-limit\w*|resol\w*|episodic)\b|\b(?:for|during|over|up to|at least|more than|less than)\s+(?:the\s+(?:first|next)\s+)?${NUMBER}(?:\s*(?:-|–|to)\s*${NUMBER})?[\s-]*${SPAN}\b|\b\d+(?:[.,]\d+)?-(?:hour|day|week|month|year)\b`,
  'iu',
);

/** Why the direct answer to whether something lasts so long gives no duration, or null. */
export function leavesOutDuration(question: string, direct: string): string | null {
  if (!ASKS_DURATION.test(askedSentence(question)) || GIVES_DURATION.test(direct)) return null;
  return 'The sentence that comes closest to an answer does not say how long it lasts, so it answers another question.';
}

// "Am I too young to have ...?", "a bit old for", "at what age": whether one's age fits the condition.
const ASKS_AGE =
  /\b(?:too|a bit|bit|very|so|quite|rather|pretty|that|not)\s+(?:young|old)\s+(?:to|for)\b|\bat (?:what|which|my|this|that|an early|a young) age\b|\bhow (?:young|old) (?:can|do|does|is|are|should|would)\b/iu;
// A sentence on age names an age, an age group or the time of life.
const GIVES_AGE =
  /\bage[ds]?\b|\bage-|\byoung\w*|\bold(?:er|est)?\b|\belderly\b|\byears?\b|\byrs?\b|\badolescen\w*|\bchild\w*|\bpa?ediatric\w*|\bjuvenile\b|\badults?\b|\bteen\w*|\bmiddle-aged\b|\bgeriatric\w*|\binfan\w*|\bneonat\w*|\bdecades?\b|\bmenopaus\w*|\bpubert\w*|\bpre-?pubert\w*/iu;

/** Why the direct answer to whether one's age fits gives no age, or null. */
export function leavesOutAge(question: string, direct: string): string | null {
  if (!ASKS_AGE.test(question) || GIVES_AGE.test(direct)) return null;
  return 'The sentence that comes closest to an answer does not speak of age, so it answers another question.';
}

// "What is X?", "What exactly are X?", "What's X?", after the fillers a reply opens with ("but", "so").
// What follows names the thing alone: no preposition or participle asks something else of it ("What is the
// association between ...", "What is another name for ...", "What is marked by ...").
const ASKS_WHAT = /^\W*(?:(?:and|but|so|ok(?:ay)?|then|well)\W+)*(?:what|who)(?:['’]s|\s+(?:exactly\s+)?(?:is|are))\s+(?:(?:an?|the)\s+)?/iu;
// The thing asked about: words and spaces only, up to the closing punctuation (tested apart, so no pattern backtracks).
const THING = /^[\p{L}\p{N}'’\s-]+$/u;
const ASKS_MORE = /\b(?:of|for|by|between|in|with|to|from|on|at|about|than|and|or|\p{L}+ed)\b/iu;

// What measures an amount of a thing ("the concentration of colchicine", "colchicine levels").
const AMOUNT = String.raw`(?:concentrations?|levels?|amounts?|doses?|dosages?|quantit(?:y|ies)|content|excretion|clearance|exposure)`;

/**
 * Why a "What is X?" question is answered by a sentence that names X only as an amount measured ("the relatively low
 * concentration of colchicine in breast milk suggests ..."): how much of a thing is somewhere does not say what it
 * is. A sentence naming X otherwise too ("colchicine, an alkaloid, ...", "prevented by colchicine") is left alone.
 */
export function definedByAmount(question: string, direct: TopicSentence): string | null {
  const opening = ASKS_WHAT.exec(question);
  const thing = opening ? question.slice(opening[0].length).replace(/[\s?.!]+$/u, '') : '';
  if (!thing || !THING.test(thing) || ASKS_MORE.test(thing)) return null;
  const name = escapeRegExp(thing.trim());
  const all = [...direct.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'giu'))];
  if (!all.length) return null;
  const measured = new RegExp(`\\b${AMOUNT}\\s+of\\s+(?:the\\s+)?$`, 'iu');
  const measuredAfter = new RegExp(`^\\s+${AMOUNT}\\b`, 'iu');
  const amountOnly = all.every((m) => measured.test(direct.text.slice(0, m.index)) || measuredAfter.test(direct.text.slice((m.index ?? 0) + m[0].length)));
  return amountOnly ? `The sentence that comes closest to an answer gives an amount of ${thing.trim()}, not what it is.` : null;
}

// What asks how common a thing is, not what it is ("What is the prevalence of X?").
const ASKS_HOW_COMMON = /\b(?:prevalence|incidence|frequency|rate|risk|common)\b/iu;

/**
 * Why a "What is X?" question is answered by a sentence that names X only to say how common it is ("TOF is as common in
 * Nigeria as other parts of the world"), or null. A name may hold "of" ("tetralogy of Fallot").
 */
export function definedByFrequency(question: string, direct: TopicSentence, article: Article | undefined): string | null {
  const opening = ASKS_WHAT.exec(question);
  const thing = opening ? question.slice(opening[0].length).replace(/[\s?.!]+$/u, '').trim() : '';
  if (!thing || !THING.test(thing) || ASKS_MORE.test(thing.replace(/\bof\b/giu, '')) || ASKS_HOW_COMMON.test(thing)) return null;
  if (!statesOnlyFrequency(thing, direct.text, article ? `${article.title} ${article.abstract}` : '')) return null;
  return `The sentence that comes closest to an answer does not say what ${thing} is, so it answers another question.`;
}

/** Why a "What is X?" question is answered by what a study set out to do, or null. */
export function definedByAim(question: string, subjects: readonly SubjectGroup[], direct: TopicSentence): string | null {
  const opening = direct.aim ? ASKS_WHAT.exec(question) : null;
  const thing = opening ? question.slice(opening[0].length).replace(/[\s?.!]+$/u, '') : '';
  if (!thing || !THING.test(thing) || ASKS_MORE.test(thing)) return null;
  const what = subjects.at(-1)?.text;
  return `The sentence that comes closest to an answer says what a study set out to do, not what ${what ?? 'it'} is.`;
}
