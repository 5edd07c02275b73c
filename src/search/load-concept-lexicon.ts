import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ClinqError } from '../domain/index.js';
import type { ConceptLexicon } from './analyse-question.js';
import { buildConceptLexicon } from './build-concept-lexicon.js';
import { parseMeshTree, type MeshTree } from './mesh-tree.js';

/** The repository's data/ folder, where the vocabularies ship (see data/mesh/NOTICE.md, data/lay-language/). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** The vocabulary files read from a data folder, relative to it. */
export const LEXICON_FILES = {
  meshTree: 'mesh/2017MeshTree.txt',
  plainLanguage: 'lay-language/cdc_plain_language_thesaurus.json',
  layTerms: 'lay-language/clinq-lay-search-terms.json',
  shorthand: 'lay-language/clinical-shorthand.json',
  nciSynonyms: 'lay-language/nci-also-called.json',
  brandNames: 'lay-language/nci-brand-names.json',
  definitionWords: 'lay-language/nci-definition-words.json',
} as const;

const plainLanguageSchema = z.array(z.object({ term: z.string(), plain_alternative: z.string() }));
const layTermsSchema = z.object({ terms: z.record(z.string(), z.array(z.string())) });
const definitionWordsSchema = z.object({ commonest: z.array(z.string()), terms: z.record(z.string(), z.array(z.string())) });

/** The text of a vocabulary file of a data folder; a file that cannot be read is a clear error naming it. */
async function readVocabulary(dataDir: string, file: string): Promise<string> {
  const path = `${dataDir.replace(/\/?$/u, '/')}${file}`;
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new ClinqError('corpus_io_error', `search: cannot read vocabulary ${path}`, { cause });
  }
}

/** A vocabulary file's JSON, checked against the shape it must have. */
function parseVocabulary<T>(file: string, text: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new ClinqError('corpus_parse_error', `search: vocabulary ${file} has an unexpected shape`);
  return parsed.data;
}

/** The MeSH tree of a data folder, read and parsed (for the corpus's subjects; the lexicon reads it for itself). */
export async function loadMeshTree(dataDir: string = DEFAULT_DATA_DIR): Promise<MeshTree> {
  return parseMeshTree(await readVocabulary(dataDir, LEXICON_FILES.meshTree));
}

/** clinq's lay terms of a data folder: each everyday phrase and the medical terms it stands for ("heart attack" → ["myocardial infarction"]). */
export async function loadLayTerms(dataDir: string = DEFAULT_DATA_DIR): Promise<Record<string, string[]>> {
  return parseVocabulary(LEXICON_FILES.layTerms, await readVocabulary(dataDir, LEXICON_FILES.layTerms), layTermsSchema).terms;
}

/** Loads the MeSH tree, the CDC plain-language thesaurus, clinq's lay terms and clinical shorthand, the NCI synonyms, definitions and brand names into a concept lexicon. */
export async function loadConceptLexicon(dataDir: string = DEFAULT_DATA_DIR): Promise<ConceptLexicon> {
  const read = (file: string) => readVocabulary(dataDir, file);
  const [mesh, plain, lay, shorthand, nci, defined, brands] = await Promise.all([
    read(LEXICON_FILES.meshTree),
    read(LEXICON_FILES.plainLanguage),
    read(LEXICON_FILES.layTerms),
    read(LEXICON_FILES.shorthand),
    read(LEXICON_FILES.nciSynonyms),
    read(LEXICON_FILES.definitionWords),
    read(LEXICON_FILES.brandNames),
  ]);
  return buildConceptLexicon({
    meshTree: parseMeshTree(mesh),
    plainLanguage: parseVocabulary(LEXICON_FILES.plainLanguage, plain, plainLanguageSchema),
    layTerms: parseVocabulary(LEXICON_FILES.layTerms, lay, layTermsSchema).terms,
    shorthand: parseVocabulary(LEXICON_FILES.shorthand, shorthand, layTermsSchema).terms,
    synonyms: parseVocabulary(LEXICON_FILES.nciSynonyms, nci, layTermsSchema).terms,
    definitions: parseVocabulary(LEXICON_FILES.definitionWords, defined, definitionWordsSchema),
    brandNames: parseVocabulary(LEXICON_FILES.brandNames, brands, layTermsSchema).terms,
  });
}
