import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClinqError } from '../../domain/index.js';
import { readPubmedFile, type PubmedEvent } from './read-pubmed-file.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clinq-pubmed-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type CitationParts = { pmid?: string; version?: number; title?: string; abstract?: string; extra?: string };

function citation({ pmid = '1', version, title = 'A title.', abstract = 'An abstract.', extra = '' }: CitationParts): string {
  const pmidTag = pmid === '' ? '' : `<PMID${version ? ` Version="${version}"` : ''}>${pmid}</PMID>`;
  return `<PubmedArticle><MedlineCitation>${pmidTag}<Article><Journal><Title>J</Title></Journal>
<ArticleTitle>${title}</ArticleTitle>${abstract ? `<Abstract><AbstractText>${abstract}</AbstractText></Abstract>` : ''}
${extra}</Article></MedlineCitation></PubmedArticle>\n`;
}

function articleSet(records: string[]): string {
  return `<?xml version="1.0"?>\n<PubmedArticleSet>\n${records.join('')}</PubmedArticleSet>\n`;
}

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Reads until the end or the first fault, keeping what was yielded before it. */
async function read(path: string): Promise<{ events: PubmedEvent[]; error: ClinqError | null }> {
  const events: PubmedEvent[] = [];
  try {
    for await (const event of readPubmedFile(path)) events.push(event);
    return { events, error: null };
  } catch (error) {
    if (!(error instanceof ClinqError)) throw error;
    return { events, error };
  }
}

const pmidsOf = (events: PubmedEvent[]): string[] =>
  events.flatMap((event) => (event.kind === 'article' ? [event.article.pmid] : []));

/** Text that does not compress to nothing, so a cut gzip stream ends after many records. */
function wordyAbstract(seed: number): string {
  let state = seed;
  const words: string[] = [];
  for (let i = 0; i < 120; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(state.toString(36));
  }
  return words.join(' ');
}

