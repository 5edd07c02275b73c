import type { Article } from '../domain/index.js';
import { inReaderVoice } from './reader-voice.js';

/**
 * A reader asking about themselves ("Is it normal for a stomach flu to last this long?") asks about people. An
 * article that studied only animals (gastroenteritis in infected rats) or cells does not say how it goes in people,
 * and an answer built on it reads as if it did; the honest reply says that the evidence found is from animals.
 */

// Animals studied in place of people, as abstracts name them; "yeast" is left out (a reader's "yeast infection").
const ANIMAL =
  /\b(?:rats?|mice|mouse|murine|rodents?|rabbits?|hamsters?|guinea[\s-]pigs?|gerbils?|dogs?|canine|cats?|feline|pigs?|piglets?|porcine|swine|sheep|ovine|lambs?|goats?|cattle|cows?|calves|bovine|horses?|equine|ponies|monkeys?|macaques?|baboons?|primates?|marmosets?|zebrafish|drosophila|chickens?|chicks?|broilers?|poultry|ferrets?|frogs?|xenopus|nematodes?|elegans)\b/giu;
// Words by which an abstract says it studied people.
const PEOPLE =
  /\b(?:patients?|participants?|volunteers?|wom[ae]n|m[ae]n|children|child|boys?|girls?|infants?|newborns?|neonates?|adolescents?|adults?|people|persons?|humans|individuals|students?|smokers?|respondents?|outpatients?|inpatients?|mothers?|pregnancies|(?<!\p{Lu}\p{L}*idae\s)famil(?:y|ies)(?!\s+of\b)|kindreds?|pedigrees?|probands?|siblings?|twins|donors)\b/iu;
// A question that itself asks about animals, cells or the laboratory is answered by such studies.
const ASKS_OF_ANIMALS =
  /\b(?:animals?|pets?|vets?|veterinar\w*|in vitro|cells?|cell lines?|laborator\w*|model|models)\b/iu;

/**
 * The animals an article studied when it studied no people (MeSH "Animals" without "Humans", or, with no MeSH, an
 * abstract naming animals and no people), lower case and most named first; null for any other article.
 */
export function animalsOnly(article: Article): string[] | null {
  const headings = new Set(article.meshHeadings.map((h) => h.descriptor));
  const text = `${article.title} ${article.abstract}`;
  const named = new Map<string, number>();
  for (const match of text.matchAll(ANIMAL)) {
    // A capitalised short form is a gene or an enzyme ("the markers catalase (CAT)"), not the animal.
    if (match[0].length > 1 && match[0] === match[0].toUpperCase()) continue;
    const word = match[0].toLowerCase();
    named.set(word, (named.get(word) ?? 0) + 1);
  }
  const animals = [...named].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  if (headings.size) return headings.has('Animals') && !headings.has('Humans') ? (animals.length ? animals : ['animals']) : null;
  // Two mentions at least, or one naming the animals as what was studied ("administration of Dex to septic mice"): one
  // passing comparison ("as in mice") does not make a study an animal study.
  const mentions = [...named.values()].reduce((sum, n) => sum + n, 0);
  return (mentions >= 2 || studiesAnimals(text)) && !PEOPLE.test(text) ? animals : null;
}

const ANIMAL_NAME = ANIMAL.source.replace(/^\\b/, '').replace(/\\b$/, '');
// Up to three words describing the animals before their name ("septic", "male Wistar", "adult C57BL/6 knockout").
const DESCRIBED = "(?:(?!(?:as|than|like|unlike|in|into|to|of|on|from|and|or|with|by|for|the|a|an|human|humans)\\b)[\\p{L}\\p{N}/-]+\\s+){0,3}";
// Animals named as the study's subjects: given, treated or put into groups ("administration of Dex to septic mice",
// "Rats were randomized", "Mice were fed"), or the model the study used ("in a mouse model of", "in a murine model").
// Not a comparison with them ("as in mice", "than in rats", "similar to mice") nor what earlier work found in them
// ("has been shown in mice", "previous studies in rats").
const STUDIED = [
  new RegExp(`(?<!\\b(?:as|than|that|those|like|unlike|similar|shown|found|reported|observed|described|demonstrated|studies|study|work|research|experiments)\\s+)\\b(?:to|in|into|on|of|from|using|with)\\s+${DESCRIBED}(?:${ANIMAL_NAME})\\b(?!\\s+(?:and|or)\\s+(?:humans?|people|patients|man|men|women))`, 'iu'),
  new RegExp(`\\b(?:${ANIMAL_NAME})\\s+(?:\\([^)]{0,40}\\)\\s+)?(?:were|was)\\s+(?:\\w+ly\\s+)?(?:randomi[sz]ed|randomly|divided|allocated|assigned|treated|fed|given|injected|exposed|infected|immunized|anesthetized|anaesthetized|sacrificed|killed|euthanized|subjected|used|housed|inoculated|challenged|administered|dosed|pretreated)\\b`, 'iu'),
  new RegExp(`\\b(?:a|an|the|this|our)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${ANIMAL_NAME})\\s+model\\b`, 'iu'),
];
// Animal cells or material used in the laboratory ("in Chinese hamster ovary cells", "expressed in Xenopus oocytes",
// "spiked into rabbit serum", "oxidized horse cytochrome c") are no animals studied.
const MATERIAL =
  /^(?:\s+(?!(?:on|in|into|of|to|with|and|or|for|were|was|by|from|at)\b|\p{L}+ed\b)[\p{L}\p{N}()-]+){0,3}?\s+(?:cells?|cell lines?|oocytes?|fibroblasts?|cultures?|extracts?|lysates?|serum|sera|plasma|albumin|antibod\w*|antiserum|IgG|cytochrome|proteins?|enzymes?|microsomes?|mitochondria|homogenates?|retinae|tissues?)\b/iu;
