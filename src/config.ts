/**
 * One typed settings object, grouped by pipeline stage. Each setting has a default, bounds and one line of doc.
 * Environment variables are read once, here, and checked with a schema.
 */
import { z } from 'zod';
import { ClinqError } from './domain/index.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_NEW_ANSWERS_PER_MINUTE } from './config-defaults.js';

export { DEFAULT_BATCH_SIZE, DEFAULT_NEW_ANSWERS_PER_MINUTE };

/** The most reverse proxies CLINQ_TRUST_PROXY may name; real chains are one or two hops long. */
const MAX_TRUSTED_PROXIES = 10;

const settingsSchema = z.object({
  store: z.object({
    /** Path of the SQLite database file (CLINQ_DB). */
    dbPath: z.string().min(1).default('clinq.db'),
  }),
  corpus: z.object({
    /** Articles per write transaction while ingesting (bounded so memory stays constant). */
    batchSize: z.number().int().min(1).max(50_000).default(DEFAULT_BATCH_SIZE),
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
    csrfSecret: z.string().min(16, 'must be at least 16 characters').optional(),
    /** New answers (stored draft articles) one anonymous client may create per minute; 0 for no limit (CLINQ_NEW_ANSWERS_PER_MINUTE). */
    newAnswersPerMinute: z.number().int().min(0).max(100_000).default(DEFAULT_NEW_ANSWERS_PER_MINUTE),
    /**
     * Reverse proxies in front of the server whose X-Forwarded-For entries are believed (CLINQ_TRUST_PROXY); 0, the
     * default, ignores the header, which any client can forge.
     */
    trustedProxies: z.number().int().min(0).max(MAX_TRUSTED_PROXIES).default(0),
  }),
  /** The optional generative mode (CLINQ_MODEL_URL and friends); absent means extractive answers only, the default. */
  model: z
    .object({
      /** Base URL of an OpenAI-compatible API, e.g. http://localhost:11434/v1 (CLINQ_MODEL_URL). */
      baseURL: z.string().min(1),
      /** Model name sent with each request, e.g. llama3.1:8b (CLINQ_MODEL). */
      model: z.string().min(1),
      /** Bearer key, when the endpoint needs one (CLINQ_MODEL_KEY); never printed. */
      apiKey: z.string().min(1).optional(),
      /** How long one rewrite may take before the extractive answer is kept (CLINQ_MODEL_TIMEOUT_MS). */
      timeoutMs: z.number().int().min(1_000).max(600_000).default(30_000),
    })
    .optional(),
});

/** All of clinq's settings. */
export type Settings = z.infer<typeof settingsSchema>;

/** A partial override of the settings, e.g. from command-line flags. */
export type SettingsOverrides = { [K in Exclude<keyof Settings, 'model'>]?: Partial<Settings[K]> } & {
  /** false turns the generative mode off whatever the environment says (`--no-model`). */
  model?: false;
};

const envSchema = z.object({
  CLINQ_DB: z.string().min(1).optional(),
  PORT: z
    .string()
    .regex(/^\d+$/, 'PORT must be a whole number')
    .transform(Number)
    .refine((n) => n <= 65_535, 'PORT must be between 0 and 65535')
    .optional(),
  HOST: z.string().min(1).optional(),
  CLINQ_CSRF_SECRET: z.string().min(16, 'CLINQ_CSRF_SECRET must be at least 16 characters').optional(),
  CLINQ_NEW_ANSWERS_PER_MINUTE: z
    .string()
    .regex(/^\d+$/, 'CLINQ_NEW_ANSWERS_PER_MINUTE must be a whole number (0 for no limit)')
    .transform(Number)
    .refine((n) => n <= 100_000, 'CLINQ_NEW_ANSWERS_PER_MINUTE must be at most 100000 (0 for no limit)')
    .optional(),
  CLINQ_TRUST_PROXY: z
    .string()
    .regex(/^\d+$/, 'CLINQ_TRUST_PROXY must be the number of reverse proxies in front of clinq (e.g. 1), or 0 to ignore X-Forwarded-For')
    .transform(Number)
    .refine((n) => n <= MAX_TRUSTED_PROXIES, `CLINQ_TRUST_PROXY must be at most ${MAX_TRUSTED_PROXIES} (the number of reverse proxies in front of clinq)`)
    .optional(),
  CLINQ_MODEL_URL: z
    .string()
    .refine(isHttpUrl, 'CLINQ_MODEL_URL must be an http(s) URL such as http://localhost:11434/v1')
    .optional(),
  CLINQ_MODEL: z.string().min(1).optional(),
  CLINQ_MODEL_KEY: z.string().optional(),
  CLINQ_MODEL_TIMEOUT_MS: z
    .string()
    .regex(/^\d+$/, 'CLINQ_MODEL_TIMEOUT_MS must be a whole number of milliseconds')
    .transform(Number)
    .refine((n) => n >= 1_000 && n <= 600_000, 'CLINQ_MODEL_TIMEOUT_MS must be between 1000 and 600000')
    .optional(),
});

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const MODEL_ENV = ['CLINQ_MODEL_URL', 'CLINQ_MODEL', 'CLINQ_MODEL_KEY', 'CLINQ_MODEL_TIMEOUT_MS'] as const;

