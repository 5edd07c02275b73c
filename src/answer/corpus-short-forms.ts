/**
 * The short forms the corpus defines for a question's phrases ("atrial fibrillation (AF)" written in some abstract),
 * both ways and lower case: "af" → ["atrial fibrillation"], and a long form the corpus often shortens →
 * its short form. Given to composeAnswer as `shortFormsOf` (wired from search's abbreviation table in clinq.ts).
 */
export type ShortForms = ReadonlyMap<string, readonly string[]>;

/** How a phrase is looked up: lower case, single spaces. */
const key = (phrase: string) => phrase.toLowerCase().replace(/\s+/gu, ' ').trim();

type Names = ((phrase: string) => readonly string[] | undefined) | undefined;

/**
 * The vocabulary's names of a phrase with the corpus's other form of it added, so a short form and its long form are
 * one concept wherever the answer stage reads the question's names (its synonyms, coverage and refusal gates).
 */
export function namesWithShortForms(names: Names, forms: ShortForms): Names {
  if (forms.size === 0) return names;
  return (phrase) => {
    const own = names?.(phrase);
    const other = forms.get(key(phrase));
    if (!other?.length) return own;
    return [...new Set([...(own ?? []), ...other])];
  };
}
