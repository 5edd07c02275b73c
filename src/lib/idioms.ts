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
