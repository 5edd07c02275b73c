import type { QuestionAnalysis } from './analyze-question.js';
import { contentTerms, mentions, stemSet, stemsMatch } from './content-terms.js';
import { subjectGroups, speaksOfGroup, type SubjectGroup } from './subject-groups.js';
import { escapeRegExp } from '../lib/escape-reg-exp.js';

// Nouns that frame a subject rather than name it ("the concept of digital twins", "mutation of ARTEMIS gene"): the
// named thing is the next subject.
const FRAME = /^(?:concepts?|mutations?|variants?|use|usage|role|levels?|expression|presence|absence|loss|deficiency|overexpression|administration|treatment|inhibition|activation|genes?|proteins?|process|patients?|people|children|women|men)$/i;

// A name as the question writes it: a code (YY1, PCV13, ADLD, LB-100), a drug's generic name (nivolumab, eteplirsen)
// or a procedure's.
const CODE = /^(?=.*(?:\d|\p{Lu}.*\p{Lu}))[\p{L}\d-]+$/u;
const DRUG = /(?:mab|nib|ciclib|parib|lisib|zomib|rsen|vir|platin|statin|sartan|pril|olol)$/i;
// A procedure's name ("acupotomy", "cholecystectomy", "angioplasty", "laparoscopy") is said by that one word, as a
// drug's is. An imaging method ("sonography") is as often said by its device ("ultrasound"), so it is left out.
const PROCEDURE = /^\p{L}{3,}(?:otomy|ectomy|ostomy|plasty|scopy|pexy)$/iu;

/**
 * The named thing a yes/no question asks about: its first subject group that is not a mere frame ("mutation of
 * ..."), when the question writes it as a code or a drug's name. Other first subjects ("a discrepancy between ...",
 * "high blood pressure") are said in too many ways to tell a sentence on something else from one on them.
 */
export function askedSubject(analysis: QuestionAnalysis): AskedSubject | null {
  return readOnce(analysis).asked;
}

type AskedSubject = { subject: SubjectGroup; names: string[]; rest: SubjectGroup[] };

// The checks below run for every sentence heard on a question; what they read of the question is read once.
const read = new WeakMap<QuestionAnalysis, { asked: AskedSubject | null; relation: string[] }>();
function readOnce(analysis: QuestionAnalysis): { asked: AskedSubject | null; relation: string[] } {
  let known = read.get(analysis);
  if (!known) {
    const asked = readAskedSubject(analysis);
    read.set(analysis, (known = { asked, relation: asked ? relationOf(analysis, asked) : [] }));
  }
  return known;
}

function readAskedSubject(analysis: QuestionAnalysis): AskedSubject | null {
  const groups = subjectGroups(analysis);
  const at = groups.findIndex((g) => !g.words.every((w) => FRAME.test(w)));
  const subject = groups[at];
  if (at < 0 || subject === undefined) return null;
  const names = subject.text.split(/[\s-]+/).filter((w) => CODE.test(w) || DRUG.test(w) || PROCEDURE.test(w)).map((w) => contentTerms(w).map((t) => t.stem));
  const [first, ...others] = names;
  if (!first?.length) return null;
  const rest = groups.filter((_, i) => i !== at);
  // "Does YY1 inhibit VEGF?" is one run of subject words: its first name is the subject, and the names after it
  // are what is asked of it.
  if (others.length) return { subject: { text: first.join(' '), words: first, stems: first, alternatives: [] }, names: first, rest: [...rest, ...others.map((n) => ({ text: n.join(' '), words: n, stems: n, alternatives: [] }))] };
  return { subject, names: first, rest };
}

// A text names the asked thing when it writes its code or name ("IgM-eIVIG" for "IgM-enriched immunoglobulins"),
// or a short form the question gives for it; the other words of its run may be the question's verb ("APC involved").
function namesAsked(stems: ReadonlySet<string>, asked: { subject: SubjectGroup; names: string[] }): boolean {
  return [...asked.names, ...asked.subject.alternatives].some((s) => mentions(stems, s));
}

/**
 * Whether a sentence says the question's relation of something else: it names every other subject of the question
 * but not the one asked about, nor does its article ("Tivozanib ... inhibits VEGF" for "Does YY1 inhibit VEGF?",
 * "YY1 was required for rapamycin-dependent repression" for "Is Smad2 required for ...?"). Such a sentence answers
 * another question. An article that names the subject may call it otherwise in the sentence ("SMAD4/DPC4" then
 * "Smad4 is required for ..."), or point back at it.
 */
