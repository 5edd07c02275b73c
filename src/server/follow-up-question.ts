/**
 * Follow-up questions inherit the original question's concepts: "What about treatment?" under "What causes
 * gout?" is asked as "What about treatment? (gout)". We keep the follow-up's words as typed and add the
 * original's content words (not stop words, not question-intent words such as "causes", which would pull the
 * answer back to the original's theme), skipping any the follow-up already has.
 */

const STOP_WORDS = new Set(
  `a an and are as at be been being but by can could did do does doing for from had has have how i if in into is it
  its me my of on or our should so than that the their them then there these they this those to was we were what
  when where which who whom why will with would you your about any some more most other such only also very just
  after before during over under between same own too much many`.split(/\s+/),
);

// Words that say what is asked rather than what about; the follow-up brings its own.
const INTENT_WORDS = new Set(
  `cause causes caused causing treat treats treated treatment treatments manage managed management therapy therapies
  diagnose diagnosed diagnosis symptom symptoms sign signs prognosis outlook risk risks prevent prevention outcome
  outcomes effect effects common best happen happens work works help helps safe safety good bad need take long
  usual usually typical typically get gets kind type types`.split(/\s+/),
);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
}

/** The content words of a question, in order, without duplicates. */
export function conceptWords(question: string): string[] {
  return [...new Set(words(question).filter((w) => !STOP_WORDS.has(w) && !INTENT_WORDS.has(w) && w.length > 1))];
}

/**
 * The question actually asked for a follow-up: the follow-up plus the original's concepts it lacks, spelled as the
 * original spelled them, since the merged question becomes the follow-up article's title ("(Duchenne muscular dystrophy)").
 */
export function mergeFollowUp(followUp: string, originalQuestion: string): string {
  const asked = followUp.replace(/\s+/g, ' ').trim();
  const present = new Set(words(asked));
  const spelled = new Map<string, string>();
  for (const token of originalQuestion.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []) {
    if (!spelled.has(token.toLowerCase())) spelled.set(token.toLowerCase(), token);
  }
  const inherited = conceptWords(originalQuestion)
    .filter((w) => !present.has(w))
    .map((w) => spelled.get(w) ?? w);
  return inherited.length === 0 ? asked : `${asked} (${inherited.join(' ')})`;
}
