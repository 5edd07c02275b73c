/**
 * The defaults the command line's help text names, apart from config.ts so that `clinq --help` can print them without
 * loading the settings schema (zod).
 */

/** Articles per write transaction while ingesting, unless configured (--batch-size). */
export const DEFAULT_BATCH_SIZE = 5_000;

/** New answers one anonymous client may create per minute, unless configured (CLINQ_NEW_ANSWERS_PER_MINUTE). */
export const DEFAULT_NEW_ANSWERS_PER_MINUTE = 20;
