/** Reads PubMedQA (PQA-L) and turns its abstracts into corpus records without leaking the questions. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { firstSentence } from './bioasq-corpus.js';
import type { CorpusRecord } from './pubmed-xml.js';

const itemSchema = z.object({
  QUESTION: z.string(),
  CONTEXTS: z.array(z.string()),
  LABELS: z.array(z.string()).default([]),
  YEAR: z.union([z.string(), z.number()]).nullable().optional(),
  final_decision: z.enum(['yes', 'no', 'maybe']),
  LONG_ANSWER: z.string().default(''),
  MESHES: z.array(z.string()).default([]),
});
const fileSchema = z.record(z.string(), itemSchema);

/** One PubMedQA question with its gold PMID and label. */
export type PubmedqaQuestion = { pmid: string; question: string; gold: 'yes' | 'no' | 'maybe' };

/** Questions and the corpus built from their abstracts. */
export type PubmedqaSet = { questions: PubmedqaQuestion[]; records: CorpusRecord[] };

/**
 * Parses a PQA-L file: each abstract becomes a record whose sections are the labelled CONTEXTS plus the
 * LONG_ANSWER as CONCLUSIONS, with the article's MeSH headings, titled with its first context sentence (the real title is not in the data set,
 * and the question must not be used because it would leak into retrieval).
 */
export function pubmedqaFromJson(json: unknown): PubmedqaSet {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`bench: not a PubMedQA PQA-L file: ${parsed.error.message}`);
  const questions: PubmedqaQuestion[] = [];
  const records: CorpusRecord[] = [];
  for (const [pmid, item] of Object.entries(parsed.data)) {
    questions.push({ pmid, question: item.QUESTION, gold: item.final_decision });
    const sections = item.CONTEXTS.map((text, i) => {
      const label = item.LABELS[i] ?? null;
      return { label, category: label === null ? null : label.toUpperCase(), text };
    });
    if (item.LONG_ANSWER.trim()) {
      sections.push({ label: 'CONCLUSIONS', category: 'CONCLUSIONS', text: item.LONG_ANSWER });
    }
    const year = Number(item.YEAR);
    records.push({
      pmid,
      title: firstSentence(item.CONTEXTS[0] ?? item.LONG_ANSWER) || `PubMed record ${pmid}`,
      abstractSections: sections,
      year: Number.isInteger(year) && year > 0 ? year : null,
      journal: 'PubMedQA abstracts (benchmark corpus)',
      publicationTypes: ['Journal Article'],
      // The MeSH headings PubMed gives the article, as the shipped demo corpus and any MEDLINE file have them.
      meshHeadings: item.MESHES,
    });
  }
  return { questions, records };
}

/** Reads and parses a PQA-L JSON file. */
export async function readPubmedqa(path: string): Promise<PubmedqaSet> {
  return pubmedqaFromJson(JSON.parse(await readFile(path, 'utf8')) as unknown);
}