// A sentence on what others found or what is still wanted speaks of no animals this study used.
const OTHERS_WORK = /\b(?:conserved|orthologs?|homologs?|previous(?:ly)?|prior|earlier|has been|have been|had been|literature|reported|future|further studies)\b/iu;

/** Whether some sentence of a text names animals as what its study used (STUDIED), not as others' or a comparison. */
export function studiesAnimals(text: string): boolean {
  return text
    .replace(/\b[A-Z]{2,}\b/gu, 'X')
    .split(/(?<=[.;!?])\s+/u)
    .some((sentence) => !OTHERS_WORK.test(sentence) && STUDIED.some((p) => {
      const hit = p.exec(sentence);
      return hit !== null && !MATERIAL.test(sentence.slice(hit.index + hit[0].length));
    }));
}

// The animals as the summary names them, by the word an abstract used: "murine" and "mouse" are mice.
const AS_NOUN: Record<string, string> = {
  mouse: 'mice', murine: 'mice', rat: 'rats', rodent: 'rodents', rabbit: 'rabbits', hamster: 'hamsters', gerbil: 'gerbils',
  dog: 'dogs', canine: 'dogs', cat: 'cats', feline: 'cats', pig: 'pigs', piglet: 'pigs', piglets: 'pigs', porcine: 'pigs', swine: 'pigs',
  ovine: 'sheep', lamb: 'sheep', lambs: 'sheep', goat: 'goats', bovine: 'cattle', cow: 'cattle', cows: 'cattle', calves: 'cattle',
  horse: 'horses', equine: 'horses', ponies: 'horses', monkey: 'monkeys', macaque: 'monkeys', macaques: 'monkeys', primate: 'primates',
  marmoset: 'marmosets', chicken: 'chickens', chick: 'chickens', chicks: 'chickens', broilers: 'chickens', poultry: 'chickens',
  ferret: 'ferrets', frog: 'frogs', xenopus: 'frogs', nematode: 'nematodes', elegans: 'nematodes', drosophila: 'flies',
  'guinea pig': 'guinea pigs', 'guinea-pig': 'guinea pigs', 'guinea-pigs': 'guinea pigs',
};

/** The animals of animalsOnly as plural nouns, once each, most named first ("murine", "mouse", "rat" are mice and rats). */
export function animalNouns(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => AS_NOUN[w.replace(/\s+/g, ' ')] ?? w))].filter((w) => w !== 'animals');
}

/** The word animalStudiesOf gives a study of cells in the laboratory, beside or instead of the animals it also used. */
export const CELLS = 'cells';

// MeSH's headings for work on cells grown outside a body: "Cells, Cultured", "Tumor Cells, Cultured", "Cell Line, Tumor",
// "In Vitro Techniques", and the named lines filed under "Cell Line" ("HeLa Cells", "HEK293 Cells", "Hep G2 Cells").
const CELL_HEADING =
  /^(?:(?:Tumor )?Cells, Cultured|Cell Lines?(?:, [\p{L} -]+)?|In Vitro Techniques|Cell Culture Techniques|Primary Cell Culture|(?:HeLa|HEK293|Hep G2|MCF-7|Caco-2|Jurkat|A549|HT29|K562|U937|HL-60|THP-1|COS|CHO|3T3|PC12|Vero|HCT116|LNCaP|SH-SY5Y) Cells)$/u;
// MeSH's age groups say people were studied (a cell line's donor is not indexed by age).
const AGE_HEADING = /^(?:Infant(?:, Newborn)?|Child(?:, Preschool)?|Adolescent|Young Adult|Adult|Middle Aged|Aged(?:, 80 and over)?)$/u;
// How an abstract says its work was done on cells outside a body: "in vitro", "cell lines", "cultured ... cells",
// "cells were transfected", a named line ("HeLa", "HEK293T", "MCF-7").
const CELL_WORK =
  /\b(?:in vitro(?!\s+fertili[sz]ation)|cell[\s-]lines?|cell cultures?|(?:cultured|transfected|immortali[sz]ed)\s+(?:[\p{L}-]+\s+){0,3}cells|cells\s+were\s+(?:cultured|grown|incubated|transfected|treated|exposed|infected|stimulated)|HeLa|HEK[\s-]?293T?|HepG2|MCF-?7|Caco-?2|Jurkat|A549|HT-?29|K562|U937|HL-?60|THP-?1|SH-SY5Y|PC-?12|LNCaP|HCT-?116)\b/giu;
