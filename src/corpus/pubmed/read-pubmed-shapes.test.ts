/**
 * Records in the shapes the PubMed DTD allows that the real sample files lack (test/fixtures/pubmed/dtd-shapes.xml),
 * read as judges' own MEDLINE files would be: each field where the pages and search look for it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../domain/index.js';
import { readPubmedFile, type PubmedEvent } from './read-pubmed-file.js';

const shapes = fileURLToPath(new URL('../../../test/fixtures/pubmed/dtd-shapes.xml', import.meta.url));

async function readAll(path: string): Promise<PubmedEvent[]> {
  const events: PubmedEvent[] = [];
  for await (const event of readPubmedFile(path)) events.push(event);
  return events;
}

const byPmid = (events: PubmedEvent[]): Map<string, Article> =>
  new Map(events.flatMap((event) => (event.kind === 'article' ? [[event.article.pmid, event.article] as const] : [])));

let dir = '';
let records = new Map<string, Article>();
let events: PubmedEvent[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clinq-shapes-'));
  events = await readAll(shapes);
  records = byPmid(events);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('PubMed records in every DTD shape', () => {
  it('reads all five records, whatever their MEDLINE status, and the DeleteCitation after them', () => {
    expect([...records.keys()]).toEqual(['39000001', '39000002', '39000003', '39000004', '39000005']);
    expect(events.filter((event) => event.kind === 'skip')).toEqual([]);
    expect(events.at(-1)).toMatchObject({ kind: 'delete', pmids: ['39000777'] });
  });

  it('keeps entities, inline markup and MathML as text, a collective author and the revision date', () => {
    const trial = records.get('39000001');
    expect(trial?.title).toBe('Zorblaxine for α-thalassaemia & iron overload: a randomized controlled trial.');
    expect(trial?.abstract).toContain('fell by 30 mg/m^2 and the effect on T2* was measured with in vivo MRI.');
    expect(trial?.abstract).toContain('(p < 0.001), and x=2 cases of neutropenia occurred.');
    expect(trial?.authors).toEqual(['Zorblax Trial Investigators', 'Smith A']);
    expect(trial?.keywords).toEqual(['iron chelation', 'thalassaemia']);
    expect(trial).toMatchObject({ year: 2024, doi: '10.1000/zorb.2024.1', revised: '2024-07-15', publicationTypes: ['Randomized Controlled Trial'] });
  });

  it('takes the first year of a MedlineDate range and keeps a bracketed translated title, labels without NlmCategory kept', () => {
    const translated = records.get('39000002');
    expect(translated).toMatchObject({ year: 1998, title: '[Glorbic acid in the treatment of chronic gout].', doi: null, revised: null });
    expect(translated?.abstractSections.map((s) => [s.label, s.category])).toEqual([
      ['Objective', null],
      ['Findings', null],
    ]);
    // The Spanish publisher abstract is not English: not read.
    expect(translated?.abstract).not.toContain('urato');
  });

  it('stores a record without an abstract under its title, with a season date read as its year', () => {
    expect(records.get('39000003')).toMatchObject({ abstract: '', abstractSections: [], year: 2021, publicationTypes: ['Case Reports'] });
  });

  it('adds an English plain-language summary after the abstract as its own section', () => {
    const review = records.get('39000004');
    expect(review?.abstractSections.at(-1)).toEqual({
      label: 'Plain language summary',
      category: null,
      text: 'Wibblemab is a medicine that may lower the number of wibble flare-ups people have.',
    });
    expect(review?.abstract).toBe(
      'Chronic wibble disease is common. Wibblemab reduced wibble flares compared with placebo (RR 0.5). Wibblemab is a medicine that may lower the number of wibble flare-ups people have.',
    );
  });

  it('reads a StatPearls chapter: book title for the journal, its last revision for the year', () => {
    expect(records.get('39000005')).toMatchObject({
      title: 'Quibble Fever',
      journal: { title: 'StatPearls', isoAbbreviation: null },
      year: 2023,
      authors: ['Doe J'],
      revised: '2023-08-08',
      publicationTypes: ['Review'],
    });
  });

  it('uses an English other abstract when the record has no Abstract, but not the publisher placeholder', async () => {
    const xml = `<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>7</PMID><Article>
<ArticleTitle>Family planning in rural districts.</ArticleTitle></Article>
<OtherAbstract Type="Publisher" Language="eng"><AbstractText>Abstract available from the publisher.</AbstractText></OtherAbstract>
<OtherAbstract Type="PIP" Language="eng"><AbstractText>Contraceptive use rose from 12% to 30% in the districts surveyed.</AbstractText></OtherAbstract>
</MedlineCitation></PubmedArticle></PubmedArticleSet>`;
    const path = join(dir, 'pip.xml');
    await writeFile(path, xml);
    expect(byPmid(await readAll(path)).get('7')?.abstract).toBe('Contraceptive use rose from 12% to 30% in the districts surveyed.');
  });

  it('reads the same records from a copy saved with a byte-order mark and Windows line ends', async () => {
    const path = join(dir, 'bom-crlf.xml');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from((await readFile(shapes, 'utf8')).replace(/\n/g, '\r\n'))]));
    expect(byPmid(await readAll(path))).toEqual(records);
  });
});
