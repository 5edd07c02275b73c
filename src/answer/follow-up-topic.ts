/**
 * A follow-up asked in a thread carries its article's topic in brackets at its end ("What about colchicine? (gout)",
 * as the server asks it): where the brackets start and what they hold, or null when the question ends otherwise.
 */
export function followUpTopic(question: string): { at: number; topic: string } | null {
  const match = /\(([^()]*)\)\W*$/u.exec(question);
  return match ? { at: match.index, topic: match[1] as string } : null;
}

// A reader's story naming the condition someone has: "My daughter has G6PD deficiency", "I was diagnosed with lupus",
// "my son, who has autism", "Our baby suffers from reflux". The person is the reader, kin or a pronoun for them.
const HOLDER = String.raw`(?:\b(?:i|we|he|she|they)|\b(?:my|our|his|her|their)\s+(?:[\p{L}\p{N}'-]+\s+){0,3}?[\p{L}'-]+(?:,?\s+who)?)`;
const HAS = String.raw`(?:(?:has|have|had|was|were|is|am|are)\s+(?:just\s+|recently\s+|been\s+|just been\s+|recently been\s+)*(?:diagnosed|born)\s+with|suffers?\s+from|suffered\s+from|(?:is|am|are)\s+living\s+with|lives?\s+with|(?:has|have)\s+(?:got\s+)?|had\s+)`;
// The condition runs to the end of its clause: a stop, a comma, or a word that opens another clause or a time.
const CONDITION = String.raw`(?:an?\s+|the\s+)?([\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,4}?)(?=\s*[.?!,;:(]|\s+(?:and|but|since|for|so|which|that|who|because|now|too|as|from|after|when|if|can|could|will|would|should|is|are|does|do|did|in|about|at|on|last|this|recently|yesterday|ago|over)\b|\s*$)`;
const STORY = new RegExp(`${HOLDER}\\s+${HAS}\\s*${CONDITION}`, 'iu');

/**
 * The condition a reader's story says someone has ("My daughter has G6PD deficiency. Can she get cataracts?" gives
 * "G6PD deficiency"), or null when the question tells no such story. A follow-up about "it" speaks of that condition,
 * not of the thing the question asked about it (the cataracts).
 */
export function storyCondition(question: string): string | null {
  const m = STORY.exec(question);
  const condition = m?.[1]?.trim();
  // "I have a question", "she has had it for years": no condition is named.
  if (!condition || /^(?:a|an|the|it|this|that|them|these|those|no|some|any|been|got|questions?|problems?|trouble|issues?|concerns?)$/iu.test(condition)) return null;
  return condition;
}
