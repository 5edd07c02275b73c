import { foldPhrase } from './build-concept-lexicon.js';
import { alsoCalledNames, type NciEntry } from './nci-synonyms.js';

/** What decides which NCI brand names become lexicon entries. */
export type NciBrandOptions = {
  /** Whether a single word is common English: a brand spelt as one ("Align") would match everyday wording. */
  isCommonWord(word: string): boolean;
  /** Whether a folded name is some vocabulary's lower-case name (an NCI term, a MeSH name): no brand then. */
  isKnownName(phrase: string): boolean;
};

/**
 * A brand name as the NCI dictionaries write one: one or two words, each a capital and then lower-case letters
 * ("Lipitor", "Levulan Kerastick"). All-capital abbreviations ("AML") and code names with digits ("GDC-0449") are not.
 */
const BRAND = /^[A-Z][a-z]{3,}(?: [A-Z][a-z]{2,})?$/u;

/** A definition of a medicine: its first sentence calls the thing a drug, a vaccine, an antibody or a hormone. */
const MEDICINE = /\b(?:drugs?|vaccines?|antibod(?:y|ies)|hormones?)\b/iu;

// "Also called X, Y, and Z." ends at the first full stop that is not inside a number ("0.5").
const ALSO_CALLED = /\bAlso called ([^.]*(?:\.\d[^.]*)*)\./gu;

// "... used under the brand names Alymsys, Mvasi, Avastin, and Zirabev, alone or with other drugs ..."
const UNDER_BRAND = /\bbrand names? ((?:[A-Z][\p{L}-]*(?: [A-Z][\p{L}-]*)?(?:,? (?:and |or )?|$))+)/gu;

// "It is a type of statin." / "Bevacizumab is a type of antiangiogenesis agent and a type of monoclonal antibody."
const TYPE_OF = /\ba type of ([a-z][a-z-]*)(?=[ .,]|$)/gu;

/**
 * The salt or ester a drug's full name ends with ("atorvastatin calcium", "imatinib mesylate", "abiraterone
 * acetate"): papers mostly name the drug without it, so the bare name is searched as well.
 */
const SALT =
  /\s(?:calcium|sodium|potassium|magnesium|zinc|hydrochloride|dihydrochloride|hydrobromide|mesylate|dimesylate|maleate|sulfate|sulphate|citrate|acetate|tartrate|bitartrate|succinate|besylate|fumarate|phosphate|tosylate|malate|lactate|bromide|chloride|disodium|dipotassium|monohydrate|recombinant)$/u;

/** The names of a list of brands: comma-separated, and "A and B" two names when B is capitalised or a code ("Erivedge and GDC-0449"). */
function brandList(list: string): string[] {
  return list
    .split(/,\s*|\s+(?:and|or)\s+(?=[\p{Lu}\p{N}])/u)
    .map((part) => part.replace(/^(?:and|or)\s+/u, '').trim())
    .filter(Boolean);
}

/** Whether a name is written as a generic (lower case, no digits, no brackets), not a brand or a code. */
function isGenericName(name: string): boolean {
  return !/[\p{Lu}\p{N}()";]/u.test(name) && !/regimen/u.test(name) && foldPhrase(name).length >= 4 && foldPhrase(name).split(' ').length <= 4;
}

/** A generic's names to search: as the dictionary writes it, and without the salt it is sold as. */
function genericForms(name: string): string[] {
  const folded = foldPhrase(name);
  const bare = folded.replace(SALT, '');
  return bare !== folded && bare.length >= 4 ? [folded, bare] : [folded];
}

/**
 * The drug class a definition names ("a type of statin") when a generic name is built on it, as international
 * non-proprietary names are ("atorvastatin" ends in "statin"): the class is then the drug's own stem, so what papers
 * say of statins speaks of it. A class a name is not built on ("monoclonal antibody" of trastuzumab) is left out: it
 * spans unrelated drugs.
 */
function stemClasses(definition: string, generics: readonly string[]): string[] {
  const classes: string[] = [];
  for (const match of definition.matchAll(TYPE_OF)) {
    const kind = match[1]!;
    if (kind.length < 5) continue;
    if (generics.some((generic) => generic.split(' ').some((word) => word.length > kind.length + 2 && word.endsWith(kind)))) classes.push(kind);
  }
  return classes;
}

/**
 * Reads the NCI dictionaries' brand names of medicines into brand → generic names, one way: a reader's "Lipitor"
 * also searches "atorvastatin calcium", "atorvastatin" and its stem class "statin"; a reader's generic name searches
 * no brand (papers name drugs by their generic names). Brands come from an entry named for a brand whose "Also
 * called" list gives its generic ("Lipitor ... Also called atorvastatin calcium."), from a generic's "Also called"
 * list ("... Also called Erivedge and GDC-0449."), and from "used under the brand name Zytiga".
 */
export function deriveNciBrandNames(entries: readonly NciEntry[], options: NciBrandOptions): Record<string, string[]> {
  const brands = new Map<string, Set<string>>();
  const link = (brand: string, generics: readonly string[], definition: string) => {
    const folded = foldPhrase(brand);
    if (!BRAND.test(brand) || options.isKnownName(folded) || (!folded.includes(' ') && options.isCommonWord(folded))) return;
    const forms = generics.filter(isGenericName).flatMap(genericForms);
    if (!forms.length) return;
    const set = brands.get(folded) ?? new Set<string>();
    for (const form of [...forms, ...stemClasses(definition, forms)]) if (form !== folded) set.add(form);
    brands.set(folded, set);
  };
  for (const entry of entries) {
    const definition = entry.plain_alternative;
    const firstSentence = definition.split(/\.\s/u)[0] ?? '';
    if (!MEDICINE.test(firstSentence)) continue;
    const lists = [...definition.matchAll(ALSO_CALLED)].map((m) => m[1]!);
    const alsoCalled = lists.flatMap((list) => alsoCalledNames(list, options.isKnownName));
    if (BRAND.test(entry.term)) {
      link(entry.term, alsoCalled, definition);
      continue;
    }
    if (!isGenericName(entry.term)) continue;
    const named = new Set([...lists, ...[...definition.matchAll(UNDER_BRAND)].map((m) => m[1]!)].flatMap(brandList));
    for (const brand of named) link(brand, [entry.term], definition);
  }
  const result: Record<string, string[]> = {};
  for (const brand of [...brands.keys()].sort()) result[brand] = [...brands.get(brand)!].sort();
  return result;
}
