import { describe, expect, it } from 'vitest';
import { buildBioasqCorpus, evenSample, pmidOf, rebuildSection, type BioasqQuestion } from './bioasq-corpus.js';

const abstract = 'Aspirin lowers fever. It also thins blood. Bleeding is a risk. Doses vary.';

describe('rebuildSection', () => {
  it('places spans by offset and joins a gap with one space', () => {
    const spans = [
      { offset: 43, text: 'Bleeding is a risk.' },
      { offset: 0, text: 'Aspirin lowers fever.' },
    ];
    expect(rebuildSection(spans)).toBe('Aspirin lowers fever. Bleeding is a risk.');
  });

  it('merges overlapping spans without repeating the shared characters', () => {
    const spans = [
      { offset: 0, text: abstract.slice(0, 30) },
      { offset: 22, text: abstract.slice(22, 62) },
    ];
    expect(rebuildSection(spans)).toBe(abstract.slice(0, 62));
  });

  it('drops a span contained in another and a duplicate', () => {
    const spans = [
      { offset: 0, text: abstract },
      { offset: 22, text: 'It also thins blood.' },
      { offset: 0, text: abstract },
    ];
    expect(rebuildSection(spans)).toBe(abstract);
  });

  it('joins with a space when offsets claim an overlap the texts do not share', () => {
    const spans = [
      { offset: 0, text: 'Alpha beta.' },
      { offset: 5, text: 'Gamma delta.' },
    ];
    expect(rebuildSection(spans)).toBe('Alpha beta. Gamma delta.');
  });
});

function question(overrides: Partial<BioasqQuestion>): BioasqQuestion {
  return { id: 'q', type: 'summary', body: 'b?', documents: [], snippets: [], idealAnswers: [], yesNo: null, ...overrides };
}

describe('buildBioasqCorpus', () => {
  const url = (p: string) => `http://www.ncbi.nlm.nih.gov/pubmed/${p}`;
  const snip = (pmid: string, section: string, offset: number, text: string) => ({
    text,
    document: url(pmid),
    beginSection: section,
    offsetInBeginSection: offset,
  });

  it('pools snippets of one document across questions and takes the title from title snippets', () => {
    const built = buildBioasqCorpus([
      question({ documents: ['11'], snippets: [snip('11', 'title', 0, 'Aspirin and fever'), snip('11', 'abstract', 0, 'Aspirin lowers fever.')] }),
      question({ documents: ['11'], snippets: [snip('11', 'abstract', 43, 'Bleeding is a risk.')] }),
    ]);
    expect(built.records).toHaveLength(1);
    expect(built.records[0]?.title).toBe('Aspirin and fever');
    expect(built.records[0]?.abstractSections[0]?.text).toBe('Aspirin lowers fever. Bleeding is a risk.');
  });

  it('titles a document without title snippet with the first sentence of its first abstract snippet', () => {
    const built = buildBioasqCorpus([
      question({ documents: ['12'], snippets: [snip('12', 'abstract', 40, 'Later text.'), snip('12', 'abstract', 0, 'First claim here. Second claim.')] }),
    ]);
    expect(built.records[0]?.title).toBe('First claim here.');
  });

  it('titles a document whose first snippet opens with the end of the sentence before it and a section label', () => {
    const built = buildBioasqCorpus([
      question({ documents: ['15'], snippets: [snip('15', 'abstract', 748, '.RESULTS: At the end of the study, 103 patients had died. More text.')] }),
    ]);
    expect(built.records.map((r) => r.pmid)).toEqual(['15']);
    expect(built.records[0]?.title).toBe('At the end of the study, 103 patients had died.');
  });

  it('lists gold documents that have no snippet instead of inventing a record', () => {
    const built = buildBioasqCorpus([question({ documents: ['13', '14'], snippets: [snip('14', 'abstract', 0, 'Text.')] })]);
    expect(built.records.map((r) => r.pmid)).toEqual(['14']);
    expect(built.documentsWithoutSnippets).toEqual(['13']);
  });
});

describe('helpers', () => {
  it('reads the PMID at the end of a document URL', () => {
    expect(pmidOf('http://www.ncbi.nlm.nih.gov/pubmed/28293123')).toBe('28293123');
  });

  it('samples evenly and deterministically', () => {
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
    expect(evenSample([1, 2], undefined)).toEqual([1, 2]);
  });
});
