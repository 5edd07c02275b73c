/** How a stored physician answer reaches another reader: the model's checked rewrite when there is one, cached. */
import { createHash } from 'node:crypto';
import type { Answer, Audience } from '../domain/index.js';
import type { AppDeps } from './app.js';

/** A stored physician answer worded for a reader. */
export type ReaderAnswer = (answer: Answer, audience: Audience) => Promise<Answer>;

/** How many reworded answers are kept, and how long a failed rewrite is not retried. */
export type ReaderAnswerLimits = { capacity: number; retryAfterMs: number };

const DEFAULT_LIMITS: ReaderAnswerLimits = { capacity: 300, retryAfterMs: 60_000 };

type Entry = { answer: Promise<Answer>; retryAt?: number };

/**
 * Without `deps.adaptForReader`, the rule-based `deps.adapt`. With it, its result for each (stored answer, reader),
 * kept in a bounded least-recently-used cache so a page view does not call the model every time; when it fails, the
 * rule-based wording is shown and the rewrite is tried again after a while.
 */
export function createReaderAnswer(deps: Pick<AppDeps, 'adapt' | 'adaptForReader' | 'logError' | 'editorial'>, limits: Partial<ReaderAnswerLimits> = {}): ReaderAnswer {
  const { adaptForReader } = deps;
  if (!adaptForReader) return async (answer, audience) => deps.adapt(answer, audience);
  const { capacity, retryAfterMs } = { ...DEFAULT_LIMITS, ...limits };
  const now = () => (deps.editorial.clock ?? (() => new Date()))().getTime();
  const cache = new Map<string, Entry>();

  return (answer, audience) => {
    // The stored wording is the physicians'; it is shown as stored.
    if (audience === 'physician' || answer.audience === audience) return Promise.resolve(deps.adapt(answer, audience));
    // The content is the identity: a new version or an edit is a new key, and the same answer shares one entry.
    const key = `${audience}:${createHash('sha256').update(JSON.stringify(answer)).digest('base64url')}`;
    const cached = cache.get(key);
    if (cached && (cached.retryAt === undefined || now() < cached.retryAt)) {
      // Re-inserting moves the entry to the young end of the Map's order.
      cache.delete(key);
      cache.set(key, cached);
      return cached.answer;
    }
    const entry: Entry = {
      answer: adaptForReader(answer, audience).catch((error: unknown) => {
        // Never an error page for wording: the rule-based adaptation is complete and verified.
        (deps.logError ?? console.error)(error);
        entry.retryAt = now() + retryAfterMs;
        return deps.adapt(answer, audience);
      }),
    };
    // Stored before it settles, so simultaneous views of a new answer share one model call.
    cache.delete(key);
    cache.set(key, entry);
    while (cache.size > capacity) cache.delete(cache.keys().next().value as string);
    return entry.answer;
  };
}
