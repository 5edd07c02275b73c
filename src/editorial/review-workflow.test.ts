import { describe, expect, it } from 'vitest';
import { REVIEW_TRANSITIONS, actionsFrom, nextState } from './review-workflow.js';
import { REVIEW_ACTIONS, REVIEW_STATES, type ReviewAction, type ReviewState } from './types.js';

describe('the review workflow table', () => {
  it.each([
    ['draft', 'submit', 'submitted'],
    ['submitted', 'startReview', 'under_review'],
    ['under_review', 'approve', 'approved'],
    ['under_review', 'requestChanges', 'changes_requested'],
    ['changes_requested', 'reopen', 'draft'],
    ['changes_requested', 'resubmit', 'submitted'],
    ['approved', 'revise', 'submitted'],
    ['draft', 'revise', 'draft'],
    ['submitted', 'revise', 'submitted'],
    ['changes_requested', 'revise', 'changes_requested'],
  ] as const)('allows %s --%s--> %s', (from, action, to) => {
    expect(nextState(from, action)).toBe(to);
  });

  it.each([
    ['draft', 'approve'],
    ['draft', 'startReview'],
    ['submitted', 'approve'],
    ['approved', 'approve'],
    ['approved', 'submit'],
    ['under_review', 'submit'],
    ['under_review', 'revise'],
    ['changes_requested', 'approve'],
    ['draft', 'reopen'],
  ] as const)('refuses %s --%s-->', (from, action) => {
    expect(nextState(from, action)).toBeNull();
  });

  it('never lets anything lead back to creation', () => {
    for (const state of REVIEW_STATES) expect(nextState(state, 'create')).toBeNull();
  });

  it('has exactly one target per state and action', () => {
    const keys = REVIEW_TRANSITIONS.map((t) => `${t.from}/${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('only names known states and actions', () => {
    for (const t of REVIEW_TRANSITIONS) {
      expect(REVIEW_STATES).toContain(t.from satisfies ReviewState);
      expect(REVIEW_STATES).toContain(t.to);
      expect(REVIEW_ACTIONS).toContain(t.action satisfies ReviewAction);
    }
  });

  it('offers a reviewer approve or request changes on an article under review', () => {
    expect(actionsFrom('under_review').sort()).toEqual(['approve', 'requestChanges']);
  });
});
