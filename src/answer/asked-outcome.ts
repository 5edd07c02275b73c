import { contentTerms, mentions, stemOf } from './content-terms.js';
import { relationObject } from './relation-object.js';
import { speaksOfGroup, type SubjectGroup } from './subject-groups.js';

/**
 * What a question asks a thing does to or for ("sleep" of "How long does it take for melatonin to help with sleep?",
 * "fractures" of "Does vitamin D reduce fractures?") is the outcome it wants to hear about. An answer whose cited
 * sentences never speak of that outcome ("The patients received either 6 mg melatonin or a placebo 90 minutes before
 * surgery", from a trial on dental pain) answers another question, whatever else they share with it: the honest reply
 * is that the evidence found does not say. Who is asked about and the reader's wording are never the outcome
 * (relation-object); the article as a whole may speak of it elsewhere, but what is shown must.
 */

// The reader's words for doing good ("help with", "benefit", "ease", "relieve"), which ask what it does for them. The
// verbs of effect relation-object reads for yes/no questions ("reduce", "prevent") are left out here: a comparison or
// treatment question names its outcome as clinicians do ("preventing the drop in blood pressure") and the evidence as
// its abstracts do ("the hypotensive response"), which word-matching cannot join (hand-made h028, found on the
// held-back half).
const OUTCOME_VERBS: ReadonlySet<string> = new Set(['help', 'benefit', 'eas', 'allevi', 'reliev']);

type Spoken = { stems: ReadonlySet<string> };

// A verb of effect in a clause about someone ("a child who stops talking"), or an object in a clause of time ("after a
// febrile illness"), tells the reader's story: the answer is not held to it.
const STORY_VERB = /\b(?:who|whose|which|that|when|while|since|after|before)\s+(?:\p{L}+\s+){0,2}$/iu;
const STORY_OBJECT = /\b(?:after|before|since|during|following|when|while|until)\s+(?:\p{L}+\s+){0,3}$/iu;

// A word of effect after a determiner is a noun or an adjective ("with the help of", "a benefit"), not a verb acting on
// what follows it: it is blanked out, letter for letter, so that the question's subjects keep their places.
const ADJECTIVE_USE = /\b(?:a|an|the|this|that|these|those|its|their|his|her|my|your|our)\s+(\p{L}+)/giu;

function asVerbsOnly(question: string): string {
  return question.replace(ADJECTIVE_USE, (whole, word: string) => (OUTCOME_VERBS.has(stemOf(word)) ? whole.slice(0, whole.length - word.length) + 'x'.repeat(word.length) : whole));
}

function toldInStory(question: string, outcome: SubjectGroup): boolean {
  const lower = question.toLowerCase();
  const at = lower.indexOf(outcome.text.toLowerCase());
  if (at < 0) return false;
  const verb = [...lower.slice(0, at).matchAll(/\p{L}+/gu)].filter((m) => OUTCOME_VERBS.has(stemOf(m[0]))).at(-1);
  return STORY_OBJECT.test(lower.slice(0, at)) || (verb?.index !== undefined && STORY_VERB.test(lower.slice(0, verb.index)));
}

/**
 * Why the cited sentences leave out the outcome the question asks about, or null when one speaks of it (by its words,
 * a short form the question gives, or a name `namesOf` gives it) or the question names none.
 */
export function leavesOutOutcome(
  question: string,
  subjects: readonly SubjectGroup[],
  cited: readonly Spoken[],
  namesOf?: (phrase: string) => readonly string[] | undefined,
): string | null {
  const outcome = relationObject(asVerbsOnly(question), subjects, OUTCOME_VERBS);
  if (!outcome || !cited.length || toldInStory(question, outcome)) return null;
  const names = [outcome.text, ...outcome.words].flatMap((w) => namesOf?.(w) ?? []);
  const nameStems = names.map((n) => contentTerms(n).map((t) => t.stem)).filter((stems) => stems.length > 0);
  const speaks = (s: Spoken) => speaksOfGroup(s.stems, outcome) || nameStems.some((stems) => stems.every((stem) => mentions(s.stems, stem)));
  if (cited.some(speaks)) return null;
  return `The sentences found do not speak of ${outcome.text}, which the question asks about, so they answer another question.`;
}
