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
const CONDITION = String.raw`(?:an?\s+|the\s+)?([\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,4}?)(?=\s*[.?!,;:(]|\s+(?:and|but|since|for|so|which|that|who|because|now|too|as|from|after|when|if|can|could|will|would|should|is|are|does|do|did|in|about|at|on|last|this|recently|yesterday|ago|over|what|whats|how|why)\b|\s*$)`;
const STORY = new RegExp(`${HOLDER}\\s+${HAS}\\s*${CONDITION}`, 'iu');
// What someone told the reader the condition is: "the doctor said catatonia", "they told us it's Kawasaki disease", "the
// neurologist thinks she has narcolepsy", "I was told it was shingles".
const TOLD = new RegExp(
  String.raw`\b(?:said|says|told\s+(?:me|us|him|her|them)|was\s+told|were\s+told|thinks?|called\s+it|diagnosed\s+(?:it|him|her|me|us|them)\s+(?:as|with))\s+(?:that\s+)?(?:(?:it|this|that)(?:'s|’s|\s+is|\s+was|\s+might\s+be|\s+may\s+be|\s+could\s+be)\s+|(?:he|she|i|we|they|you)\s+(?:has|have|had|might\s+have|may\s+have|could\s+have)\s+)?${CONDITION}`,
  'iu',
);

/**
 * The condition a reader's story says someone has ("My daughter has G6PD deficiency. Can she get cataracts?" gives
 * "G6PD deficiency"; "The doctor said catatonia." gives "catatonia"), or null when the question tells no such story. A follow-up about "it" speaks of that condition,
 * not of the thing the question asked about it (the cataracts).
 */
export function storyCondition(question: string): string | null {
  return conditionOf(STORY.exec(question)) ?? conditionOf(TOLD.exec(question));
}

function conditionOf(m: RegExpExecArray | null): string | null {
  // "She has had lupus for years" names lupus; "she has had it for years" and "I have a question" name nothing.
  const condition = m?.[1]?.trim().replace(/^(?:had|got|been)\s+(?=\S)/iu, '');
  if (!condition || /^(?:it|this|that|them|these|those|nothing|fine|normal|ok|okay|not|no)\b/iu.test(condition)) return null;
  if (/^(?:a|an|the|it|this|that|them|these|those|no|some|any|been|got|questions?|problems?|trouble|issues?|concerns?)$/iu.test(condition)) return null;
  return condition;
}

// A last clause asking what the named thing is: "what is that?", "what's it", "whats that", "what does that mean?".
const ASKS_WHAT_THAT_IS =
  /(?:^|[.,;:!?]|\s(?:so|and|but|now))\s*(?:so\s+|and\s+|but\s+|now\s+)?(?:(?:can\s+you\s+(?:tell\s+me|explain)\s+)?what(?:'s|’s|s|\s+is|\s+exactly\s+is|\s+are)\s+(?:that|it|this|those|these|they)(?:\s+exactly)?|what\s+does\s+(?:that|it|this)\s+mean)\s*[?.!]*\s*$/iu;

/**
 * "What is X?" for a reader's story that names a condition and then asks what it is ("The doctor said catatonia. What
 * is that?", "my baby was just diagnosed with phenylketonuria, what is that", "I was told I have hemochromatosis, what's
 * that?"), or null for any other question. The story's other words (who fell sick, how, who said so) are not what
 * is asked.
 */
export function toldWhatItIs(question: string): string | null {
  const m = ASKS_WHAT_THAT_IS.exec(question);
  if (!m || m.index === 0) return null;
  const story = question.slice(0, m.index);
  const condition = storyCondition(story);
  return condition ? `What is ${condition}?` : null;
}
