/**
 * Asking a follow-up in an article's thread, shared by the article page's form and POST /api/answers/:id/follow-ups:
 * read against the thread, answered, stored as its own draft article and added to the thread.
 */
import { ClinqError, type Answer } from '../domain/index.js';
import { addFollowUp, createArticle, type ArticleWithVersions, type FollowUp } from '../editorial/index.js';
import type { AppDeps } from './app.js';
import { linkAnswer, sameQuestion, shownVersion } from './article-service.js';
import { unresolvedPointer } from '../answer/index.js';
import { MAX_FOLLOW_UPS, priorTurns, standsAlone, threadedQuestion } from './follow-up-question.js';

/** What became of a follow-up: asked and added to the thread, or already in it (asked before, not asked twice). */
export type FollowUpOutcome = { kind: 'asked'; followUp: FollowUp; answer: Answer } | { kind: 'already'; followUp: FollowUp };

export const fullThreadMessage = `this thread has ${MAX_FOLLOW_UPS} follow-up questions, the most one article takes; ask yours as a new question on the home page`;

// The words by which a follow-up points back at what an earlier answer named.
const POINTERS = /\b(?:it|its|it's|they|them|their|that|this|those|these)\b/iu;

/**
 * The reason a follow-up cannot be read in a thread that has no answer yet, or null: one pointing back ("Is it
 * hereditary?", "What about that drug?", "And in children?") at an earlier answer when no turn was answered, so nothing
 * names what it means. Said only once asking it with the thread's own question's words found no answer either.
 */
export function nothingToPointAt(typed: string, articleQuestion: string): string {
  const word = POINTERS.exec(typed)?.[0];
  const points = word ? `“${word.toLowerCase()}” points back at an earlier answer` : 'it goes on from an earlier answer';
  const shown = articleQuestion.length > 120 ? `${articleQuestion.slice(0, 117).trimEnd()}…` : articleQuestion;
  return `question: ${points}, but this thread has none yet: clinq found no answer to “${shown}”, so nothing tells what it means. Ask it again naming the condition, medicine or test you mean`;
}

// What a reader would call each kind of thing a pointer points at, to name it again.
const KIND_NAMES = { drug: ['a medicine', 'the medicine'], test: ['a test', 'the test'], procedure: ['an operation or procedure', 'the operation or procedure'], study: ['a study', 'the study'] } as const;

/**
 * The reason a follow-up whose pointer was read as nothing ("that drug" when clinq found no drug named in the thread's
 * answers: none named one, or it names one clinq does not know as a drug, "triptans") found no
 * answer: said in its box rather than stored as a refusal that "none of them says anything about drug", which reads as
 * if the reader had asked about drugs in general.
 */
export function pointsAtNothingNamed(pointer: { wrote: string; kind: keyof typeof KIND_NAMES }): string {
  const [some, the] = KIND_NAMES[pointer.kind];
  return `question: “${pointer.wrote.toLowerCase()}” points at ${some} an earlier answer named, but clinq cannot tell which one you mean (it may not know that answer names one). Ask it again with the name of ${the}`;
}

/**
 * Asks `typed` in the article's thread. `admit` is called before a new answer is made (it throws TooManyNewAnswers over
 * the limit); a question the thread cannot take throws ClinqError('invalid_request') naming why.
 *
 * A thread whose article found no answer still takes questions: a reader asks again in other words or asks something
 * new. There, a follow-up that stands alone is asked as typed (the first question's words may be what found nothing),
 * one that points back is asked with the first question's words, and when that finds no answer either it is refused
 * with the reason (nothingToPointAt) rather than stored as a refusal of a question the reader never wrote.
 */
export async function askFollowUp(deps: AppDeps, article: ArticleWithVersions, typed: string, admit: () => void): Promise<FollowUpOutcome> {
  const thread = await deps.editorial.store.listFollowUps(article.id);
  // The thread is shared: a follow-up already in it is shown again rather than asked and stored twice.
  const same = thread.find((f) => sameQuestion(f.question, typed));
  if (same) return { kind: 'already', followUp: same };
  if (thread.length >= MAX_FOLLOW_UPS) throw new ClinqError('invalid_request', fullThreadMessage);
  const first = shownVersion(article).answer;
  const answeredTurns = priorTurns({ question: article.question, answer: first }, thread);
  const noTopic = answeredTurns.length === 0;
  if (first.status !== 'answered' && sameQuestion(typed, article.question)) {
    throw new ClinqError('invalid_request', 'question: is the question this page asked, which found no answer; change some words (the medical name of the condition, the name of a medicine) and ask again');
  }
  // Past a refused first question, the thread is about the first question that was answered in it.
  const topic = first.status === 'answered' ? article.question : ([...answeredTurns].reverse()[0]?.question ?? article.question);
  const last = thread.at(-1);
  // The question the last turn was searched with (its answer's), not its article's title (followUpTitle).
  const lastTurn = last?.answer.id ? last.answer.question || (await deps.editorial.store.findArticle(last.answer.id))?.question : undefined;
  // "That drug", "those tests", "this study" point at what the last answer named; the answer stage is told that turn too.
  const threaded = threadedQuestion(typed, topic, answeredTurns, lastTurn);
  // Checked on its own first: merged with the thread's words, "😀😀😀" or "???" would pass as a question with letters.
  const alone = deps.checkQuestion(typed);
  const mergedAsked = deps.checkQuestion(threaded.asked);
  // Each follow-up stores a draft article too, so it counts against the same limit as asking.
  admit();
  const newTopic = standsAlone(typed);
  let asked: string;
  let answer: Answer;
  // The follow-up's own article is titled in the reader's words (followUpTitle); its answer keeps the question searched.
  let title: string;
  if (noTopic && newTopic) {
    // Nothing in the thread was answered: a question of its own is asked as typed.
    [asked, answer, title] = [alone, await deps.ask(alone, 'physician'), alone];
  } else {
    [asked, answer, title] = [mergedAsked, await deps.ask(mergedAsked, 'physician', threaded.thread), threaded.title];
    // A follow-up naming a subject of its own that nothing covers together with the thread's topic, but that is answered
    // on its own, changed the topic ("Also, what is Norrie disease?" under retinoblastoma): it is asked as typed. One
    // pointing at what the last answer named ("that drug") is about the thread, never a new topic.
    if (answer.status !== 'answered' && newTopic) {
      // A new topic: the thread's records are no prior for it.
      const own = await deps.ask(alone, 'physician');
      if (own.status === 'answered') [asked, answer, title] = [alone, own, alone];
    }
    if (answer.status !== 'answered' && noTopic && !newTopic) throw new ClinqError('invalid_request', nothingToPointAt(typed, article.question));
    const pointer = answer.status === 'answered' ? null : unresolvedPointer(threaded.resolved?.question ?? typed);
    if (pointer) throw new ClinqError('invalid_request', pointsAtNothingNamed(pointer));
  }
  const linked = await createArticle(deps.editorial, { actor: null, question: title, answer });
  const followUp = await addFollowUp(deps.editorial, { articleId: article.id, question: typed, answer: linkAnswer(answer, linked) });
  return { kind: 'asked', followUp, answer: linkAnswer(answer, linked) };
}
