import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyIngestSummary, type IngestSummary } from '../corpus/index.js';
import { closeDatabase, createSqliteArticleStore, createSqliteEditorialStore, openDatabase } from '../store/sqlite/index.js';
import { barFileName, checkStandardInput, directoryLine, emptyFileLine, ingestWithProgress, notUtf8Lines, readingLine, summaryLine, timeLeft } from './ingest-run.js';

const summary = (over: Partial<IngestSummary>): IngestSummary => ({ ...emptyIngestSummary(), ...over });

describe('the ingest summary line', () => {
  it('counts the files and what changed when every file loaded', () => {
    expect(summaryLine(summary({ files: 3, added: 1292, unchanged: 604 }), 3)).toBe(
      'ingested 3 file(s): 1292 added, 0 updated, 604 unchanged, 0 deleted, 0 skipped',
    );
  });

  it('accounts for a PMID repeated within a file, which is stored once', () => {
    expect(summaryLine(summary({ files: 1, articles: 4, added: 3 }), 1)).toBe(
      'ingested 1 file(s): 3 added, 0 updated, 0 unchanged, 0 deleted, 0 skipped, 1 repeated (a PMID given again in the same file; the newest kept)',
    );
  });

  it('counts a file that failed half-way apart from the whole ones, with the records it still stored', () => {
    const failures = [{ file: 'half.xml', message: 'corpus: half.xml: not well-formed XML', recordsLoaded: 206 }];
    expect(summaryLine(summary({ files: 0, added: 206, failures }), 1)).toBe(
      'ingested 0 of 1 file(s), 1 failed (see above): 206 added, 0 updated, 0 unchanged, 0 deleted, 0 skipped',
    );
  });
});

describe('the lines ingest logs about its files', () => {
  it('names what a directory held besides PubMed files, the first five of them', () => {
    expect(directoryLine({ path: 'dl', count: 2, leftOut: [] })).toBe('clinq: dl: 2 PubMed files (*.xml, *.xml.gz)');
    expect(directoryLine({ path: 'dl', count: 1, leftOut: ['a.nxml', 'b.txt', 'c.html', 'd.xml.zip', 'e.tsv', 'sub/'] })).toBe(
      'clinq: dl: 1 PubMed file (*.xml, *.xml.gz); not read: a.nxml, b.txt, c.html, d.xml.zip, e.tsv and 1 more (only *.xml and *.xml.gz directly in it are read)',
    );
  });

  it('names the file on the progress bar by its base name, which a long path would push past the terminal\'s edge', () => {
    expect(barFileName('/work/shared/data/pubmed/baseline/pubmed25n0001.xml.gz')).toBe('pubmed25n0001.xml.gz');
    expect(barFileName('-')).toBe('standard input');
  });

  it('explains a file that held no record, so its "0 added" is not a mystery', () => {
    expect(emptyFileLine('efetch.xml')).toBe(
      'clinq: efetch.xml: no PubMed records in it (no PubmedArticle, PubmedBookArticle, MedlineCitation or DeleteCitation under its root)',
    );
    expect(emptyFileLine('-')).toMatch(/^clinq: standard input: no PubMed records in it/);
  });

  it('says once per file how to convert one whose records were skipped for bytes that are not UTF-8 (a file saved as Latin-1)', () => {
    const skip = (file: string, position: number, reason: string) => ({ file, position, line: position * 10, reason });
    const skippedRecords = [
      skip('latin1.xml', 3, 'invalid UTF-8 at byte 359783 (line 9019, column 23): byte 0xA9 cannot start a UTF-8 character'),
      skip('latin1.xml', 5, 'invalid UTF-8 at byte 372181 (line 9360, column 23): byte 0xE9 cannot start a UTF-8 character'),
      skip('other.xml', 1, 'no PMID'),
    ];
    expect(notUtf8Lines(summary({ skipped: 3, skippedRecords }))).toEqual([
      'clinq: latin1.xml: records holding bytes that are not UTF-8 were skipped; if the file was saved in another encoding ' +
        '(Latin-1, Windows-1252), convert it and ingest it again: iconv -f WINDOWS-1252 -t UTF-8 latin1.xml > latin1.utf8.xml',
    ]);
    expect(notUtf8Lines(summary({ skipped: 1, skippedRecords: [skippedRecords[2]!] }))).toEqual([]);
    expect(notUtf8Lines(summary({ skipped: 1, skippedRecords: [{ ...skippedRecords[0]!, file: 'dl/a.xml.gz' }] }))[0]).toMatch(
      /: zcat dl\/a\.xml\.gz \| iconv -f WINDOWS-1252 -t UTF-8 > dl\/a\.utf8\.xml$/,
    );
  });

  it('tells how long the rest of a long ingest takes, at the pace of the whole run so far', () => {
    const GB = 1_000_000_000;
    // A quarter of 1 GB read in 5 minutes: three quarters take 15 more.
    expect(timeLeft(GB / 4, GB, 5 * 60_000)).toBe('15 min left');
    // Half read in 90 minutes: 90 more.
    expect(timeLeft(GB / 2, GB, 90 * 60_000)).toBe('1 h 30 min left');
    expect(timeLeft(0.9 * GB, GB, 300_000)).toBe('35 s left');
    expect(timeLeft(GB, GB, 300_000)).toBe('a few seconds left');
  });

  it('promises no time left while start-up still weighs on the pace, or when the input has no known size', () => {
    expect(timeLeft(0.005 * 1e9, 1e9, 60_000)).toBe('time left: estimating');
    expect(timeLeft(0.5e9, 1e9, 5_000)).toBe('time left: estimating');
    expect(timeLeft(1000, 0, 60_000)).toBe('time left: estimating');
  });

  it('counts the records read before a file in words that agree with the number', () => {
    expect(readingLine(0, 3, 'a.xml', 0)).toBe('clinq: [1/3] reading a.xml');
    expect(readingLine(1, 3, 'b.xml', 1)).toBe('clinq: [2/3] reading b.xml (1 record read before it)');
    expect(readingLine(2, 3, 'c.xml', 7)).toBe('clinq: [3/3] reading c.xml (7 records read before it)');
  });
});