/** The model group from the environment: undefined (extractive) unless CLINQ_MODEL_URL is set. */
function modelFromEnv(e: z.infer<typeof envSchema>): Record<string, unknown> | undefined {
  if (!e.CLINQ_MODEL_URL) {
    // A model name without an endpoint is a half-done setup; say so rather than silently answering extractively.
    if (e.CLINQ_MODEL) throw new ClinqError('invalid_request', 'config: CLINQ_MODEL is set but CLINQ_MODEL_URL is not; set both, or neither for extractive answers');
    return undefined;
  }
  if (!e.CLINQ_MODEL) throw new ClinqError('invalid_request', 'config: CLINQ_MODEL_URL is set but CLINQ_MODEL is not; name the model, e.g. CLINQ_MODEL=llama3.1:8b');
  return defined({ baseURL: e.CLINQ_MODEL_URL, model: e.CLINQ_MODEL, apiKey: e.CLINQ_MODEL_KEY || undefined, timeoutMs: e.CLINQ_MODEL_TIMEOUT_MS });
}

/** Where a generative model is reached, for messages: the URL without credentials, query or fragment, and the model name. */
export function describeModel(model: Settings['model']): string {
  if (!model) return 'extractive';
  const url = new URL(model.baseURL);
  return `generative via ${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')} (${model.model})`;
}

/** Reads settings from the environment and explicit overrides (flags win over environment, environment over defaults). */
export function loadSettings(overrides: SettingsOverrides = {}, env: NodeJS.ProcessEnv = process.env): Settings {
  const names = ['CLINQ_DB', 'PORT', 'HOST', 'CLINQ_CSRF_SECRET', 'CLINQ_NEW_ANSWERS_PER_MINUTE', 'CLINQ_TRUST_PROXY', ...MODEL_ENV] as const;
  // With the model turned off, its variables are not read at all, so a broken model setup cannot block extractive answers.
  const read = names.filter((name) => overrides.model !== false || !(MODEL_ENV as readonly string[]).includes(name));
  const parsedEnv = envSchema.safeParse(Object.fromEntries(read.map((name) => [name, env[name] || undefined])));
  if (!parsedEnv.success) {
    // Messages name the variable, never its value: CLINQ_MODEL_KEY must not reach a terminal or a log.
    throw new ClinqError('invalid_request', `config: ${parsedEnv.error.issues.map(namedOnce).join('; ')}`);
  }
  const e = parsedEnv.data;
  const raw = {
    store: { ...defined({ dbPath: e.CLINQ_DB }), ...defined(overrides.store) },
    corpus: defined(overrides.corpus),
    answer: defined(overrides.answer),
    server: {
      ...defined({
        port: e.PORT,
        host: e.HOST,
        csrfSecret: e.CLINQ_CSRF_SECRET,
        newAnswersPerMinute: e.CLINQ_NEW_ANSWERS_PER_MINUTE,
        trustedProxies: e.CLINQ_TRUST_PROXY,
      }),
      ...defined(overrides.server),
    },
    model: modelFromEnv(e),
  };
  // The environment's bounds are checked above, so what fails here came from an override, named by its setting.
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ClinqError('invalid_request', `config: ${parsed.error.issues.map(namedOnce).join('; ')}`);
  }
  return parsed.data;
}

/** An issue as "NAME must ...": its own message when that names the variable or setting already, else prefixed with it. */
function namedOnce(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.');
  return name === '' || issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
}

/** Drops keys whose value is undefined, so an unset flag does not hide the environment or the default. */
function defined<T extends object>(values: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
