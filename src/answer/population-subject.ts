import { escapeRegExp } from '../lib/index.js';
import type { SubjectGroup } from './subject-groups.js';

/**
 * Who a question asks about ("in older adults", "in bedridden patients", "among the elderly", "for obese children") is
 * its population, not what it asks: an article on pressure ulcer prevention answers "How should pressure ulcers be
 * prevented in bedridden patients?" though it never writes "bedridden", and an article on vitamin D and regulatory T
 * cells in adults does not answer "Does vitamin D supplementation reduce fractures in older adults?" by naming adults.
 * A population subject is neither required of the evidence nor counted as one of the question's subjects it speaks of.
 */

// Nouns naming people as a study's population.
const PEOPLE_NOUN =
  /^(?:patients?|people|persons?|individuals?|subjects?|adults?|children|child|kids?|infants?|neonates?|newborns?|adolescents?|teenagers?|teens?|youths?|women|woman|men|man|boys?|girls?|elderly|seniors?|residents?|inpatients?|outpatients?|users?|mothers?|populations?|groups?|cohorts?|survivors?)$/i;

// A word that says what state or age the people are in, not what they have: an adjective by its ending ("bedridden",
// "hospitalised", "diabetic", "elderly") or one of the plain adjectives of age, size, health and pregnancy. A noun before
// "patients" ("cancer patients", "HIV patients") names their disease, which stays a subject.
const STATE_ADJECTIVE = /(?:ly|ed|en|ic|ical|ese|ant|ive|ous|ary|ile|less|ish)$/i;
const PLAIN_STATE = /^(?:old|older|oldest|young|younger|aged|frail|ill|sick|healthy|obese|overweight|underweight|preterm|premature|pregnant|postmenopausal|premenopausal|immobile|immobili[sz]ed)$/i;

// The preposition that introduces who is asked about, with an optional determiner.
const INTRODUCED = String.raw`\b(?:in|among|amongst|for)\s+(?:the\s+|a\s+|an\s+|all\s+|most\s+|many\s+)?`;

// A people noun right after the run ("bedridden patients" where "patients" is generic wording and no part of it).
const PEOPLE_AFTER = String.raw`\s+(?:patients?|people|persons?|individuals?|subjects?|adults?|children|kids|infants?|adolescents?|women|men|residents?|users?|populations?)\b`;

const stateWord = (word: string) => PLAIN_STATE.test(word) || (STATE_ADJECTIVE.test(word) && !PEOPLE_NOUN.test(word));

/** Whether a subject of the question only says who is asked about: state or age words of people it introduces. */
export function isPopulationSubject(question: string, group: SubjectGroup): boolean {
  if (group.alternatives.length) return false;
  const words = group.words.map((w) => w.toLowerCase());
  const last = words.at(-1);
  if (last === undefined) return false;
  const introduced = new RegExp(`${INTRODUCED}${escapeRegExp(group.text)}`, 'iu');
  if (!introduced.test(question)) return false;
  // "older adults", "obese children", "the elderly": state words ending in a people noun.
  if (PEOPLE_NOUN.test(last)) return words.slice(0, -1).every(stateWord) && (words.length > 1 || last === 'elderly');
  // "bedridden patients", "hospitalised people": state words the question follows with a people noun.
  return words.every(stateWord) && new RegExp(`${escapeRegExp(group.text)}${PEOPLE_AFTER}`, 'iu').test(question);
}
