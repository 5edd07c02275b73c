import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createVocabulary, looksLikeAbbreviation, type Vocabulary, type VocabularyEntry } from './vocabulary.js';

/** The vocabulary folder shipped with clinq (data/lay-language). */
export const DEFAULT_VOCABULARY_DIR = fileURLToPath(new URL('../../data/lay-language/', import.meta.url));

const glossarySchema = z.array(z.object({ term: z.string(), plain_alternative: z.string() }));
const curationSchema = z.object({
  deny: z.array(z.string()),
  substitutions: z.record(z.string(), z.string()),
});
const abbreviationsSchema = z.object({ abbreviations: z.record(z.string(), z.string()) });

const FILES = {
  cdc: 'cdc_plain_language_thesaurus.json',
  nciCancer: 'nci_dictionary_of_cancer_terms.json',
  nciGenetics: 'nci_dictionary_of_genetics_terms.json',
  curation: 'clinq-plain-language.json',
  abbreviations: 'clinical-abbreviations.json',
} as const;

// Plain alternatives too vague to stand in for a specific term ("asthma" -> "disease" loses the meaning).
const VAGUE = new Set([
  'disease', 'illness', 'sickness', 'sick', 'medicine', 'drug', 'shot', 'work', 'studies', 'action', 'chemical',
  'cause', 'test', 'problem', 'germ', 'virus', 'person', 'you', 'name', 'diseased', 'bad', 'thing',
]);

const cache = new Map<string, Promise<Vocabulary>>();

/** Loads the plain-language vocabulary from a folder once per process and returns the cached lookup. */
export function loadVocabulary(dir: string = DEFAULT_VOCABULARY_DIR): Promise<Vocabulary> {
  const cached = cache.get(dir);
  if (cached) return cached;
  const loading = readVocabulary(dir);
  cache.set(dir, loading);
  // A failed load must not poison the cache: the next call may find the files.
  loading.catch(() => cache.delete(dir));
  return loading;
}

async function readVocabulary(dir: string): Promise<Vocabulary> {
  const read = async <T>(file: string, schema: z.ZodType<T>): Promise<T> => {
    const text = await readFile(join(dir, file), 'utf8');
    const parsed = schema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`audience: ${join(dir, file)} rejected: ${parsed.error.message}`);
    return parsed.data;
  };
  const [cdc, nciCancer, nciGenetics, curation, abbreviations] = await Promise.all([
    read(FILES.cdc, glossarySchema),
    read(FILES.nciCancer, glossarySchema),
    read(FILES.nciGenetics, glossarySchema),
    read(FILES.curation, curationSchema),
    read(FILES.abbreviations, abbreviationsSchema),
  ]);
  return createVocabulary(
    vocabularyEntries({ cdc, nci: [...nciCancer, ...nciGenetics], curation, abbreviations: abbreviations.abbreviations }),
  );
}

type Glossary = z.infer<typeof glossarySchema>;

/** Turns the raw glossaries into vocabulary entries: curated choices first, then thesaurus picks, definitions and expansions. */
export function vocabularyEntries(sources: {
  cdc: Glossary;
  nci: Glossary;
  curation: z.infer<typeof curationSchema>;
  abbreviations: Record<string, string>;
}): VocabularyEntry[] {
  const entries: VocabularyEntry[] = [];
  const denied = new Set(sources.curation.deny.map((t) => t.toLowerCase()));

  for (const [term, plain] of Object.entries(sources.curation.substitutions)) {
    entries.push({ term, plain, kind: 'substitution' });
  }
  for (const [term, plain] of Object.entries(sources.abbreviations)) entries.push({ term, plain, kind: 'abbreviation' });

  for (const { term, plain_alternative } of sources.cdc) {
    const t = term.trim();
    // Short words are too often ordinary English; abbreviations come from the curated list instead.
    if (t.length < 4 || denied.has(t.toLowerCase()) || looksLikeAbbreviation(t) || /[()/]/.test(t)) continue;
    const plain = pickPlainAlternative(t, plain_alternative);
    if (plain) entries.push({ term: t, plain, kind: 'substitution' });
  }

  for (const { term, plain_alternative } of sources.nci) {
    const t = term.trim();
    if (looksLikeAbbreviation(t)) {
      const expansion = alsoCalled(t, plain_alternative);
      if (expansion) entries.push({ term: t, plain: expansion, kind: 'abbreviation' });
      continue;
    }
    if (t.length < 4) continue;
    const definition = shortDefinition(plain_alternative);
    if (definition) entries.push({ term: t, plain: definition, kind: 'definition' });
  }
  return entries;
}

/** Picks the first simple, specific alternative from a thesaurus list like "beside, next to, near". */
export function pickPlainAlternative(term: string, alternatives: string): string | undefined {
  const lowerTerm = term.toLowerCase();
  const options = alternatives
    .split(';')
    .flatMap((part) => part.split(','))
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const option of options) {
    const lower = option.toLowerCase();
    if (lower === lowerTerm || lower.includes(lowerTerm)) continue;
    if (VAGUE.has(lower) || /[()“”"]|^see |\//i.test(option)) continue;
    if (looksLikeAbbreviation(option.split(' ')[0] ?? '')) continue;
    if (option.split(/\s+/).length > 5) continue;
    return option;
  }
  return undefined;
}

/** The first sentence of a dictionary definition, cut at its first clause when longer than 15 words. */
export function shortDefinition(definition: string): string | undefined {
  const first = (definition.split(/(?<=[a-z)])\.\s+(?=[A-Z])/)[0] ?? '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\.$/, '')
    .trim();
  if (first === '' || /^(in medicine|refers to|see |an? abbreviation)/i.test(first)) return undefined;
  const words = first.split(/\s+/);
  if (words.length <= 15) return first;
  // Cut at the first safe clause boundary that leaves a useful phrase.
  const cut = first.search(/,|;| that | which | and /);
  if (cut > 0) {
    const clause = first.slice(0, cut).trim();
    const n = clause.split(/\s+/).length;
    if (n >= 4 && n <= 15) return clause;
  }
  return undefined;
}

/** The expansion an NCI entry gives for an abbreviation ("... Also called linkage disequilibrium."), if its initials fit. */
function alsoCalled(abbreviation: string, definition: string): string | undefined {
  const m = /Also called ([^.]+)\./.exec(definition);
  if (!m?.[1]) return undefined;
  for (const candidate of m[1].split(/,\s*|\s+and\s+/)) {
    const c = candidate.replace(/\s*\([^)]*\)/g, '').trim();
    if (c !== '' && initialsFit(abbreviation, c)) return c;
  }
  return undefined;
}

/** True when the abbreviation's letters appear, in order, as starts of the long form's words or word parts. */
export function initialsFit(abbreviation: string, longForm: string): boolean {
  const letters = abbreviation.replace(/s$/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const parts = longForm.toLowerCase().split(/[\s\-]+/).filter((p) => p !== '');
  if (letters === '' || parts.length === 0 || parts[0]![0] !== letters[0]) return false;
  let p = 0;
  let pos = 0;
  for (const ch of letters) {
    let found = false;
    while (p < parts.length) {
      const idx = parts[p]!.indexOf(ch, pos);
      if (idx >= 0) {
        pos = idx + 1;
        found = true;
        break;
      }
      p += 1;
      pos = 0;
    }
    if (!found) return false;
  }
  return true;
}
