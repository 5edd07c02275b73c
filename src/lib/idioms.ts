/**
 * Everyday idioms whose words name no subject of the question: "nasal polyps running in a large family" says the
 * trait is seen in many relatives (the family stays a subject, "running" is no sport), and "what causes X at the
 * molecular level" asks for the mechanism, which "causes" already asks for (no article need write "level").
 */
const IDIOMS: readonly RegExp[] = [
  // "runs in the family", "running in families", "ran in my large family": the verb only.
  /\b(?:runs?|running|ran)\s+(?=in\s+(?:(?:the|a|an|my|his|her|our|their|your|this|that|one|large|big|extended|whole|same)\s+)*famil(?:y|ies)\b)/giu,
  // "at the molecular level", "on a cellular level": the whole phrase.
  /\b(?:at|on)\s+(?:the|a)\s+(?:molecular|cellular|genetic|biochemical|physiological|protein|cell|gene|dna)\s+levels?\b/giu,
  // "later in life", "early in life", "in later life": when, not a subject (no article need write "life").
  /\b(?:(?:later|earlier|early|late)\s+in\s+life|in\s+(?:later|early|adult)\s+life)\b/giu,
  // "by the time I'm 50", "by the time she is treated": when ("by"), not a subject (no article need write "time").
  /\bby\s+the\s+time\b/giu,
];

/** The question without the words of everyday idioms that name nothing to look for (see IDIOMS); otherwise as it is. */
export function withoutIdioms(question: string): string {
  return IDIOMS.reduce((text, idiom) => text.replace(idiom, ''), question);
}
