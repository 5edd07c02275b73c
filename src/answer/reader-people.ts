import { escapeRegExp } from '../lib/index.js';
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

// A possessive before the person, with at most two words between ("my elderly dad", "my 80 year old mum").
const POSSESSED = String.raw`\b(?:my|our|his|her|their|your)\s+(?:[\p{L}\p{N}'-]+\s+){0,2}`;

// A pronoun or possessive right after a word (a particle may stand between: "bring on my", "calm me down") makes the
// word a verb acting on the reader: nouns are not followed by "me", "him" or "my".
const PRONOUN_AFTER = String.raw`(?:\s+(?:on|off|out|up|down|in|into|back|over|away))?\s+(?:me|him|them|us|my|his|their|our|your)\b`;

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

/** Whether a word of the question names a person the reader speaks for or of ("my dad", "her husband", "my doctor"). */
export function isReaderPerson(question: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (KIN.test(lower)) return new RegExp(`${POSSESSED}${escapeRegExp(word)}\\b`, 'iu').test(question);
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
