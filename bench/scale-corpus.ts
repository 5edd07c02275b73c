/** Generates large PubMed corpora for the scale benchmarks by replicating real records with new PMIDs. */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { readPubmedFile } from '../src/corpus/index.js';
import type { Article } from '../src/domain/index.js';
import { repoRoot } from './clinq-runner.js';
import { escapeXml } from './pubmed-xml.js';

/** Bumped whenever the generated text changes, so reused corpora and databases are rebuilt. */
export const GENERATOR_VERSION = 1;
/** First generated PMID: far above real PMIDs (about 41 million in 2025), so no copy is mistaken for a real record. */
export const FIRST_PMID = 90_000_001;
/** The real records shipped with the repository, the default seeds. */
export const SHIPPED_CORPUS = ['medline16n0902.xml.gz', 'ncbi-disease.xml.gz', 'pubmedqa-pqal-dev.xml.gz'].map((f) =>
  join(repoRoot, 'data', 'corpus', f),
);

/** Reads every usable article of the seed files with the project's own PubMed reader. */
export async function loadSeedArticles(files: readonly string[]): Promise<Article[]> {
  const seeds: Article[] = [];
  for (const file of files) {
    for await (const event of readPubmedFile(file)) if (event.kind === 'article') seeds.push(event.article);
  }
  if (seeds.length === 0) throw new Error(`bench: no articles in ${files.join(', ')}`);
  return seeds;
}

// Small deterministic PRNG (mulberry32): the same record index always yields the same text.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Meaning-preserving swaps common in abstracts: copies then differ in wording without becoming nonsense.
const SWAPS: [RegExp, string][] = [
  [/\bpatients\b/g, 'participants'],
  [/\bincreased\b/g, 'elevated'],
  [/\bdecreased\b/g, 'reduced'],
  [/\bassociated with\b/g, 'linked to'],
  [/\bHowever\b/g, 'Nevertheless'],
  [/\bobserved\b/g, 'seen'],
  [/\bshowed\b/g, 'demonstrated'],
  [/\bresults\b/g, 'findings'],
  [/\bsignificantly\b/g, 'markedly'],
  [/\bstudy\b/g, 'investigation'],
];
// Standalone whole numbers of two or more digits (counts, percentages); gene and drug names such as IL-6 stay.
const NUMBER = /(?<![\w.,-])(\d{2,})(?![\w-]|[.,]\d)/g;

function varyText(text: string, swaps: readonly [RegExp, string][], shift: () => number): string {
  let out = text;
  for (const [pattern, replacement] of swaps) out = out.replace(pattern, replacement);
  return out.replace(NUMBER, (n) => String(Math.max(0, Number(n) + shift())));
}

/**
 * The article for generated record `index`: the seed's copy number 0 keeps the real text; later copies swap a few
 * common words and nudge whole numbers, so the index holds realistic but not identical text.
 */
export function variedArticle(seed: Article, index: number, copy: number, pmid: string): Article {
  if (copy === 0) return { ...seed, pmid, version: 1 };
  const rng = random(index + 1);
  const swaps = SWAPS.filter(() => rng() < 0.5);
  const shift = (): number => Math.floor(rng() * 7) - 3;
  const abstractSections = seed.abstractSections.map((s) => ({ ...s, text: varyText(s.text, swaps, shift) }));
  return {
    ...seed,
    pmid,
    version: 1,
    title: varyText(seed.title, swaps, shift),
    abstractSections,
    abstract: abstractSections.map((s) => s.text).join(' '),
    year: seed.year === null ? null : seed.year - (copy % 4),
  };
}

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}

