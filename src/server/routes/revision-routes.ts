/** New versions of an article from the site: an editor's edit of the current version, or a regeneration. */
import type { Hono } from 'hono';
import { ClinqError } from '../../domain/index.js';
import { addVersion, canRevise, type ArticleWithVersions, type User } from '../../editorial/index.js';
import type { AppDeps } from '../app.js';
import { frameOf } from '../app.js';
import { articleUrl, mayRevise, requireArticleBySlug } from '../article-service.js';
import { editAnswer } from '../edit-answer.js';
import { issuesText, parseEditForm, revisionFormSchema } from '../schemas.js';
import { requireUser, type AppEnv } from '../viewer.js';
import { renderEditPage } from '../pages/edit-page.js';

// Permission first (403 says nothing about the state), then the workflow table (409: e.g. under review).
function requireRevisable(user: User, article: ArticleWithVersions): void {
  if (!canRevise(user, article)) throw new ClinqError('forbidden', 'Only editors and admins can edit or regenerate articles.');
  if (!mayRevise(user, article)) {
    throw new ClinqError('conflict', `This article is ${article.reviewState.replace('_', ' ')}; it cannot change until the reviewer decides.`);
  }
}

function currentOf(article: ArticleWithVersions) {
  const current = article.versions.find((v) => v.number === article.currentVersion);
  if (!current) throw new ClinqError('not_found', `article ${article.slug} has no version ${article.currentVersion}`);
  return current;
}

/** Registers GET/POST /articles/:slug/edit and POST /articles/:slug/regenerate. */
export function registerRevisionRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/articles/:slug/edit', async (c) => {
    const user = requireUser(c);
    const article = await requireArticleBySlug(deps, c.req.param('slug'));
    requireRevisable(user, article);
    return c.html(renderEditPage({ frame: frameOf(c), article, version: currentOf(article) }));
  });

  app.post('/articles/:slug/edit', async (c) => {
    const user = requireUser(c);
    const article = await requireArticleBySlug(deps, c.req.param('slug'));
    requireRevisable(user, article);
    const form = parseEditForm(await c.req.parseBody({ all: true }));
    const version = currentOf(article);
    if (form.version !== version.number) {
      throw new ClinqError('conflict', `Someone made version ${version.number} while you edited version ${form.version}; open the edit page again.`);
    }
    let answer;
    try {
      answer = await editAnswer(version.answer, { texts: form.texts, remove: form.remove }, deps.getArticle);
    } catch (error) {
      // A rejected edit shows the form again with the editor's own text and the reason.
      if (!(error instanceof ClinqError) || error.code !== 'invalid_request') throw error;
      const values = { texts: form.texts, remove: form.remove, ...(form.comment ? { comment: form.comment } : {}) };
      return c.html(renderEditPage({ frame: frameOf(c), article, version, values, error: error.message }), 400);
    }
    const revised = await addVersion(deps.editorial, {
      actor: user,
      articleId: article.id,
      answer,
      kind: 'edit',
      basedOn: form.version,
      ...(form.comment ? { comment: form.comment } : {}),
    });
    return c.redirect(`${articleUrl(article)}/versions/${revised.currentVersion}?done=edited`, 303);
  });

  app.post('/articles/:slug/regenerate', async (c) => {
    const user = requireUser(c);
    const article = await requireArticleBySlug(deps, c.req.param('slug'));
    requireRevisable(user, article);
    const form = revisionFormSchema.safeParse(await c.req.parseBody());
    if (!form.success) throw new ClinqError('invalid_request', issuesText(form.error));
    const current = currentOf(article);
    // A follow-up's article is titled in the reader's words; its answer's question is the one that was searched.
    const answer = await deps.ask(current.answer.question || article.question, 'physician');
    // The same corpus gives the same answer: say so rather than store an identical version.
    if (JSON.stringify(answer) === JSON.stringify(current.answer)) return c.redirect(`${articleUrl(article)}?done=regenerated-same`, 303);
    const revised = await addVersion(deps.editorial, {
      actor: user,
      articleId: article.id,
      answer,
      kind: 'regenerate',
      basedOn: form.data.version,
      comment: form.data.comment || 'Regenerated from the current corpus.',
    });
    return c.redirect(`${articleUrl(article)}/versions/${revised.currentVersion}?done=regenerated`, 303);
  });
}