describe('readPubmedFile on damaged and hostile input', () => {
  it('reports a record without a PMID by position and loads the rest', async () => {
    const path = await file('no-pmid.xml', articleSet([citation({ pmid: '10' }), citation({ pmid: '' }), citation({ pmid: '12' })]));
    const { events, error } = await read(path);
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['10', '12']);
    expect(events[1]).toEqual({ kind: 'skip', position: { record: 2, line: 6 }, reason: 'no PMID' });
  });

  it('skips non-numeric PMIDs and records with neither title nor abstract, naming the PMID', async () => {
    const path = await file(
      'unusable.xml',
      articleSet([citation({ pmid: 'abc' }), citation({ pmid: '7', title: '', abstract: '' }), citation({ pmid: '8' })]),
    );
    const { events } = await read(path);
    expect(events.filter((event) => event.kind === 'skip')).toEqual([
      { kind: 'skip', position: { record: 1, line: 3 }, pmid: 'abc', reason: 'PMID "abc" is not a PubMed ID (1 to 12 digits, not all zeros)' },
      { kind: 'skip', position: { record: 2, line: 6 }, pmid: '7', reason: 'no title and no abstract' },
    ]);
    expect(pmidsOf(events)).toEqual(['8']);
  });

  it('stores a PMID written with leading zeros as the PMID it is, and skips a PMID of only zeros', async () => {
    // "0001234" and "1234" name one PubMed record: stored apart, one answer could cite both copies.
    const book = '<PubmedBookArticle><BookDocument><PMID Version="1">0042</PMID><ArticleTitle>A chapter.</ArticleTitle></BookDocument></PubmedBookArticle>\n';
    const deletion = '<DeleteCitation><PMID Version="1">0043</PMID><PMID Version="1">000</PMID></DeleteCitation>\n';
    const path = await file('zeros.xml', articleSet([citation({ pmid: '0001234' }), citation({ pmid: '0' }), citation({ pmid: '0000' }), book, deletion]));
    const { events, error } = await read(path);
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['1234', '42']);
    expect(events.filter((event) => event.kind === 'skip').map((skip) => skip.kind === 'skip' && skip.reason)).toEqual([
      'PMID "0" is not a PubMed ID (1 to 12 digits, not all zeros)',
      'PMID "0000" is not a PubMed ID (1 to 12 digits, not all zeros)',
    ]);
    expect(events.at(-1)).toMatchObject({ kind: 'delete', pmids: ['43'] });
  });

  it('reads a PMID Version too large for a safe integer as the first version, as it reads any odd one', async () => {
    // 1e20 is an integer to JavaScript, but no store keeps it: the store refused it and the whole ingest stopped.
    const records = [citation({ pmid: '1' }).replace('<PMID>', '<PMID Version="99999999999999999999">'), citation({ pmid: '2', version: 3 })];
    const { events } = await read(await file('huge-version.xml', articleSet(records)));
    expect(events.map((event) => event.kind === 'article' && [event.article.pmid, event.article.version])).toEqual([
      ['1', 1],
      ['2', 3],
    ]);
  });

  it('skips a 200 KB abstract and a 5 KB title as absurd sizes', async () => {
    const path = await file(
      'huge.xml',
      articleSet([
        citation({ pmid: '20', abstract: 'word '.repeat(40_000) }),
        citation({ pmid: '21', title: 'long '.repeat(1_000) }),
        citation({ pmid: '22' }),
      ]),
    );
    const { events } = await read(path);
    const skips = events.filter((event) => event.kind === 'skip');
    expect(skips.map((skip) => [skip.pmid, skip.reason])).toEqual([
      ['20', 'abstract of 199,999 characters is over the limit of 102,400'],
      ['21', 'title of 4,999 characters is over the limit of 4,096'],
    ]);
    expect(pmidsOf(events)).toEqual(['22']);
  });

  it('yields DeleteCitation PMIDs, and skips a book record with neither title nor abstract as it would an article', async () => {
    const path = await file(
      'update.xml',
      articleSet([
        citation({ pmid: '30' }),
        '<PubmedBookArticle><BookDocument><PMID Version="1">31</PMID></BookDocument></PubmedBookArticle>\n',
        '<DeleteCitation><PMID Version="1">32</PMID><PMID Version="1">33</PMID></DeleteCitation>\n',
      ]),
    );
    const { events } = await read(path);
    expect(events.map((event) => event.kind)).toEqual(['article', 'skip', 'delete']);
    expect(events[1]).toMatchObject({ pmid: '31', reason: 'no title and no abstract' });
    expect(events[2]).toMatchObject({ pmids: ['32', '33'] });
  });

  it('reads a book chapter (StatPearls, GeneReviews) as an article: its own title, authors and abstract, the book for journal', async () => {
    // The shape efetch returns for a StatPearls chapter: the Book names the book and its edition, the chapter its
    // authors, type, abstract (with a copyright line that is not abstract text) and revision date.
    const chapter = `<PubmedBookArticle><BookDocument><PMID Version="1">29083780</PMID>
<ArticleIdList><ArticleId IdType="bookaccession">NBK546606</ArticleId></ArticleIdList>
<Book><Publisher><PublisherName>StatPearls Publishing</PublisherName></Publisher><BookTitle book="statpearls">StatPearls</BookTitle>
<PubDate><Year>2025</Year><Month>01</Month></PubDate><AuthorList Type="editors"><Author><LastName>Editor</LastName><Initials>E</Initials></Author></AuthorList></Book>
<LocationLabel Type="chapter">Gout</LocationLabel><ArticleTitle book="statpearls" part="article-22196">Gout</ArticleTitle><Language>eng</Language>
<AuthorList Type="authors"><Author><LastName>Fenando</LastName><ForeName>Ariel</ForeName><Initials>A</Initials></Author></AuthorList>
<PublicationType UI="D016454">Review</PublicationType>
<Abstract><AbstractText>Gout is an inflammatory arthritis caused by urate crystals.</AbstractText><CopyrightInformation>Copyright 2025, StatPearls Publishing LLC.</CopyrightInformation></Abstract>
<ContributionDate><Year>2021</Year></ContributionDate><DateRevised><Year>2023</Year><Month>02</Month></DateRevised></BookDocument>
<PubmedBookData><ArticleIdList><ArticleId IdType="pubmed">29083780</ArticleId><ArticleId IdType="doi">10.0000/chapter</ArticleId></ArticleIdList></PubmedBookData></PubmedBookArticle>\n`;
    const wholeBook = `<PubmedBookArticle><BookDocument><PMID Version="1">20301295</PMID><Book><BookTitle book="gene">GeneReviews®</BookTitle>
<PubDate><Year>1993</Year></PubDate></Book><Abstract><AbstractText>GeneReviews are expert-authored disease descriptions.</AbstractText></Abstract></BookDocument></PubmedBookArticle>\n`;
    const { events } = await read(await file('books.xml', articleSet([chapter, citation({ pmid: '7' }), wholeBook])));
    expect(events.map((event) => event.kind)).toEqual(['article', 'article', 'article']);
    const [book] = events;
    expect(book?.kind === 'article' ? book.article : null).toEqual({
      pmid: '29083780',
      version: 1,
      title: 'Gout',
      abstract: 'Gout is an inflammatory arthritis caused by urate crystals.',
      abstractSections: [{ label: null, category: null, text: 'Gout is an inflammatory arthritis caused by urate crystals.' }],
      journal: { title: 'StatPearls', isoAbbreviation: null },
      year: 2023,
      authors: ['Fenando A'],
      languages: ['eng'],
      publicationTypes: ['Review'],
      meshHeadings: [],
      keywords: [],
      doi: '10.0000/chapter',
      revised: '2023-02-01',
    });
    const whole = events[2];
    expect(whole?.kind === 'article' ? [whole.article.title, whole.article.journal.title, whole.article.year] : null).toEqual([
      'GeneReviews®',
      'GeneReviews®',
      1993,
    ]);
  });

  it('skips a retracted article, by its publication type or its RetractionIn link, but reads the retraction notice', async () => {
    const path = await file(
      'retractions.xml',
      articleSet([
        citation({ pmid: '50', extra: '<PublicationTypeList><PublicationType>Journal Article</PublicationType><PublicationType UI="D016441">Retracted Publication</PublicationType></PublicationTypeList>' }),
        `<PubmedArticle><MedlineCitation><PMID>51</PMID><Article><ArticleTitle>A trial.</ArticleTitle></Article>
<CommentsCorrectionsList><CommentsCorrections RefType="CommentIn"><RefSource>Lancet. 2020;1:2</RefSource><PMID Version="1">60</PMID></CommentsCorrections>
<CommentsCorrections RefType="RetractionIn"><RefSource>Lancet. 2020;395(10240):1820</RefSource><PMID Version="1">32511943</PMID></CommentsCorrections></CommentsCorrectionsList>
</MedlineCitation></PubmedArticle>\n`,
        citation({ pmid: '52', extra: '<PublicationTypeList><PublicationType UI="D016440">Retraction of Publication</PublicationType></PublicationTypeList>' }),
        citation({ pmid: '53', extra: '<PublicationTypeList><PublicationType>Journal Article</PublicationType></PublicationTypeList>' }),
      ]),
    );
    const { events } = await read(path);
    expect(events.map((event) => [event.kind, event.kind === 'skip' ? event.reason : ''])).toEqual([
      ['skip', 'retracted (publication type Retracted Publication); not kept as evidence'],
      ['skip', 'retracted (retraction notice Lancet. 2020;395(10240):1820 (PMID 32511943)); not kept as evidence'],
      ['article', ''],
      ['article', ''],
    ]);
    expect(events.filter((event) => event.kind === 'skip').map((event) => event.kind === 'skip' && [event.pmid, event.withdrawn])).toEqual([
      ['50', true],
      ['51', true],
    ]);
  });

  it('reads the PMID Version, defaulting to 1', async () => {
    const path = await file('versions.xml', articleSet([citation({ pmid: '40' }), citation({ pmid: '40', version: 2 })]));
    const { events } = await read(path);
    expect(events.map((event) => (event.kind === 'article' ? event.article.version : null))).toEqual([1, 2]);
  });

  it('falls back to VernacularTitle and ArticleDate, and accepts an empty journal', async () => {
    const record = `<PubmedArticle><MedlineCitation><PMID>50</PMID><Article><Journal><Title/><JournalIssue><PubDate/></JournalIssue></Journal>
<ArticleTitle/><VernacularTitle>Les vaccins <i>sont</i> des médicaments.</VernacularTitle>
<ArticleDate DateType="Electronic"><Year>2019</Year></ArticleDate></Article></MedlineCitation></PubmedArticle>`;
    const { events } = await read(await file('fallbacks.xml', articleSet([record])));
    expect(events[0]).toMatchObject({
      kind: 'article',
      article: { title: 'Les vaccins sont des médicaments.', year: 2019, journal: { title: '', isoAbbreviation: null }, abstract: '' },
    });
  });

  it('fails on XML that breaks half way, naming the line, after yielding the records before it', async () => {
    const broken = articleSet([citation({ pmid: '60' }), citation({ pmid: '61' })]).replace(
      '</PubmedArticleSet>',
      '<PubmedArticle><MedlineCitation><PMID>62</PMID></Article>',
    );
    const { events, error } = await read(await file('broken.xml', broken));
    expect(pmidsOf(events)).toEqual(['60', '61']);
    expect(error?.code).toBe('corpus_parse_error');
    expect(error?.message).toMatch(/broken\.xml: not well-formed XML at line 10, column 0, inside record 3: unclosed tag: MedlineCitation$/);
  });

  it('skips a record larger than 4 MB, in its text or in an attribute, and reads on to the next', async () => {
    const big = 'Aspirin works. '.repeat(300_000);
    const longText = citation({ pmid: '81', abstract: big });
    const longLabel = citation({ pmid: '82' }).replace('<AbstractText>', `<AbstractText Label="${big}">`);
    const { events, error } = await read(await file('huge.xml', articleSet([citation({ pmid: '80' }), longText, longLabel, citation({ pmid: '83' })])));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['80', '83']);
    expect(events.filter((e) => e.kind === 'skip').map((e) => (e.kind === 'skip' ? [e.pmid, e.reason] : []))).toEqual([
      ['81', 'record larger than 4 MB of text'],
      ['82', 'record larger than 4 MB of text'],
    ]);
  });

  it('skips only the record with an element left open, as an unclosed <b> in an abstract typed by hand, naming it', async () => {
    const typed = articleSet([citation({ pmid: '63' }), citation({ pmid: '64', abstract: 'Less <b>pain after surgery.' }), citation({ pmid: '65' })]);
    const { events, error } = await read(await file('typed.xml', typed));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['63', '65']);
    expect(events[1]).toEqual({
      kind: 'skip',
      position: { record: 2, line: 6 },
      pmid: '64',
      reason: '<b> opened before it was never closed (a </AbstractText> at line 7 came first)',
    });
  });

  it('skips only the record with a close tag nothing opened (a stray </i>), naming it; between records it ends the file', async () => {
    const typed = articleSet([citation({ pmid: '66' }), citation({ pmid: '67', abstract: 'Less pain</i> after surgery.' }), citation({ pmid: '68' })]);
    const { events, error } = await read(await file('stray.xml', typed));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['66', '68']);
    expect(events[1]).toEqual({ kind: 'skip', position: { record: 2, line: 6 }, pmid: '67', reason: 'a close tag </i> with no <i> open at line 7, column 71' });
    const between = articleSet([citation({ pmid: '69' }), '</i>\n', citation({ pmid: '70' })]);
    const outside = await read(await file('stray-between.xml', between));
    expect(pmidsOf(outside.events)).toEqual(['69']);
    expect(outside.error?.message).toMatch(/stray-between\.xml: not well-formed XML at line 6, column 4, after record 1: a close tag <\/i> with no <i> open$/);
  });

  it('skips only the record with a bare & typed by hand, keeping every record up to the next &amp;, whatever the read chunks', async () => {
    const records = [
      citation({ pmid: '91' }),
      citation({ pmid: '92', abstract: 'Salt & pepper were given.' }),
      citation({ pmid: '93', title: 'Fever &#x3b1; and R&amp;D.' }),
      citation({ pmid: '94', abstract: 'Fever &amp; pain fell.' }),
      // CDATA is read as written, its & too.
      citation({ pmid: '95', abstract: '<![CDATA[Salt & pepper, R&D; a&b]]>' }),
    ];
    const xml = articleSet(records);
    const expected = ['91', '93', '94', '95'];
    const whole = await read(await file('ampersand.xml', xml));
    expect(whole.error).toBeNull();
    expect(pmidsOf(whole.events)).toEqual(expected);
    expect(whole.events[1]).toEqual({ kind: 'skip', position: { record: 2, line: 6 }, pmid: '92', reason: 'a bare & at line 7 (XML writes it &amp;)' });
    const articles = whole.events.flatMap((e) => (e.kind === 'article' ? [e.article] : []));
    expect(articles.map((a) => a.title)).toContain('Fever \u03b1 and R&D.');
    expect(articles.map((a) => a.abstract)).toContain('Salt & pepper, R&D; a&b');
    // Every cut of the stream, a reference split between chunks included, gives the same records.
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: string[] = [];
      for (let at = 0; at < xml.length; at += size) chunks.push(xml.slice(at, at + size));
      const events: PubmedEvent[] = [];
      for await (const event of readPubmedFile('-', { stdin: Readable.from(chunks.map((c) => Buffer.from(c))) })) events.push(event);
      expect(pmidsOf(events), `reads of ${size} characters`).toEqual(expected);
    }
  });

  it('skips only the record with an attribute left unquoted or written twice, or "]]>" in its text', async () => {
    const records = [
      citation({ pmid: '101' }).replace('<AbstractText>', '<AbstractText Label=METHODS>'),
      citation({ pmid: '102' }).replace('<AbstractText>', '<AbstractText Label="A" Label="B">'),
      citation({ pmid: '103', abstract: 'A ]]> B.' }),
      citation({ pmid: '104' }),
    ];
    const { events, error } = await read(await file('attributes.xml', articleSet(records)));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['104']);
    expect(events.slice(0, 3).map((e) => (e.kind === 'skip' ? e.reason : e.kind))).toEqual([
      expect.stringMatching(/^not well-formed XML at line 4, column \d+: unquoted attribute value$/),
      expect.stringMatching(/^not well-formed XML at line 7, column \d+: duplicate attribute: Label$/),
      expect.stringMatching(/^not well-formed XML at line 10, column \d+: the string "\]\]>" is disallowed in char data$/),
    ]);
  });

  it('skips only the record with a bare < (p < 0.05) typed by hand, naming it', async () => {
    const typed = articleSet([citation({ pmid: '96', abstract: 'Pain fell (p < 0.05).' }), citation({ pmid: '97' })]);
    const { events, error } = await read(await file('less-than.xml', typed));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['97']);
    expect(events[0]).toMatchObject({ kind: 'skip', pmid: '96', reason: 'a bare < at line 4, column 75 (XML writes it &lt;)' });
  });

  it('fails on XML cut off before its end', async () => {
    const cut = articleSet([citation({ pmid: '70' }), citation({ pmid: '71' })]).slice(0, -60);
    const { events, error } = await read(await file('cut.xml', cut));
    expect(pmidsOf(events)).toEqual(['70']);
    expect(error?.message).toMatch(/cut\.xml: not well-formed XML .*unclosed tag/);
  });

  it('reads every record of a gzip file with bytes after its end, as gzip does, then names the bytes not read', async () => {
    // Enough records for several deflate blocks: Node's gunzip lost the whole last block's output on such bytes.
    const records = Array.from({ length: 400 }, (_, i) => citation({ pmid: String(3000 + i), abstract: wordyAbstract(i + 7) }));
    const path = await file('padded.xml.gz', Buffer.concat([gzipSync(articleSet(records)), Buffer.from('garbage')]));
    const { events, error } = await read(path);
    expect(pmidsOf(events)).toHaveLength(400);
    expect(pmidsOf(events).at(-1)).toBe('3399');
    expect(error?.code).toBe('corpus_parse_error');
    expect(error?.message).toMatch(/padded\.xml\.gz: 7 bytes after the end of the gzip data were not read \(gzip ignores them too, as "trailing garbage"\); the XML before them was read whole$/);
  });

  it('reads a gzip file padded with zero bytes, and one made of several gzip members, without a fault', async () => {
    const padded = Buffer.concat([gzipSync(articleSet([citation({ pmid: '96' })])), Buffer.alloc(512)]);
    expect(await read(await file('zero-padded.xml.gz', padded))).toMatchObject({ error: null });
    expect(pmidsOf((await read(await file('zero-padded.xml.gz', padded))).events)).toEqual(['96']);
    const xml = articleSet([citation({ pmid: '97' }), citation({ pmid: '98' })]);
    const cut = xml.indexOf('<PubmedArticle>', xml.indexOf('97'));
    const members = Buffer.concat([gzipSync(xml.slice(0, cut)), gzipSync(xml.slice(cut))]);
    expect(await read(await file('members.xml.gz', members))).toMatchObject({ error: null });
    expect(pmidsOf((await read(await file('members.xml.gz', members))).events)).toEqual(['97', '98']);
  });

  it('refuses a gzip file whose checksum does not match its data', async () => {
    const zipped = gzipSync(articleSet([citation({ pmid: '99' })]));
    zipped.writeUInt32LE((zipped.readUInt32LE(zipped.length - 8) ^ 1) >>> 0, zipped.length - 8);
    const { error } = await read(await file('bad-crc.xml.gz', zipped));
    expect(error?.message).toMatch(/bad-crc\.xml\.gz: gzip data is truncated or corrupt .*incorrect data check/);
  });

  it('says a gzip file corrupt from its first block decompresses to nothing, with no XML position, and one holding nothing so', async () => {
    // Deflate block type 3 does not exist: the first block is bad, so not one byte decompresses.
    const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);
    const { events, error } = await read(await file('bad-start.xml.gz', Buffer.concat([header, Buffer.from([0x07, 0x00, 0x00])])));
    expect(events).toEqual([]);
    expect(error?.message).toMatch(/bad-start\.xml\.gz: gzip data is corrupt from its start \(not one byte of it decompresses\): invalid block type$/);
    const empty = await read(await file('nothing.xml.gz', gzipSync(Buffer.alloc(0))));
    expect(empty.error?.message).toMatch(/nothing\.xml\.gz: the gzip data in the file decompresses to nothing, not PubMed XML$/);
  });

  it('fails on a truncated gzip file after handing over the records decompressed before the cut', async () => {
    const records = Array.from({ length: 400 }, (_, i) => citation({ pmid: String(1000 + i), abstract: wordyAbstract(i + 1) }));
    const zipped = gzipSync(articleSet(records));
    const { events, error } = await read(await file('truncated.xml.gz', zipped.subarray(0, Math.floor(zipped.length * 0.6))));
    expect(error?.code).toBe('corpus_parse_error');
    expect(error?.message).toMatch(/truncated\.xml\.gz: gzip data is truncated or corrupt \(the XML stops at line \d+, column \d+, inside record (\d+)\)/);
    // The record the cut fell in is named, and it is the one after the last record handed over.
    const cutIn = Number(/inside record (\d+)/.exec(error?.message ?? '')?.[1]);
    expect(cutIn).toBe(pmidsOf(events).length + 1);
    expect(pmidsOf(events).length).toBeGreaterThan(100);
    expect(pmidsOf(events).length).toBeLessThan(400);
  });

  it('detects gzip by its magic bytes, not by the file name', async () => {
    const xml = articleSet([citation({ pmid: '80' })]);
    expect(pmidsOf((await read(await file('zipped-without-suffix.xml', gzipSync(xml)))).events)).toEqual(['80']);
    expect(pmidsOf((await read(await file('plain-with-suffix.xml.gz', xml))).events)).toEqual(['80']);
  });

  it('skips only the record holding invalid UTF-8, naming the byte offset and line, and reads the records after it', async () => {
    const good = Buffer.from(articleSet([citation({ pmid: '90' })]).replace('</PubmedArticleSet>\n', ''));
    const prefix = Buffer.from('<PubmedArticle><MedlineCitation><PMID>91</PMID><Article><ArticleTitle>Caf');
    const latin1 = Buffer.from([0xe9, 0x20]); // "é " in ISO-8859-1, as a mislabelled download would have it
    const rest = Buffer.from('au lait</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n');
    // A record with several bad bytes (a stray 0xFF, a lone continuation byte) is named once, at its first.
    const [titleStart, between, abstractEnd] = citation({ pmid: '92', title: 'Ba@d', abstract: 'Wo@rse' }).split('@') as [string, string, string];
    const bad = Buffer.concat([Buffer.from(titleStart), Buffer.from([0xff]), Buffer.from(between), Buffer.from([0x80]), Buffer.from(abstractEnd)]);
    const after = Buffer.from(`${citation({ pmid: '93' })}</PubmedArticleSet>\n`);
    const { events, error } = await read(await file('latin1.xml', Buffer.concat([good, prefix, latin1, rest, bad, after])));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['90', '93']);
    const skips = events.filter((event) => event.kind === 'skip');
    expect(skips).toMatchObject([
      {
        pmid: '91',
        reason: `invalid UTF-8 at byte ${good.length + prefix.length} (line 6, column ${prefix.length + 1}): byte 0xE9 is not followed by a valid UTF-8 continuation`,
      },
      {
        pmid: '92',
        // Its title stands on the record's second line: "<ArticleTitle>Ba" before the bad byte.
        reason: `invalid UTF-8 at byte ${good.length + prefix.length + latin1.length + rest.length + titleStart.length} (line 8, column 17): byte 0xFF cannot start a UTF-8 character`,
      },
    ]);
  });

  it('still ends the file at invalid UTF-8 outside any record, keeping the records before it', async () => {
    const before = Buffer.from(articleSet([citation({ pmid: '94' })]).replace('</PubmedArticleSet>\n', ''));
    const after = Buffer.from(`${citation({ pmid: '96' })}</PubmedArticleSet>\n`);
    const { events, error } = await read(await file('between.xml', Buffer.concat([before, Buffer.from([0xe9]), after])));
    expect(pmidsOf(events)).toEqual(['94']);
    expect(error?.message).toContain(`between.xml: invalid UTF-8 at byte ${before.length} (line 6, column 1, after record 1)`);
  });

  it('reads a file in the encoding its XML declaration names (ISO-8859-1), as XML requires', async () => {
    const declared = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<PubmedArticleSet>'),
      Buffer.from(citation({ pmid: '95', title: 'Caf\u00e9 au lait spots in M\u00fcnster.' }), 'latin1'),
      Buffer.from('</PubmedArticleSet>\n'),
    ]);
    const { events, error } = await read(await file('declared-latin1.xml', declared));
    expect(error).toBeNull();
    expect(events).toMatchObject([{ kind: 'article', article: { pmid: '95', title: 'Café au lait spots in Münster.' } }]);
  });

  it('refuses an encoding it cannot decode by name, with how to convert it', async () => {
    const { events, error } = await read(await file('ebcdic.xml', '<?xml version="1.0" encoding="X-EBCDIC-NOPE"?>\n<PubmedArticleSet/>\n'));
    expect(events).toEqual([]);
    expect(error?.message).toMatch(/ebcdic\.xml: its XML declaration names encoding "X-EBCDIC-NOPE", which clinq cannot read here; PubMed XML is UTF-8, so convert it \(iconv -f X-EBCDIC-NOPE -t UTF-8 IN > OUT\)$/);
  });

  it('refuses a file that ends inside a multi-byte character', async () => {
    const { error } = await read(await file('cut-char.xml', Buffer.concat([Buffer.from('<PubmedArticleSet>'), Buffer.from([0xe2, 0x82])])));
    expect(error?.message).toMatch(/cut-char\.xml: invalid UTF-8 at byte 18: the data ends inside a multi-byte UTF-8 sequence/);
  });

  it('decodes multi-byte characters split across read chunks', async () => {
    const title = 'Ménière’s disease – €uro 𝛽-blockers ';
    const records = Array.from({ length: 800 }, (_, i) => citation({ pmid: String(2000 + i), title: title.repeat(20) }));
    const { events, error } = await read(await file('multibyte.xml', articleSet(records)));
    expect(error).toBeNull();
    expect(events).toHaveLength(800);
    expect(events.every((event) => event.kind === 'article' && event.article.title === title.repeat(20).trim())).toBe(true);
  });

  it.each([
    ['page.html', '<!DOCTYPE html>\n<html><body>Service unavailable</body></html>', /page\.html: an HTML page/],
    ['notes.txt', 'PMID- 12345\nTI  - A MEDLINE text record', /notes\.txt: MEDLINE text format/],
    ['empty.xml', '', /empty\.xml: the file is empty/],
    ['blank.xml', '  \n\n ', /blank\.xml: the file holds only white space \(5 characters\), not PubMed XML/],
    ['esearch.xml', '<?xml version="1.0"?><eSearchResult><Count>0</Count></eSearchResult>', /root element <eSearchResult> is an E-utilities/],
  ])('refuses %s as not PubMed XML', async (name, content, message) => {
    const { error } = await read(await file(name, content));
    expect(error?.code).toBe('corpus_parse_error');
    expect(error?.message).toMatch(message);
  });

  it.each([
    ['MEDLINE text', 'medline.txt', 'PMID- 12230038\nOWN - NLM\nSTAT- MEDLINE\n', /medline\.txt: MEDLINE text format \("PMID- " lines\), not XML; download the records as PubMed XML/],
    ['other text', 'notes.txt', 'Biopython license\nsecond line\n', /notes\.txt: not XML, it starts with "Biopython license"; download the records as PubMed XML \(efetch/],
    ['the PubMed site\'s CSV export', 'csv-pubmed.csv', 'PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI\n29083780,"Gout",A,B,C,D,2025,2017/11/01,,,\n', /csv-pubmed\.csv: a CSV export of PubMed citations \(no abstracts\), not XML; download the records as PubMed XML/],
    ['a PDF', 'paper.pdf', '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n', /paper\.pdf: a PDF, not PubMed XML; clinq reads abstracts from PubMed records/],
    ['a PMC full-text article', 'a.nxml', '<?xml version="1.0"?>\n<article><front/></article>', /root element <article> is a PMC full-text article \(JATS\), not a PubMed record/],
    ['an esearch result', 'ids.xml', '<?xml version="1.0"?>\n<eSearchResult><Count>1</Count></eSearchResult>', /root element <eSearchResult> is an E-utilities esearch result \(a list of PMIDs, no records\); fetch the records with efetch/],
    ['an efetch error', 'efetch-error.xml', '<?xml version="1.0" ?>\n<eFetchResult>\n\t<ERROR>Empty id list - nothing todo</ERROR>\n</eFetchResult>\n', /efetch-error\.xml: root element <eFetchResult> is an E-utilities error response, no records: "Empty id list - nothing todo"$/],
    ['a JSON rate-limit answer', 'limited.xml', '{"error":"API rate limit exceeded","api-key":"1.2.3.4","count":"4","limit":"3"}\n', /limited\.xml: a JSON response, not PubMed XML \(error: "API rate limit exceeded"\); fetch the records again as XML \(efetch -db pubmed -format xml\)$/],
    ['some other XML', 'other.xml', '<?xml version="1.0"?>\n<feed/>', /root element <feed> is not PubmedArticleSet or MedlineCitationSet$/],
  ])('says what %s is and what to fetch instead', async (_name, name, content, message) => {
    const { events, error } = await read(await file(name, content));
    expect(events).toEqual([]);
    expect(error?.message).toMatch(message);
  });

  it('names UTF-16 and how to convert it, with or without a byte-order mark', async () => {
    const xml = articleSet([citation({ pmid: '9' })]);
    for (const [name, bytes] of [
      ['le-bom.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])],
      ['le.xml', Buffer.from(xml, 'utf16le')],
    ] as const) {
      const { events, error } = await read(await file(name, bytes));
      expect(events).toEqual([]);
      expect(error?.message).toMatch(new RegExp(`${name}: UTF-16 text, but PubMed XML is UTF-8; convert it first \\(iconv -f UTF-16 -t UTF-8 IN > OUT\\)$`));
    }
  });

  it('reads a UTF-8 file that starts with a byte-order mark', async () => {
    const { events, error } = await read(await file('bom.xml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(articleSet([citation({ pmid: '8' })]))])));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['8']);
  });

  it('does not expand entities a DOCTYPE declares: their record is skipped naming the entity, the rest of the file loads', async () => {
    const doctype = '<!DOCTYPE PubmedArticleSet [<!ENTITY lol "lol"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n';
    const records = [citation({ pmid: '4' }), citation({ pmid: '5', abstract: 'Fine &xxe; text.' }), citation({ pmid: '6' })];
    const xml = `<?xml version="1.0"?>\n${doctype}<PubmedArticleSet>\n${records.join('')}</PubmedArticleSet>\n`;
    const { events, error } = await read(await file('entities.xml', xml));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['4', '6']);
    expect(events[1]).toEqual({
      kind: 'skip',
      position: { record: 2, line: 7 },
      pmid: '5',
      reason: 'undefined entity &xxe; at line 8 (XML knows only &amp; &lt; &gt; &quot; &apos;; entities a DOCTYPE declares are not expanded)',
    });
    expect(JSON.stringify(events)).not.toContain('root:');
  });

  it('skips a record with an HTML entity (&nbsp;) naming it, and keeps the records after it', async () => {
    const records = [citation({ pmid: '14', title: 'Caf&eacute; au lait&nbsp;spots.' }), citation({ pmid: '15', title: 'Next &amp; fine.' })];
    const { events, error } = await read(await file('html-entities.xml', articleSet(records)));
    expect(error).toBeNull();
    expect(events.map((e) => (e.kind === 'skip' ? e.reason.slice(0, 40) : e.kind === 'article' ? e.article.title : e.kind))).toEqual([
      'undefined entity &eacute; at line 4 (XML',
      'Next & fine.',
    ]);
  });

  it.each([
    ['a zip archive', 'pubmed.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), /pubmed\.zip: a zip archive, not PubMed XML \(clinq reads plain or gzipped XML\); unzip it/],
    ['bzip2', 'pubmed.xml.bz2', Buffer.from('BZh91AY&SY\x00\x01'), /pubmed\.xml\.bz2: bzip2-compressed, not PubMed XML .*bunzip2/],
    ['xz', 'pubmed.xml.xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04]), /pubmed\.xml\.xz: xz-compressed, not PubMed XML .*xz -d/],
    ['a gzipped tar archive', 'pubmed.tar.gz', gzipSync(Buffer.concat([Buffer.from('pubmed.xml'), Buffer.alloc(247), Buffer.from('ustar\x0000'), Buffer.alloc(300)])), /pubmed\.tar\.gz: gzip holding a tar archive, not PubMed XML .*tar -xf/],
    ['gzip compressed twice', 'twice.xml.gz', gzipSync(gzipSync(articleSet([citation({ pmid: '1' })]))), /twice\.xml\.gz: gzip holding gzip again, not PubMed XML .*compressed twice; gunzip it once/],
    ['a program', 'a.xml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), /a\.xml: binary data, not PubMed XML \(it starts with the bytes 7f 45 4c 46 02 01 01 00\)$/],
  ])('names %s by its first bytes and says what to do instead', async (_what, name, bytes, message) => {
    const { events, error } = await read(await file(name, bytes));
    expect(events).toEqual([]);
    expect(error?.code).toBe('corpus_parse_error');
    expect(error?.message).toMatch(message);
  });

  it('reads documents appended one after another (efetch pages joined with >>), plain or gzipped, whatever the read chunks', async () => {
    const page = (from: number) => articleSet(Array.from({ length: 300 }, (_, i) => citation({ pmid: String(from + i), abstract: wordyAbstract(i + 1) })));
    const joined = page(5000) + page(6000) + page(7000);
    for (const [name, bytes] of [['pages.xml', Buffer.from(joined)], ['pages.xml.gz', gzipSync(joined)]] as const) {
      const { events, error } = await read(await file(name, bytes));
      expect(error).toBeNull();
      expect(pmidsOf(events)).toHaveLength(900);
      expect(pmidsOf(events).slice(298, 302)).toEqual(['5298', '5299', '6000', '6001']);
    }
  });

  it('finds where the next appended document starts even when its declaration is split across tiny reads', async () => {
    const joined = Buffer.from(['71', '72', '73'].map((pmid) => articleSet([citation({ pmid })])).join(''));
    for (const size of [1, 2, 3, 5, 7, 13]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < joined.length; at += size) chunks.push(joined.subarray(at, at + size));
      const events: PubmedEvent[] = [];
      for await (const event of readPubmedFile('-', { stdin: Readable.from(chunks) })) events.push(event);
      expect(pmidsOf(events), `reads of ${size} bytes`).toEqual(['71', '72', '73']);
    }
  });

  it('names the line in the whole file of a fault in a later appended document', async () => {
    const first = articleSet([citation({ pmid: '21' })]);
    const { events, error } = await read(await file('joined-broken.xml', first + articleSet([citation({ pmid: '22' })]).replace('</Article>', '</Oops>')));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['21']);
    const lines = first.split('\n').length - 1;
    expect(events[1]).toMatchObject({ kind: 'skip', pmid: '22', reason: expect.stringMatching(new RegExp(`^a close tag </Oops> with no <Oops> open at line ${lines + 5}, `)) });
  });

  it('reads a declaration quoted inside a document (a comment) as text, not as a new document', async () => {
    const xml = articleSet([citation({ pmid: '23' })]).replace('<PubmedArticleSet>', '<PubmedArticleSet><!-- made from <?xml version="1.0"?> pages -->');
    const { events, error } = await read(await file('quoted-declaration.xml', xml));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['23']);
  });

  it('says that other XML after the root has closed looks like files joined together, keeping the records before it', async () => {
    const joined = articleSet([citation({ pmid: '21' })]) + articleSet([citation({ pmid: '22' })]).replace('<?xml version="1.0"?>\n', '');
    const { events, error } = await read(await file('joined.xml', joined));
    expect(pmidsOf(events)).toEqual(['21']);
    expect(error?.message).toMatch(
      /joined\.xml: not well-formed XML at line 7, column \d+, after record 1: more follows <\/PubmedArticleSet>, which ended the document \(documents may contain only one root\); is it files joined together \(cat, or efetch pages appended to one file\)\? ingest each file on its own$/,
    );
  });

  it('reports a missing file as an I/O error naming it', async () => {
    const { error } = await read(join(dir, 'missing.xml'));
    expect(error?.code).toBe('corpus_io_error');
    expect(error?.message).toMatch(/missing\.xml: cannot read the file: no such file/);
  });
});

describe('readPubmedFile on unusual but valid records', () => {
  it('uses the VernacularTitle where PubMed gives "[Not Available]." as the title, and keeps the placeholder without one', async () => {
    const records = [
      citation({ pmid: '41', title: '[Not Available].', extra: '<VernacularTitle>Tratamiento de la gota.</VernacularTitle>' }),
      citation({ pmid: '42', title: '[Not Available].' }),
    ];
    const { events, error } = await read(await file('not-available.xml', articleSet(records)));
    expect(error).toBeNull();
    expect(events.map((e) => (e.kind === 'article' ? e.article.title : e.kind))).toEqual(['Tratamiento de la gota.', '[Not Available].']);
  });
});

describe('nesting', () => {
  it('skips only a record nested far deeper than PubMed nests', async () => {
    const deep = `${'<i>'.repeat(300)}x${'</i>'.repeat(300)}`;
    const { events, error } = await read(await file('deep-record.xml', articleSet([citation({ pmid: '1', abstract: deep }), citation({ pmid: '2' })])));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['2']);
    expect(events[0]).toMatchObject({ kind: 'skip', pmid: '1', reason: 'elements nested more than 200 deep' });
  });

  it('refuses a file nesting elements without end (outside any record or inside one), keeping the records before', async () => {
    // The parser keeps every open element: 3 million nested tags took a gigabyte of memory, and more ended the process.
    const between = articleSet([citation({ pmid: '1' }), `${'<x>'.repeat(20_000)}${'</x>'.repeat(20_000)}`, citation({ pmid: '2' })]);
    const outside = await read(await file('deep-between.xml', between));
    expect(pmidsOf(outside.events)).toEqual(['1']);
    expect(outside.error?.message).toMatch(/deep-between\.xml: elements nested more than 10000 deep at line \d+, column \d+, after record \d+ \(PubMed XML nests about 10\); not read further$/);
    const inside = await read(await file('deep-inside.xml', articleSet([citation({ pmid: '1' }), citation({ pmid: '2', abstract: '<i>'.repeat(20_000) })])));
    expect(pmidsOf(inside.events)).toEqual(['1']);
    expect(inside.error?.message).toMatch(/elements nested more than 10000 deep at line \d+, column \d+, inside record 2/);
  });
});

