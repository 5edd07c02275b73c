import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_VOCABULARY_DIR, VOCABULARY_INDEX_FILE, readVocabularySources, toIndexFile } from './load-vocabulary.js';

/** Rebuilds the derived vocabulary index of a folder from its dictionaries and curation files. */
export async function writeVocabularyIndex(dir: string = DEFAULT_VOCABULARY_DIR): Promise<number> {
  const entries = await readVocabularySources(dir);
  // One entry per line keeps diffs of the committed index readable.
  const body = toIndexFile(entries).entries.map((e) => JSON.stringify(e)).join(',\n');
  await writeFile(join(dir, VOCABULARY_INDEX_FILE), `{"entries": [\n${body}\n]}\n`);
  return entries.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = await writeVocabularyIndex();
  console.log(`audience: wrote ${n} vocabulary entries to ${join(DEFAULT_VOCABULARY_DIR, VOCABULARY_INDEX_FILE)}`);
}
