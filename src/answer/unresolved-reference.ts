import { followUpTopic } from './follow-up-topic.js';
import { namesPerson } from './reader-people.js';

/**
 * Questions lifted out of a conversation ("Is that acyclovir?", "What does this medication do?", "If it is viral,
 * what virus would it be?") point at something they do not name. Answered alone, the literature can only be
 * searched for their other words, and the answer is about something else; the honest reply asks for the name.
 */

// "this" / "these" / "those" followed by a time word is an idiom, not a reference ("these days", "this year").
const TIME_WORDS = 'days?|weeks?|weekends?|months?|years?|times?|mornings?|evenings?|afternoon|nights?|seasons?|point|stage|moment|age|century|decade|occasions?';
const DEMONSTRATIVE = new RegExp(`\\b(?:this|these|those)\\b(?!\\s+(?:${TIME_WORDS})\\b)(?:\\s+[\\p{L}-]+){0,3}`, 'iu');
// "that" is mostly a conjunction ("Is it true that ..."): it points only when it opens the question as its subject
// ("Is that acyclovir?", "Does that mean ...") or closes it ("What about that?").
const THAT = /^(?:\W*(?:so|and|but|ok(?:ay)?|also|well)\W+)?(?:is|was|are|does|did|will|would|can|could|should)\s+that\b(?!\s+(?:(?:the|a|an|it|there)\b|(?:usually\s+|really\s+)?(?:normal|common|possible|safe|true|okay|ok|usual|typical)\b))|\b(?:about|for|with|from|of|cause|causes|treat|is)\s+that\W*$/iu;
// "it" is empty in "is it possible to ...", "how long does it take ...", "is it true that ...": what follows names
// the matter. Anywhere else, with nothing named before it, it points at something outside the question.
const EMPTY_IT =
  /\bits?(?:'s|’s)?\s+(?:(?:is|was|be|been|would be|will be|could be|might be|may be|ever|really|also|still|generally|usually|always|not)\s+)*(?:possible|impossible|safe|unsafe|true|false|normal|abnormal|common|uncommon|okay|ok|alright|all right|necessary|unnecessary|needed|better|best|worse|worst|bad|good|advisable|recommended|likely|unlikely|important|dangerous|harmful|wise|risky|rare|usual|unusual|appropriate|fine|helpful|useful|hard|difficult|easy|late|early|enough|too|worth|typical|known|reasonable|advised|ok|okay|time|harder|easier|easier|more|less|preferable|required)\b|\b(?:does|do|did|will|would|can|could|should)\s+it\s+(?:take|matter|mean|help to|hurt to|cost)\b|\bit\s+takes?\b|\bhow\s+is\s+it\s+that\b|\bit\s+(?:is|was)\s+(?:said|thought|believed|reported|known|claimed)\b/iu;
// A word of the question as the checks below read it.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const IT = /\b(?:it's|it’s|its|it)\b/iu;
// Before "it", any word that may name what it stands for (not a question word, auxiliary, pronoun or filler, nor the
// word that makes a question word ask how long, how often or how much: "How long will it last?").
const NOT_ANTECEDENT = new Set(
  `a an and are as at be been being but by can could did do does doing for from had has have how i if in into is
  it its me my of on or our should so than that the their them then there these they this those to was we were what
  when where which who whom why will with would you your about any some also just ok okay yes no please well really
  think believe said say mean get got take taking go going still again now maybe possible possibly sure thank thanks
  u im i'm ive i've dont don't doesnt doesn't isnt isn't cant can't wont won't long often soon much many far
  he she him her his hers us need needs see`.split(/\s+/),
);

// Nouns that name only a kind of thing ("this medication", "those tablets", "this type"), not which one.
const KIND_NOUN =
  /^(?:medications?|medicines?|meds?|drugs?|pills?|tablets?|capsules?|creams?|gels?|ointments?|lotions?|sprays?|drops?|shots?|injections?|vaccines?|antibiotics?|supplements?|treatments?|therap(?:y|ies)|procedures?|operations?|surgery|surger(?:y|ies)|tests?|results?|scans?|conditions?|diseases?|disorders?|infections?|illness(?:es)?|problems?|issues?|symptoms?|signs?|rash(?:es)?|spots?|bumps?|lumps?|types?|kinds?|sorts?|things?|stuff|ones?|dose|doses|bacteri(?:a|um)|virus(?:es)?|diagnosis|prescriptions?|products?)$/;

/**
 * The words of a question that point at something it does not name ("this medication", "it"), or null. A word
 * before the reference may name it ("inhaled glucocorticoids ... stop these medications"); `isEveryday` tells
 * everyday English ("side", "effects", "take"), which names nothing specific, from such a word.
 */
export function unresolvedReference(question: string, isEveryday: (word: string) => boolean = () => false): string | null {
  // A follow-up asked in a thread carries what it points at in brackets at its end ("What about this drug? (gout)").
  const text = question.replace(/\s+/g, ' ').trim();
  const thread = followUpTopic(text);
  if (thread && /\p{L}{3,}/u.test(thread.topic)) return null;
  const masked = text.replace(new RegExp(EMPTY_IT.source, 'giu'), (m) => ' '.repeat(m.length));
  const found = [DEMONSTRATIVE.exec(text), THAT.exec(text), IT.exec(masked)].filter((m): m is RegExpExecArray => m !== null);
  const first = found.sort((a, b) => a.index - b.index)[0];
  if (!first) return theKindUnnamed(text, isEveryday);
  const before = text.slice(0, first.index);
  // A sentence or title before the question says what it is about ("HATs transfer acetyl groups ... What is the
  // purpose of this transfer?", "Cutaneous melanoma in a multiethnic population: is this a different disease?").
  if (/[.:;?!]\s/u.test(before)) return null;
  // "these migraines", "this tinea capitis": the words after the demonstrative name the thing.
  const demonstrative = /^(?:this|these|those)\b/i.test(first[0]);
  // "It's Fournier's gangrene still dangerous?", "if its shingles ...": the contraction is followed by the name.
  const contraction = /^it(?:s|'s|’s)$/i.test(first[0]);
  const after = demonstrative ? first[0].toLowerCase().split(/\s+/).slice(1) : contraction ? (text.slice(first.index + first[0].length).toLowerCase().match(WORD) ?? []).slice(0, 3) : [];
  // The noun phrase ends at a kind noun ("this antibiotic affect ...") or a function word.
  const stop = after.findIndex((w) => NOT_ANTECEDENT.has(w) || KIND_NOUN.test(w));
  const namedAfter = after.slice(0, stop === -1 ? after.length : stop);
  if (namedAfter.some((w) => w.length > 3 && !isEveryday(w.replace(/['’]s$/, '')) && !/(?:ous|ful|ble)$/.test(w))) return null;
  const words = before.toLowerCase().match(WORD) ?? [];
  // "it" may stand for any noun before it ("feeding tube insertion and its timing"); "this medication" names a
  // kind, so only a specific word before it can be what it means ("side effects of this medication" is not).
  const pronoun = IT.test(first[0]) && !/\b(?:this|these|those|that)\b/i.test(first[0]);
  // "it" stands for a thing, never a person ("Does she need to see a specialist about it?": not the specialist).
  const names = words.some((w) => w.length > 2 && !NOT_ANTECEDENT.has(w.replace(/’/g, "'")) && (pronoun ? !namesPerson(w) : !isEveryday(w)));
  return names ? null : (demonstrative ? first[0].split(/\s+/).slice(0, 2).join(' ') : first[0]).trim().replace(/^(?:is|was|are|does|did|will|would|can|could|should|about|for|with|from|of|cause|causes|treat)\s+/i, '').replace(/\W+$/u, '');
}

// "the" before a kind noun ("How often do I apply the cream?", "Is the surgery safe?").
const THE_KIND = new RegExp(`\\bthe\\s+(?:${KIND_NOUN.source.slice(4, -2)})\\b`, 'iu');

/**
 * "the cream" points as "this cream" does when no other word of the question names anything ("How often do I apply
 * the cream?"): answered alone, it would be about any cream the literature mentions ("full cream milk").
 */
function theKindUnnamed(text: string, isEveryday: (word: string) => boolean): string | null {
  const match = THE_KIND.exec(text);
  // "the one that is bothering me", "the type of": words of a kind with no referent of their own.
  if (!match || /\b(?:ones?|types?|kinds?|sorts?|things?|stuff)$/i.test(match[0])) return null;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.match(WORD) ?? [];
  const names = rest.some((w) => writtenAsName(w) || (w.length > 2 && !NOT_ANTECEDENT.has(w.toLowerCase().replace(/’/g, "'")) && !KIND_NOUN.test(w.toLowerCase()) && !isEveryday(w.toLowerCase().replace(/['’]s$/, ''))));
  return names ? null : match[0].trim();
}

/**
 * Whether a word is written as a name whatever its length: letters with a digit ("C2", "H1N1"), or capitals after its
 * first letter ("MS", "HIV", "IgA"). "What are the signs of C2 deficiency?" names the deficiency by "C2".
 */
function writtenAsName(word: string): boolean {
  return (/\p{L}/u.test(word) && /\p{N}/u.test(word)) || /^\p{L}[\p{L}]*\p{Lu}/u.test(word);
}
