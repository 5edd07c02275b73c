import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Article } from '../../domain/index.js';
import { ClinqError } from '../../domain/index.js';

/** A row of the `articles` table as SQLite returns it. */
export type ArticleRow = {
  pmid: string;
  version: number;
  title: string;
  abstract: string;
  sections: string;
  journal: string;
  journal_iso: string | null;
  year: number | null;
  authors: string;
  languages: string;
  publication_types: string;
  mesh: string;
  keywords: string;
  doi: string | null;
};

/** The values bound when writing one article (named parameters of the insert/update statements). */
export type ArticleParams = ArticleRow & { terms: string; content_hash: string; updated_at: string; revised: string | null };

// The store is an input edge (any caller may hand it articles), so it checks the shape once here.
const articleSchema = z.object({
  pmid: z.string().regex(/^\d{1,20}$/, 'pmid must be 1-20 digits'),
  version: z.number().int().min(1),
  title: z.string(),
  abstract: z.string(),
  abstractSections: z.array(z.object({ label: z.string().nullable(), category: z.string().nullable(), text: z.string() })),
  journal: z.object({ title: z.string(), isoAbbreviation: z.string().nullable() }),
  year: z.number().int().nullable(),
  authors: z.array(z.string()),
  languages: z.array(z.string()),
  publicationTypes: z.array(z.string()),
  meshHeadings: z.array(
    z.object({
      descriptor: z.string(),
      descriptorUi: z.string().nullable(),
      majorTopic: z.boolean(),
      qualifiers: z.array(z.object({ name: z.string(), majorTopic: z.boolean() })),
    }),
  ),
  keywords: z.array(z.string()),
  doi: z.string().nullable(),
  revised: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'revised must be a YYYY-MM-DD date')
    .nullable()
    .optional(),
});

/** Checks an article before it is written; throws invalid_request naming the record and the field. */
export function checkArticle(candidate: unknown, position: number): Article {
  const parsed = articleSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const pmid = (candidate as { pmid?: unknown } | null)?.pmid;
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.join('.') || 'article'}: ${issue.message}` : 'invalid article';
  throw new ClinqError(
    'invalid_request',
    `store: article #${position}${typeof pmid === 'string' && pmid ? ` (PMID ${pmid})` : ''} rejected: ${where}`,
  );
}

/** The bound values for one article, including the text indexed as subject terms and a content hash. */
export function toArticleParams(article: Article, updatedAt: string): ArticleParams {
  const row: ArticleRow = {
    pmid: article.pmid,
    version: article.version,
    title: article.title,
    abstract: article.abstract,
    sections: JSON.stringify(article.abstractSections),
    journal: article.journal.title,
    journal_iso: article.journal.isoAbbreviation,
    year: article.year,
    authors: JSON.stringify(article.authors),
    languages: JSON.stringify(article.languages),
    publication_types: JSON.stringify(article.publicationTypes),
    mesh: JSON.stringify(article.meshHeadings),
    keywords: JSON.stringify(article.keywords),
    doi: article.doi,
  };
  // The revision date is not content: it decides which of two records wins, and is left out of the digest so databases
  // written before it was kept re-ingest as unchanged.
  return { ...row, terms: subjectTerms(article), content_hash: contentHashOf(row), updated_at: updatedAt, revised: article.revised ?? null };
}

/**
 * A digest of every stored field in a fixed order, so "identical content" means identical to the reader.
 * Length-prefixed fields make the input unambiguous without re-escaping the JSON columns, and SHA-1 is ample
 * for change detection (not a security boundary); both matter because ingest hashes every record it reads.
 */
export function contentHashOf(row: ArticleRow): string {
  let input = '';
  for (const value of rowValues(row)) {
    input += typeof value === 'string' ? `s${value.length}:${value}` : value === null ? '-;' : `n${value};`;
  }
  return createHash('sha1').update(input).digest('base64url');
}

/** Length of a {@link contentHashOf} digest; databases written before it hold 43-character SHA-256 digests. */
export const CONTENT_HASH_LENGTH = 27;

/** The content digest databases stored before {@link contentHashOf}, so they re-ingest as unchanged. */
export function legacyContentHashOf(row: ArticleRow): string {
  return createHash('sha256').update(JSON.stringify(rowValues(row))).digest('base64url');
}

/** The stored fields in column order, the order both digests cover. */
function rowValues(row: ArticleRow): (string | number | null)[] {
  return [
    row.pmid,
    row.version,
    row.title,
    row.abstract,
    row.sections,
    row.journal,
    row.journal_iso,
    row.year,
    row.authors,
    row.languages,
    row.publication_types,
    row.mesh,
    row.keywords,
    row.doi,
  ];
}

/** MeSH descriptors and author keywords as one text, the third indexed column. */
function subjectTerms(article: Article): string {
  return [...article.meshHeadings.map((heading) => heading.descriptor), ...article.keywords].join('; ');
}

/** Rebuilds the domain Article from its row. */
export function fromArticleRow(row: ArticleRow): Article {
  return {
    pmid: row.pmid,
    version: row.version,
    title: row.title,
    abstract: row.abstract,
    abstractSections: JSON.parse(row.sections) as Article['abstractSections'],
    journal: { title: row.journal, isoAbbreviation: row.journal_iso },
    year: row.year,
    authors: JSON.parse(row.authors) as string[],
    languages: JSON.parse(row.languages) as string[],
    publicationTypes: JSON.parse(row.publication_types) as string[],
    meshHeadings: JSON.parse(row.mesh) as Article['meshHeadings'],
    keywords: JSON.parse(row.keywords) as string[],
    doi: row.doi,
  };
}
