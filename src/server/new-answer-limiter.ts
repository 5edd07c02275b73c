/**
 * Bounds how many new answers (each a stored draft article) one client may create per minute, so a script cannot
 * fill the review desk. Questions that already have an article are not counted; signed-in staff are not limited.
 */
import { ClinqError } from '../domain/index.js';
import type { User } from '../editorial/index.js';
import { createRateLimiter } from './rate-limiter.js';

/** The fault for a client over the limit: HTTP 429 with Retry-After `retryAfter` seconds. */
export class TooManyNewAnswers extends ClinqError {
  readonly retryAfter: number;
  constructor(perMinute: number, retryAfter: number) {
    const wait = `${retryAfter} second${retryAfter === 1 ? '' : 's'}`;
    super(
      'invalid_request',
      `answers: this address has asked ${perMinute} new question${perMinute === 1 ? '' : 's'} in the last minute, the most allowed; try again in ${wait} (questions already answered can be asked at any time)`,
    );
    this.name = 'TooManyNewAnswers';
    this.retryAfter = retryAfter;
  }
}

/** Admits or refuses the creation of one new answer. */
export type NewAnswerLimiter = {
  /** Counts a new answer for the client, or throws TooManyNewAnswers when it is over the limit; staff pass freely. */
  admit(client: string, actor: User | null): void;
};

/** A limiter allowing `perMinute` new answers per client (0: no limit); `now` is the app's clock in milliseconds. */
export function createNewAnswerLimiter(perMinute: number, now: () => number): NewAnswerLimiter {
  return perClientLimiter(perMinute, now, (wait) => new TooManyNewAnswers(perMinute, wait));
}

// `perMinute` admissions per client and minute (0: no limit), refused with `fault(seconds to wait)`.
function perClientLimiter(perMinute: number, now: () => number, fault: (wait: number) => Error): NewAnswerLimiter {
  const limiter = perMinute > 0 ? createRateLimiter({ max: perMinute, windowMs: 60_000 }) : null;
  return {
    admit(client, actor) {
      // Accounts are made by admins for the site's own staff, who may need to ask many questions in a row.
      if (!limiter || actor) return;
      const wait = limiter.retryAfter(client, now());
      if (wait > 0) throw fault(wait);
      // Counted before the (slow) answer is composed, so parallel requests cannot slip past the limit.
      limiter.record(client, now());
    },
  };
}

/** Quick answers (/?q=) allowed for each new answer a minute: they are composed like one, but not stored. */
export const QUICK_ANSWERS_PER_NEW_ANSWER = 3;

/** The fault for a client over the quick-answer limit: 429 with Retry-After, as for new answers. */
export class TooManyQuickAnswers extends TooManyNewAnswers {
  constructor(perMinute: number, retryAfter: number) {
    super(perMinute, retryAfter);
    const wait = `${retryAfter} second${retryAfter === 1 ? '' : 's'}`;
    this.message = `answers: this address has asked for ${perMinute} quick answers in the last minute, the most allowed; try again in ${wait}, or ask with the form, which keeps the answer as an article`;
    this.name = 'TooManyQuickAnswers';
  }
}

/**
 * A limiter for quick answers: each is composed afresh (a search and an answer, the server's heaviest work), so
 * without a bound one client could keep the server busy; `perMinute` new answers allow three times as many quick
 * ones (0: no limit). Signed-in staff pass freely.
 */
export function createQuickAnswerLimiter(newAnswersPerMinute: number, now: () => number): NewAnswerLimiter {
  const perMinute = newAnswersPerMinute * QUICK_ANSWERS_PER_NEW_ANSWER;
  return perClientLimiter(perMinute, now, (wait) => new TooManyQuickAnswers(perMinute, wait));
}
