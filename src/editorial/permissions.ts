import type { EditorialArticle, ReviewAction, Role, User } from './types.js';

// Disabled people can do nothing; anonymous visitors (null) can only ask and follow up.
function hasRole(user: User | null, roles: readonly Role[]): user is User {
  return user !== null && !user.disabled && roles.includes(user.role);
}

const WRITERS: readonly Role[] = ['editor', 'admin'];
const REVIEWERS: readonly Role[] = ['reviewer', 'admin'];

/** Whether the user may create an article from the editorial desk (anonymous asks create drafts without this). */
export function canCreate(user: User | null): boolean {
  return hasRole(user, WRITERS);
}

/** Whether the user may add a version (edit or regenerate) to the article. */
export function canRevise(user: User | null, _article: EditorialArticle): boolean {
  return hasRole(user, WRITERS);
}

/** Whether the user may submit a draft for review. */
export function canSubmit(user: User | null, _article: EditorialArticle): boolean {
  return hasRole(user, WRITERS);
}

/** Whether the user may take a submitted article into review. */
export function canStartReview(user: User | null, _article: EditorialArticle): boolean {
  return hasRole(user, REVIEWERS);
}

/** Whether the user may approve the version under review. */
export function canApprove(user: User | null, _article: EditorialArticle): boolean {
  return hasRole(user, REVIEWERS);
}

/** Whether the user may send the article back with requested changes. */
export function canRequestChanges(user: User | null, _article: EditorialArticle): boolean {
  return hasRole(user, REVIEWERS);
}

/** Whether the user may reopen an article with requested changes as a draft. */
export function canReopen(user: User | null, _article: EditorialArticle): boolean {
  return hasRole(user, WRITERS);
}

/** Whether the user may resubmit an article with requested changes straight to review. */
export function canResubmit(user: User | null, _article: EditorialArticle): boolean {
  return hasRole(user, WRITERS);
}

/** Whether the user may comment on points of a version. */
export function canComment(user: User | null, _article: EditorialArticle): boolean {
  return hasRole(user, REVIEWERS);
}

/** Whether the user may see drafts, the review queue and audit logs. */
export function canSeeDesk(user: User | null): boolean {
  return hasRole(user, ['admin', 'reviewer', 'editor']);
}

/** Whether the user may add people, change roles and disable accounts. */
export function canManageUsers(user: User | null): boolean {
  return hasRole(user, ['admin']);
}

/** The permission predicate of each workflow action ('create' needs no article). */
export const PERMISSIONS: Record<ReviewAction, (user: User | null, article: EditorialArticle) => boolean> = {
  create: (user) => canCreate(user),
  revise: canRevise,
  submit: canSubmit,
  startReview: canStartReview,
  approve: canApprove,
  requestChanges: canRequestChanges,
  reopen: canReopen,
  resubmit: canResubmit,
};
