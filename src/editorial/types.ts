/** Editorial vocabulary: stored answers (articles), their versions and reviews, people, sessions and the audit trail. */
import type { Answer } from '../domain/index.js';

/** The states an editorial article moves through; the allowed moves are in review-workflow.ts. */
export const REVIEW_STATES = ['draft', 'submitted', 'under_review', 'approved', 'changes_requested'] as const;
/** Where an article stands in review. */
export type ReviewState = (typeof REVIEW_STATES)[number];

/** The commands that move an article between states ('revise' is adding a version, 'create' is the first one). */
export const REVIEW_ACTIONS = [
  'create',
  'revise',
  'submit',
  'startReview',
  'approve',
  'requestChanges',
  'reopen',
  'resubmit',
] as const;
/** A named state change, as recorded in the audit log. */
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export const ROLES = ['admin', 'reviewer', 'editor'] as const;
/** What a signed-in person may do; anonymous visitors have no role (user null). */
export type Role = (typeof ROLES)[number];

/** A person who signs in: editors write, reviewers approve, admins do both and manage people. */
export type User = {
  id: string;
  /** Lower-cased, unique. */
  email: string;
  name: string;
  /** Shown after the name on approved articles, e.g. "MD, FACP"; may be empty. */
  credentials: string;
  role: Role;
  /** ISO 8601 timestamp. */
  createdAt: string;
  disabled: boolean;
};

/** A server-side session; the bearer token itself is never stored, only its sha256 (the id). */
export type Session = {
  /** sha256 hex of the bearer token. */
  id: string;
  userId: string;
  /** Random secret from which the session's CSRF token is derived. */
  csrfSecret: string;
  createdAt: string;
  expiresAt: string;
};

/** A stored answer to a question (not a PubMed record): versions, review state and its public version. */
export type EditorialArticle = {
  id: string;
  /** Readable and unique, derived from the question (e.g. "is-aspirin-safe-2"). */
  slug: string;
  question: string;
  /** Null when the article was created by an anonymous ask on the site. */
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  currentVersion: number;
  /** The approved version shown to the public, or null while none is approved. */
  publishedVersion: number | null;
  /** When the public version was approved (lists show it, not updatedAt, which a pending new version moves). */
  publishedAt?: string | null;
  reviewState: ReviewState;
};

/** Who approved a version and when: "Last reviewed by NAME, CREDENTIALS on DATE". */
export type Approval = { reviewerId: string; reviewerName: string; reviewerCredentials: string; approvedAt: string };

/** Why a version was made. */
export type VersionKind = 'initial' | 'edit' | 'regenerate';

/** One immutable version of an article's answer (audience 'physician'). */
export type ArticleVersion = {
  articleId: string;
  /** 1, 2, 3 ... */
  number: number;
  kind: VersionKind;
  answer: Answer;
  createdBy: string | null;
  createdAt: string;
  /** Set once this version is approved; older approvals stay on their versions. */
  approval: Approval | null;
};

/** An article together with all its versions, oldest first. */
export type ArticleWithVersions = EditorialArticle & { versions: ArticleVersion[] };

/** A reviewer's decision on one version. */
export type Review = {
  id: string;
  articleId: string;
  version: number;
  reviewerId: string;
  reviewerName: string;
  reviewerCredentials: string;
  decision: 'approved' | 'changes_requested';
  comment: string | null;
  createdAt: string;
};

/** Which point of an answer a comment is about: the direct answer, or section i point j (0-based). */
export type PointRef = 'direct' | { section: number; point: number };

/** A reviewer's remark on one point of one version. */
export type ReviewComment = {
  id: string;
  articleId: string;
  version: number;
  point: PointRef;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
};

/** A follow-up question asked under an article, with the answer the caller computed. */
export type FollowUp = {
  id: string;
  articleId: string;
  /** 1, 2, 3 ... in the order asked. */
  position: number;
  question: string;
  answer: Answer;
  createdAt: string;
};

/** Where an article made from a follow-up question was asked: the article whose thread holds it, and its place there. */
export type ThreadLink = {
  /** The follow-up's own (draft) article. */
  articleId: string;
  /** The article the follow-up was asked under. */
  askedUnder: EditorialArticle;
  position: number;
};

