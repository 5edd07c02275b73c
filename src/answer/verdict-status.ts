import { saysWithdrawn } from './verdict-availability.js';
import { subjectPattern } from './verdict-category.js';

// A question whether something can be had now: "Is the drug Exubera currently (March 2020) available?".
const ASKS_AVAILABLE = /^(?:is|are)\s+(?:the\s+)?(?:(?:drug|medicine|medication|product|device|vaccine|inhaler)\s+)?(.+?)\s+(?:(?:currently|still|now|yet)\s+)?(?:available|marketed|on\s+the\s+market|sold|in\s+use)$/i;
// Words saying it came back.
const RETURNED = /\b(?:re-?introduc\w*|re-?launch\w*|re-?approv\w*|re-?enter\w*)\b/i;
// The most characters between the product's name and the word that withdraws it.
const NEAR = 60;

/** The subject of a question whether something is available now ("Exubera"), or null. */
export function availabilitySubject(question: string): string | null {
  const asked = question.replace(/\s*\([^()]*\)/g, '').replace(/[?.!\s]+$/, '').trim();
  const m = ASKS_AVAILABLE.exec(asked);
  const subject = m?.[1]?.trim();
  if (!subject || subject.split(/\s+/).length > 4 || /^(?:there|it|this|that|these|those|they|any|a|an)\b/i.test(subject)) return null;
  return subject;
}

/**
 * The sentences saying that the product a question asks to be available was discontinued or withdrawn ("Despite
 * discontinuation of the first inhalable insulin, Exubera®, ..."); none when no sentence does or one says it returned.
 */
export function withdrawnStatus<T extends { text: string }>(question: string, sentences: readonly T[]): T[] {
  const subject = availabilitySubject(question);
  if (!subject) return [];
  const pattern = subjectPattern(subject);
  const out: T[] = [];
  for (const s of sentences) {
    pattern.lastIndex = 0;
    const m = pattern.exec(s.text);
    if (!m) continue;
    if (RETURNED.test(s.text)) return [];
    // The withdrawing word is said of the product when it stands next to its name.
    const around = s.text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
    if (saysWithdrawn(around)) out.push(s);
  }
  return out;
}
