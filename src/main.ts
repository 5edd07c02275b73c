/** Composition root for the server: opens clinq over the configured database and serves the app. */
import { randomBytes } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './server/index.js';
import { answerClientError } from './server/client-error.js';
import { openClinq, checkQuestion, checkAudience } from './clinq.js';
import { ClinqError } from './domain/index.js';
import type { Settings } from './config.js';

/** A running server and how to stop it; `warmed` settles once the answer engine's warm-up answer is done (at once without one). */
export type RunningServer = { url: string; warmed: Promise<void>; close(): Promise<void> };

// A question of common words, answered once after the server listens: the first answer pays for loading and compiling
// the answer stage (about a second), which the first reader would otherwise wait for.
const WARM_QUESTION = 'Does aspirin reduce the risk of stroke?';

/** Starts the HTTP server on the configured host and port; resolves once it is listening. `logRequest` gets one line per request. */
export async function startServer(
  settings: Settings,
  options: { logRequest?: (line: string) => void; warmUp?: (line: string) => void } = {},
): Promise<RunningServer> {
  const clinq = await openClinq(settings);
  if (options.warmUp) {
    // The spelling index is a walk over the whole full-text index (about a second at 100,000 records): done before
    // listening, not on the first question with a word no article has.
    const started = Date.now();
    const { spellingTerms } = await clinq.warmUp();
    options.warmUp(`spelling index: ${spellingTerms} terms read in ${Date.now() - started} ms`);
  }
  const app = createApp({
    ask: clinq.ask,
    adapt: clinq.adapt,
    // Only with a model: pages and the API then show other readers the model's checked rewrite of the stored answer.
    ...(clinq.adaptForReader ? { adaptForReader: clinq.adaptForReader } : {}),
    getArticle: clinq.getArticle,
    countArticles: () => clinq.store.countArticles(),
    coverage: clinq.coverage,
    checkQuestion: (input) => checkQuestion(input, settings.answer.maxQuestionChars),
    checkAudience,
    maxBodyBytes: settings.server.maxBodyBytes,
    newAnswersPerMinute: settings.server.newAnswersPerMinute,
    trustedProxies: settings.server.trustedProxies,
    editorial: { store: clinq.editorial },
    // Anonymous form tokens only need to outlive a page view, so a per-process secret is enough.
    csrfSecret: settings.server.csrfSecret ?? randomBytes(32).toString('base64url'),
    ...(options.logRequest ? { logRequest: options.logRequest } : {}),
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: settings.server.port, hostname: settings.server.host }, () => resolve(s));
    // A request Node refuses before the app sees it (an address over 16 KB) is told why, not sent a bare status.
    s.on('clientError', answerClientError);
    s.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'is already in use; set PORT or --port' : `cannot be opened (${error.code ?? error.message})`;
      reject(new ClinqError('invalid_request', `serve: ${settings.server.host}:${settings.server.port} ${why}`));
    });
  });
  // After the server listens and says so (a later turn of the event loop), not before: /healthz and the "serving" line
  // do not wait for it. Not with a model, whose reply to a question nobody asked would be paid for.
  const warmUp = options.warmUp;
  const warmed = warmUp && !settings.model
    ? new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(async () => {
          const started = Date.now();
          await clinq.ask(WARM_QUESTION, 'physician');
          warmUp(`answer engine: warm-up answer composed in ${Date.now() - started} ms`);
          // What the corpus covers (read by the home and corpus pages), made now unless saved for this corpus state.
          const counted = Date.now();
          const coverage = await clinq.coverage();
          warmUp(`corpus coverage: ${coverage.subjects.length} subjects, ${coverage.examples.length} example questions, ready in ${Date.now() - counted} ms`);
        })
        .catch((error: unknown) => warmUp(`answer engine: warm-up answer failed (${error instanceof Error ? error.message : String(error)})`))
    : Promise.resolve();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.server.port;
  return {
    url: `http://${settings.server.host}:${port}`,
    warmed,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      })
        // The warm-up answer reads the store: it finishes before the store closes.
        .then(() => warmed)
        .then(() => clinq.close()),
  };
}
