/** A createApp over fakes with one signed-in person per role, for the server's route tests. */
import { randomUUID } from 'node:crypto';
import { ClinqError, type Answer, type Article, type Audience } from '../domain/index.js';
import {
  approveVersion,
  createArticle,
  createSession,
  csrfTokenFor,
  requestChanges,
  startReview,
  submitForReview,
  type EditorialArticle,
  type EditorialContext,
  type ReviewState,
  type Role,
  type User,
} from '../editorial/index.js';
import { createApp, type AppDeps } from './app.js';
import { createMemoryEditorialStore } from './memory-editorial-store.js';
import { CSRF_COOKIE, CSRF_FIELD, SESSION_COOKIE } from './viewer.js';

/** Who makes a request in a test. */
export type Who = 'anonymous' | Role;

/** A physician answer citing one paper whose texts can be chosen (to test escaping). */
export function fakeAnswer(question: string, options: { quote?: string; title?: string; text?: string } = {}): Answer {
  const quote = options.quote ?? 'Colchicine reduced gout flares.';
  return {
    question,
    audience: 'physician',
    status: 'answered',
    direct: { text: options.text ?? 'Colchicine reduces gout flares.', citations: [{ n: 1, pmid: '123', quote }] },
    sections: [
      {
        kind: 'treatment',
        title: 'Treatment',
        points: [{ text: 'Low-dose colchicine works as well as high-dose colchicine.', citations: [{ n: 1, pmid: '123', quote }] }],
      },
    ],
    references: [
      {
        n: 1,
        pmid: '123',
        title: options.title ?? 'Colchicine for acute gout',
        journal: 'Test Journal',
        year: 2020,
        publicationTypes: ['Randomized Controlled Trial'],
        evidenceLevel: 'rct',
        url: 'https://pubmed.ncbi.nlm.nih.gov/123/',
      },
    ],
    evidenceSummary: 'Based on 1 randomized controlled trial.',
    corpus: { articles: 1, snapshot: 'test' },
  };
}

/** The corpus records a fake answer cites: each reference's title, with every quote citing it as the abstract. */
export function articlesCitedBy(answer: Answer): Article[] {
  return answer.references.map((ref) => ({
    pmid: ref.pmid,
    version: 1,
    title: ref.title,
    abstract: [answer.direct, ...answer.sections.flatMap((s) => s.points)]
      .flatMap((p) => p?.citations ?? [])
      .filter((c) => c.pmid === ref.pmid)
      .map((c) => c.quote)
      .join(' '),
    abstractSections: [],
    journal: { title: ref.journal, isoAbbreviation: null },
    year: ref.year,
    authors: [],
    languages: ['eng'],
    publicationTypes: ref.publicationTypes,
    meshHeadings: [],
    keywords: [],
    doi: null,
  }));
}

const PEOPLE: Record<Role, { name: string; credentials: string }> = {
  admin: { name: 'Ada Admin', credentials: '' },
  editor: { name: 'Ed Editor', credentials: '' },
  reviewer: { name: 'Dr Rita Reviewer', credentials: 'MD, FACP' },
};

