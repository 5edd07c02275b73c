import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { ingestFiles, type ArticleSink } from './ingest.js';

// The demo corpus committed in data/corpus/ (built by scripts/build-corpus.ts); this test reads only the repo.
const CORPUS_DIR = fileURLToPath(new URL('../../data/corpus/', import.meta.url));

class MemorySink implements ArticleSink {
  readonly articles = new Map<string, Article>();
  async upsertArticles(articles: readonly Article[]) {
    let added = 0;
    for (const article of articles) {
      if (!this.articles.has(article.pmid)) added++;
      this.articles.set(article.pmid, article);
    }
    return { added, updated: articles.length - added, unchanged: 0 };
  }
  async deleteArticles(pmids: readonly string[]) {
    return pmids.filter((pmid) => this.articles.delete(pmid)).length;
  }
}

let shipped: ReturnType<typeof readShippedCorpus> | undefined;
/** Ingested once for all tests: the assertions only read the result. */
function ingestShippedCorpus() {
  shipped ??= readShippedCorpus();
  return shipped;
}

async function readShippedCorpus() {
  const files = (await readdir(CORPUS_DIR)).filter((name) => /\.xml(\.gz)?$/.test(name)).sort();
  const sink = new MemorySink();
  const summary = await ingestFiles(files.map((name) => join(CORPUS_DIR, name)), sink);
  return { files, sink, summary };
}

describe('the shipped demo corpus', () => {
  it('ingests all three files with no failure and no skipped record: 604 + 792 + 500 distinct articles', async () => {
    const { files, sink, summary } = await ingestShippedCorpus();
    expect(files).toEqual(['medline16n0902.xml.gz', 'ncbi-disease.xml.gz', 'pubmedqa-pqal-dev.xml.gz']);
    expect(summary).toMatchObject({ files: 3, articles: 1896, added: 1896, skipped: 0, failures: [] });
    expect(sink.articles.size).toBe(1896);
  });

  it('keeps PubMedQA questions as titles, labelled contexts and the long answer as CONCLUSIONS', async () => {
    const { sink } = await ingestShippedCorpus();
    const article = sink.articles.get('10808977');
    expect(article).toMatchObject({
      title: 'Can tailored interventions increase mammography use among HMO women?',
      year: 2000,
      journal: { title: '', isoAbbreviation: null },
    });
    expect(article?.abstractSections.map((section) => section.label)).toEqual([
      'BACKGROUND',
      'DESIGN',
      'PARTICIPANTS',
      'INTERVENTION',
      'MAIN OUTCOME',
      'RESULTS',
      'CONCLUSIONS',
    ]);
    expect(article?.abstractSections.at(-1)?.text).toMatch(/^The effects of the intervention were most pronounced after the first intervention\./);
    expect(article?.meshHeadings.map((heading) => heading.descriptor)).toContain('Health Maintenance Organizations');
  });

  it('keeps NCBI Disease titles and abstracts, with no invented metadata', async () => {
    const { sink } = await ingestShippedCorpus();
    expect(sink.articles.get('10192393')).toMatchObject({
      title: 'A common human skin tumour is caused by activating mutations in beta-catenin.',
      year: null,
      meshHeadings: [],
      publicationTypes: [],
      abstract: expect.stringMatching(/^WNT signalling orchestrates a number of developmental programs\./),
    });
  });
});
