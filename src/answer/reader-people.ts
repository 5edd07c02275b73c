import { escapeRegExp, singularOf } from '../lib/index.js';
import type { SubjectGroup } from './subject-groups.js';

/**
 * A reader asking for someone else ("My dad has macular degeneration; is there a lens ...?", "My husband has HPV")
 * names that person by kin, not as a topic: no article says "dad", and a sentence on patients with the condition
 * answers the question. Nor is a verb the reader puts between a subject and a pronoun ("the weather bring on my
 * migraines", "calm me down") part of the subject before it, and "the virus" after "HPV" is the HPV said again, which
 * an article naming "papillomavirus" speaks of.
 */

// The people a reader speaks for, by kin or household: words that say who the person is to the reader, not their age,
// sex or condition (so "baby", "child" and "newborn", which say who the evidence must be about, are not among them).
const KIN =
  /^(?:mum|mums|mom|moms|mommy|mother|mothers|dad|dads|daddy|father|fathers|parent|parents|son|sons|daughter|daughters|husband|husbands|wife|wives|partner|partners|boyfriend|girlfriend|fianc[eé]e?|spouse|brother|brothers|sister|sisters|sibling|siblings|grandma|grandmother|granny|gran|nan|nana|grandpa|grandfather|grandad|granddad|grandson|granddaughter|grandparents?|aunt|auntie|uncle|cousin|niece|nephew|friend|friends|neighbou?r|colleague|flatmate|roommate)$/u;

/** Whether a word (lower case) is a kin word or its regular plural ("grandsons", "nieces", "aunties", "grannies"). */
const isKin = (lower: string): boolean => KIN.test(lower) || KIN.test(singularOf(lower) ?? '');

// An age told before a person ("5 year old", "80-year-old", "two-month-old"): who the person is, no topic.
const AGE = String.raw`(?:\p{N}+|[\p{L}]+)[\s-]+(?:years?|yrs?|months?|weeks?|days?)[\s-]+old`;
// A possessive before the person, with at most two words between ("my elderly dad", "my frail 80 year old mum").
const POSSESSOR = String.raw`\b(?:my|our|his|her|their|your)\s+(?:[\p{L}\p{N}'-]+\s+){0,2}`;
const POSSESSED = String.raw`${POSSESSOR}(?:${AGE}\s+)?`;
// The words of an age told before a person the reader speaks for ("year" and "old" of "my 5 year old son").
const AGE_WORD = /^(?:years?|yrs?|months?|weeks?|days?|old)$/u;

// A young person by age ("child", "baby", "kid"): after a possessive, who the reader speaks for, but unlike kin also
// who the evidence must be about when the question asks what to do for them (a dose, a treatment, whether it is safe).
const YOUNG = /^(?:child|children|kid|kids|baby|babies|toddler|toddlers|infant|infants|newborn|newborns|teen|teens|teenager|teenagers|boy|boys|girl|girls|little\s+one)$/u;
// A verb telling what the person has or had, within a few words of them ("has", "was born with", "was just diagnosed with").
const HAS_CONDITION = String.raw`(?:\s+[\p{L}\p{N}'-]+){0,3}?\s+(?:has|had|have|got|gets|suffers|suffered|developed|lives|was|were|is|are)\b`;
// A word taking the person up again, as the one something is done to or asked of ("can she take", "his dose").
const TAKES_UP = /\b(?:he|she|him|her|his|hers|they|them|their|theirs|himself|herself|themselves)\b/iu;
// A question on what to do for the person, or on what harm may come to them: the age matters to the answer.
const ASKS_CARE = /\b(?:treat\w*|therap\w*|medic\w*|drugs?|doses?|dosage|dosing|give|giving|given|take|taking|safe\w*|unsafe|risks?|dangers?|dangerous|harm\w*|vaccin\w*|surgery|operat\w*|manag\w*|prevent\w*|cure\w*|help\w*|should|outgrow\w*|grow\s+out)\b/iu;

// A pronoun or possessive right after a word (a particle may stand between: "bring on my", "calm me down") makes the
// word a verb acting on the reader: nouns are not followed by "me", "him" or "my".
const PRONOUN_AFTER = String.raw`(?:\s+(?:on|off|out|up|down|in|into|back|over|away))?\s+(?:me|him|them|us|my|his|their|our|your)\b`;

// Words that say how near in time when they stand before "after", "before", "away" or "now" ("right after surgery").
const TIME_ADVERB = /^(?:right|just|straight|shortly|soon|long|immediately|directly)$/iu;
const TIME_AFTER = String.raw`\s+(?:after|afterwards|before|away|now|then)\b`;

// A negated auxiliary right before a word ("x-rays don't show arthritis", "it doesn't heal") makes the word a verb:
// no noun follows "don't" or "can't".
const NEGATED_BEFORE = String.raw`\b(?:(?:do|does|did|wo|ca|could|would|should|is|are|was|were|has|have|had)n[’']?t|(?:do|does|did|will|would|could|should|may|might|can)\s+not|cannot|never)\s+`;

// A determiner that takes up something already named ("the virus", "this drug").
const TAKEN_UP = String.raw`\b(?:the|this|that|these|those)\s+`;

// Letters a compound must have before the word it ends with ("papilloma" of "papillomavirus") to be a kind of it.
const COMPOUND_HEAD = 4;

// The people who look after the reader ("my doctor", "our paediatrician", "my eye doctor"): who advised, not a topic.
const CARER =
  /^(?:doctors?|dr|gp|physicians?|p(?:a)?ediatricians?|nurses?|dentists?|surgeons?|specialists?|consultants?|neurologists?|cardiologists?|dermatologists?|oncologists?|ophthalmologists?|optometrists?|gyn(?:a)?ecologists?|obgyn|midwife|midwives|therapists?|pharmacists?|psychiatrists?|rheumatologists?|urologists?|endocrinologists?|gastroenterologists?)$/u;
