import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../domain/index.js';
import { readPubmedFile, type PubmedEvent } from './read-pubmed-file.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/pubmed/${name}`, import.meta.url));

async function readAll(path: string): Promise<PubmedEvent[]> {
  const events: PubmedEvent[] = [];
  for await (const event of readPubmedFile(path)) events.push(event);
  return events;
}

async function articlesOf(name: string): Promise<Article[]> {
  return (await readAll(fixture(name))).flatMap((event) => (event.kind === 'article' ? [event.article] : []));
}

describe('readPubmedFile on real PubMed files', () => {
  it.each([
    ['pubmed1.xml', ['12091962', '9997']],
    ['pubmed2.xml', ['11748933', '11700088']],
    ['pubmed4.xml', ['27797938']],
    ['pubmed5.xml', ['28775130']],
    ['pubmed6.xml', ['30108519']],
    ['pubmed7.xml', ['29963580']],
    ['pubmed-29768149.xml', ['29768149']],
    ['test_current_medline.xml.gz', ['36400559', '2930949', '11446611', '28786991']],
  ])('reads every citation of %s', async (name, pmids) => {
    const articles = await articlesOf(name);
    expect(articles.map((article) => article.pmid)).toEqual(pmids);
  });

  it('reads all 604 citations of the 2016 MedlineCitationSet baseline sample and its DeleteCitation', async () => {
    const events = await readAll(fixture('medline16n0902.xml.gz'));
    expect(events.filter((event) => event.kind === 'article')).toHaveLength(604);
    expect(events.filter((event) => event.kind === 'skip')).toHaveLength(0);
    expect(events.at(-1)).toMatchObject({ kind: 'delete', pmids: ['26432306'] });
  });

  it('turns inline markup into clean text: TERT in italics, subscripts glued to their base and a power marked with ^', async () => {
    const [article] = await articlesOf('pubmed4.xml');
    expect(article?.title).toBe('Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.');
    expect(article?.abstract).toContain('(comparing extreme quintiles of telomere length, OR 1.72; 95% CI 1.07 to 2.78; ptrend=0.048)');
    expect(article?.abstract).toContain('(linkage disequilibrium r^2<0.25)');
    expect(article?.abstract).not.toMatch(/<\/?[a-z]+>|\s{2}/);
  });

  it('does not leave a pretty-printer line break between a letter and its subscript', async () => {
    const [article] = await articlesOf('pubmed-29768149.xml');
    expect(article?.abstractSections[0]?.text).toBe(
      'In patients with mild asthma, as-needed use of an inhaled glucocorticoid plus a fast-acting β2-agonist may be an alternative to conventional treatment strategies.',
    );
  });

  it('reads MathML as its tokens and keeps the spaces written in mtext', async () => {
    const [runners] = await articlesOf('pubmed6.xml');
    expect(runners?.abstract).toContain('maximal oxygen uptake ( V.O2max ) 67.6 ± 4.1 ml·kg^-1·min^-1]');
    expect(runners?.title).toBe(
      'A "Blood Relationship" Between the Overlooked Minimum Lactate Equivalent and Maximal Lactate Steady State in Trained Runners. Back to the Old Days?',
    );
    const [lungs] = await articlesOf('pubmed7.xml');
    expect(lungs?.abstract).toContain('(1) inhaled He3/Xe129 MRI ventilation');
  });

  it('keeps structured abstract labels and NLM categories, joining section texts with single spaces', async () => {
    const [telomeres] = await articlesOf('pubmed4.xml');
    expect(telomeres?.abstractSections.map((section) => section.label)).toEqual(['OBJECTIVE', 'DESIGN', 'RESULTS', 'CONCLUSIONS']);
    expect(telomeres?.abstract).toBe(telomeres?.abstractSections.map((section) => section.text).join(' '));
    const [pesticides] = await articlesOf('pubmed5.xml');
    expect(pesticides?.abstractSections[1]).toMatchObject({ label: 'METHODS', category: 'METHODS' });
    expect(pesticides?.abstract).toContain('compared with normal TSH (0.4-<4.5 mIU/L)');
  });

  it('reads journal, DOI, language, authors, version and publication types', async () => {
    const [trial] = await articlesOf('pubmed-29768149.xml');
    expect(trial).toMatchObject({
      version: 1,
      journal: { title: 'The New England journal of medicine', isoAbbreviation: 'N Engl J Med' },
      year: 2018,
      doi: '10.1056/NEJMoa1715274',
      languages: ['eng'],
    });
    expect(trial?.authors[0]).toBe("O'Byrne PM");
    expect(trial?.publicationTypes).toContain('Randomized Controlled Trial');
    const [lungs] = await articlesOf('pubmed7.xml');
    expect(lungs?.authors).toContain('Canadian Respiratory Research Network');
    expect(lungs?.doi).toBe('10.1117/1.JMI.5.2.026002');
  });

  it('takes the DOI from PubmedData ArticleIdList when the article has no ELocationID', async () => {
    const [, second] = await articlesOf('pubmed2.xml');
    expect(second?.doi).toBe('10.1006/jmre.2001.2429');
  });

  it('reads MeSH descriptors with UI and major-topic flags on descriptors and qualifiers', async () => {
    const [trial] = await articlesOf('pubmed-29768149.xml');
    expect(trial?.meshHeadings).toContainEqual({
      descriptor: 'Bronchodilator Agents',
      descriptorUi: 'D001993',
      majorTopic: false,
      qualifiers: [
        { name: 'administration & dosage', majorTopic: true },
        { name: 'adverse effects', majorTopic: false },
      ],
    });
    const [aids] = await articlesOf('pubmed1.xml');
    expect(aids?.meshHeadings.filter((heading) => heading.majorTopic).map((heading) => heading.descriptor)).toContain(
      'Acquired Immunodeficiency Syndrome',
    );
    expect(aids?.keywords).toEqual(['Health Care and Public Health', 'Legal Approach']);
  });

  it('takes the year from MedlineDate when PubDate has no Year, and reads non-English records', async () => {
    const articles = await articlesOf('medline16n0902.xml.gz');
    expect(articles.find((article) => article.pmid === '18621939')?.year).toBe(2008);
    expect(articles.find((article) => article.pmid === '26407462')).toMatchObject({
      title: '[Vaccines are drugs].',
      languages: ['ita'],
    });
    expect(articles.every((article) => article.title.length > 0)).toBe(true);
  });

  it('refuses an HTML error page with a clear reason', async () => {
    await expect(readAll(fixture('pubmed3.html'))).rejects.toMatchObject({
      code: 'corpus_parse_error',
      message: expect.stringMatching(/pubmed3\.html: an HTML page/),
    });
  });
});
