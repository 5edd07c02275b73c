import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClinqError, type Article } from '../domain/index.js';
import { ingestFiles, type ArticleSink, type IngestProgress } from './ingest.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../test/fixtures/pubmed/${name}`, import.meta.url));

/** An in-memory store that keeps the newest version of each PMID, like the real ones. */
class FakeSink implements ArticleSink {
  readonly articles = new Map<string, Article>();
  readonly batchSizes: number[] = [];
  readonly calls: string[] = [];

  async upsertArticles(articles: readonly Article[]) {
    this.batchSizes.push(articles.length);
    this.calls.push(`upsert ${articles.map((article) => article.pmid).join(',')}`);
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const article of articles) {
      const existing = this.articles.get(article.pmid);
      if (!existing) added++;
      else if (existing.version > article.version || JSON.stringify(existing) === JSON.stringify(article)) {
        unchanged++;
        continue;
      } else updated++;
      this.articles.set(article.pmid, article);
    }
    return { added, updated, unchanged };
  }

  async deleteArticles(pmids: readonly string[]) {
    this.calls.push(`delete ${pmids.join(',')}`);
    return pmids.filter((pmid) => this.articles.delete(pmid)).length;
  }
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clinq-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function record(pmid: string, title: string, version?: number): string {
  return `<PubmedArticle><MedlineCitation><PMID${version ? ` Version="${version}"` : ''}>${pmid}</PMID><Article>
<ArticleTitle>${title}</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n`;
}

async function xmlFile(name: string, body: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `<?xml version="1.0"?>\n<PubmedArticleSet>\n${body}</PubmedArticleSet>\n`);
  return path;
}

