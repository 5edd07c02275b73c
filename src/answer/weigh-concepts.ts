import type { Article, Evidence } from '../domain/index.js';
import { boundedCache } from '../lib/index.js';
import type { Concept, QuestionAnalysis } from './analyze-question.js';
import { mentions, stemSet } from './content-terms.js';
import { definedAbbreviations, questionForms, withQuestionForms, type QuestionForms } from './expand-abbreviations.js';
import { answeringWords } from './answering-words.js';

/** An article's own stems (before any question's forms are added) and the abbreviations it defines, as read from its text. */
type OwnStems = { text: string; terms: string; stems: ReadonlySet<string>; defined: ReadonlyMap<string, Set<string>> };

/** Articles whose own stems are kept: the same articles come back across questions and answers read them many times. */
const MAX_CACHED_ARTICLES = 4096;
const ownStems = boundedCache<string, OwnStems>(MAX_CACHED_ARTICLES);

function ownStemsOf(article: Article): OwnStems {
  const text = `${article.title} ${article.abstract}`;
  const terms = [...article.meshHeadings.map((m) => m.descriptor), ...article.keywords].join(' ');
  const known = ownStems.get(article.pmid);
  // An article re-ingested with other text is read again.
  if (known && known.text === text && known.terms === terms) return known;
  const stems = stemSet(terms ? `${text} ${terms}` : text);
  const defined = definedAbbreviations(text);
  for (const [short, long] of defined) {
    if (stems.has(short)) for (const s of long) stems.add(s);
  }
  const own = { text, terms, stems, defined };
  ownStems.set(article.pmid, own);
  return own;
}

/** The stems an article mentions anywhere: title, abstract, MeSH headings, keywords and the abbreviations it defines. */
export function articleStems(article: Article, forms: QuestionForms = { acronyms: [], capitals: [] }): Set<string> {
  const { text, stems, defined } = ownStemsOf(article);
  // The question's forms are added to a copy: the kept set is the article's alone.
  return withQuestionForms(new Set(stems), text, forms, defined);
}

/**
 * How specific a concept is within the retrieved evidence: an inverse document frequency, so a word every
 * retrieved article uses ("patients", "risk") counts little and a word few or none use counts much.
 */
export function specificity(documentFrequency: number, documents: number): number {
  return Math.log(1 + documents / (documentFrequency + 0.5));
}

/**
 * Re-weights the question's concepts by their specificity within the evidence (times the wording weight that
 * halves generic words), so coverage means "covers what is particular about this question".
 */
export function weighConcepts(
  analysis: QuestionAnalysis,
  articles: readonly ReadonlySet<string>[],
  isWording: (concept: Concept) => boolean = () => false,
): QuestionAnalysis {
  if (!articles.length) return analysis;
  const n = articles.length;
  const concepts: Concept[] = analysis.concepts.map((c) => {
    const df = articles.filter((stems) => mentions(stems, c.stem)).length;
    // A word no retrieved article uses is either a missing topic or the question's own phrasing ("purpose",
    // "used"); the evidence cannot tell which, so it weighs like a word a quarter of the articles use.
    // Framing words ("mechanism", "treatment") that no article uses are the question's phrasing: they weigh nothing.
    if (df === 0 && c.generic) return { ...c, weight: 0 };
    // The question's everyday wording ("waiting longer to start", "get worse") is rare among articles on its topic
    // because it is wording, not because it is what is particular about the question: it weighs like a generic word
    // that half the articles use, so an article on a waiting list does not outweigh the one on the topic asked.
    if (!c.generic && isWording(c)) return { ...c, weight: c.weight * 0.5 * specificity(Math.max(df, n / 2), n) };
    return { ...c, weight: c.weight * specificity(df === 0 ? n / 4 : df, n) };
  });
  return { ...analysis, concepts };
}

/** The weighted share of the question's concepts a set of stems mentions, 0..1. */
export function coverageOf(concepts: readonly Concept[], stems: ReadonlySet<string>): number {
  const total = concepts.reduce((sum, c) => sum + c.weight, 0);
  if (!total) return 0;
  return concepts.filter((c) => mentions(stems, c.stem)).reduce((sum, c) => sum + c.weight, 0) / total;
}