export function speaksOfRival(stems: ReadonlySet<string>, articleStems: ReadonlySet<string>, analysis: QuestionAnalysis): boolean {
  const asked = askedSubject(analysis);
  if (!asked || !asked.rest.length) return false;
  return !namesAsked(articleStems, asked) && !namesAsked(stems, asked) && asked.rest.every((g) => speaksOfGroup(stems, g));
}

// A gene-like code in a sentence ("HRAS1", "TP53", "IL-6"): capitals or digits with letters.
const SENTENCE_CODE = /(?<![\p{L}\d-])(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{Lu}[\p{L}\d-]*\p{Lu})[\p{L}\d-]{3,}(?![\p{L}\d-])/gu;

/**
 * Whether a sentence says the question's relation of another named thing written as a code, though its article names
 * the asked one too: "The relative risk associated with a rare HRAS1 allele was not altered by adjusting for the other
 * known risk factors" in an article on BRCA1 carriers, for "Is BRCA1 a risk factor for ovarian cancer?". A code the
 * article writes beside the asked name ("SMAD4/DPC4", "SMAD4 (DPC4)") is another name of it, not a rival.
 */
export function speaksOfOtherCode(text: string, articleText: string, analysis: QuestionAnalysis): boolean {
  const asked = askedSubject(analysis);
  if (!asked || !asked.rest.length) return false;
  const stems = stemSet(text);
  if (namesAsked(stems, asked) || !asked.rest.every((g) => speaksOfGroup(stems, g))) return false;
  const question = analysis.question.toLowerCase();
  const askedNames = asked.subject.text.split(/[\s-]+/).filter((w) => w.length > 1).map((w) => w.toLowerCase());
  const article = articleText.toLowerCase();
  return [...text.matchAll(SENTENCE_CODE)].some(([code]) => {
    const lower = code.toLowerCase();
    if (question.includes(lower)) return false;
    return !askedNames.some((name) => new RegExp(`${escapeRegExp(name)}\\W{1,3}${escapeRegExp(lower)}|${escapeRegExp(lower)}\\W{1,3}${escapeRegExp(name)}`).test(article));
  });
}

/** Whether a sentence speaks of none of the question's subjects (it shares only wording such as "gene" with it). */
export function speaksOfNoSubject(stems: ReadonlySet<string>, analysis: QuestionAnalysis): boolean {
  const groups = subjectGroups(analysis);
  return groups.length > 0 && !groups.some((g) => speaksOfGroup(stems, g));
}

// Words between a relation and its object.
const LINK = /^(?:for|in|with|to|of|the|a|an|by|on|into|at|from|its|their|both|this|these|those|that)$/i;

/**
 * Whether a sentence names the asked thing and the asked relation but gives the relation another object, and neither
 * it nor its article names any asked one: "YY1 was required for rapamycin-dependent repression" for "Is YY1 required
 * for progression?". ("associated with waist circumference" in an article that also finds an "obesity risk" is left
 * alone: the article may say the object otherwise.)
 */
export function givesOtherObject(text: string, heard: ReadonlySet<string>, articleStems: ReadonlySet<string>, analysis: QuestionAnalysis): boolean {
  const { asked, relation } = readOnce(analysis);
  if (!asked || !asked.rest.length) return false;
  const stems = new Set([...heard, ...stemSet(text)]);
  if (!namesAsked(stems, asked) || asked.rest.some((g) => speaksOfGroup(stems, g) || speaksOfGroup(articleStems, g))) return false;
  const objectStems = objectStemsOf(asked);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const stem = contentTerms(words[i] as string)[0]?.stem;
    if (!stem || !relation.some((r) => stemsMatch(r, stem))) continue;
    let j = i + 1;
    while (j < words.length && LINK.test(words[j] as string)) j++;
    const next = words[j] === undefined ? undefined : contentTerms(words[j] as string)[0]?.stem;
    if (next && !objectStems.some((o) => stemsMatch(o, next)) && !relation.some((r) => stemsMatch(r, next)) && !asked.names.includes(next)) return true;
  }
  return false;
}

const objectStemsOf = (asked: AskedSubject): string[] => asked.rest.flatMap((g) => [...g.stems, ...g.alternatives]);

// The question's other words are its relation ("required", "involved", "treat"); "used" and "there" relate nothing.
function relationOf(analysis: QuestionAnalysis, asked: AskedSubject): string[] {
  const objectStems = objectStemsOf(asked);
  return contentTerms(analysis.question.replace(/\b(?:yes or no|true or false)\W*$/i, ''))
    .map((t) => t.stem)
    .filter((s) => !asked.names.includes(s) && !objectStems.some((o) => stemsMatch(o, s)) && !['us', 'there'].includes(s));
}
