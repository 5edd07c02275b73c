/**
 * The wiring of clinq's stages for one database: store → search → answer → audience.
 * The CLI and the server both start here, so a question is answered the same way everywhere.
 */
import { AUDIENCES, ClinqError, type Answer, type Article, type Audience } from './domain/index.js';
import { openDatabase, createSqliteArticleStore, createSqliteEditorialStore } from './store/sqlite/index.js';
import type { ArticleStore } from './store/index.js';
import { createFindEvidence, foldPhrase, loadConceptLexicon, loadGeneralEnglish } from './search/index.js';
import { composeAnswer, verifyAnswer } from './answer/index.js';
import { adaptAnswer, loadVocabulary } from './audience/index.js';
import type { Settings } from './config.js';
import type Database from 'better-sqlite3';
import type { EditorialStore } from './editorial/index.js';

/** The running parts of clinq over one database. */
export type Clinq = {
  settings: Settings;
  db: Database.Database;
  store: ArticleStore;
  /** Answers a question for a reader; the question must already be checked with `checkQuestion`. */
  ask(question: string, audience?: Audience): Promise<Answer>;
  /** Rewords a physician answer for another reader; stored articles keep the physician wording. */
  adapt(answer: Answer, audience: Audience): Answer;
  /** Articles, versions, reviews, people and sessions, in the same database. */
  editorial: EditorialStore;
  getArticle(pmid: string): Promise<Article | null>;
  close(): Promise<void>;
};

/** Checks a question where it enters (CLI or HTTP) and returns it trimmed, or throws `invalid_request`. */
export function checkQuestion(input: unknown, maxChars: number): string {
  if (typeof input !== 'string') throw new ClinqError('invalid_request', 'question: must be a string');
  const question = input.replace(/\s+/g, ' ').trim();
  if (question.length === 0) throw new ClinqError('invalid_request', 'question: is empty; ask something, e.g. "What causes gout?"');
  if (question.length > maxChars) {
    throw new ClinqError('invalid_request', `question: is ${question.length} characters long; the limit is ${maxChars}`);
  }
  if (!/[\p{L}\p{N}]/u.test(question)) throw new ClinqError('invalid_request', 'question: has no letters or digits');
  return question;
}

/** Checks an audience name where it enters, or throws `invalid_request` listing the valid ones. */
export function checkAudience(input: unknown): Audience {
  if (input === undefined || input === null || input === '') return 'physician';
  if (typeof input === 'string' && (AUDIENCES as readonly string[]).includes(input)) return input as Audience;
  throw new ClinqError('invalid_request', `audience: "${String(input)}" is not one of ${AUDIENCES.join(', ')}`);
}

/** Opens the database named in the settings and wires the stages over it. */
export async function openClinq(settings: Settings): Promise<Clinq> {
  const db = openDatabase(settings.store.dbPath);
  const store = createSqliteArticleStore(db);
  // Both vocabularies are read once per process; the search lexicon adds MeSH, lay-term and spelling expansion.
  const [lexicon, vocabulary, english] = await Promise.all([loadConceptLexicon(), loadVocabulary(), loadGeneralEnglish()]);
  const findEvidence = createFindEvidence({ store, lexicon });
  // Corpus-wide word counts let the answer stage tell a missing topic from the question's own wording.
  const documentFrequencies = (stems: readonly string[]) => store.documentFrequencies(stems);
  // A word the vocabulary names (a MeSH heading such as "colchicine") is a topic; other words may be phrasing.
  const isNamedConcept = (word: string) => lexicon.alternativesOf(foldPhrase(word)) !== undefined;

  const editorial = createSqliteEditorialStore(db);

  function adapt(answer: Answer, audience: Audience): Answer {
    return audience === 'physician' || answer.audience === audience ? answer : adaptAnswer(answer, audience, vocabulary);
  }

  async function ask(question: string, audience: Audience = 'physician'): Promise<Answer> {
    const [articles, snapshot] = await Promise.all([store.countArticles(), store.snapshot()]);
    const clinical = await composeAnswer(question, {
      findEvidence,
      audience: 'physician',
      corpus: { articles, snapshot },
      limit: settings.answer.evidenceLimit,
      documentFrequencies,
      isNamedConcept,
      // General English tells phrasing from names the vocabulary lacks (brand names, misspellings).
      englishLevel: (word) => english.level(word),
    });
    const answer = adapt(clinical, audience);
    // Fail loud: composeAnswer already drops unverifiable citations, so a problem here is a bug worth surfacing.
    const cited = await store.getArticles([...new Set(answer.references.map((r) => r.pmid))]);
    const check = verifyAnswer(answer, new Map(cited.map((a) => [a.pmid, a])));
    if (!check.ok) throw new Error(`answer: contract check failed: ${check.problems.join('; ')}`);
    return answer;
  }

  return {
    settings,
    db,
    store,
    ask,
    adapt,
    editorial,
    getArticle: (pmid) => store.getArticle(pmid),
    close: () => store.close(),
  };
}
