/** The article page, its versions, follow-up questions and the review actions taken on it. */
import type { Context, Hono } from 'hono';
import { ClinqError, type Answer } from '../../domain/index.js';
import {
  approveVersion,
  commentOnPoint,
  parsePointRef,
  reopenDraft,
  requestChanges,
  resubmit,
  startReview,
  submitForReview,
  type EditorialArticle,
  type EditorialContext,
  type User,
} from '../../editorial/index.js';
import type { AppDeps } from '../app.js';
import { frameOf } from '../app.js';
import { articleUrl, hasMedicalReviewers, pointNotesFor, readerAudience, requireArticleBySlug, reviewPanelFor, shownVersion } from '../article-service.js';
import { askFollowUp } from '../ask-follow-up.js';
import { actionFormSchema, commentFormSchema, followUpFormSchema, issuesText, versionSchema } from '../schemas.js';
import { requireUser, type AppEnv } from '../viewer.js';
import { renderArticlePage } from '../pages/article-page.js';
import { readerMessage } from '../pages/error-page.js';
import type { ReaderAnswer } from '../reader-answer.js';
import { TooManyNewAnswers, type NewAnswerLimiter } from '../new-answer-limiter.js';
import { clientAddress } from '../client-address.js';
import { coverageIfReady } from './page-routes.js';

type ActionCommand = (
  ctx: EditorialContext,
  input: { actor: User | null; articleId: string; comment?: string; version?: number },
) => Promise<EditorialArticle>;

/** The workflow commands reachable from the article page, by path segment. */
const COMMANDS: Record<string, { run: ActionCommand; notice: string }> = {
  submit: { run: submitForReview, notice: 'submitted' },
  startReview: { run: startReview, notice: 'review-started' },
  approve: { run: approveVersion, notice: 'approved' },
  requestChanges: { run: requestChanges, notice: 'changes-requested' },
  reopen: { run: reopenDraft, notice: 'reopened' },
  resubmit: { run: resubmit, notice: 'resubmitted' },
};

// Notices are chosen from this list, never echoed from the query, so nothing a link carries is shown.
const NOTICES: Record<string, string> = {
  submitted: 'Submitted for review.',
  'review-started': 'Review started.',
  approved: 'Approved: this version is now the public one.',
  'changes-requested': 'Changes requested: the article went back to its editors.',
  reopened: 'Reopened as a draft.',
  resubmitted: 'Resubmitted for review.',
  commented: 'Comment added.',
  edited: 'Saved as a new version.',
  regenerated: 'Regenerated from the current corpus as a new version.',
  'regenerated-same': 'The current corpus gives the same answer, so no new version was made.',
};

/** The question the article with this id answers and its approved answer (null when it has none), or null for an unknown id. */
async function followUpArticleOf(deps: AppDeps, articleId: string | undefined): Promise<{ question: string; reviewed: Answer | null } | null> {
  if (!articleId) return null;
  const article = await deps.editorial.store.findArticle(articleId);
  if (!article) return null;
  if (article.publishedVersion === null) return { question: article.question, reviewed: null };
  const version = await deps.editorial.store.findVersion(article.id, article.publishedVersion);
  return { question: article.question, reviewed: version ? version.answer : null };
}

