import type { Article } from '../domain/index.js';
import { meetsAsConcept, type ConceptOptions } from './concept-phrase.js';
import { leavesOutOnlyDescriptions, type LayWords } from './lay-description.js';
import { isCircumstance, questionParts } from './question-head.js';
import { readerTopics } from './reader-people.js';
import { inReaderVoice } from './reader-voice.js';
import { speaksOfGroup, type SubjectGroup } from './subject-groups.js';

/**
 * A reader's question names the few things it is about ("yeast infection" and "uti", "urinalysis" and "kidney
 * stones"). A sentence that names only one of them, or none but a shared everyday word ("Of particular concern ..."
 * for "What fever level should I be concerned?"), answers someone else's question however well its article matches.
 */

/** The direct answer's sentence: its text, the stems it holds, and whether it states only a study's aim or method. */
export type DirectSentence = { text: string; stems: ReadonlySet<string>; aim?: boolean };

/**
 * Why a direct answer to a question in the reader's voice (or, with `everydayCause`, one asking a cause in everyday
 * words) does not answer it, or null: it only says what a study set
 * out to do or how (the direct answer is that only when its articles state no finding on the question), or it leaves
 * out one of the question's subjects: every subject that is not mere wording must be named, as itself (not by a
 * shared everyday word in another sense) or by a medical name the vocabulary gives it, by the sentence or its
 * article. `isEveryday` tells the commonest English words, which the reason does not show alone. With `lay`, subjects
 * the reader describes in everyday words ("a bigger egg collection") may go unsaid beside two or more that are said
 * (lay-description.ts): the article says them in its own terms. Subjects only the question's circumstances name (the
 * story told before the asking sentence) may go unsaid while its head is said (toldAround).
 */
export function directLeavesOut(
  question: string,
  subjects: readonly SubjectGroup[],
  direct: DirectSentence,
  article: Article | undefined,
  articleStems: ReadonlySet<string>,
  concept: ConceptOptions = {},
  isEveryday: (word: string) => boolean = () => false,
  everydayCause = false,
  lay?: LayWords,
): string | null {
  // A cause asked in everyday words ("Would high heart rate be caused by being overweight?") is a reader's too.
  if (!inReaderVoice(question) && !everydayCause) return null;
  // "To evaluate the efficacy and safety of artificial tears for ocular discomfort after cataract surgery" tells the
  // reader asking "Is there anything I can put on the eye for discomfort?" what was studied, not what helps.
  if (direct.aim) return 'The articles found say what their studies set out to do, but not what they found on this question.';
  // The people the reader speaks for, a verb ending a subject and a word taking one up are not what is asked about.
  const words = new Set(`${direct.text} ${article?.title ?? ''} ${article?.abstract ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const topics = readerTopics(question, subjects.filter((g) => !g.wording), words);
  if (!topics.length) return null;
  const sentence = sentenceArticle(direct.text);
  const says = (text: Article, stems: ReadonlySet<string>, g: SubjectGroup) => speaksOfGroup(stems, g) && meetsAsConcept(text, g, stems, concept);
  const unsaid = topics.filter((g) => !says(sentence, direct.stems, g) && !(article && says(article, articleStems, g)));
  if (!unsaid.length || (lay && leavesOutOnlyDescriptions(question, topics, unsaid, lay)) || toldAround(question, topics, unsaid)) return null;
  // The message names the subjects by their specific words; a run of everyday words ("at least ease") is not shown.
  const named = unsaid.filter((g) => g.words.some((w) => !isEveryday(w)));
  if (!named.length) return 'The sentence that comes closest to an answer does not speak of what the question asks about, so it answers another question.';
  const names = named.map((g) => g.text);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1) as string}` : (names[0] as string);
  return `The sentence that comes closest to an answer does not speak of ${listed}, so it answers another question.`;
}

/**
 * Whether every subject left unsaid is a circumstance of the question (question-head.ts: the reader's story, a fronted
 * "when ..." clause) while the sentence or its article says at least two subjects of what is asked. A head pointing back
 * into the story ("Will that make ...?", "Is it safe for him?") asks of the story too: some subject of the story must
 * then be said, and counts as asked. One subject said alone ("My son has haemophilia. Is ibuprofen safe?") is too
 * little to set the story aside: its condition may be what the reader asks about.
 */
function toldAround(question: string, topics: readonly SubjectGroup[], unsaid: readonly SubjectGroup[]): boolean {
  const parts = questionParts(question);
  const told = (g: SubjectGroup) => isCircumstance(parts, g.words);
  if (!unsaid.every(told)) return false;
  const said = topics.filter((g) => !unsaid.includes(g));
  const storySaid = said.filter(told);
  if (parts.pointsBack && !storySaid.length) return false;
  return (parts.pointsBack ? said : said.filter((g) => !told(g))).length >= MIN_HEAD_SAID;
}

/** The subjects of what is asked a direct answer must say for the question's circumstances to go unsaid. */
const MIN_HEAD_SAID = 2;

// The sentence as an article of its own, so the concept test reads only what the sentence says.
function sentenceArticle(text: string): Article {
  return {
    pmid: '', version: 1, title: '', abstract: text, abstractSections: [{ label: null, category: null, text }],
    journal: { title: '', isoAbbreviation: null }, year: null, authors: [], languages: ['eng'], publicationTypes: [], meshHeadings: [], keywords: [], doi: null,
  };
}
