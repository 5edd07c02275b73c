import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { foldPhrase } from './build-concept-lexicon.js';
import { loadGeneralEnglish } from './general-english.js';
import { DEFAULT_DATA_DIR, LEXICON_FILES } from './load-concept-lexicon.js';
import { parseMeshTree } from './mesh-tree.js';
import { deriveNciBrandNames } from './nci-brand-names.js';
import { deriveNciSynonyms, type NciEntry } from './nci-synonyms.js';

/** The NCI dictionaries whose "Also called" lists are read, relative to the data folder. */
const NCI_FILES = ['lay-language/nci_dictionary_of_cancer_terms.json', 'lay-language/nci_dictionary_of_genetics_terms.json'];

/** Rebuilds data/lay-language/nci-also-called.json from the NCI dictionaries; returns the number of phrases. */
export async function writeNciSynonyms(dataDir: string = DEFAULT_DATA_DIR): Promise<number> {
  const entries = (await Promise.all(NCI_FILES.map(async (file) => JSON.parse(await readFile(join(dataDir, file), 'utf8')) as NciEntry[]))).flat();
  const mesh = parseMeshTree(await readFile(join(dataDir, LEXICON_FILES.meshTree), 'utf8'));
  const known = new Set([...entries.map((entry) => foldPhrase(entry.term)), ...[...mesh.descriptors.values()].map((d) => foldPhrase(d.name))]);
  const english = await loadGeneralEnglish();
  // SCOWL 35 and below is everyday English ("marker", "ring"): a lone such word is no name to search by.
  const headings = new Set([...mesh.descriptors.values()].map((d) => foldPhrase(d.name)));
  const synonyms = deriveNciSynonyms(entries, {
    isCommonWord: (word) => (english.level(word) ?? Infinity) <= 35,
    isKnownName: (p) => known.has(p),
    isMeshName: (p) => headings.has(p),
  });
  const about =
    'Derived by src/search/write-nci-synonyms.ts from the "Also called" lists of the NCI Dictionary of Cancer Terms and Dictionary of Genetics Terms (see SOURCES.md): each name maps to its other names, both ways. Do not edit by hand.';
  // One phrase per line keeps diffs of the committed file readable.
  const body = Object.entries(synonyms).map(([phrase, others]) => `  ${JSON.stringify(phrase)}: ${JSON.stringify(others)}`).join(',\n');
  await writeFile(join(dataDir, LEXICON_FILES.nciSynonyms), `{\n "_about": ${JSON.stringify(about)},\n "terms": {\n${body}\n }\n}\n`);
  return Object.keys(synonyms).length;
}

/** Rebuilds data/lay-language/nci-brand-names.json (brand → generic names) from the NCI dictionaries; returns the number of brands. */
export async function writeNciBrandNames(dataDir: string = DEFAULT_DATA_DIR): Promise<number> {
  const entries = (await Promise.all(NCI_FILES.map(async (file) => JSON.parse(await readFile(join(dataDir, file), 'utf8')) as NciEntry[]))).flat();
  const mesh = parseMeshTree(await readFile(join(dataDir, LEXICON_FILES.meshTree), 'utf8'));
  // A brand spelt as a lower-case name of either vocabulary ("Aspirin") is that name, not a brand.
  const known = new Set([...entries.filter((entry) => entry.term === entry.term.toLowerCase()).map((entry) => foldPhrase(entry.term)), ...[...mesh.descriptors.values()].map((d) => foldPhrase(d.name))]);
  const english = await loadGeneralEnglish();
  // A brand spelt as an English word up to SCOWL 50 ("Align", "Halt") would be read in everyday wording.
  const brands = deriveNciBrandNames(entries, { isCommonWord: (word) => (english.level(word) ?? Infinity) <= 50, isKnownName: (p) => known.has(p) });
  const about =
    'Derived by src/search/write-nci-synonyms.ts from the brand names of medicines in the NCI Dictionary of Cancer Terms (see SOURCES.md): each brand maps to its generic names, one way. Do not edit by hand.';
  const body = Object.entries(brands).map(([brand, generics]) => `  ${JSON.stringify(brand)}: ${JSON.stringify(generics)}`).join(',\n');
  await writeFile(join(dataDir, LEXICON_FILES.brandNames), `{\n "_about": ${JSON.stringify(about)},\n "terms": {\n${body}\n }\n}\n`);
  return Object.keys(brands).length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`search: wrote ${await writeNciSynonyms()} phrases to ${LEXICON_FILES.nciSynonyms}`);
  console.log(`search: wrote ${await writeNciBrandNames()} brand names to ${LEXICON_FILES.brandNames}`);
}
