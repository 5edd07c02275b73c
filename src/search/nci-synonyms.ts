import { foldPhrase } from './build-concept-lexicon.js';

/** An entry of an NCI dictionary as shipped in data/lay-language: a term and its patient-level definition. */
export type NciEntry = { term: string; plain_alternative: string };

/** What decides which NCI names become lexicon entries. */
export type NciSynonymOptions = {
  /** Whether a single word is common English (SCOWL 35 or less): as a lone name it would match everyday wording. */
  isCommonWord(word: string): boolean;
  /** Whether a folded phrase is a name some vocabulary knows (an NCI term, a MeSH name): used to split "A and B". */
  isKnownName(phrase: string): boolean;
  /**
   * Whether a folded phrase is a MeSH descriptor name: a lone common word ("testicle", "hives") searches such another
   * name of its own ("testis", "urticaria"), one way, since MeSH vouches that the name is a medical subject.
   */
  isMeshName?(phrase: string): boolean;
};

// "Also called X, Y, and Z." ends at the first full stop that is not inside a number ("0.5").
const ALSO_CALLED = /\bAlso called ([^.]*(?:\.\d[^.]*)*)\./gu;

/**
 * The names of an "Also called" list: comma-separated with a final "and"; without commas, "A and B" is two names
 * only when a half is a known name ("complete hysterectomy and total hysterectomy"), since "and" also joins words
 * inside one name ("hereditary breast and ovarian cancer syndrome").
 */
export function alsoCalledNames(list: string, isKnownName: (phrase: string) => boolean): string[] {
  const parts = list.split(/,\s*/u).map((part) => part.replace(/^(and|or)\s+/u, '').trim());
  if (parts.length > 1) return parts.filter(Boolean);
  const halves = list.split(/\s+(?:and|or)\s+/u);
  if (halves.length === 2 && halves.some((half) => isKnownName(foldPhrase(half)))) return halves;
  return [list.trim()];
}

/**
 * Whether an NCI name is worth searching by: written in lower case (capitals mark brand names, abbreviations and
 * code names: "Erivedge", "AML", "GDC-0449"), without digits, not a drug regimen, not one of the genetics
 * dictionary's "variant" renamings, and no lone common English word.
 */
function isSearchableName(name: string, isCommonWord: (word: string) => boolean): boolean {
  if (/[\p{Lu}\p{N}]/u.test(name) || /regimen|\(|\)|"|;/u.test(name)) return false;
  // The genetics dictionary renames each "X mutation" an "X variant"; papers write "variant" mostly for
  // polymorphisms and splice forms, so the new names found other things (BioASQ lost citations on two).
  if (/\bvariants?\b/u.test(name)) return false;
  const folded = foldPhrase(name);
  if (folded.length < 4 || folded.split(' ').length > 5) return false;
  return folded.includes(' ') || !isCommonWord(folded);
}

/** Whether a name is one everyday English word written in lower case ("testicle", "hives"), which isSearchableName leaves out. */
function isLoneCommonWord(name: string, isCommonWord: (word: string) => boolean): boolean {
  const folded = foldPhrase(name);
  return !/[\p{Lu}\p{N}]/u.test(name) && folded.length >= 4 && !folded.includes(' ') && isCommonWord(folded);
}

/** The plural a question may use of a name ("fibroids" for "fibroid"); questions are matched word for word. */
function pluralOf(phrase: string): string | undefined {
  if (/(s|x|z|ch|sh|ia|ae|um|us|is|ing|ed|al|ic|ous|ive|y)$/u.test(phrase)) return undefined;
  return `${phrase}s`;
}

/**
 * Reads the synonym lists of NCI definitions ("fibroid ... Also called leiomyoma.") into phrase → other names,
 * in both directions and with plural question forms, so a reader's "fibroids" also searches "leiomyoma".
 */
export function deriveNciSynonyms(entries: readonly NciEntry[], options: NciSynonymOptions): Record<string, string[]> {
  const names = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    const set = names.get(from) ?? new Set<string>();
    set.add(to);
    names.set(from, set);
  };
  // Every name of an entry with its "Also called" names, each searchable or not.
  const nameSets = entries.map((entry) => [entry.term, ...[...entry.plain_alternative.matchAll(ALSO_CALLED)].flatMap((match) => alsoCalledNames(match[1]!, options.isKnownName))]);
  for (const [term, ...others] of nameSets) {
    if (!isSearchableName(term!, options.isCommonWord)) continue;
    for (const other of others.filter((name) => isSearchableName(name, options.isCommonWord)).map(foldPhrase)) {
      link(foldPhrase(term!), other);
      link(other, foldPhrase(term!));
    }
  }
  // A lone common word searches another name of it only when that name is a MeSH heading ("testicle" → testis), and
  // only between the defined term and a name it is "also called": two names of one list may be parts of one name
  // ("wound, ostomy, and continence nurse").
  const isMeshName = options.isMeshName;
  const isHeading = (name: string) => isSearchableName(name, () => false) && isMeshName!(foldPhrase(name));
  const isLone = (name: string) => isLoneCommonWord(name, options.isCommonWord);
  for (const [term, ...others] of isMeshName ? nameSets : []) {
    if (isLone(term!)) for (const other of others.filter(isHeading)) link(foldPhrase(term!), foldPhrase(other));
    if (isHeading(term!)) for (const other of others.filter(isLone)) link(foldPhrase(other), foldPhrase(term!));
  }
  const result: Record<string, string[]> = {};
  for (const phrase of [...names.keys()].sort()) {
    const others = [...names.get(phrase)!].sort();
    result[phrase] = others;
    const plural = pluralOf(phrase);
    if (plural && !names.has(plural)) result[plural] = others;
  }
  return result;
}
