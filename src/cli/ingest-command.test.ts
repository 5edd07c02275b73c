import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../corpus/index.js';
import { summaryLine } from './ingest-command.js';

const summary = (over: Partial<IngestSummary>): IngestSummary => ({
  files: 0,
  articles: 0,
  added: 0,
  updated: 0,
  unchanged: 0,
  deleted: 0,
  skipped: 0,
  skippedRecords: [],
  failures: [],
  ...over,
});

describe('the ingest summary line', () => {
  it('counts the files and what changed when every file loaded', () => {
    expect(summaryLine(summary({ files: 3, added: 1292, unchanged: 604 }), 3)).toBe(
      'ingested 3 file(s): 1292 added, 0 updated, 604 unchanged, 0 deleted, 0 skipped',
    );
  });

  it('counts a file that failed half-way apart from the whole ones, with the records it still stored', () => {
    const failures = [{ file: 'half.xml', message: 'corpus: half.xml: not well-formed XML', recordsLoaded: 206 }];
    expect(summaryLine(summary({ files: 0, added: 206, failures }), 1)).toBe(
      'ingested 0 of 1 file(s), 1 failed (see above): 206 added, 0 updated, 0 unchanged, 0 deleted, 0 skipped',
    );
  });
});
