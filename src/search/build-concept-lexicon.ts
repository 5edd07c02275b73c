import type { ConceptLexicon } from './analyse-question.js';
import { childrenOf, type MeshDescriptor, type MeshTree } from './mesh-tree.js';
import { BODY_WORDS } from './body-words.js';
import { composedDescriptors, splitBodyPhrase } from './body-compositions.js';
import { buildDefinitionIndex, type DefinitionWords } from './definition-terms.js';
import { letterPrefixed, wordPrefixed } from './enantiomer-names.js';
import { joinedForms } from './joined-forms.js';
import { spellingVariants } from './spelling-variants.js';
import { indexStems, questionWords } from './text-tokens.js';

/** Longest phrase the lexicon recognises, in words; longer names are rare in questions and cost lookups. */
const MAX_PHRASE_WORDS = 6;
/** Most subtypes of one disease descriptor added as alternatives, in tree order. */
const MAX_CHILDREN = 10;
/** Shortest parent word a compound child name may end with to be read as its kind ("arthritis" of "osteoarthritis"). */
const MIN_COMPOUND_HEAD = 6;
/** Trees whose descriptors are expanded to their children: Diseases (C) and Mental Disorders (F03). */
const EXPANDED_TREES = /^(C|F03)/u;
/**
 * The tree whose every child is a kind of its parent: Neoplasms (C04). Elsewhere in Diseases a child may be a
 * complication filed below its cause ("Shock, Cardiogenic" under "Myocardial Infarction").
 */
const KIND_TREE = /^C04\./u;
/** Most kinds of one cancer read as speaking of it, in tree order. */
const MAX_KINDS = 30;

/** An entry of the CDC Plain Language Thesaurus: a technical term and its plain alternatives, comma-separated. */
export type PlainLanguageEntry = { term: string; plain_alternative: string };

/** What a concept lexicon is built from; every source is optional. */
export type LexiconSources = {
  meshTree?: MeshTree;
  /** Lay phrase → medical terms papers use for it (curated, e.g. "heart attack" → "myocardial infarction"). */
  layTerms?: Readonly<Record<string, readonly string[]>>;
  /** Clinician shorthand → the names papers use (curated, none an English word: "wcc" → "leukocyte count", "rif" → "right iliac fossa"). */
  shorthand?: Readonly<Record<string, readonly string[]>>;
  /** The CDC thesaurus, inverted: a plain phrase searches its technical term when that term is a MeSH name. */
  plainLanguage?: readonly PlainLanguageEntry[];
  /** Other names of a medical or lay name, already folded (the NCI dictionaries' "Also called": "fibroid" ↔ "leiomyoma"). */
  synonyms?: Readonly<Record<string, readonly string[]>>;
  /** Dictionary terms indexed by their definitions' words: a phrase restating a definition weakly searches its term. */
  definitions?: DefinitionWords;
  /** Brand names of medicines → their generic names, folded, one way (the NCI dictionaries' "Lipitor" → "atorvastatin"). */
  brandNames?: Readonly<Record<string, readonly string[]>>;
};

/** Folds a name into the form questions are analysed in: lower case, no diacritics or punctuation between words. */
export function foldPhrase(text: string): string {
  return questionWords(text, 50).join(' ');
}

/**
 * The ways a MeSH name is written in papers and questions: as is, un-inverted ("Diabetes Mellitus, Type 2" →
 * "type 2 diabetes mellitus"), and with "neoplasm(s)" said as "cancer" ("Breast Neoplasms" → "breast cancer").
 */
function nameForms(name: string): string[] {
  const parts = name.split(', ');
  const forms = [foldPhrase(name)];
  if (parts.length === 2) forms.push(foldPhrase(`${parts[1]} ${parts[0]}`));
  for (const form of [...forms]) if (/\bneoplasms?\b/u.test(form)) forms.push(form.replace(/\bneoplasms?\b/gu, 'cancer'));
  return [...new Set(forms.filter(Boolean))];
}

/**
 * Whether a child descriptor is a subtype named after its parent ("Status Asthmaticus" under "Asthma"), rather
 * than a complication filed below it ("Shock, Cardiogenic" under "Myocardial Infarction").
 */