describe('one text without end', () => {
  it('refuses a file with more than 16 MB without a tag (a comment here), keeping the records before', async () => {
    // The parser holds a comment or text whole: a 300 KB .gz of a 300 MB comment took 480 MB, a longer one ended the process.
    const content = articleSet([citation({ pmid: '1' }), `<!--${'c'.repeat(17 * 1024 * 1024)}-->`, citation({ pmid: '2' })]);
    const { events, error } = await read(await file('long-comment.xml.gz', gzipSync(content)));
    expect(pmidsOf(events)).toEqual(['1']);
    expect(error?.message).toMatch(/long-comment\.xml\.gz: more than 16 MB without a tag \(one text, comment or CDATA section\) by line \d+, after record 1; PubMed XML has nothing so long; not read further$/);
  });

  it('skips only the record whose one text runs past 16 MB (a 50 MB field), reading the records after it at their lines', async () => {
    // Its text is no longer handed to the parser past the bound, so memory stays bounded as before; the lines it
    // spans are still counted, so a fault after it is named at its true line.
    const huge = `${'word\n'.repeat(4 * 1024 * 1024)}end`;
    const content = articleSet([citation({ pmid: '1' }), citation({ pmid: '2', abstract: huge }), citation({ pmid: '3' }), citation({ pmid: '4', title: 'Salt & pepper' })]);
    const { events, error } = await read(await file('long-text.xml.gz', gzipSync(content)));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['1', '3']);
    const bareLine = content.slice(0, content.indexOf('Salt & pepper')).split('\n').length;
    expect(events.filter((event) => event.kind === 'skip')).toMatchObject([
      { pmid: '2', reason: 'record larger than 4 MB of text' },
      { pmid: '4', reason: `a bare & at line ${bareLine} (XML writes it &amp;)` },
    ]);
  });

  it('still skips only the record whose text passes 4 MB', async () => {
    const { events, error } = await read(await file('big-abstract.xml', articleSet([citation({ pmid: '1', abstract: 'word '.repeat(1_000_000) }), citation({ pmid: '2' })])));
    expect(error).toBeNull();
    expect(pmidsOf(events)).toEqual(['2']);
    expect(events[0]).toMatchObject({ kind: 'skip', pmid: '1', reason: 'record larger than 4 MB of text' });
  });
});
