/**
 * A name of letters and a number is written joined and hyphened alike: "IL6" and "IL-6", "GCH1" and "GCH-1",
 * "COVID19" and "COVID-19". The other form of each such word of a folded phrase (two letters or more, then one or two
 * digits), or none.
 */
const JOINED = /(?<![\p{L}\p{N}-])(\p{L}{2,})(\p{N}{1,2})(?![\p{L}\p{N}-])/gu;
const HYPHENED = /(?<![\p{L}\p{N}-])(\p{L}{2,})-(\p{N}{1,2})(?![\p{L}\p{N}-])/gu;

export function joinedForms(phrase: string): string[] {
  const hyphened = phrase.replace(JOINED, '$1-$2');
  const joined = phrase.replace(HYPHENED, '$1$2');
  return [...new Set([hyphened, joined])].filter((form) => form !== phrase);
}
