import { analyzeQuestion, isRelationWord } from './analyze-question.js';
import { followUpTopic } from './follow-up-topic.js';
import { inReaderVoice } from './reader-voice.js';
import { escapeRegExp } from '../lib/index.js';

/**
 * "Will I need antibiotics?", "Anything I can do for pain?", "Is there a treatment?", "Ok, any side effects
 * expected?": lifted out of a conversation, a question may name only kinds of thing (a kind of medicine, a kind of
 * condition, a symptom any illness has) and no condition, medicine or test. The literature can only be searched for
 * those general words, and whatever sentence then names them (surgical antibiotic prophylaxis, a dental trial's
 * swelling scores) is about someone else's condition. The honest reply asks for the name.
 */

// Phrases of two words that name one kind ("pain killers", "side effects", "muscle relaxers", "blood test").
const KIND_PHRASE =
  /\b(?:pain[\s-]?(?:killers?|relievers?|medications?|medicines?|meds|pills?)|side[\s-]?(?:effects?|affects?)|muscle[\s-]relax(?:ants?|ers?)|blood[\s-]?(?:tests?|work)|flare[\s-]?ups?|home[\s-]?(?:remed(?:y|ies)|treatments?|care)|long[\s-]term|short[\s-]term)\b/giu;

// Nouns that name a kind of treatment, not which one: "antibiotics", "antivirals", "the cream", "a treatment".
const TREATMENT_KIND =
  /^(?:medications?|medicines?|meds|drugs?|pills?|tablets?|capsules?|creams?|gels?|ointments?|lotions?|sprays?|drops|shots?|injections?|antibiotics?|supplements?|treatments?|therap(?:y|ies)|prescriptions?|remed(?:y|ies)|anti\p{L}{4,}|(?:cortico)?steroids?|painkillers?|relax(?:ants?|ers?)|suppressants?|decongestants?|surger(?:y|ies)|procedures?|operations?|options?|alternatives?|doses?|dosages?|cures?)$/u;

// Nouns that name only a kind of condition or a complaint any condition may bring ("the infection", "pain", "fever").
const CONDITION_KIND =
  /^(?:infections?|inflammations?|conditions?|illness(?:es)?|diseases?|disorders?|problems?|issues?|symptoms?|signs?|complications?|pain|pains|aches?|discomfort|fevers?|swelling|irritation|soreness|bacteri(?:a|um)|virus(?:es)?|germs?)$/u;

// Nouns that name only a kind of test ("the test", "a scan", "the results").
const TEST_KIND = /^(?:tests?|testing|scans?|results?|swabs?|screenings?|x-rays?)$/u;

// Words of the request itself ("prescribing", "recommend", "stronger", "expected"), which name nothing either.
const REQUEST_WORD =
  /^(?:prescrib\w*|recommend\w*|suggest\w*|advis\w*|strong(?:er|est)?|mild(?:er|est)?|expect\w*|chances?|thoughts?|ideas?|cases?|situations?|available|possible|possibly|oral|topical|liquid|typical|usual|normal|serious|severe|specifically|exactly|treat\w*|reliev\w*|relief|ease|heal\w*|helps?|resistant|determine|indicate|concerned|worry|worried|borderline|abnormal|inconclusive|elevated|raised|positive|negative)$/u;

// What a remedy is taken or put on as: "cranberry tablets", "ginger tea", "fish oil", "arnica cream". Kinds of
// procedure are not among them: "keyhole surgery" is the reader's name for a way of operating, not a remedy.
const TAKEN_AS = /^(?:tablets?|pills?|capsules?|supplements?|juices?|teas?|extracts?|oils?|powders?|drinks?|creams?|gels?|ointments?|lotions?|sprays?|drops)$/u;

/**
 * Whether the question writes the word right before a noun naming what a remedy is taken or put on as ("cranberry
 * tablets", "cranberry juice", "ginger tea"): the word then says which remedy is asked about, so it is the
 * question's topic, not its wording, whether or not a vocabulary names it.
 */
