import { contentTerms } from './content-terms.js';
import { inReaderVoice, toldByFamily } from './reader-voice.js';

/**
 * A reader often tells their story before asking ("My daughter is a straight-A student. Are high achievers at school
 * more likely to develop anorexia?", "I had to wait a few weeks between diagnosis and surgery. Does the wait reduce my
 * survival?"). The story says who is asking and why; the question sentence says what is asked. A word only the story
 * holds is context: when it names no medical concept, no article need speak of it, while the story's medical names
 * ("Parkinson's", "breast cancer") stay the question's topic.
 */

// A sentence ends at ".", "!" or "?" before a space and a capital or a digit (not "e.g. the", "vs. placebo").
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}])/u;

/**
 * The sentence that asks, when a story in statements comes before it ("I was diagnosed with gout last year. What
 * should I eat?" asks "What should I eat?"): the last sentence, ending with "?", when no earlier one asks. Otherwise
 * the question as it is. What kind of answer is asked for (how it is treated, diagnosed, how long it lasts) is read
 * from this sentence: the story's "diagnosed" or "last year" asks nothing.
 */
export function askedSentence(question: string): string {
  const sentences = question.trim().split(SENTENCE_END);
  const asked = sentences.at(-1) ?? '';
  if (sentences.length < 2 || !/\?\s*$/u.test(asked) || sentences.slice(0, -1).some((s) => /\?\s*$/u.test(s))) return question;
  return asked;
}

/**
 * The lower-case content words only the reader's story holds: the words of the statements before the question
 * sentence (the last one ending with "?") that the question sentence does not repeat. Empty unless the question is in
 * the reader's voice, its story is told in statements, and the question sentence names a thing of its own (a word that is
 * not `isWording`), so that setting the story aside still leaves what is asked. A family's story ("Our baby was born
 * with ...") is the reader's too.
 */
export function storyWords(question: string, isWording: (word: string) => boolean = () => false): Set<string> {
  if (!inReaderVoice(question) && !toldByFamily(question)) return new Set();
  const sentences = question.trim().split(SENTENCE_END);
  const last = sentences.length - 1;
  const asked = sentences[last] ?? '';
  if (last < 1 || !/\?\s*$/u.test(asked)) return new Set();
  const story = sentences.slice(0, last);
  // A story that itself asks ("Is it safe? I am pregnant. What about ...?") holds part of the question.
  if (story.some((s) => /\?\s*$/u.test(s))) return new Set();
  const askedWords = new Set(contentTerms(asked).map((t) => t.word));
  if (![...askedWords].some((w) => !isWording(w))) return new Set();
  return new Set(story.flatMap((s) => contentTerms(s).map((t) => t.word)).filter((w) => !askedWords.has(w)));
}