/** One recorded state change: who did what, when, from which state to which, on which version. */
export type AuditEntry = {
  id: string;
  articleId: string;
  /** Null for anonymous actions (an ask on the site). */
  actorId: string | null;
  actorName: string | null;
  action: ReviewAction;
  from: ReviewState | null;
  to: ReviewState;
  version: number;
  comment: string | null;
  at: string;
};

/** A state change the store applies atomically: compare-and-set the state, then record it. */
export type TransitionChange = {
  articleId: string;
  /** The state the command saw; the store refuses (conflict) if the article is no longer in it. */
  from: ReviewState;
  to: ReviewState;
  at: string;
  audit: AuditEntry;
  /** Present for approve/requestChanges. */
  review?: Review;
  /** Present for approve: marks the version approved and makes it the published one. */
  approval?: { version: number; approval: Approval };
  /** Present for revise: the new version to add (becomes the current one). */
  newVersion?: ArticleVersion;
};

/** Persistence for articles, versions, reviews, comments, follow-ups and the audit log. */
export interface EditorialArticleRecords {
  /** Inserts the article, its first version and the creation audit entry in one transaction. */
  createArticle(article: EditorialArticle, first: ArticleVersion, audit: AuditEntry): Promise<void>;
  /** Applies a state change and writes its audit entry (and review/approval/version) in one transaction. */
  applyTransition(change: TransitionChange): Promise<void>;
  /** Slugs in use that equal base or start with `base-`. */
  slugsLike(base: string): Promise<string[]>;
  findArticle(id: string): Promise<EditorialArticle | null>;
  findArticleBySlug(slug: string): Promise<ArticleWithVersions | null>;
  findVersion(articleId: string, number: number): Promise<ArticleVersion | null>;
  /** Articles with a published version, most recently approved first. */
  listRecentlyApproved(limit: number): Promise<EditorialArticle[]>;
  /** Published articles whose question matches the text, best first. */
  searchPublished(text: string, limit: number): Promise<EditorialArticle[]>;
  /** Articles in 'submitted' or 'under_review', oldest change first. */
  reviewQueue(): Promise<EditorialArticle[]>;
  /** Articles in any of the states, most recently changed first, `offset` of them passed over (0 unless given). */
  listByState(states: readonly ReviewState[], limit: number, offset?: number): Promise<EditorialArticle[]>;
  auditLog(articleId: string): Promise<AuditEntry[]>;
  listReviews(articleId: string): Promise<Review[]>;
  addReviewComment(comment: ReviewComment): Promise<void>;
  /** Comments on an article (optionally one version), oldest first. */
  listReviewComments(articleId: string, version?: number): Promise<ReviewComment[]>;
  /** Stores a follow-up and gives it the next position of its article's thread. */
  addFollowUp(followUp: Omit<FollowUp, 'position'>): Promise<FollowUp>;
  listFollowUps(articleId: string): Promise<FollowUp[]>;
  /** For those of the articles that were made from a follow-up question: the article each was asked under. */
  threadLinks(articleIds: readonly string[]): Promise<ThreadLink[]>;
}

/** Persistence for people and their sessions. */
export interface EditorialPeopleRecords {
  /** Throws ClinqError('conflict') when the email is taken. */
  insertUser(user: User, passwordHash: string): Promise<void>;
  findUser(id: string): Promise<User | null>;
  /** The user and their password hash, for sign-in. */
  findLogin(email: string): Promise<{ user: User; passwordHash: string } | null>;
  listUsers(): Promise<User[]>;
  updateUser(id: string, change: { role?: Role; disabled?: boolean; passwordHash?: string }): Promise<void>;
  insertSession(session: Session): Promise<void>;
  findSession(id: string): Promise<Session | null>;
  deleteSession(id: string): Promise<void>;
  deleteSessionsOf(userId: string): Promise<void>;
  /** Removes sessions that expired before `now`; returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;
}

/** Everything the editorial services persist; the SQLite store implements it. */
export interface EditorialStore extends EditorialArticleRecords, EditorialPeopleRecords {}

/** What every editorial command receives: where to persist, and what time it is. */
export type EditorialContext = {
  store: EditorialStore;
  /** Defaults to the system clock. */
  clock?: () => Date;
};
