/** Stable codes for faults; the server maps each to one HTTP status. */
export type ErrorCode =
  | 'invalid_request'
  | 'not_found'
  | 'corpus_parse_error'
  | 'corpus_io_error'
  | 'store_error'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'model_error';

/** A fault with a stable code and a message that says who, what and why. */
export class ClinqError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClinqError';
    this.code = code;
  }
}
