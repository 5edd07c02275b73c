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
  glosses: z.record(z.string(), z.string()).optional(),
  ambiguous_abbreviations: z.array(z.string()).optional(),
});
const abbreviationsSchema = z.object({ abbreviations: z.record(z.string(), z.string()) });

const SOURCE_FILES = {
  cdc: 'cdc_plain_language_thesaurus.json',
  nciCancer: 'nci_dictionary_of_cancer_terms.json',
  nciGenetics: 'nci_dictionary_of_genetics_terms.json',
  curation: 'clinq-plain-language.json',
  abbreviations: 'clinical-abbreviations.json',
} as const;

/** The derived lookup file, rebuilt from the sources by `npx tsx src/audience/write-vocabulary-index.ts`. */
export const VOCABULARY_INDEX_FILE = 'clinq-vocabulary-index.json';

const KIND_CODES = { s: 'substitution', d: 'definition', g: 'gloss', a: 'abbreviation' } as const;

const cache = new Map<string, Promise<Vocabulary>>();

/** Loads the plain-language vocabulary from a folder once per process and returns the cached lookup. */
export function loadVocabulary(dir: string = DEFAULT_VOCABULARY_DIR): Promise<Vocabulary> {
  const cached = cache.get(dir);
  if (cached) return cached;
  const loading = readVocabularyIndex(dir);
  cache.set(dir, loading);
  // A failed load must not poison the cache: the next call may find the files.
  loading.catch(() => cache.delete(dir));
  return loading;
}

async function readVocabularyIndex(dir: string): Promise<Vocabulary> {
  // The derived index is 5x smaller than the dictionaries, which keeps loading well under 50 ms.
  // The index is clinq's own build output (its sources pass zod in readVocabularySources); a hand check of
  // 8,000 tuples costs a tenth of a schema walk, which matters for the 50 ms load budget.
  const path = join(dir, VOCABULARY_INDEX_FILE);
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  const rows = typeof parsed === 'object' && parsed !== null && 'entries' in parsed ? parsed.entries : undefined;
  if (!Array.isArray(rows)) throw new Error(`audience: ${path} rejected: no entries array`);
  const entries: VocabularyEntry[] = [];
  for (const row of rows as unknown[]) {
    if (!isIndexRow(row)) throw new Error(`audience: ${path} rejected: bad entry ${JSON.stringify(row)}`);
    entries.push({ term: row[0], plain: row[1], kind: KIND_CODES[row[2]] });
  }
  return createVocabulary(entries);
}

function isIndexRow(row: unknown): row is [string, string, keyof typeof KIND_CODES] {
  return (
    Array.isArray(row) &&
    row.length === 3 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    (row[2] === 's' || row[2] === 'd' || row[2] === 'g' || row[2] === 'a')
  );
}

/** Reads the dictionaries and curation files of a folder into vocabulary entries (the input of the derived index). */
export async function readVocabularySources(dir: string = DEFAULT_VOCABULARY_DIR): Promise<VocabularyEntry[]> {
  const [cdc, nciCancer, nciGenetics, curation, abbreviations] = await Promise.all([
    readJson(join(dir, SOURCE_FILES.cdc), glossarySchema),
    readJson(join(dir, SOURCE_FILES.nciCancer), glossarySchema),
    readJson(join(dir, SOURCE_FILES.nciGenetics), glossarySchema),
    readJson(join(dir, SOURCE_FILES.curation), curationSchema),
    readJson(join(dir, SOURCE_FILES.abbreviations), abbreviationsSchema),
  ]);
  return vocabularyEntries({ cdc, nci: [...nciCancer, ...nciGenetics], curation, abbreviations: abbreviations.abbreviations });
}

/** The compact on-disk form of vocabulary entries. */
export function toIndexFile(entries: readonly VocabularyEntry[]): { entries: [string, string, keyof typeof KIND_CODES][] } {
  const code = { substitution: 's', definition: 'd', gloss: 'g', abbreviation: 'a' } as const;
  return { entries: entries.map((e) => [e.term, e.plain, code[e.kind]]) };
}

async function readJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const text = await readFile(path, 'utf8');
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`audience: ${path} rejected: ${parsed.error.message}`);
  return parsed.data;
}