function isNamedSubtype(child: MeshDescriptor, parent: MeshDescriptor): boolean {
  // Grouping headings ("Neoplasms by Site") name a way of sorting, not a disease anyone writes about.
  if (/ by /u.test(child.name)) return false;
  const parentWords = foldPhrase(parent.name).split(' ').filter((word) => word.length >= 4);
  return foldPhrase(child.name)
    .split(/[ -]/u)
    .some((word) =>
      parentWords.some(
        (parentWord) =>
          word.startsWith(parentWord.slice(0, Math.max(4, parentWord.length - 2))) ||
          // A compound ending in the parent's name is a kind of it ("Osteoarthritis" under "Arthritis").
          // An adjective ("rectal" of "colorectal") names a site, not a kind.
          (parentWord.length >= MIN_COMPOUND_HEAD && !/(?:al|ar|ic|ous)$/u.test(parentWord) && word.length - parentWord.length >= 3 && word.endsWith(parentWord)),
      ),
    );
}

/** Other ways of writing a phrase: British or American spelling, Greek letters, "IL6" or "IL-6". */
function writtenVariants(phrase: string): string[] {
  return [...spellingVariants(phrase), ...joinedForms(phrase)];
}

/** Builds the lexicon search uses to find multiword concepts and their alternatives. */
export function buildConceptLexicon(sources: LexiconSources): ConceptLexicon {
  const known = new Map<string, Set<string>>();
  const add = (phrase: string, alternatives: readonly string[]) => {
    if (!phrase) return;
    const set = known.get(phrase) ?? new Set<string>();
    for (const alternative of alternatives) if (alternative && alternative !== phrase) set.add(alternative);
    known.set(phrase, set);
  };

  const meshByPhrase = new Map<string, MeshDescriptor[]>();
  const tree = sources.meshTree;
  if (tree) {
    for (const descriptor of tree.descriptors.values()) {
      for (const form of nameForms(descriptor.name)) meshByPhrase.set(form, [...(meshByPhrase.get(form) ?? []), descriptor]);
    }
  }
  for (const [lay, terms] of Object.entries(sources.layTerms ?? {})) add(foldPhrase(lay), terms.map(foldPhrase));
  const shorthand = new Map(Object.entries(sources.shorthand ?? {}).map(([short, terms]) => [foldPhrase(short), terms.map(foldPhrase)]));
  // A reader names a medicine by its brand; papers by its generic name.
  const brands = new Map<string, readonly string[]>();
  for (const [brand, generics] of Object.entries(sources.brandNames ?? {})) {
    if (known.has(brand)) continue;
    add(brand, generics);
    brands.set(brand, generics);
  }
  // A MeSH name, singular or plural, keeps MeSH's alternatives: the dictionaries' other names are broader
  // ("radiotherapy" is also called "irradiation", which papers use for cells and samples too; "autoimmune disease"
  // "autoimmune condition") and would read more articles as saying it.
  const isMeshName = (name: string) => meshByPhrase.has(name) || meshByPhrase.has(`${name}s`) || (name.endsWith('s') && meshByPhrase.has(name.slice(0, -1)));
  for (const [name, others] of Object.entries(sources.synonyms ?? {})) if (!isMeshName(name)) add(name, others);
  // The medical adjectives of everyday organ names come with every lexicon built from a vocabulary.
  if (sources.meshTree || sources.layTerms) for (const [lay, terms] of Object.entries(BODY_WORDS)) add(lay, terms);
  const curated = new Set(known.keys());
  // Phrases known only as a plain word of the thesaurus ("chance" for probability, "fine" for dust).
  const plainOnly = new Set<string>();
  for (const entry of sources.plainLanguage ?? []) {
    const technical = foldPhrase(entry.term);
    // Only medical vocabulary is worth searching for ("accomplish" for "do" adds noise, not recall); a plain
    // phrase that is itself a MeSH name ("stomach" for abdomen) or curated keeps its own meaning.
    if (!meshByPhrase.has(technical)) continue;
    for (const plain of plainPhrases(entry.plain_alternative)) {
      if (!meshByPhrase.has(plain) && !curated.has(plain)) {
        add(plain, [technical]);
        plainOnly.add(plain);
      }
    }
  }

  // A plain word of the thesaurus reads as its technical word inside a definition ("operation" for surgery).
  const plainToTechnical = new Map<string, string[]>();
  for (const entry of sources.definitions ? (sources.plainLanguage ?? []) : []) {
    const technical = indexStems(entry.term);
    if (technical.length !== 1) continue;
    for (const plain of plainPhrases(entry.plain_alternative).map(indexStems)) {
      if (plain.length !== 1 || plain[0] === technical[0]) continue;
      plainToTechnical.set(plain[0]!, [...new Set([...(plainToTechnical.get(plain[0]!) ?? []), technical[0]!])]);
    }
  }
  const definitions = sources.definitions ? buildDefinitionIndex(sources.definitions, plainToTechnical) : undefined;

  // MeSH alternatives are built on first use: most of 28,000 descriptors never appear in a question.
  const meshCache = new Map<string, readonly string[]>();
  const meshAlternatives = (phrase: string): readonly string[] | undefined => {
    const descriptors = meshByPhrase.get(phrase);
    if (!descriptors || !tree) return undefined;
    let alternatives = meshCache.get(phrase);
    if (!alternatives) {
      alternatives = descriptors.flatMap((descriptor) => {
        const children = descriptor.treeNumbers.some((n) => EXPANDED_TREES.test(n)) ? childrenOf(tree, descriptor) : [];
        const subtypes = children.filter((child) => isNamedSubtype(child, descriptor)).slice(0, MAX_CHILDREN);
        return [...nameForms(descriptor.name), ...subtypes.flatMap((child) => nameForms(child.name))];
      });
      alternatives = [...new Set(alternatives)].filter((alternative) => alternative !== phrase);
      meshCache.set(phrase, alternatives);
    }
    return alternatives;
  };

  /**
   * The MeSH descriptors an everyday "<body part> <condition>" phrase is built into ("throat cancer" → pharyngeal and
   * laryngeal neoplasms, "stomach operation" → gastrectomy), with their subtypes at the same site ("nasopharyngeal
   * neoplasms" below pharyngeal); undefined when the phrase composes to no descriptor.
   */
  // Only phrases of a body part and a condition are cached: a few hundred at most, however many questions are read.
  const composedCache = new Map<string, readonly string[] | undefined>();
  const composedAlternatives = (phrase: string): readonly string[] | undefined => {
    if (!tree || composedCache.has(phrase)) return composedCache.get(phrase);
    const split = splitBodyPhrase(phrase);
    if (!split) return undefined;
    const descriptors = composedDescriptors(phrase, (name) => meshByPhrase.has(name));
    let alternatives: string[] | undefined;
    if (descriptors.length) {
      const site = [...split.part.names, ...split.part.stems];
      // The descriptors' own names first, then their subtypes named for the same site.
      const subtypes = descriptors.flatMap((name) =>
        (meshByPhrase.get(foldPhrase(name)) ?? []).flatMap((descriptor) =>
          childrenOf(tree, descriptor).filter((child) => site.some((word) => foldPhrase(child.name).includes(word))),
        ),
      );
      // Most cancers of a site are carcinomas, and papers name them so ("nasopharyngeal carcinoma"): a composed
      // neoplasm is also looked for as the site's carcinoma. A subtype is looked for by its MeSH name and as a
      // carcinoma only, so that the cap on alternatives keeps them all.
      const forms = (name: string) => {
        const named = nameForms(name);
        return [...named, ...named.filter((form) => /\bcancer$/u.test(form)).map((form) => form.replace(/cancer$/u, 'carcinoma'))];
      };
      const subtypeForms = (name: string) => forms(name).filter((form) => !/\bcancer$/u.test(form));
      alternatives = [...new Set([...descriptors.flatMap(forms), ...subtypes.slice(0, MAX_CHILDREN).flatMap((child) => subtypeForms(child.name))])];
    }
    composedCache.set(phrase, alternatives);
    return alternatives;
  };

  /** Curated and MeSH alternatives of a phrase, or undefined when neither knows it. */
  const namedAlternatives = (phrase: string): string[] | undefined => {
    // A question may hyphenate a lay phrase the vocabulary writes in words ("short-sighted" for "short sighted");
    // only curated and dictionary names are read so ("long-term" is no thesaurus plain word for "chronic").
    const spaced = phrase.includes('-') ? phrase.replace(/-/gu, ' ') : undefined;
    const curated = known.get(phrase) ?? (spaced !== undefined && !plainOnly.has(spaced) ? known.get(spaced) : undefined);
    const mesh = meshAlternatives(phrase);
    if (!curated && !mesh) {
      const composed = composedAlternatives(phrase);
      return composed ? [...composed] : undefined;
    }
    // Curated lay terms first: they translate the reader's words; MeSH adds names and subtypes.
    return [...new Set([...(curated ?? []), ...(mesh ?? [])])];
  };

  /** Terms whose definitions the phrase restates; only a phrase no vocabulary names, singular or plural, is read so. */
  const definedTerms = (phrase: string): readonly string[] => {
    if (!definitions || namedAlternatives(phrase) !== undefined) return [];
    if (namedAlternatives(`${phrase}s`) !== undefined || (phrase.endsWith('s') && namedAlternatives(phrase.slice(0, -1)) !== undefined)) return [];
    return definitions.termsFor(phrase);
  };

  const maxWords = Math.min(
    MAX_PHRASE_WORDS,
    // A definition may be restated by any phrase up to the longest the lexicon reads.
    definitions ? MAX_PHRASE_WORDS : Math.max(1, ...[...known.keys(), ...meshByPhrase.keys()].map((phrase) => phrase.split(' ').length)),
  );
  return {
    maxWords,
    alternativesOf(phrase) {
      // A drug named for its enantiomer is written either way ("levodopa", "L-dopa"): its other form is its first alternative.
      const named = namedAlternatives(phrase);
      if (named) return [...new Set([...letterPrefixed(phrase), ...named])];
      const word = wordPrefixed(phrase).find((form) => namedAlternatives(form) !== undefined);
      if (word !== undefined) return [word, ...(namedAlternatives(word) ?? [])];
      const defined = definedTerms(phrase);
      return defined.length ? defined : undefined;
    },
    variantsOf: writtenVariants,
    isPlainWordOnly: (phrase) => plainOnly.has(phrase),
    isDefinedOnly: (phrase) => definitions !== undefined && definedTerms(phrase).length > 0,
    genericsOf: (phrase) => brands.get(phrase) ?? [],
    shorthandOf: (phrase) => shorthand.get(phrase),
    narrowerOf(phrase) {
      if (!tree) return [];
      const names = [phrase, ...(known.get(phrase) ?? [])];
      const kinds = names.flatMap((name) =>
        (meshByPhrase.get(name) ?? []).flatMap((descriptor) => {
          const below = new Set(descriptor.treeNumbers.filter((n) => KIND_TREE.test(n)).flatMap((n) => tree.childUis.get(n) ?? []));
          // Animal diseases (C22) and experimental models are no kind a reader's question is about.
          return [...below].flatMap((ui) => tree.descriptors.get(ui) ?? []).filter((child) => !/ by |\bExperimental\b/u.test(child.name) && !child.treeNumbers.some((n) => n.startsWith('C22')));
        }),
      );
      return [...new Set(kinds.slice(0, MAX_KINDS).flatMap((child) => nameForms(child.name)))].filter((name) => !names.includes(name));
    },
  };
}