/** Builds an app over an in-memory store with one account per role; `request` signs requests as that person. */
export async function makeHarness(
  options: {
    answerFor?: (question: string) => Answer;
    adaptForReader?: AppDeps['adaptForReader'];
    clock?: () => Date;
    newAnswersPerMinute?: number;
    trustedProxies?: number;
    logRequest?: AppDeps['logRequest'];
    checkQuestion?: AppDeps['checkQuestion'];
    /** A fresh install: no staff accounts (requests as staff then carry no session). */
    withoutAccounts?: boolean;
    /** What the corpus covers; without it the app has no corpus page. */
    coverage?: AppDeps['coverage'];
  } = {},
) {
  const store = createMemoryEditorialStore();
  const editorial: EditorialContext = { store, ...(options.clock ? { clock: options.clock } : {}) };
  const asked: string[] = [];
  // The reader each question was asked for, in the same order.
  const audiences: (Audience | undefined)[] = [];
  // The thread each question was asked in (undefined for a first question), in the same order.
  const threads: Parameters<AppDeps['ask']>[2][] = [];
  // Every answer handed out registers the records it cites, so edits can be verified against a "corpus".
  const corpus = new Map<string, Article>();
  const answerFor = (q: string): Answer => {
    const answer = (options.answerFor ?? ((question: string) => fakeAnswer(question)))(q);
    for (const article of articlesCitedBy(answer)) {
      const known = corpus.get(article.pmid);
      corpus.set(article.pmid, known ? { ...known, abstract: `${known.abstract} ${article.abstract}` } : article);
    }
    return answer;
  };
  const app = createApp({
    ask: async (question, audience, thread) => {
      asked.push(question);
      audiences.push(audience);
      threads.push(thread);
      return answerFor(question);
    },
    // Marks the wording so tests can see which reader it was adapted for.
    adapt: (answer, audience: Audience) =>
      audience === 'physician' ? answer : { ...answer, audience, direct: answer.direct && { ...answer.direct, text: `[${audience}] ${answer.direct.text}` } },
    ...(options.adaptForReader ? { adaptForReader: options.adaptForReader } : {}),
    getArticle: async (pmid) => corpus.get(pmid) ?? null,
    countArticles: async () => 1,
    checkQuestion: options.checkQuestion ?? ((input) => {
      if (typeof input !== 'string' || input.trim() === '') throw new ClinqError('invalid_request', 'question: is empty');
      return input.trim();
    }),
    checkAudience: (input) => (input === 'patient' ? 'patient' : 'physician'),
    maxBodyBytes: 16 * 1024,
    editorial,
    csrfSecret: 'test-secret',
    logError: () => {},
    ...(options.newAnswersPerMinute !== undefined ? { newAnswersPerMinute: options.newAnswersPerMinute } : {}),
    ...(options.trustedProxies !== undefined ? { trustedProxies: options.trustedProxies } : {}),
    ...(options.logRequest ? { logRequest: options.logRequest } : {}),
    ...(options.coverage ? { coverage: options.coverage } : {}),
  });

  const users = {} as Record<Role, User>;
  const cookies = {} as Record<Who, string>;
  const tokens = {} as Record<Who, string>;
  for (const role of options.withoutAccounts ? [] : (['admin', 'editor', 'reviewer'] as const)) {
    const user: User = { id: randomUUID(), email: `${role}@example.org`, ...PEOPLE[role], role, createdAt: new Date().toISOString(), disabled: false };
    // A hash that never verifies: these people sign in through sessions made here, not passwords.
    await store.insertUser(user, 'scrypt$invalid');
    const { token, session } = await createSession(editorial, user);
    users[role] = user;
    cookies[role] = `${SESSION_COOKIE}=${token}`;
    tokens[role] = csrfTokenFor(session);
  }
  const anon = await app.request('/');
  const anonToken = /clinq_csrf=([^;]+)/.exec(anon.headers.get('set-cookie') ?? '')?.[1] ?? '';
  cookies.anonymous = `${CSRF_COOKIE}=${anonToken}`;
  tokens.anonymous = decodeURIComponent(anonToken);

  /** Sends a request as a person; `form` is posted url-encoded with their CSRF token unless `csrf` is false or a string. */
  function request(who: Who, path: string, init: { form?: Record<string, string>; csrf?: boolean | string } = {}) {
    const headers: Record<string, string> = { cookie: cookies[who] };
    if (!init.form) return app.request(path, { headers });
    const fields = { ...init.form };
    if (init.csrf !== false) fields[CSRF_FIELD] = typeof init.csrf === 'string' ? init.csrf : tokens[who];
    headers['content-type'] = 'application/x-www-form-urlencoded';
    return app.request(path, { method: 'POST', headers, body: new URLSearchParams(fields).toString() });
  }

  /** An article brought to a state by the admin (the workflow's shortest path). */
  async function articleIn(state: ReviewState, question = `Does colchicine help gout ${randomUUID().slice(0, 8)}?`): Promise<EditorialArticle> {
    const actor = users.admin;
    let article = await createArticle(editorial, { actor: null, question, answer: answerFor(question) });
    const steps: Record<ReviewState, ((a: EditorialArticle) => Promise<EditorialArticle>)[]> = {
      draft: [],
      submitted: [(a) => submitForReview(editorial, { actor, articleId: a.id })],
      under_review: [(a) => submitForReview(editorial, { actor, articleId: a.id }), (a) => startReview(editorial, { actor, articleId: a.id })],
      approved: [
        (a) => submitForReview(editorial, { actor, articleId: a.id }),
        (a) => startReview(editorial, { actor, articleId: a.id }),
        (a) => approveVersion(editorial, { actor: users.reviewer, articleId: a.id }),
      ],
      changes_requested: [
        (a) => submitForReview(editorial, { actor, articleId: a.id }),
        (a) => startReview(editorial, { actor, articleId: a.id }),
        (a) => requestChanges(editorial, { actor, articleId: a.id, comment: 'cite a trial' }),
      ],
    };
    for (const step of steps[state]) article = await step(article);
    return article;
  }

  return { app, store, editorial, users, tokens, cookies, asked, audiences, threads, corpus, request, articleIn };
}
