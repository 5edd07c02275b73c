import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deriveDefinitionWords, type DefinitionEntry } from './definition-terms.js';
import { loadGeneralEnglish } from './general-english.js';
import { DEFAULT_DATA_DIR, LEXICON_FILES } from './load-concept-lexicon.js';

/** The NCI dictionaries whose definitions are indexed, relative to the data folder. */
const NCI_FILES = ['lay-language/nci_dictionary_of_cancer_terms.json', 'lay-language/nci_dictionary_of_genetics_terms.json'];

/** Rebuilds data/lay-language/nci-definition-words.json from the NCI dictionaries; returns the number of terms. */
export async function writeDefinitionWords(dataDir: string = DEFAULT_DATA_DIR): Promise<number> {
  const entries = (await Promise.all(NCI_FILES.map(async (file) => JSON.parse(await readFile(join(dataDir, file), 'utf8')) as DefinitionEntry[]))).flat();
  const english = await loadGeneralEnglish();
  // SCOWL 35 and below is everyday English: a lone such word is no name to search by; SCOWL 10 are the commonest words.
  const words = deriveDefinitionWords(entries, {
    isCommonWord: (word) => (english.level(word) ?? Infinity) <= 35,
    isCommonestWord: (word) => (english.level(word) ?? Infinity) <= 10,
  });
  const about =
    'Derived by src/search/write-definition-words.ts from the NCI Dictionary of Cancer Terms and Dictionary of Genetics Terms (see SOURCES.md): each term maps to the Porter stems of the content words of its definition\'s first sentence, before any purpose ("used to treat ..."); "commonest" lists the stems of SCOWL-10 words among them. Do not edit by hand.';
  // One term per line keeps diffs of the committed file readable.
  const body = Object.entries(words.terms).map(([term, stems]) => `  ${JSON.stringify(term)}: ${JSON.stringify(stems)}`).join(',\n');
  await writeFile(
    join(dataDir, LEXICON_FILES.definitionWords),
    `{\n "_about": ${JSON.stringify(about)},\n "commonest": ${JSON.stringify(words.commonest)},\n "terms": {\n${body}\n }\n}\n`,
  );
  return Object.keys(words.terms).length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`search: wrote ${await writeDefinitionWords()} terms to ${LEXICON_FILES.definitionWords}`);
}