/** One article as a `PubmedArticle` element (one line) holding every field clinq's reader keeps. */
export function pubmedArticleXml(article: Article): string {
  const abstract = article.abstractSections
    .map((s) => {
      const label = s.label === null ? '' : ` Label="${escapeXml(s.label)}"`;
      const category = s.category === null ? '' : ` NlmCategory="${escapeXml(s.category)}"`;
      return element('AbstractText', s.text, label + category);
    })
    .join('');
  const authors = article.authors
    .map((name) => {
      const space = name.lastIndexOf(' ');
      // "Smith JA" came from LastName + Initials; a name without initials is kept whole as a collective name.
      return space > 0
        ? `<Author>${element('LastName', name.slice(0, space))}${element('Initials', name.slice(space + 1))}</Author>`
        : `<Author>${element('CollectiveName', name)}</Author>`;
    })
    .join('');
  const mesh = article.meshHeadings
    .map((h) => {
      const ui = h.descriptorUi === null ? '' : ` UI="${escapeXml(h.descriptorUi)}"`;
      const qualifiers = h.qualifiers.map((q) => element('QualifierName', q.name, ` MajorTopicYN="${q.majorTopic ? 'Y' : 'N'}"`));
      return `<MeshHeading>${element('DescriptorName', h.descriptor, `${ui} MajorTopicYN="${h.majorTopic ? 'Y' : 'N'}"`)}${qualifiers.join('')}</MeshHeading>`;
    })
    .join('');
  return [
    '<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">',
    element('PMID', article.pmid, ` Version="${article.version}"`),
    '<Article PubModel="Print"><Journal><JournalIssue CitedMedium="Print"><PubDate>',
    article.year === null ? '' : element('Year', String(article.year)),
    '</PubDate></JournalIssue>',
    element('Title', article.journal.title),
    article.journal.isoAbbreviation === null ? '' : element('ISOAbbreviation', article.journal.isoAbbreviation),
    '</Journal>',
    element('ArticleTitle', article.title),
    article.doi === null ? '' : element('ELocationID', article.doi, ' EIdType="doi" ValidYN="Y"'),
    abstract ? `<Abstract>${abstract}</Abstract>` : '',
    authors ? `<AuthorList CompleteYN="Y">${authors}</AuthorList>` : '',
    article.languages.map((l) => element('Language', l)).join(''),
    `<PublicationTypeList>${article.publicationTypes.map((t) => element('PublicationType', t)).join('')}</PublicationTypeList>`,
    '</Article>',
    mesh ? `<MeshHeadingList>${mesh}</MeshHeadingList>` : '',
    article.keywords.length ? `<KeywordList Owner="NOTNLM">${article.keywords.map((k) => element('Keyword', k, ' MajorTopicYN="N"')).join('')}</KeywordList>` : '',
    '</MedlineCitation></PubmedArticle>',
  ].join('');
}

/** What was written: the file, its record count and its size decompressed and on disk. */
export type GeneratedCorpus = { path: string; records: number; xmlBytes: number; gzBytes: number };

const RECORDS_PER_CHUNK = 250;

/**
 * Streams `records` generated articles (seeds replicated in order, PMIDs from FIRST_PMID) into a gzipped
 * PubmedArticleSet; only one chunk of records is in memory at a time.
 */
export async function generateCorpus(seeds: readonly Article[], records: number, path: string): Promise<GeneratedCorpus> {
  if (seeds.length === 0) throw new Error('bench: generateCorpus needs at least one seed article');
  return writeArticles(records, (i) => generatedArticle(seeds, i), path);
}

/** Generated record `index` of a corpus: its seed replicated, copy number and PMID following from the index. */
function generatedArticle(seeds: readonly Article[], index: number): Article {
  return variedArticle(seeds[index % seeds.length]!, index, Math.floor(index / seeds.length), String(FIRST_PMID + index));
}

/**
 * An update to a generated corpus of `records` records, as a later PubMed file brings one: `count` of its records
 * changed (the first ones, reworded as another copy of their seed would be, the title marked corrected) and `count` new
 * records after its last PMID. Ingested into the corpus's database, it updates `count` and adds `count`.
 */
export async function generateUpdate(seeds: readonly Article[], records: number, count: number, path: string): Promise<GeneratedCorpus> {
  if (seeds.length === 0) throw new Error('bench: generateUpdate needs at least one seed article');
  const changed = Math.min(count, records);
  return writeArticles(
    changed + count,
    (i) => {
      if (i >= changed) return generatedArticle(seeds, records + i - changed);
      const stored = generatedArticle(seeds, i);
      const reworded = variedArticle(seeds[i % seeds.length]!, records + count + i, Math.floor(i / seeds.length) + 1, stored.pmid);
      return { ...reworded, title: `${reworded.title} (corrected)` };
    },
    path,
  );
}

