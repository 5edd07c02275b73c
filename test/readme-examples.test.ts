/**
 * The questions the README, the home page and `--help` suggest are answered from the shipped demo corpus, so a new
 * user who follows them sees a cited answer, not "insufficient evidence".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSettings } from '../src/config.js';
import { openClinq, type Clinq } from '../src/clinq.js';
import { ingestWithProgress } from '../src/cli/ingest-run.js';
import { buildProgram } from '../src/cli/main.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = path.join(ROOT, 'data/corpus');

/** Every question the README asks in an example: `ask ... "Question?"` and the quick start's *"Question?"*. */
function readmeQuestions(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const asked = [...readme.matchAll(/clinq ask [^"\n]*"([^"]+\?)"/g), ...readme.matchAll(/\*"([^"]+\?)"\*/g)].map((m) => m[1] as string);
  return [...new Set(asked)];
}

function helpQuestions(): string[] {
  let help = '';
  const program = buildProgram().configureOutput({ writeOut: (s) => (help += s) });
  program.outputHelp();
  const home = readFileSync(path.join(ROOT, 'src/server/pages/home.tsx'), 'utf8');
  return [...help.matchAll(/clinq ask "([^"]+\?)"/g), ...home.matchAll(/placeholder="e\.g\. ([^"]+\?)"/g)].map((m) => m[1] as string);
}

let dir: string;
let clinq: Clinq;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'clinq-readme-'));
  const settings = loadSettings({ store: { dbPath: path.join(dir, 'demo.db') } }, {});
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.xml.gz')).map((f) => path.join(CORPUS, f));
  await ingestWithProgress(files, settings.store.dbPath, settings.corpus.batchSize, false);
  clinq = await openClinq(settings);
}, 60_000);

afterAll(async () => {
  await clinq?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the example questions a new user is shown', () => {
  it('are found in the README, the help and the home page', () => {
    expect(readmeQuestions().length).toBeGreaterThanOrEqual(2);
    expect(helpQuestions().length).toBeGreaterThanOrEqual(2);
  });

  it('are each answered from the shipped corpus with citations', async () => {
    for (const question of [...readmeQuestions(), ...helpQuestions()]) {
      const answer = await clinq.ask(question, 'physician');
      expect(answer.status, question).toBe('answered');
      expect(answer.references.length, question).toBeGreaterThan(0);
    }
  });
});
