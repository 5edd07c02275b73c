import { analyzeQuestion, isRelationWord } from './analyze-question.js';
import { followUpTopic } from './follow-up-topic.js';

/**
 * "Should I take antibiotics?", "Do I need an antibiotic?", "What about antivirals?": lifted out of a conversation,
 * a question may ask for advice on a kind of treatment without naming the condition it is for. The literature can
 * only be searched for the treatment, and an answer about some other use of it (antibiotic prophylaxis in surgery)
 * answers another question; the honest reply asks for the condition.
 */

// Nouns that name a kind of treatment, not which condition it treats: "antibiotics", "antivirals", "steroids".
const TREATMENT_KIND =
  /^(?:medications?|medicines?|meds|drugs?|pills?|tablets?|capsules?|creams?|gels?|ointments?|lotions?|sprays?|drops|shots?|injections?|antibiotics?|supplements?|treatments?|therap(?:y|ies)|prescriptions?|remed(?:y|ies)|anti-?\p{L}{4,}|(?:cortico)?steroids?|painkillers?|relax(?:ants?|ers?)|suppressants?|decongestants?)$/u;

// Nouns that name only a kind of condition ("the infection", "the symptoms"), not which one.
const CONDITION_KIND = /^(?:infections?|inflammations?|conditions?|illness(?:es)?|diseases?|disorders?|problems?|issues?|symptoms?)$/u;
// Words that point at a case without naming it ("in these cases", "in that situation").
const POINTING = /^(?:cases?|situations?|circumstances?)$/u;

// Words of the request itself ("prescribing", "recommend", "stronger"), which name no condition either.
const REQUEST_WORD = /^(?:prescrib\w*|recommend\w*|suggest\w*|advis\w*|options?|alternatives?|strong(?:er|est)?|mild(?:er|est)?)$/u;

// Wording that asks for advice on taking or getting something, as a patient asks it of a doctor, whether it would
// help ("Would antibiotics help?") or whether it is called for ("Are antibiotics recommended in these cases?").
const ADVICE =
  /\b(?:should i|do i need|would i need|(?:can|could|may) i (?:get|have|take|use|try|start)|is it (?:possible|ok(?:ay)?|safe) (?:for me )?to (?:get|have|take|use|try|start)|(?:would|do|could) you (?:recommend|suggest|prescribe|think)|(?:are you|you are) prescribing|what about|how about|any thoughts on|is there (?:not )?(?:any|anything|something)|(?:i|we) can (?:take|use|try|put on)|(?<!\b(?:how|why|when|where)\s)(?:would|will|could|can|might|do|does) (?:\p{L}+\s+){1,3}(?:help|work)\b|^(?:is|are) (?:\p{L}+\s+){1,3}(?:recommended|advised|needed|necessary|indicated)\b)\b/iu;

/**
 * The kinds of treatment or condition (as the question writes them) a request for advice asks about when it names no
 * condition, symptom or other subject ("antibiotics" of "Do I need antibiotics?", "infection" of "What can I take
 * for the infection?"), or null. `isWording` tells the reader's
 * everyday wording ("possible", "need", "type"), which names nothing, from words that may name a condition.
 */
export function unnamedCondition(question: string, isWording: (word: string) => boolean = () => false): string[] | null {
  if (followUpTopic(question) || !ADVICE.test(question)) return null;
  const concepts = analyzeQuestion(question.replace(/\banti[\s-]+(?=\p{L})/giu, 'anti')).concepts;
  const kinds = concepts.filter((c) => TREATMENT_KIND.test(c.word));
  // "What can I take for the infection?" names a kind of condition only.
  const vague = concepts.filter((c) => CONDITION_KIND.test(c.word));
  if (!kinds.length && !vague.length) return null;
  const named = concepts.filter((c) => !kinds.includes(c) && !vague.includes(c) && !c.generic && !isRelationWord(c.stem) && !isWording(c.word) && !REQUEST_WORD.test(c.word) && !POINTING.test(c.word));
  return named.length ? null : [...kinds, ...vague].map((c) => c.word);
}

// "What about X?" and "How about X?" alone ("what 'bout" as it is said), after the fillers a reply opens with ("ok, ", "and ").
const WHAT_ABOUT = /^\W*(?:(?:and|so|ok(?:ay)?|also|but|then|well)\W+)*(?:what|how)\s+(?:a|['’])?bout\s+(?:for\s+)?(.+?)[\s?.!]*$/iu;
// A question asked of the thing after all ("What about BV, can that be tested?").
const ASKS_FURTHER = /\b(?:is|are|was|were|can|could|does|do|did|will|would|should|how|what|why|when|which)\b/iu;

/**
 * The thing a bare "What about X?" names (without its article), or null. Asked without the conversation before it
 * (no topic in brackets after it, as a thread follow-up carries), it does not say what it wants to know of X: whether
 * the reader may have it, how it is treated, whether it helps. An answer would guess.
 */
export function unstatedAsk(question: string): string | null {
  if (followUpTopic(question)) return null;
  const match = WHAT_ABOUT.exec(question.trim());
  const thing = match?.[1];
  if (!thing || ASKS_FURTHER.test(thing)) return null;
  return thing.replace(/^(?:the|a|an|my|your|this|that|some)\s+/iu, '');
}
