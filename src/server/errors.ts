import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ClinqError, type ErrorCode } from '../domain/index.js';
import { TooManyNewAnswers } from './new-answer-limiter.js';

/** The one mapping from fault codes to HTTP statuses. */
const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  corpus_parse_error: 422,
  corpus_io_error: 500,
  store_error: 500,
  model_error: 502,
};

/** A form address sent something other than a form (no Content-Type, JSON): 415, naming the form types it takes. */
export class NotAForm extends Error {
  constructor(method: string, path: string, contentType: string) {
    const sent = contentType ? `Content-Type ${contentType.split(';')[0]?.trim()}` : 'no Content-Type';
    super(`${method} ${path} takes a form (Content-Type application/x-www-form-urlencoded or multipart/form-data) but was sent ${sent}`);
  }
}

/**
 * A body sent compressed (Content-Encoding gzip, br, deflate): 415, naming the coding, since clinq reads bodies as sent
 * (identity only). Read as text, a gzip body was refused as "not UTF-8" and a br one as "not valid JSON", which sent the
 * client looking for a fault in its JSON.
 */
export class UnreadContentEncoding extends Error {
  constructor(coding: string) {
    super(`body: is sent with Content-Encoding ${coding.slice(0, 60)}, which clinq does not read; send the body uncompressed, without Content-Encoding`);
  }
}

/** The coding a request's Content-Encoding names other than identity (none, or "identity", is the body as sent), or null. */
export function unreadContentEncoding(header: string | undefined): UnreadContentEncoding | null {
  const codings = (header ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '' && c !== 'identity');
  return codings.length ? new UnreadContentEncoding(codings.join(', ')) : null;
}

/** Seconds a client is asked to wait when the database is busy with another writer. */
export const BUSY_RETRY_SECONDS = 5;

/**
 * Whether SQLite gave up waiting for another connection's write lock (SQLITE_BUSY, after the store's busy timeout): an
 * ingest writing large batches into the database the server reads. A passing state, not a fault of clinq's.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** Whether SQLite could not write for want of space (SQLITE_FULL): the disk holding the database is full. */
export function isDiskFull(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_FULL';
}

/** The one line the server log gets for a full disk, in place of a stack trace per request. */
export const DISK_FULL_LOG_LINE = 'clinq: store: the disk holding the database is full (SQLITE_FULL); new answers cannot be saved until space is freed';

/** The HTTP status and JSON body for any thrown value; unknown faults become a 500 without internals. */
export function toHttpError(error: unknown): { status: ContentfulStatusCode; body: { error: { code: string; message: string } } } {
  // A limit is no fault of the input: its own status and code, which the domain's fault codes do not need to know.
  if (error instanceof TooManyNewAnswers) return { status: 429, body: { error: { code: 'rate_limited', message: error.message } } };
  if (error instanceof NotAForm || error instanceof UnreadContentEncoding) {
    return { status: 415, body: { error: { code: 'unsupported_media_type', message: error.message } } };
  }
  if (isDatabaseBusy(error)) {
    const message = `store: the database is busy with another writer (an ingest?); try again in ${BUSY_RETRY_SECONDS} seconds`;
    return { status: 503, body: { error: { code: 'busy', message } } };
  }
  if (isDiskFull(error)) {
    const message = 'store: the disk holding the database is full, so this answer could not be saved; the site\'s operator has to free space';
    return { status: 507, body: { error: { code: 'disk_full', message } } };
  }
  if (error instanceof ClinqError) {
    return { status: STATUS_BY_CODE[error.code], body: { error: { code: error.code, message: error.message } } };
  }
  return { status: 500, body: { error: { code: 'internal_error', message: 'internal error; see the server log' } } };
}