// "The doctor said ...", "the nurse told us ...": the one who spoke to the reader, named by "the" before what they said.
const CARER_SPOKE = String.raw`\s+(?:said|says|told|tells|thinks|thought|wants|wanted|suggested|suggests|recommended|recommends|prescribed|gave|put|diagnosed|called)\b`;

/**
 * Whether a word names a person by kin or household or as one who cares for the reader ("mum", "husband", "specialist",
 * "GP"), wherever it stands: such a word is never what "it" stands for ("Does she need to see a specialist about it?").
 */
export function namesPerson(word: string): boolean {
  const lower = word.toLowerCase();
  return isKin(lower) || CARER.test(lower);
}

/** Whether a word of the question names a person the reader speaks for or of ("my dad", "her husband", "my doctor"). */
export function isReaderPerson(question: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (isKin(lower)) return new RegExp(`${POSSESSED}${escapeRegExp(word)}\\b`, 'iu').test(question);
  if (YOUNG.test(lower)) return youngOnlyTold(question, word);
  if (AGE_WORD.test(lower)) return toldAge(question, word);
  if (!CARER.test(lower)) return false;
  return new RegExp(`${POSSESSED}${escapeRegExp(word)}\\b|\\bthe\\s+(?:[\\p{L}'-]+\\s+)?${escapeRegExp(word)}${CARER_SPOKE}`, 'iu').test(question);
}

/**
 * The subjects a reader's question holds an answer to: without the people the reader speaks for, without a verb the
 * reader put at the end of a subject before a pronoun, and without a lone word taken up by "the" that a word of the
 * text ends with (the "virus" of "papillomavirus"). `textWords` are the lower-case words of the sentence and its article.
 */
export function readerTopics(question: string, groups: readonly SubjectGroup[], textWords: ReadonlySet<string>): SubjectGroup[] {
  const out: SubjectGroup[] = [];
  for (const [at, group] of groups.entries()) {
    const keep = group.words.map((w, i) => {
      if (isReaderPerson(question, w)) return false;
      // Only the run's first word can be a verb after a negation: "show" of "don't show arthritis".
      if (i === 0 && group.words.length > 1 && new RegExp(`${NEGATED_BEFORE}${escapeRegExp(w)}\\b`, 'iu').test(question)) return false;
      // Only the run's last word can be a verb before a pronoun: "weather bring" of "the weather bring on my migraines".
      if (i === group.words.length - 1 && i > 0 && new RegExp(`\\b${escapeRegExp(w)}${PRONOUN_AFTER}`, 'iu').test(question)) return false;
      // Nor an adverb of time before "after", "before", "away" ("the pain right after", "stopped long before").
      if (i === group.words.length - 1 && i > 0 && TIME_ADVERB.test(w) && new RegExp(`\\b${escapeRegExp(w)}${TIME_AFTER}`, 'iu').test(question)) return false;
      return true;
    });
    if (!keep.some(Boolean)) continue;
    const words = group.words.filter((_, i) => keep[i]);
    // Only a subject after another can take one up.
    if (at > 0 && group.words.length === 1 && takenUpAsKind(question, group.words[0] as string, textWords)) continue;
    if (words.length === group.words.length) {
      out.push(group);
      continue;
    }
    out.push({ ...group, words, stems: group.stems.filter((_, i) => keep[i]), text: words.join(' ') });
  }
  return out;
}

// "the virus" when the text writes "papillomavirus": the word taken up is the kind the named thing is.
function takenUpAsKind(question: string, word: string, textWords: ReadonlySet<string>): boolean {
  if (word.length < COMPOUND_HEAD || !new RegExp(`${TAKEN_UP}${escapeRegExp(word)}\\b`, 'iu').test(question)) return false;
  const lower = word.toLowerCase().replace(/(?<=[^s])s$/u, '');
  for (const w of textWords) {
    const bare = w.replace(/(?<=[^s])(?:es|s)$/u, '');
    if (bare.length - lower.length >= COMPOUND_HEAD && (bare.endsWith(lower) || w.endsWith(lower))) return true;
  }
  return false;
}

/**
 * Whether a young person the reader speaks for is only who has the condition asked about ("My child has DiGeorge
 * syndrome, what chromosome is involved?", "Our baby was born with X. What causes it?"): told with a possessive and a
 * verb of having, never taken up again by a pronoun or by name, and the rest asks nothing done for them or of harm to
 * them. "My child has asthma, what dose of ibuprofen is safe?" and "... can she take it?" keep the child.
 */
function youngOnlyTold(question: string, word: string): boolean {
  const told = new RegExp(`${POSSESSED}${escapeRegExp(word)}${HAS_CONDITION}`, 'iu').exec(question);
  if (!told) return false;
  const rest = question.slice(told.index + told[0].length);
  return !TAKES_UP.test(rest) && !new RegExp(`\\b${escapeRegExp(word)}\\b`, 'iu').test(rest) && !ASKS_CARE.test(rest);
}

/** Whether a word is part of the age told of a person the reader speaks for ("year", "old" of "my 5 year old son"). */
function toldAge(question: string, word: string): boolean {
  const person = new RegExp(`${POSSESSOR}(${AGE})\\s+(\\p{L}+)`, 'giu');
  for (const m of question.matchAll(person)) {
    const [age, who] = [m[1] as string, m[2] as string];
    if (new RegExp(`\\b${escapeRegExp(word)}\\b`, 'iu').test(age) && isReaderPerson(question, who)) return true;
  }
  return false;
}
