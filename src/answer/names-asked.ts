import { escapeRegExp } from '../lib/index.js';
import { stemmer } from 'stemmer';
import type { QuestionAnalysis } from './analyze-question.js';
import { contentTerms, stemsMatch } from './content-terms.js';
import { namedEntities } from './select-sentences.js';

// Words that end the noun phrase after "which"/"what": verbs, auxiliaries, prepositions and articles.
const PHRASE_END = new Set(
  `is are was were be been being do does did can could should would will may might must has have had the a an of in on
  for by with to from at as that which who about between among into than used causes cause caused leads lead induces
  regulates determines happens happened makes occurs occur increases decreases affects binds inhibits activates treat
  treats prevent prevents`.split(/\s+/),
);
// "kind of", "type of": the kind follows them.
const KIND_OF = /^(?:kinds?|types?|class(?:es)?|sorts?|forms?)$/;

/**
 * The head word of the kind of thing a question asks for: "gene" of "Mutations in which gene ...?", "genome" of
 * "... what type of genome?", "target" of "What is the target of X?", or null when it asks for no kind of thing.
 */
export function askedNoun(question: string): string | null {
  const words = question.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const at = words.findIndex((w) => w === 'which' || w === 'what');
  if (at < 0) return null;
  let i = at + 1;
  // "What is the (main) target of X?": the noun after the article names the kind asked.
  if (/^(?:is|are|was|were)$/.test(words[i] ?? '') && words[i + 1] === 'the') i += 2;
  if (KIND_OF.test(words[i] ?? '') && words[i + 1] === 'of') i += 2;
  const phrase: string[] = [];
  for (; i < words.length && phrase.length < 4; i++) {
    const w = words[i] as string;
    if (PHRASE_END.has(w) || (phrase.length > 0 && /ed$/.test(w))) break;
    phrase.push(w);
  }
  const head = phrase.at(-1);
  return head && head.length >= 3 ? head : null;
}

// A sentence that says what something is: "X is a ...", "X (Y) is an ...", or, anywhere in it, an apposition
// "X, a ..., ..." / "of X, a first-in-class inhibitor of ...".
const DEFINES = /^(?:the\s+)?([^,;:]{2,80}?)(?:\s*\([^)]{1,60}\))?\s+(?:is|are|was|were|represents?|acts as|serves as)\s+(?:a|an|one|the)\b/i;
const APPOSITION = /([\p{L}\p{N}][\p{L}\p{N}/-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}/-]*){0,3}?)(?:\s*\([^)]{1,60}\))?,\s+(?:a|an)\s+[^,;]{3,120}/giu;
// A kind named only vaguely ("affects multiple organs") names no thing of that kind.
const VAGUE = /^(?:multiple|several|many|various|other|different|some|all|any|most|numerous|certain|these|those|such)$/;

// A structured abstract's label before a sentence ("BACKGROUND:", "CONCLUSION").
const LABEL = /^(?:[A-Z][A-Z ]{2,40}:\s*|(?:BACKGROUNDS?|CONCLUSIONS?|RESULTS?|METHODS?|OBJECTIVES?|AIMS?|PURPOSE|INTRODUCTION|FINDINGS|SUMMARY|INTERPRETATION|CONTEXT)\s+)/;

/** The parts of a sentence that say what some words of it are, with those words. */
function definition(sentence: string): { defined: string; rest: string; opens: boolean }[] {
  const text = sentence.replace(LABEL, '');
  const found: { defined: string; rest: string; opens: boolean }[] = [];
  const head = DEFINES.exec(text);
  if (head) found.push({ defined: head[1] as string, rest: text.slice(head[0].length), opens: true });
  for (const m of text.matchAll(APPOSITION)) {
    // An apposition opening the sentence says what its subject is, and the rest what that subject does.
    const opens = /^(?:the\s+)?$/i.test(text.slice(0, m.index));
    const rest = opens ? text.slice((m[1] as string).length) : m[0].slice((m[1] as string).length);
    found.push({ defined: m[1] as string, rest, opens });
  }
  return found;
}

/**
 * Whether a sentence says what the entity a factoid question gives is ("Milvexian is an orally bioavailable factor
 * XIa inhibitor" to "Which factor is inhibited by Milvexian?") and, in saying so, names a thing of the kind asked
 * or, when the sentence opens with it, something new: such a sentence states the asked property of that entity
 * rather than a finding about it.
 */
