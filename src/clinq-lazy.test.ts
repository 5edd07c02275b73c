import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSettings } from './config.js';
import { openClinq } from './clinq.js';
import { loadVocabulary } from './audience/index.js';
import { articlesCitedBy, fakeAnswer } from './server/test-harness.js';

// The real vocabulary loader, counted.
vi.mock('./audience/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./audience/index.js')>();
  return { ...actual, loadVocabulary: vi.fn(actual.loadVocabulary) };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'clinq-lazy-'));
  vi.mocked(loadVocabulary).mockClear();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const QUOTE = 'In this randomized trial, low-dose colchicine significantly reduced the frequency of acute gout flares compared with placebo.';
const stored = fakeAnswer('Does colchicine help gout?', { quote: QUOTE, text: QUOTE });

describe('the plain-language vocabulary', () => {
  it('is not read for answers to physicians, and read once for the first answer worded for a patient', async () => {
    const clinq = await openClinq(loadSettings({ store: { dbPath: path.join(dir, 'clinq.db') } }, {}));
    try {
      await clinq.store.upsertArticles(articlesCitedBy(stored));
      await clinq.ask('Does colchicine help gout?', 'physician');
      expect(loadVocabulary).not.toHaveBeenCalled();
      const [patient, caregiver] = await Promise.all([
        clinq.ask('Does colchicine help gout?', 'patient'),
        clinq.ask('Does colchicine help gout?', 'caregiver'),
      ]);
      await clinq.adapt(stored, 'student');
      expect(loadVocabulary).toHaveBeenCalledTimes(1);
      expect([patient.audience, caregiver.audience]).toEqual(['patient', 'caregiver']);
    } finally {
      await clinq.close();
    }
  });

  it('is read by warmUp, before a server listens, and not again', async () => {
    const clinq = await openClinq(loadSettings({ store: { dbPath: path.join(dir, 'clinq.db') } }, {}));
    try {
      await clinq.warmUp();
      expect(loadVocabulary).toHaveBeenCalledTimes(1);
      await clinq.adapt(stored, 'patient');
      expect(loadVocabulary).toHaveBeenCalledTimes(1);
    } finally {
      await clinq.close();
    }
  });
});