describe('ingest from standard input', () => {
  it('refuses standard input named twice, or a terminal as standard input, saying how to pipe records in', () => {
    expect(() => checkStandardInput(['-', 'a.xml', '/dev/stdin'], false)).toThrow('ingest: standard input (- or /dev/stdin) is named 2 times; it can be read once');
    expect(() => checkStandardInput(['-'], true)).toThrow(/standard input, which is a terminal here; pipe PubMed XML into it, e.g. zcat .* \| clinq ingest -/);
    expect(() => checkStandardInput(['-', 'a.xml'], false)).not.toThrow();
    expect(() => checkStandardInput(['a.xml'], true)).not.toThrow();
  });

  it('loads gzipped records piped into `clinq ingest -`, and names the line of a broken stream keeping what came before it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'clinq-ingest-stdin-'));
    try {
      const db = path.join(dir, 'piped.db');
      const gz = await readFile(path.join(root, 'test/fixtures/pubmed/medline16n0902.xml.gz'));
      const piped = await clinq(['ingest', '--db', db, '-'], gz);
      expect(piped.stderr).toBe('clinq: [1/1] reading standard input\n');
      expect(piped.stdout).toMatch(/^ingested 1 file\(s\): 604 added, 0 updated, 0 unchanged, 0 deleted, 0 skipped\n$/);
      expect(piped.code).toBe(0);

      const broken = Buffer.from('<PubmedArticleSet>\n<PubmedArticle><MedlineCitation><PMID>77</PMID><Article><ArticleTitle>Kept.</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n<PubmedArticle><MedlineCitation></Oops>');
      const run = await clinq(['ingest', '--db', db, '-'], broken);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/clinq: corpus: standard input: not well-formed XML at line 3, column \d+, inside record 2: .*\(the 1 record before the fault was stored\)/);
      expect(run.stdout).toMatch(/^ingested 0 of 1 file\(s\), 1 failed \(see above\): 1 added/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('an ingest that is stopped', () => {
  it('on SIGTERM (kill, timeout, docker stop) says what is kept and exits 143, the records stored before it intact', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'clinq-ingest-term-'));
    try {
      const db = path.join(dir, 'stopped.db');
      const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'src/cli/main.ts'), 'ingest', '--db', db, '--batch-size', '1', '-'], { cwd: root });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // One whole record, then the pipe stays open as if the rest were still downloading.
      child.stdin.write('<PubmedArticleSet>\n<PubmedArticle><MedlineCitation><PMID>77</PMID><Article><ArticleTitle>Kept.</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n<PubmedArticle>');
      await until(() => storedCount(db) === 1);
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(stderr).toContain('clinq: ingest stopped (SIGTERM); the batches written so far are stored whole; run the same command again to load the rest');
      expect(storedCount(db)).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // A child process started through tsx: on a loaded 2-core machine its start alone may take most of the default 30 s.
  }, 120_000);
});

/** The articles stored in a database that may still be being written, or 0 while it cannot be read yet. */
function storedCount(file: string): number {
  try {
    const reader = openDatabase(file, { mode: 'read' });
    try {
      return (reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      closeDatabase(reader);
    }
  } catch {
    return 0;
  }
}

async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('an ingested database', () => {
  it('holds all of clinq\'s tables and is left out of WAL mode, so `ask` and `info` can read it where it is read-only', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'clinq-ingest-ro-'));
    try {
      const db = path.join(dir, 'corpus.db');
      await ingestWithProgress([path.join(root, 'test/fixtures/pubmed/pubmed1.xml')], db, 100, false);
      const reader = openDatabase(db, { mode: 'read' });
      expect(reader.pragma('journal_mode', { simple: true })).toBe('delete');
      const store = createSqliteArticleStore(reader);
      expect(() => createSqliteEditorialStore(reader)).not.toThrow();
      expect(await store.countArticles()).toBeGreaterThan(0);
      closeDatabase(reader);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real CLI with `input` on its standard input. */
function clinq(args: string[], input: Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'src/cli/main.ts'), ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}