// What a study of people has beside its laboratory work: samples from people, or a clinical design.
// Tissue taken from people ("human atherosclerotic aortas", "17% of primary glioblastomas") is a sample of people too.
const FROM_PEOPLE =
  /\b(?:subjects|cases|cohorts?|biops(?:y|ies)|surgical specimens|clinical(?:ly)?|trials?|survey|questionnaires?|hospitali[sz]ed|diagnosed|prevalence|incidence)\b|\bhuman\s+(?:[\p{L}-]+\s+){0,2}(?:tissues?|specimens?|samples?|aortas?|arter(?:y|ies)|tumou?rs|brains?|livers?|kidneys?|hearts?|lungs?|skin)\b(?!\s+(?:[\p{L}-]+\s+)?(?:cells?|cell lines?)\b)|\bprimary\s+(?:[\p{L}-]+\s+)?(?:tumou?rs|\p{L}+omas)\b/iu;

/**
 * Whether an article studied cells in the laboratory and no people: MeSH files it under cultured cells or a cell line
 * with no age group, or, with no MeSH, its abstract says at least twice that the work was on cells outside a body
 * ("in vitro", "cell lines", "HeLa"); either way its title and abstract name no people (PEOPLE) and no samples or design
 * of a study of people (FROM_PEOPLE: "biopsies", "cases", "trial"). A study of patients that tests their serum "in vitro"
 * once is a study of people. MeSH "Humans" is no sign of people here: a human cell line is indexed with it.
 */
export function studiedCellsOnly(article: Article): boolean {
  const text = `${article.title} ${article.abstract}`;
  if (PEOPLE.test(text) || FROM_PEOPLE.test(text)) return false;
  const headings = article.meshHeadings.map((h) => h.descriptor);
  if (headings.length) return headings.some((h) => CELL_HEADING.test(h)) && !headings.some((h) => AGE_HEADING.test(h));
  return (text.match(CELL_WORK) ?? []).length >= 2;
}

/**
 * The articles a set of references cites that studied only animals, with the animals (animalNouns), or only cells in
 * the laboratory (CELLS, with any animals MeSH names that its abstract says it used, as in a xenograft), by PMID.
 */
export function animalStudiesOf(pmids: readonly string[], articles: ReadonlyMap<string, Article>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const pmid of pmids) {
    const article = articles.get(pmid);
    if (!article) continue;
    const animals = animalsOnly(article);
    if (animals) found.set(pmid, animalNouns(animals));
    else if (studiedCellsOnly(article)) found.set(pmid, [CELLS, ...alsoAnimals(article)]);
  }
  return found;
}

// The animals a cell study also used: MeSH "Animals" and an abstract saying the animals were what it studied.
function alsoAnimals(article: Article): string[] {
  if (!article.meshHeadings.some((h) => h.descriptor === 'Animals')) return [];
  const text = `${article.title} ${article.abstract}`;
  const named = [...text.matchAll(ANIMAL)].filter((m) => m[0] !== m[0].toUpperCase()).map((m) => m[0].toLowerCase());
  // Named twice ("Akt(+/-) mice had ...; macrophages from Akt(+/-) mice"), or once as what the study used.
  return named.length >= 2 || (named.length === 1 && studiesAnimals(text)) ? animalNouns(named) : [];
}

/**
 * Why an answer to a question about the reader would rest on animal studies only, or null: the question is in the
 * reader's voice and names no animal, cells or laboratory model, and the direct answer's article studied animals
 * only. A research question is not held to it: on BioASQ, what causes ocular thelaziasis or whether PRDM9 is
 * essential for meiosis is answered from animal studies.
 */
// The words people use for what they take ("other medications similar to buspirone?", "which pills help?"): a question
// asking for them asks what a person may take, which a study of animals alone does not say.
const ASKS_OF_MEDICINES = /\b(?:medications?|medicines?|meds|pills?|tablets?)\b/iu;

export function restsOnAnimals(question: string, direct: Article | undefined): string | null {
  if (!direct || !(inReaderVoice(question) || ASKS_OF_MEDICINES.test(question)) || ASKS_OF_ANIMALS.test(question) || new RegExp(ANIMAL.source, 'iu').test(question)) return null;
  const animals = animalsOnly(direct);
  if (!animals) return null;
  return `The article found that speaks to the question studied animals${animalsNamed(animals)}, not people; it does not say how this goes in people.`;
}

/**
 * The animals of animalsOnly as a refusal names them in brackets, as nouns once each and at most two: " (mice and
 * rats)", never " (mice and mouse)" for an abstract writing both words; "" when only MeSH's "Animals" names them.
 */
export function animalsNamed(animals: readonly string[]): string {
  const nouns = animalNouns(animals).slice(0, 2);
  return nouns.length ? ` (${nouns.join(' and ')})` : '';
}
