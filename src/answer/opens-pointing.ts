// A sentence that opens by pointing back ("It is inherited ...", "They had fewer attacks", "These findings suggest
// ...", "This was confirmed ...") leaves its subject to a sentence the reader of a lead does not see. The study the
// sentence comes from ("This study shows ...", "These results of our trial ...") is no such gap: the citation names it.

// Words that join a sentence to the one before and may stand before its subject ("However, it ...", "Taken together,
// these data ...", "In conclusion, they ...").
const JOINING =
  /^(?:(?:however|but|yet|thus|therefore|hence|moreover|furthermore|also|additionally|in addition|in contrast|by contrast|nevertheless|nonetheless|overall|together|taken together|collectively|finally|in conclusion|in summary|in short|consequently|accordingly|indeed|importantly|notably|interestingly)\s*,?\s+)+/i;

// A personal pronoun as subject, or a demonstrative alone or before a noun.
const POINTER = /^(?:(?:it|they|he|she|its|their|his|her)\b|(?:this|these|those|such)\b(?!\s+(?:study|studies|trial|trials|review|paper|article|report|analysis|meta-analysis|survey|work|series|cohort|investigation|research)\b))/i;

/** Whether a sentence opens with a pronoun or demonstrative whose referent lies in a sentence before it. */
export function opensWithPointer(text: string): boolean {
  return POINTER.test(text.trim().replace(JOINING, ''));
}
