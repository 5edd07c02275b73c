import { beforeEach, describe, expect, it } from 'vitest';
import { ClinqError } from '../../domain/index.js';
import {
  addFollowUp,
  addVersion,
  approveVersion,
  commentOnPoint,
  createArticle,
  listFollowUps,
  publicVersion,
  storedAnswer,
  reopenDraft,
  requestChanges,
  resubmit,
  reviewLine,
  startReview,
  submitForReview,
  type EditorialContext,
  type EditorialStore,
  type User,
} from '../../editorial/index.js';
import type { SqliteDatabase } from './open-database.js';
import { answerFor, editorialFixture, seedUser } from './editorial-test-fixtures.js';

const QUESTION = 'Is aspirin safe in pregnancy?';
const HOUR = 60 * 60 * 1000;

let db: SqliteDatabase;
let store: EditorialStore;
let ctx: EditorialContext;
let time: ReturnType<typeof editorialFixture>['time'];
let editor: User;
let reviewer: User;

beforeEach(async () => {
  ({ db, store, ctx, time } = editorialFixture());
  editor = await seedUser(store, 'editor', 'Eve Editor');
  reviewer = await seedUser(store, 'reviewer', 'Ana Ruiz', 'MD, FACP');
});

async function expectCode(promise: Promise<unknown>, code: ClinqError['code']): Promise<void> {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof ClinqError && e.code === code);
}

/** Creates an article and walks it to 'approved' with version 1. */
async function approvedArticle() {
  const article = await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
  await submitForReview(ctx, { actor: editor, articleId: article.id });
  await startReview(ctx, { actor: reviewer, articleId: article.id });
  time.advance(HOUR);
  return approveVersion(ctx, { actor: reviewer, articleId: article.id, version: 1, comment: 'Accurate.' });
}

describe('creating articles', () => {
  it('turns an anonymous ask into a draft owned by nobody, with version 1 and a creation audit entry', async () => {
    const article = await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
    expect(article).toMatchObject({
      slug: 'is-aspirin-safe-in-pregnancy',
      reviewState: 'draft',
      createdBy: null,
      currentVersion: 1,
      publishedVersion: null,
    });
    const log = await store.auditLog(article.id);
    expect(log).toMatchObject([{ action: 'create', from: null, to: 'draft', actorId: null, version: 1 }]);
  });

  it('gives a repeated question a numbered slug', async () => {
    await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
    const second = await createArticle(ctx, { actor: editor, question: QUESTION, answer: answerFor(QUESTION) });
    const third = await createArticle(ctx, { actor: editor, question: `${QUESTION}!`, answer: answerFor(QUESTION) });
    expect([second.slug, third.slug]).toEqual(['is-aspirin-safe-in-pregnancy-2', 'is-aspirin-safe-in-pregnancy-3']);
    expect(second.createdBy).toBe(editor.id);
  });

  it('refuses answers written for another audience and reviewers creating articles', async () => {
    const patient = { ...answerFor(QUESTION), audience: 'patient' as const };
    await expectCode(createArticle(ctx, { actor: null, question: QUESTION, answer: patient }), 'invalid_request');
    await expectCode(createArticle(ctx, { actor: reviewer, question: QUESTION, answer: answerFor(QUESTION) }), 'forbidden');
  });
});