// Plain alternatives too vague to stand in for a specific term ("asthma" -> "disease" loses the meaning).
const VAGUE = new Set([
  'disease', 'illness', 'sickness', 'sick', 'medicine', 'drug', 'shot', 'work', 'studies', 'action', 'chemical',
  'cause', 'test', 'problem', 'germ', 'virus', 'person', 'you', 'name', 'diseased', 'bad', 'thing',
]);

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
  // "MS" is multiple sclerosis in one abstract and metabolic syndrome in the next: a dictionary guess may change the claim.
  const ambiguous = new Set(sources.curation.ambiguous_abbreviations ?? []);

  for (const [term, plain] of Object.entries(sources.curation.substitutions)) {
    entries.push({ term, plain, kind: 'substitution' });
  }
  for (const [term, plain] of Object.entries(sources.abbreviations)) if (!ambiguous.has(term)) entries.push({ term, plain, kind: 'abbreviation' });
  // Curated glosses come before the NCI definitions, so the short plain one wins.
  for (const [term, plain] of Object.entries(sources.curation.glosses ?? {})) entries.push({ term, plain, kind: 'gloss' });

  for (const { term, plain_alternative } of sources.cdc) {
    const t = term.trim();
    // Short words are too often ordinary English; abbreviations come from the curated list instead.
    if (t.length < 4 || denied.has(t.toLowerCase()) || looksLikeAbbreviation(t) || /[()/]/.test(t)) continue;
    // The name of a condition is a concept the reader must keep: the thesaurus's broader word loses it ("Crohn's
    // disease" -> "digestion disease", "orchitis" -> "side effect of mumps"). It keeps its name and gets a gloss.
    if (NAMED_CONDITION.test(t)) continue;
    const plain = pickPlainAlternative(t, plain_alternative);
    if (plain) entries.push({ term: t, plain, kind: 'substitution' });
  }

  for (const { term, plain_alternative } of sources.nci) {
    const t = term.trim();
    if (looksLikeAbbreviation(t)) {
      if (ambiguous.has(t)) continue;
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

// A condition named by the thesaurus: a multiword name ending in a kind of illness, or one word ending like one.
const NAMED_CONDITION =
  /\s(?:disease|syndrome|disorder|infection|arthritis|sclerosis|fibrosis|cancer|thrombosis|neuritis|myelitis)$|^\S+(?:itis|osis|emia|aemia|oma|pathy)$/i;

// Endings of adjectives, whose plain alternative must not be a noun phrase.
const ADJECTIVE_ENDING = /(?:ic|al|ous|ive|ary|ory|ant|ent|ible|able)$/;

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
    // An adjective ("allergic") cannot be replaced by a noun phrase ("the body's reaction to something"): that is a
    // definition, and in a sentence it reads as nonsense ("the body's reaction to something rhinitis").
    if (ADJECTIVE_ENDING.test(lowerTerm) && /^(?:the|a|an)\s/.test(lower)) return undefined;
    return option;
  }
  return undefined;
}

// Words a cut definition must not end on ("A surgical procedure in" reads as broken).
const DANGLING = /\s+(?:in|of|to|for|with|by|from|on|at|as|the|a|an|that|which|whom|who|and|or|is|are|so)$/i;

// A lower-case word run into a capitalised one ("theCannabis", "ofStreptomycesbacteria"); names written so on
// purpose ("mRNA", "pH", "McArdle", "eGFR") have no run of two lower-case letters before the capital and a lower-case
// letter after it.
const GLUED = /\b[a-z]{2,}[A-Z][a-z]/;

// General nouns a definition makes definite only by the clause after them ("the vein that ...", "the belief that ...").
const CUT_BEFORE_WHICH =
  /\bthe\s+(?:belief|principle|idea|theory|process|processes|state|effects?|cells|veins?|arter(?:y|ies)|membranes|risk|way|ways|time|place|area|parts?|amount|substances?|tissues?|structures?|period|stage|condition|activity|ability)$/i;

/** The first sentence of a dictionary definition, cut at its first clause when longer than 15 words. */
export function shortDefinition(definition: string): string | undefined {
  // indexOf instead of a look-behind regex: this runs over 3.8 MB of definitions.
  let end = definition.indexOf('. ');
  while (end > 0 && /[A-Z]$|\b(?:e\.g|i\.e|vs|etc)$/.test(definition.slice(Math.max(0, end - 4), end))) {
    end = definition.indexOf('. ', end + 2);
  }
  const first = (end > 0 ? definition.slice(0, end) : definition)
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\.$/, '')
    .trim();
  if (first === '' || /^(?:in medicine|refers to|see |an? abbreviation|the .* stage)/i.test(first)) return undefined;
  // The dictionary lost the spaces around its italic names ("of theCannabis sativaorCannabis indicaplant", "the
  // bacteriumClostridium botulinum"): where the words run together cannot be told, so such a definition is not shown.
  if (first.split(/\s+/).length <= 15) return GLUED.test(first) ? undefined : first;
  // Cut at the first clause boundary and drop dangling little words.
  // Only a relative clause can go without breaking what is left: cutting at "and" or a comma left
  // "a program for people aged 65" (and older) or "a chemical formed when coal" (, oil ... burn).
  const cut = first.search(/ (?:that|which|who|in which) /);
  if (cut <= 0) return undefined;
  let clause = first.slice(0, cut).trim().replace(/[,;:]+$/, '');
  while (DANGLING.test(clause)) clause = clause.replace(DANGLING, '');
  // "Describes how likely it (is that ...)": a clause cut after its subject pronoun says nothing.
  if (/\b(?:it|they|there|this|how|whether)$/i.test(clause)) return undefined;
  // The clause cut off said which one: "High blood pressure in the vein" (that carries blood to the liver), "The
  // proportion of individuals in a population" (who are carriers), "A form of medicine based on the belief" (that ...).
  // A cut ending on "the" and a general noun that only its clause made definite, or opening on a share or count of
  // something, names no one thing and reads as a wrong definition; "in the skin", "of the eye" name the one there is.
  if (CUT_BEFORE_WHICH.test(clause) || /^(?:the|an?)\s+(?:[\w-]+\s+)?(?:proportion|number|percentage|amount|fraction|ratio|share)\s+of\b/i.test(clause)) return undefined;
  const n = clause.split(/\s+/).length;
  return n >= 3 && n <= 15 && !GLUED.test(clause) ? clause : undefined;
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
