/** A PubMed/MEDLINE record as clinq keeps it: the source every citation resolves to. */
export type Article = {
  pmid: string;
  /** MEDLINE version of the record (PMID Version attribute); a higher one replaces a lower one. */
  version: number;
  title: string;
  /** The whole abstract as plain text: the section texts joined by single spaces (labels not included). */
  abstract: string;
  /** The abstract's structured sections, in order; one section with label null for unstructured abstracts. */
  abstractSections: AbstractSection[];
  journal: { title: string; isoAbbreviation: string | null };
  year: number | null;
  authors: string[];
  /** ISO 639-2 language codes, e.g. ["eng"]. */
  languages: string[];
  publicationTypes: string[];
  meshHeadings: MeshHeading[];
  keywords: string[];
  doi: string | null;
};

/** One labelled part of a structured abstract (label as printed, NlmCategory such as "RESULTS"). */
export type AbstractSection = { label: string | null; category: string | null; text: string };

/** A MeSH descriptor assigned to an article, with its qualifiers and major-topic flags. */
export type MeshHeading = {
  descriptor: string;
  descriptorUi: string | null;
  majorTopic: boolean;
  qualifiers: { name: string; majorTopic: boolean }[];
};

/** How strong a study design is, highest first; decided from MEDLINE publication types. */
export type EvidenceLevel =
  | 'guideline'
  | 'systematic-review'
  | 'rct'
  | 'observational'
  | 'case-report'
  | 'review'
  | 'other';

/** Evidence levels ordered from strongest to weakest. */
export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = [
  'guideline',
  'systematic-review',
  'rct',
  'observational',
  'review',
  'case-report',
  'other',
];

const LEVEL_BY_TYPE: [RegExp, EvidenceLevel][] = [
  [/^(practice )?guideline$|^consensus development conference/i, 'guideline'],
  [/^(systematic review|meta-analysis)$/i, 'systematic-review'],
  [/^(randomized controlled trial|controlled clinical trial|clinical trial, phase (iii|iv)|pragmatic clinical trial|equivalence trial)$/i, 'rct'],
  [/^(observational study|comparative study|multicenter study|clinical trial.*|evaluation study|validation study|twin study|cohort)$/i, 'observational'],
  [/^case reports$/i, 'case-report'],
  [/^(review|scientific integrity review)$/i, 'review'],
];

/** The strongest evidence level implied by a record's publication types. */
export function evidenceLevelOf(publicationTypes: readonly string[]): EvidenceLevel {
  let best: EvidenceLevel = 'other';
  for (const type of publicationTypes) {
    const hit = LEVEL_BY_TYPE.find(([pattern]) => pattern.test(type.trim()));
    if (hit && EVIDENCE_LEVELS.indexOf(hit[1]) < EVIDENCE_LEVELS.indexOf(best)) best = hit[1];
  }
  return best;
}

/** The PubMed page of a record. */
export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}
