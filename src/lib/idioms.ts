/**
 * Everyday idioms whose words name no subject of the question: "nasal polyps running in a large family" says the
 * trait is seen in many relatives (the family stays a subject, "running" is no sport), and "what causes X at the
 * molecular level" asks for the mechanism, which "causes" already asks for (no article need write "level"), and "passed
 * down to the kids" asks how a trait is inherited (no article need write "kids").
 */
// Whom a trait goes to from parent to child: offspring, a later generation, the family.
const RECIPIENT = String.raw`(?:(?:the|my|our|your|his|her|their|its|a|any|future|next|later|younger|all|both|of|generations?)\s+)*(?:kids|kid|children|child|grandkids|grandchildren|grandchild|sons?|daughters?|offspring|babies|baby|descendants|generations?|family|families)`;

const IDIOMS: readonly RegExp[] = [
  // "runs in the family", "running in families", "ran in my large family": the verb only.
  /\b(?:runs?|running|ran)\s+(?=in\s+(?:(?:the|a|an|my|his|her|our|their|your|this|that|one|large|big|extended|whole|same)\s+)*famil(?:y|ies)\b)/giu,
  // "at the molecular level", "on a cellular level": the whole phrase.
  /\b(?:at|on)\s+(?:the|a)\s+(?:molecular|cellular|genetic|biochemical|physiological|protein|cell|gene|dna)\s+levels?\b/giu,
  // "later in life", "early in life", "in later life": when, not a subject (no article need write "life").
  /\b(?:(?:later|earlier|early|late)\s+in\s+life|in\s+(?:later|early|adult)\s+life)\b/giu,
  // "by the time I'm 50", "by the time she is treated": when ("by"), not a subject (no article need write "time").
  /\bby\s+the\s+time\b/giu,
  // "passed down to the kids", "handed down through the generations": "down" already says from parent to child, so
  // whom it goes to names nothing to look for (the verb stays: it asks how the trait is inherited).
  new RegExp(String.raw`(?<=\b(?:pass|passe[sd]|passing|hand|hande[sd]|handing)\s+(?:(?:it|them|this|that)\s+)?down)\s+(?:to|through|onto|into)\s+${RECIPIENT}(?:\s*,?\s+(?:and|or)\s+${RECIPIENT})*\b`, 'giu'),
];

/** The question without the words of everyday idioms that name nothing to look for (see IDIOMS); otherwise as it is. */
export function withoutIdioms(question: string): string {
  return IDIOMS.reduce((text, idiom) => text.replace(idiom, ''), question);
}

// Everyday words for a trait going from parent to child. "passed down", "handed down": "down" says parent to child
// ("passed on" may be an infection going from mother to baby, so it is not one). "Does it run in the family?", "How does
// X run in families?": the idiom as the question's own verb (a trait "running in a large family" only describes whom
// a study saw). "Did I get it from my mum?": the condition, named before, had from a parent (not "get HIV from her").
const PARENT = String.raw`(?:parents?|mother|father|mum|mom|mam|dad|grandparents?|grandmother|grandfather|grandma|grandpa|granny|grandad)`;
const INHERITING: readonly RegExp[] = [
  /\b(?:pass|passe[sd]|passing|hand|hande[sd]|handing)\s+(?:(?:it|them|this|that)\s+)?down\b/iu,
  /\b(?:do|does|did|can|could|may|might|will|would)\s+[^?.;]*?\b(?:run|running)\s+in\s+(?:(?:the|my|our|your|his|her|their)\s+)?famil(?:y|ies)\b/iu,
  new RegExp(String.raw`\b(?:get|gets|got|gotten|getting)\s+(?:it|this|that|them)\s+from\s+(?:(?:my|his|her|their|our|your|a|the|one|both|either)\s+)?${PARENT}\b`, 'iu'),
];

/**
 * Whether a question asks, in everyday words, how a condition is inherited: "how is it passed down to the kids?",
 * "was it handed down from me?", "does it run in the family?", "did he get it from his dad?".
 */
export function asksInheritingInWords(question: string): boolean {
  return INHERITING.some((pattern) => pattern.test(question));
}

/**
 * The question (already without its idioms) with the word "inherited" for the everyday words of inheriting the
 * original question used (see asksInheritingInWords), so that search looks for the modes of inheritance it looks for
 * beside "inherited": "how is it passed down" → "how is it inherited"; else the word is added at the end.
 */
export function withInheritingNamed(text: string, question: string): string {
  if (!asksInheritingInWords(question)) return text;
  const named = text.replace(INHERITING[0]!, 'inherited').replace(/\b(?:get|gets|got|gotten|getting)(?=\s+(?:it|this|that|them)\s+from\b)/iu, 'inherited');
  return /\binherit/iu.test(named) ? named : `${named} inherited`;
}
