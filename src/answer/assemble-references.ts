import { evidenceLevelOfArticle, pointsOf, pubmedUrl, type Answer, type Article, type Citation, type Point, type Reference } from '../domain/index.js';
import { quoteIsIn, type ArticlesByPmid } from './verify-answer.js';

/** A citation that was removed from an answer because it broke the contract. */
export type DroppedCitation = { pmid: string; quote: string; reason: string };

function lookup(articles: ArticlesByPmid, pmid: string): Article | undefined {
  return articles instanceof Map ? articles.get(pmid) : (articles as Record<string, Article>)[pmid];
}

/** The reference-list entry for an article. */
export function referenceOf(article: Article, n: number): Reference {
  return {
    n,
    pmid: article.pmid,
    title: article.title,
    journal: article.journal.title || article.journal.isoAbbreviation || '',
    year: article.year,
    publicationTypes: [...article.publicationTypes],
    // A record MEDLINE gives no design whose title or abstract says it reports a case is read as a case report.
    evidenceLevel: evidenceLevelOfArticle(article),
    url: pubmedUrl(article.pmid),
  };
}

/**
 * Drops citations whose article is missing or whose quote is not in it, then points left without citations and
 * empty sections, then numbers references 1..n in order of first citation; every drop is reported.
 */
export function assembleReferences(
  answer: Answer,
  articles: ArticlesByPmid,
  onDrop: (dropped: DroppedCitation) => void = () => {},
): Answer {
  const keep = (citation: Citation): boolean => {
    const article = lookup(articles, citation.pmid);
    const reason = !article
      ? `PMID ${citation.pmid} is not among the supplied articles`
      : !quoteIsIn(article, citation.quote)
        ? `quote not found in PMID ${citation.pmid}`
        : null;
    if (reason) onDrop({ pmid: citation.pmid, quote: citation.quote, reason });
    return reason === null;
  };
  const clean = (point: Point): Point | null => {
    const citations = point.citations.filter(keep);
    return citations.length ? { ...point, citations } : null;
  };
  let direct = answer.direct ? clean(answer.direct) : null;
  let sections = answer.sections
    .map((s) => ({ ...s, points: s.points.map(clean).filter((p): p is Point => p !== null) }))
    .filter((s) => s.points.length > 0);
  // When the direct answer lost its only source, the next best point takes its place.
  if (answer.direct && !direct && sections[0]) {
    const [first, ...rest] = sections[0].points;
    direct = first ?? null;
    sections = rest.length ? [{ ...sections[0], points: rest }, ...sections.slice(1)] : sections.slice(1);
  }
  const order: string[] = [];
  for (const point of pointsOf({ direct, sections })) {
    for (const c of point.citations) if (!order.includes(c.pmid)) order.push(c.pmid);
  }
  const number = (point: Point): Point => ({
    ...point,
    citations: point.citations.map((c) => ({ ...c, n: order.indexOf(c.pmid) + 1 })),
  });
  return {
    ...answer,
    direct: direct ? number(direct) : null,
    sections: sections.map((s) => ({ ...s, points: s.points.map(number) })),
    references: order.map((pmid, i) => referenceOf(lookup(articles, pmid) as Article, i + 1)),
  };
}
