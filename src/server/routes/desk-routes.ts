/** Staff pages: the review queue and the admin's page of people. */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ClinqError } from '../../domain/index.js';
import { addUser, canManageUsers, canSeeDesk, changeRole, disableUser, listUsers, resetPassword, type User } from '../../editorial/index.js';
import type { AppDeps } from '../app.js';
import { frameOf } from '../app.js';
import { disableFormSchema, issuesText, passwordFormSchema, roleFormSchema } from '../schemas.js';
import { requireUser, type AppEnv } from '../viewer.js';
import { renderReviewQueuePage } from '../pages/review-queue-page.js';
import { renderAdminUsersPage } from '../pages/admin-users-page.js';

const NOTICES: Record<string, string> = {
  added: 'Person added.',
  role: 'Role changed.',
  disabled: 'Account disabled; their sessions have ended.',
  enabled: 'Account enabled.',
  password: 'New password set; their sessions have ended, so they sign in again with it.',
};

function requireDesk(user: User): void {
  if (!canSeeDesk(user)) throw new ClinqError('forbidden', 'Only editors, reviewers and admins can open the review desk.');
}

function requireAdmin(user: User): void {
  if (!canManageUsers(user)) throw new ClinqError('forbidden', 'Only admins can manage people.');
}

// How many drafts the desk lists, most recently changed first.
const DRAFTS_SHOWN = 100;
// How many queued articles one page of the desk lists, oldest first; a busy site's whole queue on one page took seconds
// to draw and scrolled for metres.
export const QUEUE_PAGE_SIZE = 100;
const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/** Registers /review and /admin/users. */
export function registerDeskRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store } = deps.editorial;

  app.get('/review', async (c) => {
    requireDesk(requireUser(c));
    // One more than shown tells whether there are more drafts than the page lists.
    // Drafts pile up (every reader's question makes one): older ones are reached a page of DRAFTS_SHOWN at a time.
    const draftsPage = pageSchema.parse(c.req.query('drafts'));
    const [queue, drafts, published] = await Promise.all([
      store.reviewQueue(),
      store.listByState(['draft', 'changes_requested'], DRAFTS_SHOWN + 1, (draftsPage - 1) * DRAFTS_SHOWN),
      store.listRecentlyApproved(DRAFTS_SHOWN + 1),
    ]);
    const shown = drafts.slice(0, DRAFTS_SHOWN);
    const shownPublished = published.slice(0, DRAFTS_SHOWN);
    // A page past the last (an old link, a hand-typed number) shows the last one.
    const pages = Math.max(1, Math.ceil(queue.length / QUEUE_PAGE_SIZE));
    const page = Math.min(pageSchema.parse(c.req.query('page')), pages);
    const queueShown = queue.slice((page - 1) * QUEUE_PAGE_SIZE, page * QUEUE_PAGE_SIZE);
    // A follow-up's draft reads as a fragment ("What about treatment?") without the question it was asked under.
    const threads = await store.threadLinks([...queueShown, ...shown, ...shownPublished].map((a) => a.id));
    // Who took up each article under review (the last start of a review in its history), so a second reviewer leaves it.
    const reviewers = new Map(
      await Promise.all(
        queueShown
          .filter((a) => a.reviewState === 'under_review')
          .map(async (a) => [a.id, (await store.auditLog(a.id)).filter((e) => e.to === 'under_review').at(-1)?.actorName ?? null] as const),
      ),
    );
    return c.html(
      renderReviewQueuePage({
        frame: frameOf(c),
        queue: queueShown,
        queuePage: { page, pages, total: queue.length, size: QUEUE_PAGE_SIZE },
        draftsPage: { page: draftsPage, size: DRAFTS_SHOWN },
        drafts: shown,
        moreDrafts: drafts.length > DRAFTS_SHOWN,
        published: shownPublished,
        morePublished: published.length > DRAFTS_SHOWN,
        threads,
        reviewers,
      }),
    );
  });

  app.get('/admin/users', async (c) => {
    const user = requireUser(c);
    requireAdmin(user);
    const done = c.req.query('done');
    const users = await listUsers(deps.editorial, user);
    // The person is named from the store by id, never from the link's text.
    const whose = done === 'password' ? users.find((u) => u.id === c.req.query('user')) : undefined;
    const notice = whose
      ? `New password set for ${whose.name} (${whose.email}); ` +
        (whose.disabled ? 'the account is still disabled: enable it to let them sign in.' : 'their sessions have ended, so they sign in again with it.')
      : done ? NOTICES[done] : undefined;
    // The Disable button asks first (?disable=ID): disabling ends every session of that person at once.
    const confirmDisable = users.find((u) => u.id === c.req.query('disable') && !u.disabled);
    return c.html(renderAdminUsersPage({ frame: frameOf(c), users, notice, confirmDisable }));
  });

  // A refused change (bad input, the last admin) shows the people page again with the reason; other faults go to the error page.
  const onPeoplePage = async (c: Context<AppEnv>, user: User, change: () => Promise<unknown>, done: string) => {
    try {
      await change();
    } catch (error) {
      if (!(error instanceof ClinqError) || (error.code !== 'invalid_request' && error.code !== 'conflict')) throw error;
      const users = await listUsers(deps.editorial, user);
      return c.html(renderAdminUsersPage({ frame: frameOf(c), users, error: error.message }), error.code === 'conflict' ? 409 : 400);
    }
    return c.redirect(`/admin/users?done=${done}`, 303);
  };

  app.post('/admin/users', async (c) => {
    const user = requireUser(c);
    requireAdmin(user);
    const { _csrf: _token, ...fields } = await c.req.parseBody();
    return onPeoplePage(c, user, () => addUser(deps.editorial, fields, user), 'added');
  });

  app.post('/admin/users/:id/role', async (c) => {
    const user = requireUser(c);
    requireAdmin(user);
    const form = roleFormSchema.safeParse(await c.req.parseBody());
    if (!form.success) throw new ClinqError('invalid_request', issuesText(form.error));
    return onPeoplePage(c, user, () => changeRole(deps.editorial, { actor: user, userId: c.req.param('id'), role: form.data.role }), 'role');
  });

  // The same rules as `clinq user password`: 12+ characters, and every session of that person ends.
  app.post('/admin/users/password', async (c) => {
    const user = requireUser(c);
    requireAdmin(user);
    const form = passwordFormSchema.safeParse(await c.req.parseBody());
    const target = form.success ? await deps.editorial.store.findUser(form.data.user) : null;
    const result = await onPeoplePage(
      c,
      user,
      async () => {
        if (!form.success || !target) throw new ClinqError('invalid_request', 'Choose the person whose password to set.');
        if (form.data.password !== form.data.repeat) throw new ClinqError('invalid_request', 'The two passwords differ; type the same new password twice.');
        return resetPassword(deps.editorial, { actor: user, email: target.email, password: form.data.password });
      },
      'password',
    );
    if (result.status !== 303 || !target) return result;
    // An admin who set their own password has just ended their own session too: sign in again with the new one.
    if (target.id === user.id) return c.redirect(`/login?next=${encodeURIComponent('/admin/users')}`, 303);
    return c.redirect(`/admin/users?done=password&user=${target.id}`, 303);
  });

  app.post('/admin/users/:id/disable', async (c) => {
    const user = requireUser(c);
    requireAdmin(user);
    const form = disableFormSchema.safeParse(await c.req.parseBody());
    if (!form.success) throw new ClinqError('invalid_request', issuesText(form.error));
    const { disabled } = form.data;
    // A disable that did not come through the confirmation step (an old page, a hand-made form) shows that step.
    if (disabled && form.data.confirm !== 'yes') return c.redirect(`/admin/users?disable=${encodeURIComponent(c.req.param('id'))}`, 303);
    return onPeoplePage(c, user, () => disableUser(deps.editorial, { actor: user, userId: c.req.param('id'), disabled }), disabled ? 'disabled' : 'enabled');
  });
}