export function describesGiven(analysis: QuestionAnalysis, text: string): boolean {
  if (!analysis.asksForEntity || analysis.type === 'definition') return false;
  const noun = askedNoun(analysis.question);
  const nounStem = noun ? stemmer(noun) : null;
  const given = analysis.concepts.filter((c) => !c.generic && c.stem !== nounStem).map((c) => c.stem);
  const asked = analysis.question.toLowerCase();
  return definition(text).some(({ defined, rest, opens }) => {
    const words = contentTerms(defined).map((t) => t.stem);
    if (!given.some((s) => words.some((d) => stemsMatch(d, s)))) return false;
    const namesNew = namedEntities(rest).some((e) => !asked.includes(e.toLowerCase()));
    const tokens = rest.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const namesKind = nounStem !== null && tokens.some((t, i) => stemsMatch(stemmer(t), nounStem) && !VAGUE.test(tokens[i - 1] ?? ''));
    // An apposition inside a sentence on something else ("..., complication of FMF, a disorder of the MEFV gene")
    // answers only when it names a thing of the kind asked.
    return namesKind || (opens && namesNew);
  });
}

// "Mutations in which gene ...?", "For which disease ...?", "Herpes viruses have what type of genome?": the asking
// word comes after other words.
const ASKS_INSIDE = /\S\s+(?:which|what)\s+[\p{L}\p{N}]/iu;

/**
 * Whether a question asks for a thing: a factoid question, or one asking "which N" or "what N" after other words
 * ("Sweat chloride testing is used for which disease?"), which reads as a definition question by its first word.
 */
export function asksForThing(analysis: QuestionAnalysis): boolean {
  if (analysis.asksForEntity) return true;
  if (analysis.type === 'yesno' || analysis.type === 'list') return false;
  return ASKS_INSIDE.test(analysis.question) && askedNoun(analysis.question) !== null;
}

// A sentence that lists several things: "A, B and C", "A, B, or C", "such as A and B", "including A".
const LISTS = /\b(?:including|such as|namely|include[sd]?|consist\w* of)\b|[^,;]+,[^,;]+,?\s+(?:and|or)\s+\S|\([^()]*,[^()]*,[^()]*\)/i;

/**
 * Whether a question asks for several things: a list question, or one asking "which N" for a plural N ("Which
 * databases are devoted to 3D genome interactions?").
 */
export function asksForSeveral(analysis: QuestionAnalysis): boolean {
  if (analysis.type === 'list') return true;
  if (analysis.type === 'yesno') return false;
  const noun = askedNoun(analysis.question);
  return noun !== null && /[^s]s$/.test(noun) && /\b(?:which|what)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:are|were|have|do)\b/iu.test(analysis.question);
}

/** Whether a sentence lists several things, as an answer to a question asking for several should. */
export function listsSeveral(text: string): boolean {
  return LISTS.test(text);
}

// Words that put the name in another relation to the kind than naming it.
const PREPOSITION = new Set(['in', 'of', 'for', 'with', 'by', 'from', 'on', 'at', 'to', 'into', 'among', 'and', 'or']);
// How many words apart the asked kind and the name may stand ("a novel gene (WFS1)", "the TWIST gene").
const KIND_NAME_SPAN = 3;

/**
 * Whether a sentence names a thing of the kind a question asks for, the kind word beside a name the question does
 * not give: "Mutations in a novel gene (WFS1) ..." answers "Which gene is mutated in Wolfram syndrome?", where
 * "Wolfram syndrome (WFS; OMIM 222300) is an autosomal recessive ..." names things but no gene.
 */
export function namesThingOfKind(analysis: QuestionAnalysis, text: string): boolean {
  if (!asksForThing(analysis)) return false;
  const noun = askedNoun(analysis.question);
  if (noun === null) return false;
  // A capitalised word is a name the question gives ("What is the drug Aduhelm approved for?"), not a kind.
  if (!new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(noun)}(?![\\p{L}\\p{N}])`, 'u').test(analysis.question)) return false;
  const nounStem = stemmer(noun);
  const asked = analysis.question.toLowerCase();
  const askedWords = new Set(asked.match(/[\p{L}\p{N}]+/gu) ?? []);
  // A name built on one the question gives ("SLE-AAC" for "SLE") is a variant of the subject, not the thing asked.
  const isNew = (e: string) => !asked.includes(e.toLowerCase()) && !(e.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => askedWords.has(w));
  const names = new Set(namedEntities(text).filter(isNew).flatMap((e) => e.split(/\s+/)));
  if (!names.size) return false;
  const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
  const kindAt = tokens.flatMap((t, i) => (stemsMatch(stemmer(t.toLowerCase()), nounStem) && !VAGUE.test((tokens[i - 1] ?? '').toLowerCase()) ? [i] : []));
  // The name stands beside the kind, with no preposition between ("organs in SLE-AAC" places the organs).
  const between = (a: number, b: number) => tokens.slice(Math.min(a, b) + 1, Math.max(a, b)).map((t) => t.toLowerCase());
  return kindAt.some((k) => tokens.some((t, i) => i !== k && Math.abs(i - k) <= KIND_NAME_SPAN && names.has(t) && !between(i, k).some((w) => PREPOSITION.has(w))));
}
