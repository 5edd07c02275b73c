/**
 * The wiring of clinq's stages for one database: store → search → answer → audience.
 * The CLI and the server both start here, so a question is answered the same way everywhere.
 */
import { shownValue } from './lib/shown-value.js';
import { AUDIENCES, audienceNamed, ClinqError, pointsOf, type Answer, type Article, type Audience } from './domain/index.js';
import { openDatabase, createSqliteArticleStore, createSqliteEditorialStore } from './store/sqlite/index.js';
import type { ArticleStore } from './store/index.js';
import { alternativesOrSingular, loadLayTerms, loadMeshTree, createQuestionLexicon, createCompoundSpellings, createCorpusSpelling, createFindEvidence, createQuestionShortForms, foldPhrase, loadConceptLexicon, loadGeneralEnglish, type ConceptLexicon } from './search/index.js';
import {
  COMMONEST_LEVEL,
  composeAnswer,
  createOpenAiCompatibleModel,
  rewritePoints,
  verifyAnswer,
  type AnswerModel,
  type Fallback,
  type PlainLanguageChecks,
  type ThreadContext,
} from './answer/index.js';
import type { Vocabulary } from './audience/index.js';
import type { Settings } from './config.js';
import type Database from 'better-sqlite3';
import type { EditorialStore } from './editorial/index.js';
import type { CorpusCoverage } from './corpus/index.js';
import { createCorpusCoverage } from './corpus-coverage.js';
import { setImmediate as turn } from 'node:timers/promises';

/** The audience stage, loaded on first use, with its plain-language vocabulary. */
type AudienceStage = typeof import('./audience/index.js') & { vocabulary: Vocabulary };

/** The running parts of clinq over one database. */
export type Clinq = {
  settings: Settings;
  db: Database.Database;
  store: ArticleStore;
  /**
   * Answers a question for a reader; the question must already be checked with `checkQuestion`. A follow-up passes its
   * thread (the turn it follows and the records that turn cites), which the answer stage prefers as evidence.
   */
  ask(question: string, audience?: Audience, thread?: ThreadContext): Promise<Answer>;
  /** Rewords a physician answer for another reader; stored articles keep the physician wording. */
  adapt(answer: Answer, audience: Audience): Promise<Answer>;
  /**
   * With a model configured: adapt, then the model's checked rewrite for that reader (as `ask` does), verified against
   * the corpus; throws when the model fails or the result does not verify. Absent without a model.
   */
  adaptForReader?: (answer: Answer, audience: Audience) => Promise<Answer>;
  /** Articles, versions, reviews, people and sessions, in the same database. */
  editorial: EditorialStore;
  getArticle(pmid: string): Promise<Article | null>;
  /** What the corpus covers (subjects, areas, example questions it answers), made once per corpus snapshot. */
  coverage(): Promise<CorpusCoverage>;
  /** Reads what the first questions would otherwise wait for (the corpus spelling index, the audience stage and its vocabulary); resolves to the index's term count. */
  warmUp(): Promise<{ spellingTerms: number }>;
  close(): Promise<void>;
};

/** What the generative mode did to one answer: how many points it reworded, and why the others kept their text. */
export type ModelReport = { question: string; audience: Audience; points: number; rewritten: number; fallbacks: Fallback[] };

/** Collaborators of openClinq that tests may replace. */
export type ClinqOptions = {
  /** The generative model; defaults to the OpenAI-compatible endpoint in settings.model, or none (extractive). */
  model?: AnswerModel;
  /** Told after each generative answer; defaults to one stderr line when some point kept its extractive text. */
  onModelReport?: (report: ModelReport) => void;
};

/** Writes one line to stderr for an answer in which the model's rewrite of some point was not used. */
export function logModelReport(report: ModelReport): void {
  if (!report.fallbacks.length) return;
  const reasons = report.fallbacks.map((f) => (f.point ? `point ${f.point}: ${f.reason}` : f.reason)).join('; ');
  process.stderr.write(`clinq: model: ${report.rewritten} of ${report.points} points reworded; extractive text kept for the rest (${reasons})\n`);
}

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

/** Checks an audience name (in any case) where it enters, or throws `invalid_request` listing the valid ones. */
export function checkAudience(input: unknown): Audience {
  if (input === undefined || input === null || input === '') return 'physician';
  const audience = audienceNamed(input);
  if (audience) return audience;
  throw new ClinqError('invalid_request', `audience: ${shownValue(String(input))} is not one of ${AUDIENCES.join(', ')}`);
}

