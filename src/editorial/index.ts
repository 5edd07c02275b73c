/** The editorial stage: articles (stored answers), versions, the review workflow, people, sessions and audit. */
export * from './types.js';
export { REVIEW_TRANSITIONS, INITIAL_STATE, nextState, actionsFrom, type Transition } from './review-workflow.js';
export * from './permissions.js';
export { slugify, nextFreeSlug } from './slug.js';
export { createArticle, addVersion, addFollowUp, listFollowUps, publicVersion, reviewLine, articlePath, storedAnswer } from './article-commands.js';
export {
  submitForReview,
  startReview,
  approveVersion,
  requestChanges,
  reopenDraft,
  resubmit,
  commentOnPoint,
  pointExists,
  formatPointRef,
  parsePointRef,
} from './review-commands.js';
export { hashPassword, verifyPassword } from './passwords.js';
export { createSession, findSession, deleteSession, authenticate, hashToken, SESSION_TTL_MS } from './sessions.js';
export { csrfTokenFor, verifyCsrf, createAnonymousCsrf, verifyAnonymousCsrf } from './csrf.js';
export { addUser, listUsers, changeRole, disableUser, resetPassword, newUserSchema, type NewUser, type AdminActor } from './users.js';
