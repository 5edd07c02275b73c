import type { ReviewAction, ReviewState } from './types.js';

/** One allowed move: the action, the state it starts from and the state it leads to. */
export type Transition = { action: ReviewAction; from: ReviewState; to: ReviewState };

/**
 * The review workflow as data: every allowed state change, and nothing else.
 * 'revise' (adding a version) keeps the state, except that revising an approved article sends it back to
 * review; an article under review cannot be revised (the reviewer would judge a moving target).
 */
export const REVIEW_TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: 'draft', to: 'submitted' },
  { action: 'startReview', from: 'submitted', to: 'under_review' },
  { action: 'approve', from: 'under_review', to: 'approved' },
  { action: 'requestChanges', from: 'under_review', to: 'changes_requested' },
  { action: 'reopen', from: 'changes_requested', to: 'draft' },
  { action: 'resubmit', from: 'changes_requested', to: 'submitted' },
  { action: 'revise', from: 'draft', to: 'draft' },
  { action: 'revise', from: 'submitted', to: 'submitted' },
  { action: 'revise', from: 'changes_requested', to: 'changes_requested' },
  { action: 'revise', from: 'approved', to: 'submitted' },
];

/** The state every new article starts in (an ask on the site makes a draft owned by nobody). */
export const INITIAL_STATE: ReviewState = 'draft';

/** The state an action leads to from a state, or null when the table does not allow it. */
export function nextState(from: ReviewState, action: ReviewAction): ReviewState | null {
  return REVIEW_TRANSITIONS.find((t) => t.from === from && t.action === action)?.to ?? null;
}

/** The actions the table allows from a state (for showing the right buttons). */
export function actionsFrom(from: ReviewState): ReviewAction[] {
  return REVIEW_TRANSITIONS.filter((t) => t.from === from).map((t) => t.action);
}