/** The plain phrases of a CDC entry: comma/semicolon-separated, without notes in brackets or leading articles. */
function plainPhrases(text: string): string[] {
  return text
    .replace(/\([^)]*\)/gu, ' ')
    .split(/[,;]/u)
    .map((part) => foldPhrase(part.replace(/^\s*(a|an|the)\s+/iu, '')))
    .filter((phrase) => phrase && phrase.split(' ').length <= 4);
}

/** A lexicon that also knows per-question entries (e.g. abbreviations the corpus defines), layered on a base. */
export function withEntries(base: ConceptLexicon | undefined, entries: ReadonlyMap<string, readonly string[]>): ConceptLexicon {
  if (entries.size === 0 && base) return base;
  const longest = Math.max(1, ...[...entries.keys()].map((phrase) => phrase.split(' ').length));
  return {
    maxWords: Math.min(MAX_PHRASE_WORDS, Math.max(base?.maxWords ?? 1, longest)),
    alternativesOf(phrase) {
      const own = entries.get(phrase);
      const inherited = base?.alternativesOf(phrase);
      if (!own && !inherited) return undefined;
      return [...new Set([...(own ?? []), ...(inherited ?? [])])];
    },
    variantsOf: base?.variantsOf ?? writtenVariants,
    isPlainWordOnly: (phrase) => !entries.has(phrase) && base?.isPlainWordOnly?.(phrase) === true,
    isDefinedOnly: (phrase) => !entries.has(phrase) && base?.isDefinedOnly?.(phrase) === true,
    narrowerOf: (phrase) => base?.narrowerOf?.(phrase) ?? [],
    genericsOf: (phrase) => base?.genericsOf?.(phrase) ?? [],
    shorthandOf: (phrase) => base?.shorthandOf?.(phrase),
  };
}
