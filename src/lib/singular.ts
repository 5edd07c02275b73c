/**
 * The singular of a phrase whose last word is a regular English plural ("newborns" → "newborn", "allergies" →
 * "allergy"), or undefined. Words in -ss, -us and -is are no plurals ("abscess", "virus", "arthritis"), nor are
 * short words ("gas", "bus").
 */
export function singularOf(phrase: string): string | undefined {
  if (phrase.length < 5 || /(?:ss|us|is|[^\p{L}])$/u.test(phrase)) return undefined;
  if (/[^aeiou]ies$/u.test(phrase)) return `${phrase.slice(0, -3)}y`;
  return phrase.endsWith('s') ? phrase.slice(0, -1) : undefined;
}
