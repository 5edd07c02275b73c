/**
 * A reader's question has a head and circumstances. The head is what is asked: the sentence that asks, its subjects
 * and the relation it asks of them ("Will the root still grow as long as the tooth on the other side?"). The
 * circumstances are the reader's story told before it ("the orthodontist pulled it down with a closed eruption
 * technique", "I work as a cleaner"), a preface cut off by a dash ("revising for my exam - which ...?") and a clause
 * put before the question to say when it holds ("When I run, does my knee ache?"). An answer must say the head back;
 * a circumstance tells why the reader asks and may go unsaid (search still ranks by it).
 */

// A sentence ends at ".", "!" or "?" before a space, whatever the case of the next word (readers often write
// "... technique. will the root ..."), unless the stop closes a short form ("e.g.", "vs.", "Dr.", a lone initial).
const STOP = /(?<=[.!?])\s+(?=\S)/u;
const SHORT_FORM_BEFORE = /(?:^|[\s(])(?:e\.g|i\.e|vs|etc|approx|ca|cf|fig|figs|no|dr|mr|mrs|ms|prof|st|[\p{L}])\.$/iu;
// A preface set off by a spaced dash before a question word or a verb that opens a question ("revising for my
// exam - which chromosome ...?", "sorry if this is silly – is it ...?"); a hyphen inside a name is no break.
const DASHED_ASK =
  /\s+[-–—]\s+(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|may|might|must)\b)/iu;
const AUXILIARY = String.raw`(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|may|might|must|am)`;
// A clause put before the question to say when it holds, closed by a comma: "When I run, does my knee ache?",
// "Once the numbness wears off, how long ...?". "When does it ...?" asks when, and is no such clause.
const FRONTED_CLAUSE = new RegExp(String.raw`^(?:when|whenever|once|while|until)\b(?!\s+${AUXILIARY}\b)[^,?;]*,\s*`, 'iu');
// A word of the question pointing back to the story ("Will that make ...?", "make it burst", "is it safe for him?"):
// the story then holds part of what is asked, the thing or the person it names.
const POINTER = /\b(?:it|that|this|they|them|these|those|he|she|him|her|his|hers|their|theirs)\b/iu;

/** A reader's question read as its head (what is asked) and the circumstances told around it. */
export type QuestionParts = { head: string; circumstances: string; pointsBack: boolean };

function sentencesOf(question: string): string[] {
  const pieces = question.trim().split(STOP);
  const sentences: string[] = [];
  for (const piece of pieces) {
    const last = sentences.at(-1);
    if (last !== undefined && SHORT_FORM_BEFORE.test(last)) sentences[sentences.length - 1] = `${last} ${piece}`;
    else sentences.push(piece);
  }
  return sentences.flatMap((s) => s.split(DASHED_ASK));
}

/**
 * The head and circumstances of a question: the head is its last sentence, which asks (ends with "?"), without a
 * fronted "when ..., " clause; the circumstances are the statements before it and that clause. A question whose
 * earlier sentences ask too, or whose last sentence does not ask, is all head.
 */
export function questionParts(question: string): QuestionParts {
  const sentences = sentencesOf(question);
  const asked = sentences.at(-1) ?? '';
  if (!/\?\s*$/u.test(asked) || sentences.slice(0, -1).some((s) => /\?\s*$/u.test(s))) return { head: question, circumstances: '', pointsBack: false };
  const clause = FRONTED_CLAUSE.exec(asked)?.[0] ?? '';
  const head = asked.slice(clause.length);
  return { head, circumstances: [...sentences.slice(0, -1), clause].join(' ').trim(), pointsBack: POINTER.test(head) };
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Whether a subject (its lower-case words) is only a circumstance of the question: none of its words is in the head,
 * and the circumstances hold them.
 */
export function isCircumstance(parts: QuestionParts, words: readonly string[]): boolean {
  if (!parts.circumstances) return false;
  const head = wordsOf(parts.head);
  const told = wordsOf(parts.circumstances);
  const split = words.flatMap((w) => w.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return split.length > 0 && split.every((w) => !head.has(w)) && split.some((w) => told.has(w));
}
