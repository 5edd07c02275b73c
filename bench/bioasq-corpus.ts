/** Reads BioASQ golden files and rebuilds one PubMed record per gold document from its gold snippets. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sbd from 'sbd';
import { z } from 'zod';
import type { CorpusRecord } from './pubmed-xml.js';

const snippetSchema = z.object({
  text: z.string(),
  document: z.string(),
  beginSection: z.string(),
  endSection: z.string().optional(),
  offsetInBeginSection: z.number(),
  offsetInEndSection: z.number().optional(),
});

const questionSchema = z.object({
  id: z.string(),
  type: z.string(),
  body: z.string(),
  documents: z.array(z.string()).default([]),
  snippets: z.array(snippetSchema).default([]),
  ideal_answer: z.union([z.array(z.string()), z.string()]).optional(),
  exact_answer: z.unknown().optional(),
});

const fileSchema = z.object({ questions: z.array(questionSchema) });

/** A gold snippet: a verbatim span of a PubMed title or abstract. */
export type Snippet = z.infer<typeof snippetSchema>;

/** One BioASQ question with its gold documents (PMIDs), snippets and answers. */
export type BioasqQuestion = {
  id: string;
  type: string;
  body: string;
  documents: string[];
  snippets: Snippet[];
  idealAnswers: string[];
  /** 'yes' or 'no' for yesno questions; null otherwise. */
  yesNo: 'yes' | 'no' | null;
};

/** The PMID at the end of a BioASQ document URL (or the value itself when it is already a PMID). */
export function pmidOf(documentUrl: string): string {
  const match = /(\d+)\/?\s*$/.exec(documentUrl);
  return match?.[1] ?? documentUrl.trim();
}

function yesNoOf(type: string, exact: unknown): 'yes' | 'no' | null {
  if (type !== 'yesno') return null;
  const value = (Array.isArray(exact) ? exact.flat(2)[0] : exact) as unknown;
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  return v === 'yes' || v === 'no' ? v : null;
}

/** The JSON files named, with directories expanded to the *.json files they contain (sorted). */
export async function expandJsonFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith('.json')).sort();
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
}

/** Parses BioASQ golden JSON files (checked with a schema) into questions, in file order. */
export async function readBioasqQuestions(paths: readonly string[]): Promise<BioasqQuestion[]> {
  const questions: BioasqQuestion[] = [];
  for (const file of await expandJsonFiles(paths)) {
    const parsed = fileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) throw new Error(`bench: ${file} is not a BioASQ golden file: ${parsed.error.message}`);
    for (const q of parsed.data.questions) {
      const ideal = q.ideal_answer === undefined ? [] : Array.isArray(q.ideal_answer) ? q.ideal_answer : [q.ideal_answer];
      questions.push({
        id: q.id,
        type: q.type,
        body: q.body,
        documents: [...new Set(q.documents.map(pmidOf))],
        snippets: q.snippets,
        idealAnswers: ideal,
        yesNo: yesNoOf(q.type, q.exact_answer),
      });
    }
  }
  return questions;
}

/**
 * Rebuilds a section's text from spans placed at their character offsets: spans are sorted by offset, a gap
 * between spans becomes one space, and an overlap is merged when the overlapping characters agree (offsets in
 * BioASQ are sometimes off by one, so a disagreeing overlap is joined with a space instead of garbling text).
 */
export function rebuildSection(spans: readonly { offset: number; text: string }[]): string {
  const sorted = [...spans]
    .map((s) => ({ offset: s.offset, text: s.text.trim() }))
    .filter((s) => s.text.length > 0)
    .sort((a, b) => a.offset - b.offset || b.text.length - a.text.length);
  let out = '';
  let end = -1; // offset just past the text placed so far
  for (const span of sorted) {
    const spanEnd = span.offset + span.text.length;
    if (out === '') {
      out = span.text;
      end = spanEnd;
      continue;
    }
    if (out.includes(span.text)) {
      end = Math.max(end, spanEnd);
      continue;
    }
    const overlap = end - span.offset;
    if (overlap > 0 && overlap < span.text.length && out.endsWith(span.text.slice(0, overlap))) {
      out += span.text.slice(overlap);
    } else {
      out += ` ${span.text}`;
    }
    end = Math.max(end, spanEnd);
  }
  return out;
}

/** The first sentence of a text (used as a title when no title snippet exists). */
export function firstSentence(text: string): string {
  // A snippet may begin with the end of the sentence before it (".RESULTS: At the end of the study ..."): the first
  // sentence is the first one holding a letter, not the stray full stop.
  const start = text.replace(/^[^\p{L}\p{N}(]+/u, '').replace(/^[A-Z][A-Z ]{2,}:\s*/u, '');
  const sentences = sbd.sentences(start, { newline_boundaries: false }).map((s) => s.trim());
  return sentences.find((s) => /\p{L}/u.test(s)) ?? '';
}

/** Outcome of building a corpus from gold snippets. */
export type BuiltCorpus = { records: CorpusRecord[]; documentsWithoutSnippets: string[] };

/**
 * One record per document that has at least one gold snippet in any question: the title from title snippets
 * (else the first sentence of the first abstract snippet, because the ingester refuses untitled records) and the
 * abstract rebuilt from abstract snippets; documents with no snippet at all cannot be rebuilt and are listed.
 */
export function buildBioasqCorpus(questions: readonly BioasqQuestion[]): BuiltCorpus {
  const byPmid = new Map<string, Snippet[]>();
  const gold = new Set<string>();
  for (const q of questions) {
    for (const pmid of q.documents) gold.add(pmid);
    for (const s of q.snippets) {
      const pmid = pmidOf(s.document);
      const list = byPmid.get(pmid) ?? [];
      list.push(s);
      byPmid.set(pmid, list);
    }
  }
  const records: CorpusRecord[] = [];
  for (const [pmid, snippets] of [...byPmid].sort(([a], [b]) => Number(a) - Number(b))) {
    const span = (s: Snippet) => ({ offset: s.offsetInBeginSection, text: s.text });
    const title = rebuildSection(snippets.filter((s) => s.beginSection === 'title').map(span));
    const abstract = rebuildSection(snippets.filter((s) => s.beginSection !== 'title').map(span));
    const firstAbstract = [...snippets]
      .filter((s) => s.beginSection !== 'title')
      .sort((a, b) => a.offsetInBeginSection - b.offsetInBeginSection)[0];
    const finalTitle = title || (firstAbstract ? firstSentence(firstAbstract.text) : '');
    if (!finalTitle) continue;
    records.push({
      pmid,
      title: finalTitle,
      abstractSections: abstract ? [{ label: null, category: null, text: abstract }] : [],
      year: null,
      journal: 'BioASQ gold snippets (benchmark reconstruction)',
      publicationTypes: ['Journal Article'],
    });
  }
  const built = new Set(records.map((r) => r.pmid));
  return { records, documentsWithoutSnippets: [...gold].filter((p) => !built.has(p)).sort() };
}

/** An evenly spaced, deterministic sample of n items in their original order (all items when n >= length). */
export function evenSample<T>(items: readonly T[], n: number | undefined): T[] {
  if (n === undefined || n >= items.length) return [...items];
  if (n <= 0) return [];
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)] as T);
}