describe('the review workflow', () => {
  it('publishes an approved version and records who reviewed it and when', async () => {
    const article = await approvedArticle();
    expect(article).toMatchObject({ reviewState: 'approved', publishedVersion: 1 });
    const page = await store.findArticleBySlug(article.slug);
    const shown = page && publicVersion(page);
    expect(shown?.approval).toMatchObject({ reviewerName: 'Ana Ruiz', reviewerCredentials: 'MD, FACP' });
    expect(shown && reviewLine(shown)).toBe('Last reviewed by Ana Ruiz, MD, FACP on 2026-03-01');
    expect(await store.listReviews(article.id)).toMatchObject([{ decision: 'approved', version: 1, comment: 'Accurate.' }]);
    expect(shown && storedAnswer(article, shown)).toMatchObject({ id: article.id, url: '/articles/is-aspirin-safe-in-pregnancy' });
  });

  it('keeps the approved version public while a new version awaits review', async () => {
    const article = await approvedArticle();
    const approvedAt = article.updatedAt;
    time.advance(HOUR);
    const revised = await addVersion(ctx, {
      actor: editor,
      articleId: article.id,
      answer: answerFor(QUESTION, 'v2'),
      kind: 'regenerate',
    });
    expect(revised).toMatchObject({ reviewState: 'submitted', currentVersion: 2, publishedVersion: 1 });

    const page = await store.findArticleBySlug(article.slug);
    expect(page?.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(page && publicVersion(page)?.answer.direct?.text).toBe('Direct answer v1.');
    expect((await store.listRecentlyApproved(10)).map((a) => a.id)).toEqual([article.id]);
    expect((await store.searchPublished('aspirin pregnancy', 10)).map((a) => a.id)).toEqual([article.id]);
    // Lists say when the public version was reviewed; the pending version moved updatedAt, not that.
    const [listed] = await store.listRecentlyApproved(10);
    expect(listed?.publishedAt).toBe(approvedAt);
    expect(listed?.updatedAt).not.toBe(approvedAt);

    await startReview(ctx, { actor: reviewer, articleId: article.id });
    await approveVersion(ctx, { actor: reviewer, articleId: article.id, version: 2 });
    const after = await store.findArticleBySlug(article.slug);
    expect(after?.publishedVersion).toBe(2);
    expect(after && publicVersion(after)?.answer.direct?.text).toBe('Direct answer v2.');
    // The older approval stays on the older version.
    expect(after?.versions[0]?.approval?.reviewerName).toBe('Ana Ruiz');
  });

  it('sends an article back with requested changes, then resubmits or reopens it', async () => {
    const article = await createArticle(ctx, { actor: editor, question: QUESTION, answer: answerFor(QUESTION) });
    await submitForReview(ctx, { actor: editor, articleId: article.id });
    await startReview(ctx, { actor: reviewer, articleId: article.id });
    const sentBack = await requestChanges(ctx, { actor: reviewer, articleId: article.id, comment: 'Cite the RCT.' });
    expect(sentBack.reviewState).toBe('changes_requested');
    await addVersion(ctx, { actor: editor, articleId: article.id, answer: answerFor(QUESTION, 'v2') });
    expect((await resubmit(ctx, { actor: editor, articleId: article.id })).reviewState).toBe('submitted');
    await startReview(ctx, { actor: reviewer, articleId: article.id });
    await requestChanges(ctx, { actor: reviewer, articleId: article.id, comment: 'Say how many took part.' });
    expect((await reopenDraft(ctx, { actor: editor, articleId: article.id })).reviewState).toBe('draft');
    expect((await store.listReviews(article.id)).map((r) => [r.decision, r.version])).toEqual([
      ['changes_requested', 1],
      ['changes_requested', 2],
    ]);
  });

  it('writes one audit entry per command: who, when, from, to, comment and version', async () => {
    const article = await approvedArticle();
    const log = await store.auditLog(article.id);
    expect(log.map((e) => [e.action, e.from, e.to, e.actorName, e.version])).toEqual([
      ['create', null, 'draft', null, 1],
      ['submit', 'draft', 'submitted', 'Eve Editor', 1],
      ['startReview', 'submitted', 'under_review', 'Ana Ruiz', 1],
      ['approve', 'under_review', 'approved', 'Ana Ruiz', 1],
    ]);
    expect(log[3]).toMatchObject({ comment: 'Accurate.', at: '2026-03-01T10:00:00.000Z' });
  });

  it('refuses a transition the table does not allow, with conflict and no audit entry', async () => {
    const article = await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
    await expectCode(approveVersion(ctx, { actor: reviewer, articleId: article.id }), 'conflict');
    await expectCode(startReview(ctx, { actor: reviewer, articleId: article.id }), 'conflict');
    expect((await store.findArticle(article.id))?.reviewState).toBe('draft');
    expect(await store.auditLog(article.id)).toHaveLength(1);
  });

  it('refuses an action the role may not take, with forbidden', async () => {
    const article = await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
    await expectCode(submitForReview(ctx, { actor: null, articleId: article.id }), 'forbidden');
    await expectCode(submitForReview(ctx, { actor: reviewer, articleId: article.id }), 'forbidden');
    await submitForReview(ctx, { actor: editor, articleId: article.id });
    await expectCode(startReview(ctx, { actor: editor, articleId: article.id }), 'forbidden');
    await expectCode(addVersion(ctx, { actor: null, articleId: article.id, answer: answerFor(QUESTION) }), 'forbidden');
  });

  it('refuses to approve a version other than the current one', async () => {
    const article = await createArticle(ctx, { actor: editor, question: QUESTION, answer: answerFor(QUESTION) });
    await submitForReview(ctx, { actor: editor, articleId: article.id });
    await addVersion(ctx, { actor: editor, articleId: article.id, answer: answerFor(QUESTION, 'v2') });
    await startReview(ctx, { actor: reviewer, articleId: article.id });
    await expectCode(approveVersion(ctx, { actor: reviewer, articleId: article.id, version: 1 }), 'conflict');
    expect((await store.findArticle(article.id))?.publishedVersion).toBeNull();
  });

  it('refuses a version based on one that is no longer the current one', async () => {
    const article = await createArticle(ctx, { actor: editor, question: QUESTION, answer: answerFor(QUESTION) });
    await addVersion(ctx, { actor: editor, articleId: article.id, answer: answerFor(QUESTION, 'v2'), basedOn: 1 });
    await expectCode(addVersion(ctx, { actor: editor, articleId: article.id, answer: answerFor(QUESTION, 'v3'), basedOn: 1 }), 'conflict');
    expect((await store.findArticle(article.id))?.currentVersion).toBe(2);
  });

  it('reports a missing article as not_found', async () => {
    await expectCode(submitForReview(ctx, { actor: editor, articleId: 'nope' }), 'not_found');
  });
});

describe('atomicity', () => {
  // A trigger makes the audit insert fail after the state update has run inside the same transaction.
  const breakAuditLog = (database: SqliteDatabase) =>
    database.exec(`CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END`);

  it('leaves the state unchanged when writing the audit entry fails', async () => {
    const article = await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
    breakAuditLog(db);
    await expect(submitForReview(ctx, { actor: editor, articleId: article.id })).rejects.toThrow('disk full');
    expect((await store.findArticle(article.id))?.reviewState).toBe('draft');
  });

  it('leaves no approval, review or published version behind when the audit entry fails', async () => {
    const article = await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
    await submitForReview(ctx, { actor: editor, articleId: article.id });
    await startReview(ctx, { actor: reviewer, articleId: article.id });
    breakAuditLog(db);
    await expect(approveVersion(ctx, { actor: reviewer, articleId: article.id })).rejects.toThrow('disk full');
    const page = await store.findArticleBySlug(article.slug);
    expect(page).toMatchObject({ reviewState: 'under_review', publishedVersion: null });
    expect(page?.versions[0]?.approval).toBeNull();
    expect(await store.listReviews(article.id)).toEqual([]);
  });

  it('adds no version when the audit entry of a revision fails', async () => {
    const article = await approvedArticle();
    breakAuditLog(db);
    await expect(addVersion(ctx, { actor: editor, articleId: article.id, answer: answerFor(QUESTION, 'v2') })).rejects.toThrow();
    const page = await store.findArticleBySlug(article.slug);
    expect(page).toMatchObject({ reviewState: 'approved', currentVersion: 1 });
    expect(page?.versions).toHaveLength(1);
  });
});

describe('review comments', () => {
  it('stores comments on the direct answer and on a section point of a version', async () => {
    const article = await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
    await commentOnPoint(ctx, { actor: reviewer, articleId: article.id, version: 1, point: 'direct', body: 'Too strong.' });
    time.advance(1000);
    await commentOnPoint(ctx, { actor: reviewer, articleId: article.id, version: 1, point: { section: 0, point: 1 }, body: 'Which trial?' });
    const comments = await store.listReviewComments(article.id, 1);
    expect(comments.map((c) => [c.point, c.body, c.authorName])).toEqual([
      ['direct', 'Too strong.', 'Ana Ruiz'],
      [{ section: 0, point: 1 }, 'Which trial?', 'Ana Ruiz'],
    ]);
  });

  it('refuses comments on points that do not exist, on missing versions and from editors', async () => {
    const article = await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
    const input = { articleId: article.id, version: 1, body: 'x' };
    await expectCode(commentOnPoint(ctx, { ...input, actor: reviewer, point: { section: 0, point: 5 } }), 'invalid_request');
    await expectCode(commentOnPoint(ctx, { ...input, actor: reviewer, version: 9, point: 'direct' }), 'not_found');
    await expectCode(commentOnPoint(ctx, { ...input, actor: editor, point: 'direct' }), 'forbidden');
  });
});

describe('follow-up questions', () => {
  it('keeps a thread per article in the order asked', async () => {
    const article = await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
    await addFollowUp(ctx, { articleId: article.id, question: 'What about the third trimester?', answer: answerFor('t3') });
    await addFollowUp(ctx, { articleId: article.id, question: 'And low dose?', answer: answerFor('low') });
    const thread = await listFollowUps(ctx, article.id);
    expect(thread.map((f) => [f.position, f.question, f.answer.question])).toEqual([
      [1, 'What about the third trimester?', 't3'],
      [2, 'And low dose?', 'low'],
    ]);
  });

  it('finds the article a follow-up draft was asked under, through the id its answer carries', async () => {
    const parent = await createArticle(ctx, { actor: null, question: QUESTION, answer: answerFor(QUESTION) });
    const own = await createArticle(ctx, { actor: null, question: 'What about the third trimester? (aspirin)', answer: answerFor('t3') });
    const other = await createArticle(ctx, { actor: null, question: 'Unrelated question here?', answer: answerFor('u') });
    await addFollowUp(ctx, { articleId: parent.id, question: 'What about the third trimester?', answer: storedAnswer(own, { ...(await store.findVersion(own.id, 1))! }) });
    const links = await store.threadLinks([own.id, other.id, parent.id]);
    expect(links.map((l) => [l.articleId, l.askedUnder.slug, l.position])).toEqual([[own.id, parent.slug, 1]]);
    expect(await store.threadLinks([])).toEqual([]);
  });

  it('looks the thread up through an index, not a scan of every follow-up', () => {
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT position FROM follow_ups WHERE json_extract(answer_json, '$.id') IN (SELECT value FROM json_each(?))")
      .all('["x"]') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('follow_ups_by_own_article');
  });

  it('refuses a follow-up to a missing article', async () => {
    await expectCode(addFollowUp(ctx, { articleId: 'nope', question: 'Why though?', answer: answerFor('x') }), 'not_found');
  });
});

describe('queries for the pages', () => {
  it('lists the review queue (submitted and under review) and nothing else', async () => {
    const draft = await createArticle(ctx, { actor: null, question: 'Draft question here?', answer: answerFor('d') });
    const waiting = await createArticle(ctx, { actor: null, question: 'Waiting question here?', answer: answerFor('w') });
    await submitForReview(ctx, { actor: editor, articleId: waiting.id });
    const approved = await approvedArticle();
    expect((await store.reviewQueue()).map((a) => a.id)).toEqual([waiting.id]);
    expect((await store.listByState(['draft'], 10)).map((a) => a.id)).toEqual([draft.id]);
    expect(approved.reviewState).toBe('approved');
  });

  it('lists articles by state a page at a time, most recently changed first', async () => {
    const made = [];
    for (const q of ['First draft question?', 'Second draft question?', 'Third draft question?']) made.push(await createArticle(ctx, { actor: null, question: q, answer: answerFor(q) }));
    const newestFirst = (await store.listByState(['draft'], 10)).map((a) => a.id);
    expect(await store.listByState(['draft'], 2, 1).then((page) => page.map((a) => a.id))).toEqual(newestFirst.slice(1, 3));
    expect(await store.listByState(['draft'], 2, 3)).toEqual([]);
    expect(newestFirst).toHaveLength(made.length);
  });

  it('searches only published articles and survives FTS syntax in the text', async () => {
    await createArticle(ctx, { actor: null, question: 'Does aspirin prevent stroke?', answer: answerFor('s') });
    const published = await approvedArticle();
    expect((await store.searchPublished('aspirin', 10)).map((a) => a.id)).toEqual([published.id]);
    expect(await store.searchPublished('"aspirin" AND (NEAR', 10)).toHaveLength(1);
    expect(await store.searchPublished('???', 10)).toEqual([]);
    // Falls back to any word when not every word matches.
    expect(await store.searchPublished('is aspirin safe for children', 10)).toHaveLength(1);
  });

  it('lists recently approved articles newest first', async () => {
    const first = await approvedArticle();
    time.advance(HOUR);
    const other = await createArticle(ctx, { actor: editor, question: 'Is metformin safe?', answer: answerFor('m') });
    await submitForReview(ctx, { actor: editor, articleId: other.id });
    await startReview(ctx, { actor: reviewer, articleId: other.id });
    await approveVersion(ctx, { actor: reviewer, articleId: other.id });
    expect((await store.listRecentlyApproved(10)).map((a) => a.id)).toEqual([other.id, first.id]);
    expect(await store.listRecentlyApproved(1)).toHaveLength(1);
  });
});