describe('ingestFiles', () => {
  it('loads every real fixture and applies the baseline DeleteCitation', async () => {
    const sink = new FakeSink();
    const files = ['pubmed1.xml', 'pubmed2.xml', 'pubmed4.xml', 'pubmed5.xml', 'pubmed6.xml', 'pubmed7.xml', 'pubmed-29768149.xml', 'test_current_medline.xml.gz', 'medline16n0902.xml.gz'];
    const summary = await ingestFiles(files.map(fixture), sink);
    expect(summary).toMatchObject({ files: 9, articles: 617, added: 617, updated: 0, unchanged: 0, skipped: 0, failures: [] });
    // The deleted PMID is not among the baseline's own citations.
    expect(summary.deleted).toBe(0);
    expect(sink.articles.size).toBe(617);
  });

  it('changes nothing when the same file is ingested twice', async () => {
    const sink = new FakeSink();
    await ingestFiles([fixture('pubmed4.xml')], sink);
    const again = await ingestFiles([fixture('pubmed4.xml')], sink);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
  });

  it('updates a record stored with a superscript power run into its number, then leaves it unchanged', async () => {
    const sink = new FakeSink();
    const path = await xmlFile('powers.xml', record('70', 'Platelets below 50 × 10<sup>9</sup>/L in CD4<sup>+</sup> lymphopenia.'));
    const [first] = (await ingestFiles([path], sink), [...sink.articles.values()]);
    expect(first?.title).toBe('Platelets below 50 × 10^9/L in CD4+ lymphopenia.');
    // The text an earlier release stored for the same record ("109/L"): re-ingesting the file rewrites it once.
    sink.articles.set('70', { ...first!, title: 'Platelets below 50 × 109/L in CD4+ lymphopenia.' });
    expect(await ingestFiles([path], sink)).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(await ingestFiles([path], sink)).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
  });

  it('writes in batches no larger than batchSize', async () => {
    const sink = new FakeSink();
    await ingestFiles([fixture('medline16n0902.xml.gz')], sink, { batchSize: 250 });
    expect(sink.batchSizes).toEqual([250, 250, 104]);
  });

  it('keeps the newer Version of a PMID whichever order the records come in', async () => {
    const sink = new FakeSink();
    const path = await xmlFile('versions.xml', record('5', 'Second version.', 2) + record('5', 'First version.') + record('6', 'Other.'));
    const summary = await ingestFiles([path], sink);
    expect(sink.articles.get('5')).toMatchObject({ version: 2, title: 'Second version.' });
    expect(summary).toMatchObject({ articles: 3, added: 2 });
  });

  it('keeps the later DateRevised of two same-version records of a PMID in one batch, whichever comes first', async () => {
    const dated = (title: string, year: string) =>
      `<PubmedArticle><MedlineCitation><PMID Version="1">8</PMID><DateRevised><Year>${year}</Year><Month>Feb</Month><Day>3</Day></DateRevised><Article>
<ArticleTitle>${title}</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n`;
    const path = await xmlFile('revised.xml', dated('Corrected.', '2025') + dated('Original.', '2019'));
    const sink = new FakeSink();
    await ingestFiles([path], sink);
    expect(sink.articles.get('8')).toMatchObject({ title: 'Corrected.', revised: '2025-02-03' });
  });

  it('keeps no retracted article citable: a retracted version is skipped and the copy stored before it removed', async () => {
    const sink = new FakeSink();
    const baseline = await xmlFile('baseline.xml', record('40', 'A trial.') + record('41', 'Another trial.'));
    await ingestFiles([baseline], sink);
    const retracted = (pmid: string) => `<PubmedArticle><MedlineCitation><PMID Version="1">${pmid}</PMID><Article><ArticleTitle>A trial.</ArticleTitle>
<PublicationTypeList><PublicationType UI="D016441">Retracted Publication</PublicationType></PublicationTypeList></Article></MedlineCitation></PubmedArticle>\n`;
    // 42 comes unretracted and retracted in the same file, so within one batch.
    const update = await xmlFile('update-retracted.xml', retracted('40') + record('42', 'Fresh.') + retracted('42') + record('43', 'Kept.'));
    const summary = await ingestFiles([update], sink);
    expect([...sink.articles.keys()].sort()).toEqual(['41', '43']);
    expect(summary).toMatchObject({ articles: 1, added: 1, skipped: 2, deleted: 1 });
    expect(summary.skippedRecords.map((s) => [s.pmid, s.reason])).toEqual([
      ['40', 'retracted (publication type Retracted Publication); not kept as evidence'],
      ['42', 'retracted (publication type Retracted Publication); not kept as evidence'],
    ]);
  });

  it('stores what came before a DeleteCitation, then deletes, so the deletion applies in file order', async () => {
    const sink = new FakeSink();
    const path = await xmlFile(
      'update.xml',
      record('7', 'Doomed.') + '<DeleteCitation><PMID Version="1">7</PMID><PMID Version="1">999</PMID></DeleteCitation>\n' + record('8', 'Kept.'),
    );
    const summary = await ingestFiles([path], sink);
    expect(sink.calls).toEqual(['upsert 7', 'delete 7,999', 'upsert 8']);
    expect(summary.deleted).toBe(1);
    expect([...sink.articles.keys()]).toEqual(['8']);
  });

  it('lists a failing file, keeps the records read before its fault, and still loads the other files', async () => {
    const sink = new FakeSink();
    const broken = join(dir, 'broken.xml');
    await writeFile(broken, `<PubmedArticleSet>\n${record('11', 'Before the break.')}<PubmedArticle><MedlineCitation></Oops>`);
    const summary = await ingestFiles([fixture('pubmed4.xml'), broken, join(dir, 'absent.xml'), fixture('pubmed3.html'), fixture('pubmed5.xml')], sink);
    expect(summary.files).toBe(2);
    expect(summary.failures.map((failure) => [failure.file, failure.recordsLoaded])).toEqual([
      [broken, 1],
      [join(dir, 'absent.xml'), 0],
      [fixture('pubmed3.html'), 0],
    ]);
    expect(summary.failures[0]?.message).toMatch(/broken\.xml: not well-formed XML at line 4, .*the 1 record before the fault was stored/);
    expect(summary.failures[1]?.message).toMatch(/absent\.xml: cannot read the file: no such file \(nothing from this file was stored\)$/);
    expect([...sink.articles.keys()].sort()).toEqual(['11', '27797938', '28775130']);
  });

  it('reads standard input for the path "-", gzipped or not, and loads the same records as from the file', async () => {
    const fromFile = await ingestFiles([fixture('medline16n0902.xml.gz')], new FakeSink());
    const sink = new FakeSink();
    const progress: IngestProgress[] = [];
    const summary = await ingestFiles(['-'], sink, {
      stdin: createReadStream(fixture('medline16n0902.xml.gz')),
      onProgress: (p) => progress.push(p),
    });
    expect(summary).toEqual(fromFile);
    expect(progress.at(-1)).toMatchObject({ file: '-', records: fromFile.articles + fromFile.skipped, totalBytes: 0 });
    expect(progress.at(-1)?.bytesRead).toBeGreaterThan(0);

    const plain = await ingestFiles(['-'], new FakeSink(), { stdin: Readable.from([Buffer.from(`<PubmedArticleSet>${record('31', 'Piped.')}</PubmedArticleSet>`)]) });
    expect(plain).toMatchObject({ files: 1, added: 1, failures: [] });
  });

  it('names the line and column of malformed XML on standard input and keeps the records before it', async () => {
    const sink = new FakeSink();
    // Split mid-record so the fault arrives in a later chunk than the good record.
    const chunks = [`<PubmedArticleSet>\n${record('41', 'Before the break.')}<PubmedArt`, 'icle><MedlineCitation></Oops>'].map((c) => Buffer.from(c));
    const summary = await ingestFiles(['-'], sink, { stdin: Readable.from(chunks) });
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]?.message).toMatch(
      /^corpus: standard input: not well-formed XML at line 4, column \d+, inside record 2: .* \(the 1 record before the fault was stored\)$/,
    );
    expect([...sink.articles.keys()]).toEqual(['41']);
  });

  it('reports gzip cut off on standard input as truncated, keeping the records before the cut', async () => {
    const whole = gzipSync(await readFile(fixture('pubmed1.xml')));
    const sink = new FakeSink();
    const summary = await ingestFiles(['-'], sink, { stdin: Readable.from([whole.subarray(0, Math.floor(whole.length * 0.65))]) });
    expect(summary.failures[0]?.message).toMatch(/^corpus: standard input: gzip data is truncated or corrupt \(the XML stops at line \d+, column \d+, inside record \d+\): unexpected end of file/);
    expect(summary.files).toBe(0);
  });

  it('closes standard input when it gives up on it early, so a writer that is still writing is not left blocked', async () => {
    // A stream that sends an HTML page and then would never end.
    const stdin = new Readable({ read() {} });
    stdin.push('<html><body>Service unavailable</body></html>\n');
    const summary = await ingestFiles(['-'], new FakeSink(), { stdin });
    expect(summary.failures[0]?.message).toMatch(/standard input: an HTML page/);
    expect(stdin.destroyed).toBe(true);

    // The same with gzip, where the fault is found in the decompressed text while more input is awaited.
    const gzipped = new Readable({ read() {} });
    gzipped.push(gzipSync('<PubmedArticleSet>\n<PubmedArticle><MedlineCitation></MedlineCitation></PubmedArticle></Oops>\n'));
    const again = await ingestFiles(['-'], new FakeSink(), { stdin: gzipped });
    expect(again.failures[0]?.message).toMatch(/standard input: not well-formed XML at line 2/);
    expect(gzipped.destroyed).toBe(true);
  });

  it('says so when nothing comes in on standard input', async () => {
    const summary = await ingestFiles(['-'], new FakeSink(), { stdin: Readable.from([]) });
    expect(summary.failures[0]?.message).toBe('corpus: standard input: nothing came in, not PubMed XML (nothing from this file was stored)');
  });

  it('lists a file read to its end that held no record, apart from one whose records were all skipped', async () => {
    const empty = await xmlFile('empty.xml', '');
    const other = await xmlFile('other.xml', '<Note>not a record</Note>\n');
    const skipped = await xmlFile('skipped.xml', record('x2', 'Bad PMID.'));
    const summary = await ingestFiles([empty, other, skipped], new FakeSink());
    expect(summary.files).toBe(3);
    expect(summary.emptyFiles).toEqual([empty, other]);
  });

  it('reports skipped records with file, position, PMID and reason', async () => {
    const sink = new FakeSink();
    const path = await xmlFile('skips.xml', record('21', 'Fine.') + record('x1', 'Bad PMID.') + record('22', ''));
    const summary = await ingestFiles([path], sink);
    expect(summary.skipped).toBe(2);
    expect(summary.skippedRecords).toEqual([
      { file: path, position: 2, line: 5, pmid: 'x1', reason: 'PMID "x1" is not a PubMed ID (1 to 12 digits, not all zeros)' },
      { file: path, position: 3, line: 7, pmid: '22', reason: 'no title and no abstract' },
    ]);
  });

  it('lets a store fault stop the run instead of reporting it as a bad file', async () => {
    const sink = new FakeSink();
    sink.upsertArticles = async () => {
      throw new ClinqError('store_error', 'store: disk full');
    };
    await expect(ingestFiles([fixture('pubmed4.xml'), fixture('pubmed5.xml')], sink)).rejects.toThrow(
      'store: disk full (this run stored nothing before it; running the same command again picks up the rest)',
    );
  });

  it('says what the run stored before a store fault stopped it (a full disk after the first batch)', async () => {
    const sink = new FakeSink();
    const upsert = sink.upsertArticles.bind(sink);
    sink.upsertArticles = async (articles) => {
      if (sink.batchSizes.length >= 1) throw new ClinqError('store_error', 'store: cannot upsert articles: the disk is full');
      return upsert(articles);
    };
    const error = await ingestFiles([fixture('medline16n0902.xml.gz')], sink, { batchSize: 250 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClinqError);
    expect((error as ClinqError).code).toBe('store_error');
    expect((error as ClinqError).message).toBe(
      'store: cannot upsert articles: the disk is full (this run stored 250 added and 0 updated records before it; running the same command again picks up the rest)',
    );
    expect(sink.articles.size).toBe(250);
  });

  it('reports progress with the running record count and the bytes of the current file', async () => {
    const progress: IngestProgress[] = [];
    await ingestFiles([fixture('pubmed1.xml'), fixture('medline16n0902.xml.gz')], new FakeSink(), {
      onProgress: (p) => progress.push(p),
    });
    const last = progress.at(-1);
    expect(last).toMatchObject({ file: fixture('medline16n0902.xml.gz'), records: 606, bytesRead: 654158, totalBytes: 654158 });
    expect(progress.some((p) => p.file === fixture('pubmed1.xml') && p.bytesRead === 12207)).toBe(true);
  });

  it('announces every file before reading it, also one that fails before its first byte is read', async () => {
    const empty = join(dir, 'empty.xml');
    await writeFile(empty, '');
    const progress: IngestProgress[] = [];
    await ingestFiles([empty, join(dir, 'absent.xml'), fixture('pubmed1.xml')], new FakeSink(), { onProgress: (p) => progress.push(p) });
    expect([...new Set(progress.map((p) => p.file))]).toEqual([empty, join(dir, 'absent.xml'), fixture('pubmed1.xml')]);
    expect(progress[0]).toEqual({ file: empty, records: 0, bytesRead: 0, totalBytes: 0 });
  });

  it('says a URL is one, with the line that fetches it, and loads the other files', async () => {
    const url = 'https://ftp.ncbi.nlm.nih.gov/pubmed/updatefiles/pubmed25n1275.xml.gz';
    const summary = await ingestFiles([url, fixture('pubmed1.xml')], new FakeSink());
    expect(summary.files).toBe(1);
    expect(summary.failures[0]?.message).toBe(`corpus: ${url}: is a URL; clinq reads files, so fetch it: curl -sL '${url}' | clinq ingest - (nothing from this file was stored)`);
  });

  it('refuses a batch size outside its bounds', async () => {
    await expect(ingestFiles([], new FakeSink(), { batchSize: 0 })).rejects.toThrow();
  });
});