/** Opens the database named in the settings and wires the stages over it. */
export async function openClinq(settings: Settings, options: ClinqOptions = {}): Promise<Clinq> {
  const db = openDatabase(settings.store.dbPath);
  const store = createSqliteArticleStore(db);
  // The search lexicon (MeSH, lay-term and spelling expansion) and the English word lists are read once per process.
  const [lexicon, english] = await Promise.all([loadConceptLexicon(), loadGeneralEnglish()]);
  // The audience stage and its plain-language vocabulary are loaded once, on the first answer worded for another reader
  // than a physician (or by warmUp): a one-shot `clinq ask` for a physician needs neither.
  let audienceStage: Promise<AudienceStage> | null = null;
  const audienceStageOnce = (): Promise<AudienceStage> =>
    (audienceStage ??= import('./audience/index.js').then(async (stage) => ({ ...stage, vocabulary: await stage.loadVocabulary() })));
  const searchEvidence = createFindEvidence({ store, lexicon });
  // The corpus words nearest to a question word no article has, for "did you mean" (index terms read once per corpus state).
  const spellingCandidates = createCorpusSpelling(store);
  // The short forms the corpus defines for a question's phrases ("AF" for atrial fibrillation), as search reads them.
  const shortFormsOf = createQuestionShortForms(store);
  // A compound the reader writes closed that the articles write hyphened or spaced, or the other way round ("sleepwalking").
  const compoundSpellings = createCompoundSpellings(store, { englishLevel: (word) => english.level(word) });
  // Corpus-wide word counts let the answer stage tell a missing topic from the question's own wording.
  const documentFrequencies = (stems: readonly string[]) => store.documentFrequencies(stems);
  // A word the vocabulary names (a MeSH heading such as "colchicine") is a topic; other words may be phrasing.
  // The commonest English words the thesaurus gives as plain words ("chance" for probability, "fine" for dust) are
  // the reader's wording, not a topic to find.
  const namedConceptIn = (known: ConceptLexicon) => (word: string) => {
    const phrase = foldPhrase(word);
    if (known.alternativesOf(phrase) === undefined) return false;
    return !(known.isPlainWordOnly?.(phrase) === true && (english.level(phrase) ?? Infinity) <= COMMONEST_LEVEL);
  };
  // A brand of medicine the corpus writes itself ("Keytruda") is read as the corpus writes it, not by its generic name,
  // and clinician shorthand the corpus does not define ("WCC") by the names papers use (leukocyte count): built once per
  // question for both stages (search builds its own only for another wording the answer stage asks).
  const questionLexicon = createQuestionLexicon(store, lexicon);

  const editorial = createSqliteEditorialStore(db);
  const model = options.model ?? (settings.model ? createOpenAiCompatibleModel(settings.model) : undefined);
  const onModelReport = options.onModelReport ?? logModelReport;

  // The articles an answer cites, by PMID, read once: their quotes are verified against them, and their titles and
  // abstracts define each point's abbreviations for a lay reader.
  async function citedArticles(answer: Answer): Promise<Map<string, Article>> {
    const cited = await store.getArticles([...new Set(answer.references.map((r) => r.pmid))]);
    return new Map(cited.map((a) => [a.pmid, a]));
  }

  const keepsWording = (answer: Answer, audience: Audience) => audience === 'physician' || answer.audience === audience;

  async function adaptWith(answer: Answer, reader: Audience, cited: ReadonlyMap<string, Article>): Promise<Answer> {
    if (keepsWording(answer, reader)) return answer;
    const { adaptAnswer, vocabulary } = await audienceStageOnce();
    const sources = new Map([...cited].map(([pmid, a]) => [pmid, `${a.title} ${a.abstract}`]));
    return adaptAnswer(answer, reader, vocabulary, sources);
  }

  async function adapt(answer: Answer, reader: Audience): Promise<Answer> {
    return keepsWording(answer, reader) ? answer : adaptWith(answer, reader, await citedArticles(answer));
  }

  async function ask(question: string, audience: Audience = 'physician', thread?: ThreadContext): Promise<Answer> {
    // An answer is seconds of work whose every await settles at once (the store is synchronous), so without a turn of
    // the event loop between its stages a server answering several questions reads no other request until all are
    // done: /healthz waited 12 s behind 20 questions on the 1,896-record corpus. It turns around each search and
    // before rewording, and answers are composed one at a time (compose).
    const clinical = await compose(question, thread);
    await turn();
    // Rewording keeps the references, so the articles cited are read once for adapting and verifying.
    const cited = await citedArticles(clinical);
    const extractive = await adaptWith(clinical, audience, cited);
    const answer = model ? (await reword(clinical, extractive, model)).answer : extractive;
    // Fail loud: composeAnswer already drops unverifiable citations, so a problem here is a bug worth surfacing.
    verify(answer, cited);
    return answer;
  }

  // One answer is composed at a time, in the order asked: the work is the CPU's (the store is synchronous), so
  // composing several at once finishes none sooner, and with the turns between stages each would wait for a share of
  // every other one (20 questions at once each took as long as all 20); one at a time, a short request waits for one
  // stage of one answer and the first question asked is answered first. Rewording by a model (network) is not queued.
  let composing: Promise<unknown> = Promise.resolve();
  function compose(question: string, thread?: ThreadContext): Promise<Answer> {
    const run = composing.then(() => composeNow(question, thread));
    composing = run.catch(() => undefined);
    return run;
  }

  // The extractive physician answer, before any rewording for a reader or by a model.
  async function composeNow(question: string, thread?: ThreadContext): Promise<Answer> {
    const [articles, snapshot, known] = await Promise.all([store.countArticles(), store.snapshot(), questionLexicon(question)]);
    return composeAnswer(question, {
      findEvidence: async (asked, options) => {
        await turn();
        const found = await searchEvidence(asked, options, asked === question ? known : undefined);
        await turn();
        return found;
      },
      audience: 'physician',
      corpus: { articles, snapshot },
      limit: settings.answer.evidenceLimit,
      documentFrequencies,
      isNamedConcept: namedConceptIn(known),
      // The lay and MeSH names of the question's phrases: "heart attack" is spoken of as "myocardial infarction".
      // A plural is named as its singular is ("newborns" as "neonate").
      alternativesOf: (phrase) => alternativesOrSingular(known, foldPhrase(phrase)),
      // A kind of cancer filed below the phrase's name ("renal cell carcinoma" of kidney cancer) speaks of it too.
      namesOf: (phrase) => {
        const folded = foldPhrase(phrase);
        const names = known.isDefinedOnly?.(folded) ? undefined : known.alternativesOf(folded);
        const kinds = names ? (known.narrowerOf?.(folded) ?? []) : [];
        return kinds.length ? [...new Set([...(names ?? []), ...kinds])] : names;
      },
      // General English tells phrasing from names the vocabulary lacks (brand names, misspellings).
      englishLevel: (word) => english.level(word),
      spellingCandidates,
      shortFormsOf,
      compoundSpellings,
      ...(thread ? { thread } : {}),
    });
  }

  function verify(answer: Answer, cited: ReadonlyMap<string, Article>): void {
    const check = verifyAnswer(answer, cited);
    if (!check.ok) throw new Error(`answer: contract check failed: ${check.problems.join('; ')}`);
  }

  // A stored (reviewed) physician answer is reworded as it stands, never recomposed from the corpus. A model fault
  // throws rather than returning the extractive text, so the caller can retry later instead of keeping that text.
  async function adaptForReader(stored: Answer, audience: Audience, withModel: AnswerModel): Promise<Answer> {
    if (keepsWording(stored, audience)) return stored;
    const cited = await citedArticles(stored);
    const { answer, modelFault } = await reword(stored, await adaptWith(stored, audience, cited), withModel);
    if (modelFault) throw new ClinqError('model_error', modelFault);
    verify(answer, cited);
    return answer;
  }

  // Fail soft: the extractive answer is complete and verified, so a model fault or a bad rewrite only costs wording.
  async function reword(clinical: Answer, extractive: Answer, model: AnswerModel): Promise<{ answer: Answer; modelFault?: string }> {
    const fallbacks: Fallback[] = [];
    const lay = extractive.audience === 'patient' || extractive.audience === 'caregiver';
    const answer = await rewritePoints(extractive, {
      model,
      onFallback: (f) => fallbacks.push(f),
      plainLanguage: lay ? plainLanguageChecks(clinical, await audienceStageOnce()) : undefined,
    });
    if (answer.status === 'answered') {
      const before = pointsOf(extractive);
      const rewritten = pointsOf(answer).filter((p, i) => p.text !== before[i]?.text).length;
      onModelReport({ question: answer.question, audience: answer.audience, points: before.length, rewritten, fallbacks });
    }
    // rewritePoints reports a fault of the model itself (no reply, unusable reply) as point 0.
    return { answer, modelFault: fallbacks.find((f) => f.point === 0)?.reason };
  }

  // The example questions are composed as stored articles are (physician wording), never sent to a model: whether the
  // corpus answers them is what is checked.
  const coverage = createCorpusCoverage({
    store,
    ask: (question) => compose(question),
    meshDescriptors: async () => (await loadMeshTree()).descriptors.values(),
    layTerms: loadLayTerms,
  });

  return {
    settings,
    db,
    store,
    ask,
    coverage,
    adapt,
    ...(model ? { adaptForReader: (answer: Answer, audience: Audience) => adaptForReader(answer, audience, model) } : {}),
    editorial,
    getArticle: (pmid) => store.getArticle(pmid),
    warmUp: async () => {
      const [spellingTerms] = await Promise.all([spellingCandidates.warm(), audienceStageOnce()]);
      return { spellingTerms };
    },
    close: () => store.close(),
  };
}

/** The audience stage's measures, per point of the clinical answer, for checking a patient or caregiver rewrite. */
function plainLanguageChecks(clinical: Answer, { conceptsKept, measureReadability, vocabulary }: AudienceStage): PlainLanguageChecks {
  const points = pointsOf(clinical);
  // conceptsKept compares whole answers; a one-point answer compares one point.
  const onePoint = (text: string, k: number): Answer => ({ ...clinical, direct: { ...points[k - 1]!, text }, sections: [] });
  return {
    grade: (text) => measureReadability(text).fleschKincaidGrade,
    conceptsKept: (k, text) => (points[k - 1] ? conceptsKept(onePoint(points[k - 1]!.text, k), onePoint(text, k), vocabulary) : 1),
  };
}