/** Registers /articles/:slug and everything under it; `forReader` words stored answers for the page's reader, `newAnswers` limits follow-ups. */
export function registerArticleRoutes(app: Hono<AppEnv>, deps: AppDeps, forReader: ReaderAnswer, newAnswers: NewAnswerLimiter): void {
  // One view serves the article (its public version, with the follow-up thread) and any older version.
  const renderVersion = async (
    c: Context<AppEnv>,
    article: Awaited<ReturnType<typeof requireArticleBySlug>>,
    shown: ReturnType<typeof shownVersion>,
    withThread: boolean,
    refused?: { question: string; message: string; status: 400 | 429 },
  ) => {
    const audience = readerAudience(c);
    const viewer = c.get('viewer');
    const [thread, panel, reviews, notes, answer, [askedUnder], board, coverage] = await Promise.all([
      withThread ? deps.editorial.store.listFollowUps(article.id) : Promise.resolve([]),
      reviewPanelFor(deps, viewer.user, article),
      deps.editorial.store.listReviews(article.id),
      pointNotesFor(deps, viewer, article, shown),
      forReader(shown.answer, audience),
      deps.editorial.store.threadLinks([article.id]),
      hasMedicalReviewers(deps),
      // A refusal names what the corpus covers instead.
      shown.answer.status === 'insufficient_evidence' ? coverageIfReady(deps) : Promise.resolve(null),
    ]);
    // A follow-up whose own article has been approved shows that reviewed answer, not the draft stored when it was asked.
    // Adapting may rebuild the answer, so the link to the follow-up's own article is carried over explicitly.
    const followUps = await Promise.all(
      thread.map(async (f) => {
        const own = await followUpArticleOf(deps, f.answer.id);
        const answer = own?.reviewed ?? f.answer;
        // The question as it was answered ("... (gout)"), so the reader sees how the thread read theirs.
        const asked = own && own.question !== f.question ? { asked: own.question } : {};
        return { ...f, ...asked, reviewed: Boolean(own?.reviewed), answer: { ...(await forReader(answer, audience)), id: f.answer.id, url: f.answer.url } };
      }),
    );
    const done = c.req.query('done');
    return c.html(
      renderArticlePage({
        // A refused follow-up is shown at its POST address; links built from the page's path (sign in and come back)
        // must lead to the article, which a browser can open.
        frame: refused ? { ...frameOf(c), path: articleUrl(article) } : frameOf(c),
        article,
        shown,
        answer,
        audience,
        followUps,
        panel,
        reviews,
        notes,
        askedUnder,
        board,
        coverage,
        ...(withThread ? {} : { versionReviews: reviews.filter((r) => r.version === shown.number) }),
        notice: done ? NOTICES[done] : undefined,
        ...(refused ? { followUpRefused: { question: refused.question, message: readerMessage(refused.message) } } : {}),
      }),
      refused?.status ?? 200,
    );
  };

  app.get('/articles/:slug', async (c) => {
    const article = await requireArticleBySlug(deps, c.req.param('slug'));
    return renderVersion(c, article, shownVersion(article), true);
  });

  app.get('/articles/:slug/versions/:n', async (c) => {
    const article = await requireArticleBySlug(deps, c.req.param('slug'));
    const n = versionSchema.safeParse(c.req.param('n'));
    const shown = n.success ? article.versions.find((v) => v.number === n.data) : undefined;
    if (!shown) throw new ClinqError('not_found', `Article ${article.slug} has no version ${c.req.param('n')}.`);
    return renderVersion(c, article, shown, false);
  });

  // A follow-up is answered with the original's concepts, stored as its own draft article, and linked in the thread.
  app.post('/articles/:slug/follow-ups', async (c) => {
    const article = await requireArticleBySlug(deps, c.req.param('slug'));
    const body = await c.req.parseBody();
    const form = followUpFormSchema.safeParse(body);
    // A follow-up that cannot be asked comes back in its box under the article with the reason, not on an error page.
    const refuse = (message: string, status: 400 | 429 = 400) => {
      const question = typeof body['question'] === 'string' ? body['question'] : '';
      return renderVersion(c, article, shownVersion(article), true, { question, message, status });
    };
    if (!form.success) return refuse(issuesText(form.error));
    let outcome: Awaited<ReturnType<typeof askFollowUp>>;
    try {
      outcome = await askFollowUp(deps, article, form.data.question, () => newAnswers.admit(clientAddress(c, deps.trustedProxies), c.get('viewer').user));
    } catch (error) {
      if (error instanceof TooManyNewAnswers) {
        c.header('Retry-After', String(error.retryAfter));
        return refuse(error.message, 429);
      }
      if (error instanceof ClinqError && error.code === 'invalid_request') return refuse(error.message);
      throw error;
    }
    return c.redirect(`${articleUrl(article)}#follow-up-${outcome.followUp.position}`, 303);
  });

  app.post('/articles/:slug/actions/:action', async (c) => {
    const user = requireUser(c);
    const command = Object.hasOwn(COMMANDS, c.req.param('action')) ? COMMANDS[c.req.param('action')] : undefined;
    if (!command) throw new ClinqError('not_found', `There is no review action "${c.req.param('action')}".`);
    const article = await requireArticleBySlug(deps, c.req.param('slug'));
    const form = actionFormSchema.safeParse(await c.req.parseBody());
    if (!form.success) throw new ClinqError('invalid_request', issuesText(form.error));
    await command.run(deps.editorial, {
      actor: user,
      articleId: article.id,
      ...(form.data.comment ? { comment: form.data.comment } : {}),
      ...(form.data.version !== undefined ? { version: form.data.version } : {}),
    });
    return c.redirect(`${articleUrl(article)}?done=${command.notice}`, 303);
  });

  app.post('/articles/:slug/comments', async (c) => {
    const user = requireUser(c);
    const article = await requireArticleBySlug(deps, c.req.param('slug'));
    const form = commentFormSchema.safeParse(await c.req.parseBody());
    if (!form.success) throw new ClinqError('invalid_request', issuesText(form.error));
    const point = parsePointRef(form.data.point);
    if (!point) throw new ClinqError('invalid_request', `point: "${form.data.point}" is not a point of the answer`);
    const comment = await commentOnPoint(deps.editorial, { actor: user, articleId: article.id, version: form.data.version, point, body: form.data.body });
    // Back to the point commented on, on the page that showed it.
    const page = comment.version === shownVersion(article).number ? articleUrl(article) : `${articleUrl(article)}/versions/${comment.version}`;
    return c.redirect(`${page}?done=commented#point-${form.data.point.replace('.', '-')}`, 303);
  });
}
