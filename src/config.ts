/**
 * One typed settings object, grouped by pipeline stage. Each setting has a default, bounds and one line of doc.
 * Environment variables are read once, here, and checked with a schema.
 */
import { z } from 'zod';
import { ClinqError } from './domain/index.js';

const settingsSchema = z.object({
  store: z.object({
    /** Path of the SQLite database file (CLINQ_DB). */
    dbPath: z.string().min(1).default('clinq.db'),
  }),
  corpus: z.object({
    /** Articles per write transaction while ingesting (bounded so memory stays constant). */
    batchSize: z.number().int().min(1).max(50_000).default(5_000),
  }),
  answer: z.object({
    /** Longest question accepted, in characters; longer ones are refused with a clear error. */
    maxQuestionChars: z.number().int().min(10).max(100_000).default(2_000),
    /** Articles retrieved as evidence for one answer. */
    evidenceLimit: z.number().int().min(1).max(100).default(12),
  }),
  server: z.object({
    /** TCP port of the HTTP server (PORT). */
    port: z.number().int().min(0).max(65_535).default(3000),
    /** Interface the server listens on (HOST). */
    host: z.string().min(1).default('localhost'),
    /** Largest accepted request body, in bytes. */
    maxBodyBytes: z.number().int().min(1024).max(10_000_000).default(64 * 1024),
    /** Key that signs anonymous readers' form tokens (CLINQ_CSRF_SECRET); random per process when unset. */
    csrfSecret: z.string().min(16, 'CLINQ_CSRF_SECRET must be at least 16 characters').optional(),
  }),
});

/** All of clinq's settings. */
export type Settings = z.infer<typeof settingsSchema>;

/** A partial override of the settings, e.g. from command-line flags. */
export type SettingsOverrides = { [K in keyof Settings]?: Partial<Settings[K]> };

const envSchema = z.object({
  CLINQ_DB: z.string().min(1).optional(),
  PORT: z
    .string()
    .regex(/^\d+$/, 'PORT must be a whole number')
    .transform(Number)
    .optional(),
  HOST: z.string().min(1).optional(),
  CLINQ_CSRF_SECRET: z.string().optional(),
});

/** Reads settings from the environment and explicit overrides (flags win over environment, environment over defaults). */
export function loadSettings(overrides: SettingsOverrides = {}, env: NodeJS.ProcessEnv = process.env): Settings {
  const parsedEnv = envSchema.safeParse({ CLINQ_DB: env.CLINQ_DB || undefined, PORT: env.PORT || undefined, HOST: env.HOST || undefined, CLINQ_CSRF_SECRET: env.CLINQ_CSRF_SECRET || undefined });
  if (!parsedEnv.success) {
    throw new ClinqError('invalid_request', `config: ${parsedEnv.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsedEnv.data;
  const raw = {
    store: { ...defined({ dbPath: e.CLINQ_DB }), ...defined(overrides.store) },
    corpus: defined(overrides.corpus),
    answer: defined(overrides.answer),
    server: { ...defined({ port: e.PORT, host: e.HOST, csrfSecret: e.CLINQ_CSRF_SECRET }), ...defined(overrides.server) },
  };
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ClinqError('invalid_request', `config: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** Drops keys whose value is undefined, so an unset flag does not hide the environment or the default. */
function defined<T extends object>(values: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