/** The share of the question's subject concepts (not generic wording) a set of stems mentions, 0..1. */
export function subjectCoverage(analysis: QuestionAnalysis, stems: ReadonlySet<string>): number {
  const subject = analysis.concepts.filter((c) => !c.generic);
  if (!subject.length) return 1;
  return subject.filter((c) => mentions(stems, c.stem)).length / subject.length;
}

/** What the answer stage knows about each retrieved article: its stems and how much of the question it covers. */
export type ArticleFit = { pmid: string; stems: ReadonlySet<string>; coverage: number; subject: number; rank: number };

// An article's stems as one question reads them, kept while the article is: one answer weighs the evidence several
// ways (plain, without wording, by head words), and reading every abstract anew each time was most of the cost.
const readAs = new WeakMap<Article, { question: string; synonyms: QuestionAnalysis['synonyms']; stems: ReadonlySet<string> }>();

function questionStemsOf(article: Article, analysis: QuestionAnalysis): ReadonlySet<string> {
  const known = readAs.get(article);
  if (known && known.question === analysis.question && known.synonyms === analysis.synonyms) return known.stems;
  // An article that writes only "ALS" mentions the question's "amyotrophic lateral sclerosis".
  const written = articleStems(article, questionForms(analysis.question, analysis.synonyms));
  const stems = withAnsweringWords(article, analysis, written);
  readAs.set(article, { question: analysis.question, synonyms: analysis.synonyms, stems });
  return stems;
}

/**
 * "How is phenylketonuria inherited?" is answered by an article saying "PKU is an autosomal recessive disorder", which
 * need not write "inherited": the mode it names covers the question's word asking for one, as a sentence's does
 * (select-sentences), so the article is not left out as covering only half the question; so does a cause named for
 * "What causes X?" and the features stated for "What are the symptoms of X?" (answering-words).
 */
function withAnsweringWords(article: Article, analysis: QuestionAnalysis, stems: ReadonlySet<string>): ReadonlySet<string> {
  const asking = answeringWords(analysis).filter((a) => !stems.has(a.concept.stem));
  if (!asking.length) return stems;
  const text = `${article.title} ${article.abstract}`;
  const said = asking.filter((a) => a.says(text));
  return said.length ? new Set([...stems, ...said.map((a) => a.concept.stem)]) : stems;
}

/** Weighs the concepts on the evidence and measures every article's coverage of the question. */
export function fitEvidence(analysis: QuestionAnalysis, evidence: readonly Evidence[], isWording?: (concept: Concept) => boolean): {
  analysis: QuestionAnalysis;
  fits: Map<string, ArticleFit>;
} {
  const stems = evidence.map((e) => questionStemsOf(e.article, analysis));
  const weighed = weighConcepts(analysis, stems, isWording);
  const fits = new Map<string, ArticleFit>();
  evidence.forEach((e, rank) => {
    const s = stems[rank] as ReadonlySet<string>;
    fits.set(e.article.pmid, { pmid: e.article.pmid, stems: s, coverage: coverageOf(weighed.concepts, s), subject: subjectCoverage(analysis, s), rank });
  });
  return { analysis: weighed, fits };
}

/**
 * The question's rarest subject concept that some retrieved article mentions, when at most `maxDocuments` articles
 * of the corpus contain it (then it names the question's topic), else null.
 */
export function rarestSubject(
  analysis: QuestionAnalysis,
  frequencies: ReadonlyMap<string, number>,
  maxDocuments: number,
  articles: readonly ReadonlySet<string>[],
): Concept | null {
  let rarest: Concept | null = null;
  let fewest = Infinity;
  for (const c of analysis.concepts) {
    const df = frequencies.get(c.stem) ?? 0;
    if (c.generic || df === 0 || df >= fewest) continue;
    // A rare word no retrieved article uses is as likely the question's phrasing ("employed") as its topic.
    if (!articles.some((stems) => mentions(stems, c.stem))) continue;
    rarest = c;
    fewest = df;
  }
  return fewest <= maxDocuments ? rarest : null;
}

/** The question's subject concepts weighed by their rarity in the whole corpus (an inverse document frequency). */
export function rarityWeights(analysis: QuestionAnalysis, frequencies: ReadonlyMap<string, number>, documents: number): Concept[] {
  return analysis.concepts
    .filter((c) => !c.generic)
    .map((c) => ({ ...c, weight: specificity(frequencies.get(c.stem) ?? 0, Math.max(1, documents)) }));
}