/** Streams `records` articles (the article of each index) into a gzipped PubmedArticleSet, a chunk at a time. */
async function writeArticles(records: number, articleAt: (index: number) => Article, path: string): Promise<GeneratedCorpus> {
  let xmlBytes = 0;
  async function* xml(): AsyncGenerator<string> {
    const emit = (text: string): string => {
      xmlBytes += Buffer.byteLength(text);
      return text;
    };
    yield emit('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n');
    for (let start = 0; start < records; start += RECORDS_PER_CHUNK) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(records, start + RECORDS_PER_CHUNK); i++) lines.push(pubmedArticleXml(articleAt(i)));
      yield emit(`${lines.join('\n')}\n`);
    }
    yield emit('</PubmedArticleSet>\n');
  }
  await mkdir(dirname(path), { recursive: true });
  await pipeline(xml(), createGzip({ level: 6 }), createWriteStream(path));
  return { path, records, xmlBytes, gzBytes: (await stat(path)).size };
}

/** A generated corpus and the database it was ingested into, for the benchmarks that only read it. */
export type ScaleCorpus = GeneratedCorpus & { dbPath: string };

// Ingest and store code are part of a database's identity: older code may have stored different rows.
function ingestCodeVersion(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD:src/corpus', 'HEAD:src/store'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Paths of the generated corpus of a given size and its database inside the work directory. */
export function scalePaths(workDir: string, records: number): { xmlPath: string; dbPath: string } {
  return { xmlPath: join(workDir, `corpus-${records}.xml.gz`), dbPath: join(workDir, `corpus-${records}.db`) };
}

function corpusKey(records: number, seedFiles: readonly string[]): string {
  return JSON.stringify({ generator: GENERATOR_VERSION, records, seeds: seedFiles.map((f) => basename(f)) });
}

/** Generates the corpus file unless the same one (same size, seeds and generator) is already there. */
export async function ensureCorpusFile(
  workDir: string,
  records: number,
  seedFiles: readonly string[],
  seeds: () => Promise<Article[]>,
): Promise<GeneratedCorpus & { reused: boolean }> {
  const { xmlPath } = scalePaths(workDir, records);
  const marker = `${xmlPath}.key`;
  const key = corpusKey(records, seedFiles);
  if (existsSync(xmlPath) && existsSync(marker)) {
    const saved = JSON.parse(await readFile(marker, 'utf8')) as { key: string; xmlBytes: number };
    if (saved.key === key) return { path: xmlPath, records, xmlBytes: saved.xmlBytes, gzBytes: (await stat(xmlPath)).size, reused: true };
  }
  process.stderr.write(`bench: generating ${records} records into ${xmlPath}\n`);
  const generated = await generateCorpus(await seeds(), records, xmlPath);
  await writeFile(marker, JSON.stringify({ key, xmlBytes: generated.xmlBytes }));
  return { ...generated, reused: false };
}

/** The key recorded beside a database ingested from a generated corpus. */
export function databaseKey(records: number, seedFiles: readonly string[]): string {
  return `${corpusKey(records, seedFiles)} ${ingestCodeVersion()}`;
}

/** Whether the database holds exactly this corpus, ingested by the current committed ingest code. */
export async function databaseIsCurrent(dbPath: string, key: string): Promise<boolean> {
  const marker = `${dbPath}.key`;
  return existsSync(dbPath) && existsSync(marker) && (await readFile(marker, 'utf8')) === key;
}

/** Records the key of a freshly ingested database. */
export async function markDatabase(dbPath: string, key: string): Promise<void> {
  await writeFile(`${dbPath}.key`, key);
}

/** Deletes a database with its WAL files and key, for a fresh ingest. */
export async function removeDatabase(dbPath: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm', '.key']) await rm(`${dbPath}${suffix}`, { force: true });
}

/** The size of a database on disk, WAL files included. */
export async function databaseBytes(dbPath: string): Promise<number> {
  let total = 0;
  for (const suffix of ['', '-wal', '-shm']) total += await stat(`${dbPath}${suffix}`).then((s) => s.size, () => 0);
  return total;
}
