import { pointsOf, type Answer, type Article, type Citation, type Point } from '../domain/index.js';

/** Articles by PMID, as a Map or a plain record. */
export type ArticlesByPmid = ReadonlyMap<string, Article> | Readonly<Record<string, Article>>;

/** The result of checking an answer against the contract. */
export type Verification = { ok: boolean; problems: string[] };

function lookup(articles: ArticlesByPmid, pmid: string): Article | undefined {
  if (articles instanceof Map) return articles.get(pmid);
  return Object.prototype.hasOwnProperty.call(articles, pmid) ? (articles as Record<string, Article>)[pmid] : undefined;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether a quote appears in an article's title or abstract (whitespace normalised). */
export function quoteIsIn(article: Article, quote: string): boolean {
  const q = squash(quote);
  if (!q) return false;
  return squash(article.title).includes(q) || squash(article.abstract).includes(q);
}


/** Why a citation breaks the contract, or null when it holds. */
export function citationProblem(answer: Answer, citation: Citation, articles: ArticlesByPmid): string | null {
  const ref = answer.references.find((r) => r.n === citation.n);
  if (!ref) return `citation [${citation.n}] (PMID ${citation.pmid}) resolves to no reference`;
  if (ref.pmid !== citation.pmid) return `citation [${citation.n}] names PMID ${citation.pmid} but reference ${ref.n} is PMID ${ref.pmid}`;
  const article = lookup(articles, citation.pmid);
  if (!article) return `citation [${citation.n}]: PMID ${citation.pmid} is not among the supplied articles`;
  if (!quoteIsIn(article, citation.quote)) return `citation [${citation.n}]: quote not found in PMID ${citation.pmid}: "${citation.quote.slice(0, 80)}"`;
  return null;
}

/** Checks every rule of the answer contract; lists each broken rule. */
export function verifyAnswer(answer: Answer, articlesByPmid: ArticlesByPmid): Verification {
  const problems: string[] = [];
  if (answer.status === 'insufficient_evidence') {
    if (answer.direct !== null) problems.push('insufficient_evidence answer has a direct answer');
    if (answer.sections.length) problems.push('insufficient_evidence answer has sections');
    if (answer.references.length) problems.push('insufficient_evidence answer has references');
    if (!answer.evidenceSummary.trim()) problems.push('insufficient_evidence answer does not say why');
    return { ok: problems.length === 0, problems };
  }
  if (!answer.direct) problems.push('answered answer has no direct answer');
  for (const section of answer.sections) {
    if (!section.points.length) problems.push(`section "${section.title}" is empty`);
  }
  const order: string[] = [];
  for (const point of pointsOf(answer)) {
    if (!point.citations.length) problems.push(`point has no citation: "${point.text.slice(0, 80)}"`);
    for (const citation of point.citations) {
      const problem = citationProblem(answer, citation, articlesByPmid);
      if (problem) problems.push(problem);
      if (!order.includes(citation.pmid)) order.push(citation.pmid);
    }
  }
  answer.references.forEach((ref, i) => {
    if (ref.n !== i + 1) problems.push(`reference ${i + 1} is numbered ${ref.n}`);
    const first = order.indexOf(ref.pmid);
    if (first < 0) problems.push(`reference ${ref.n} (PMID ${ref.pmid}) is cited by no point`);
    else if (first !== i) problems.push(`reference ${ref.n} (PMID ${ref.pmid}) is out of order of first citation`);
  });
  if (new Set(answer.references.map((r) => r.pmid)).size !== answer.references.length) {
    problems.push('a PMID is listed in more than one reference');
  }
  if (!answer.evidenceSummary.trim()) problems.push('answer has no evidence summary');
  return { ok: problems.length === 0, problems };
}
