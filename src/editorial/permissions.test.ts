import { describe, expect, it } from 'vitest';
import {
  canApprove,
  canComment,
  canCreate,
  canManageUsers,
  canReopen,
  canRequestChanges,
  canResubmit,
  canRevise,
  canSeeDesk,
  canStartReview,
  canSubmit,
} from './permissions.js';
import type { EditorialArticle, Role, User } from './types.js';

const article: EditorialArticle = {
  id: 'a1',
  slug: 'q',
  question: 'q?',
  createdBy: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  currentVersion: 1,
  publishedVersion: null,
  reviewState: 'draft',
};

const person = (role: Role, disabled = false): User => ({
  id: role,
  email: `${role}@example.org`,
  name: role,
  credentials: '',
  role,
  createdAt: article.createdAt,
  disabled,
});

const predicates = {
  canRevise,
  canSubmit,
  canStartReview,
  canApprove,
  canRequestChanges,
  canReopen,
  canResubmit,
  canComment,
} as const;

// Expected answers per role: [admin, reviewer, editor, anonymous].
const expected: Record<keyof typeof predicates, [boolean, boolean, boolean, boolean]> = {
  canRevise: [true, false, true, false],
  canSubmit: [true, false, true, false],
  canStartReview: [true, true, false, false],
  canApprove: [true, true, false, false],
  canRequestChanges: [true, true, false, false],
  canReopen: [true, false, true, false],
  canResubmit: [true, false, true, false],
  canComment: [true, true, false, false],
};

const actors: [string, User | null][] = [
  ['admin', person('admin')],
  ['reviewer', person('reviewer')],
  ['editor', person('editor')],
  ['anonymous', null],
];

describe('permissions', () => {
  for (const [name, predicate] of Object.entries(predicates) as [keyof typeof predicates, typeof canApprove][]) {
    actors.forEach(([who, user], i) => {
      const allowed = expected[name][i];
      it(`${name} is ${allowed} for ${who}`, () => {
        expect(predicate(user, article)).toBe(allowed);
      });
    });
  }

  it('lets editors and admins create articles but not reviewers or visitors', () => {
    expect(actors.map(([, user]) => canCreate(user))).toEqual([true, false, true, false]);
  });

  it('opens the desk to every role but not to visitors', () => {
    expect(actors.map(([, user]) => canSeeDesk(user))).toEqual([true, true, true, false]);
  });

  it('lets only admins manage people', () => {
    expect(actors.map(([, user]) => canManageUsers(user))).toEqual([true, false, false, false]);
  });

  it('denies everything to a disabled admin', () => {
    const disabled = person('admin', true);
    for (const predicate of Object.values(predicates)) expect(predicate(disabled, article)).toBe(false);
    expect(canManageUsers(disabled)).toBe(false);
  });
});