export function namesWhichRemedy(word: string, question: string): boolean {
  const next = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}[\\s-]+(\\p{L}+)`, 'iu').exec(question)?.[1]?.toLowerCase();
  return next !== undefined && TAKEN_AS.test(next);
}

/** Whether a lower-case word names only a kind of treatment, condition or test ("tablets", "infection", "scan"), not which one. */
export function namesAKind(word: string): boolean {
  return TREATMENT_KIND.test(word) || CONDITION_KIND.test(word) || TEST_KIND.test(word);
}

/** Whether a question has a capitalised word after its first (bar "I"): a name, such as "Shone's complex" or "HPV". */
export function capitalisedAfterFirst(question: string): boolean {
  return /(?<=\S\s+(?:\S+\s+)*)(?!I\b)\p{Lu}/u.test(question.trim());
}

// A word of one letter hyphened to a longer one ("c-section", "x-ray").
const LETTER_HYPHENED = /(?<![\p{L}\p{N}-])\p{L}[-‐](\p{L}{2,})(?![\p{L}\p{N}-])/gu;

/**
 * The words a question writes hyphened to a single letter ("section" of "c-section") where the vocabulary names the
 * whole and it is no kind of test or treatment ("x-ray"): read without the letter, which is too short to be a word,
 * they would be the everyday word ("section"), not the name.
 */
export function letterHyphenedNames(question: string, isNamedConcept: (word: string) => boolean): Set<string> {
  const names = new Set<string>();
  for (const m of question.matchAll(LETTER_HYPHENED)) {
    const whole = m[0].toLowerCase().replace(/‐/gu, '-');
    const part = (m[1] as string).toLowerCase();
    if (!namesAKind(whole) && !namesAKind(part) && isNamedConcept(whole)) names.add(part);
  }
  return names;
}

/** SCOWL size above which an "anti-" word ("antiphlogistic", 70) names a class to look up; "antiviral" is 50, "anticoagulant" 55. */
export const RARE_KIND_LEVEL = 55;

// "What is a compress?", "What are antibiotics?", "How do antibiotics work?": the kind itself is what is asked about.
const ASKS_OF_THE_KIND = /^\W*(?:(?:and|so|ok(?:ay)?|but)\W+)*(?:what\s+(?:is|are)\s+(?:an?\s+)?(?!the\b|that\b|this\b|my\b|your\b)|whats\s+(?:an?\s+)?|what's\s+(?:an?\s+)?|how\s+(?:do|does)\s+\S+(?:\s+\S+)?\s+work\b)/iu;

/**
 * The general words (as the question writes them) of a question that names only kinds of treatment, condition or
 * test and nothing that says which ("antibiotics" of "Will I need antibiotics?", "pain" of "Anything I can do for
 * pain?"), or null. `isWording` tells the reader's everyday wording ("need", "night", "way"), which names nothing,
 * from words that may name a condition, and `isRare` an "anti-" word rarer than everyday English, which names a
 * class to look up, and `isNamedPhrase` two words the vocabulary names together ("common cold"). A question asking what the kind itself is or how it works is let through, as is one naming
 * something by a capitalised or many-hyphened name, or a follow-up carrying its thread's topic in brackets.
 */
export function namesOnlyKinds(
  question: string,
  isWording: (word: string) => boolean = () => false,
  isRare: (word: string) => boolean = () => false,
  isNamedPhrase: (phrase: string) => boolean = () => false,
): string[] | null {
  if (followUpTopic(question) || ASKS_OF_THE_KIND.test(question)) return null;
  // A capitalised word after the first ("Shone's complex", "the APPEND score") or a name hyphened of three or more
  // parts ("One-and-a-half syndrome") is a proper name.
  if (capitalisedAfterFirst(question) || /\p{L}+(?:-\p{L}+){2,}/u.test(question)) return null;
  const phrases = [...question.matchAll(KIND_PHRASE)].map((m) => m[0].toLowerCase().replace(/-/g, ' '));
  const rest = question.replace(KIND_PHRASE, ' ').replace(/\banti[\s-]+(?=\p{L})/giu, 'anti');
  const concepts = analyzeQuestion(rest).concepts;
  // A rare "anti-" word ("antiphlogistic") is a name to look up; the common ones ("antibiotic", "antiviral") are kinds.
  const kind = (word: string) => (TREATMENT_KIND.test(word) && !(/^anti/u.test(word) && isRare(word))) || CONDITION_KIND.test(word) || TEST_KIND.test(word);
  const kinds = concepts.filter((c) => kind(c.word));
  const named = concepts.filter(
    (c) => !kinds.includes(c) && !c.generic && !isRelationWord(c.stem) && !isWording(c.word) && !REQUEST_WORD.test(c.word),
  );
  if (named.length) return null;
  // Two everyday words the vocabulary names together ("common cold", "pink eye") name a condition, unless one of
  // them is itself a kind ("pain relief").
  const together = concepts.some((c, i) => {
    const next = concepts[i + 1];
    return next !== undefined && !kinds.includes(c) && !kinds.includes(next) && isNamedPhrase(`${c.word} ${next.word}`);
  });
  if (together) return null;
  // The kinds are what the reply names; the question's framing ("possible", "risk") only when nothing else is left.
  const general = [...phrases, ...kinds.map((c) => c.word)];
  const framing = concepts.filter((c) => c.generic).map((c) => c.word);
  const shown = general.length ? general : framing;
  return shown.length ? [...new Set(shown)] : null;
}

// A pronoun standing for a thing the question does not name ("How long will it take to get better?").
const UNNAMED_THING = /\b(?:it|this|that|these|those|they|them)\b/iu;

/**
 * Whether a question names nothing at all that evidence could be about: every word of it is the reader's everyday
 * wording ("How long will it take to get better?", "What are my chances now?", "My doctor said my levels are off, is
 * that bad?" once the reader's frame is set aside), none a name the vocabulary knows, none capitalised, and it is no
 * follow-up carrying its thread's topic. Search would find articles on a stray word ("chances", "levels"); the
 * honest reply asks which condition, medicine or test the question is about. `isWording` tells the reader's everyday
 * words, which name nothing, from words that may name a condition.
 */
export function namesNothing(question: string, isWording: (word: string) => boolean): boolean {
  if (followUpTopic(question) || capitalisedAfterFirst(question) || /\p{N}/u.test(question)) return false;
  // Only a reader speaking of themselves ("my chances") or of a thing they do not name ("for it") leaves it unsaid: a
  // research question's everyday nouns ("Can enhancers act as promoters?") name what it asks about.
  if (!inReaderVoice(question) && !UNNAMED_THING.test(question)) return false;
  const concepts = analyzeQuestion(question).concepts;
  return concepts.every((c) => isRelationWord(c.stem) || REQUEST_WORD.test(c.word) || isWording(c.word));
}
