import { describe, expect, it } from 'vitest';
import type { Article, Evidence } from '../domain/index.js';
import { absentAttribute, answeredElsewhere, askedAttribute } from './verdict-absent.js';

const sentences = (...texts: string[]) => texts.map((text) => ({ text }));
const rivals = (question: string, ...texts: string[]) => absentAttribute(question, sentences(...texts)).map((s) => s.text);

describe('askedAttribute', () => {
  it('reads the subject and the sorted word a yes/no question asks of it', () => {
    expect(askedAttribute('Is SLIC-CAGE used for quantification of translation?')).toEqual({
      subject: 'SLIC-CAGE',
      aliases: [],
      asked: [{ word: 'translation', sort: 'process', value: 'translation' }],
    });
    expect(askedAttribute('Is gout a very common inflammatory arthritis, which is caused by hyperbilirubinemia?')?.asked).toEqual([
      { word: 'hyperbilirubinemia', sort: 'lab', value: 'hyperbilirubin' },
    ]);
    expect(askedAttribute('Was stelara developed by Amgen?')?.asked).toEqual([{ word: 'Amgen', sort: 'maker', value: 'amgen' }]);
  });

  it('reads a disease only as what something is used for, and an organ only as where a disease lies', () => {
    expect(askedAttribute('Can CPX-351 be used for the treatment of tuberculosis?')?.asked.map((a) => a.sort)).toEqual(['disease']);
    expect(askedAttribute('Is metformin effective for polycystic ovary syndrome?')).toBeNull();
    expect(askedAttribute('Is EGFR expressed in the colon?')).toBeNull();
    expect(askedAttribute('Is Ameloblastoma (AB) a common benign tumor occurring in the brain?')).toMatchObject({ subject: 'Ameloblastoma', aliases: ['AB'] });
  });

  it('leaves a word for the kind of thing out of its name, and asks a pole only when nothing else is asked', () => {
    expect(askedAttribute('Is the BAGEL algorithm used for arrayed CRISPR screens?')).toEqual({
      subject: 'BAGEL',
      aliases: [],
      asked: [{ word: 'arrayed', sort: 'pole:pooled', value: 'arrayed' }],
    });
    expect(askedAttribute('Is Ameloblastoma (AB) a common benign tumor occurring in the brain?')?.asked.map((a) => a.word)).toEqual(['brain']);
  });

  it('reads nothing from a question without a subject of its own', () => {
    expect(askedAttribute('Is there a link between iron and gout?')).toBeNull();
  });
});

describe('absentAttribute', () => {
  it('finds the sentence defining the subject with another attribute of the sort asked', () => {
    // PMIDs 34134663 and 30426211 (shortened).
    expect(
      rivals(
        'Is gout a very common inflammatory arthritis, which is caused by hyperbilirubinemia?',
        'Gout is the most common inflammatory arthritis and occurs when hyperuricaemia, sustained elevation of serum urate levels, leads to the formation of monosodium urate crystals.',
      ),
    ).toHaveLength(1);
    expect(
      rivals(
        'Can CPX-351 be used for the treatment of tuberculosis?',
        'CPX-351 is a novel liposomal formulation of cytarabine and daunorubicin which has recently been FDA approved for treatment of acute myeloid leukemia (AML).',
      ),
    ).toHaveLength(1);
  });

  it('finds an organ beside the name of a disease asked to lie elsewhere', () => {
    expect(rivals('Is ameloblastoma a tumor occurring in the brain?', 'Ameloblastomas are benign tumors that most commonly affecting the mandible.')).toHaveLength(1);
  });

  it('finds nothing when some sentence names the asked attribute', () => {
    expect(
      rivals(
        'Is gout caused by hyperuricemia?',
        'Gout is the most common inflammatory arthritis and occurs when hyperuricaemia leads to urate crystals.',
        'Gout is caused by hyperuricemia.',
      ),
    ).toEqual([]);
    expect(rivals('Is gout caused by hyperbilirubinemia?', 'Gout is an arthritis caused by hyperuricemia.', 'Hyperbilirubinemia was not seen in gout.')).toEqual([]);
  });

  it('needs a passing mention said twice, or a sentence defining the subject', () => {
    const question = 'Is SLIC-CAGE used for quantification of translation?';
    const passing = 'We applied SLIC-CAGE to map transcription start sites in embryos.';
    expect(rivals(question, passing)).toEqual([]);
    expect(rivals(question, passing, 'SLIC-CAGE captures transcription initiation from nanograms of RNA.')).toHaveLength(2);
  });

  it('reads no item of a list as an attribute of another', () => {
    expect(
      rivals(
        'Is hypertension caused by hypertriglyceridemia?',
        'Metabolic syndrome is a cluster of risk factors including obesity, hypertension, dyslipidemia and hyperuricemia.',
        'Metabolic syndrome includes hypertension and hyperuricemia.',
      ),
    ).toEqual([]);
  });

  it('finds the other pole said of the subject twice, and reads a phrase before a comma as no list', () => {
    // PMID 27083490 (its conclusion, as two records give it).
    const question = 'Is the BAGEL algorithm used for arrayed CRISPR screens?';
    const said = 'Using BAGEL, we identify ~2000 fitness genes in pooled library knockout screens in human cell lines at 5 % FDR.';
    expect(rivals(question, said)).toEqual([]);
    expect(rivals(question, said, `CONCLUSIONS ${said}`)).toHaveLength(2);
  });

  it('reads a use of a drug only from a sentence on treatment', () => {
    expect(rivals('Can tocilizumab be used to treat tuberculosis?', 'Tocilizumab is an antibody; leukemia was rare.')).toEqual([]);
  });

  it('finds the maker named beside a product', () => {
    expect(
      rivals(
        'Was stelara developed by Amgen?',
        'Only ustekinumab (UST; STELARA®, Janssen Pharmaceuticals, Inc., Horsham, PA, USA) is recommended after anti-tumour necrosis factor failure.',
      ),
    ).toHaveLength(1);
    expect(rivals('Was stelara developed by Janssen?', 'Only ustekinumab (STELARA®, Janssen Pharmaceuticals, Inc.) is recommended.')).toEqual([]);
  });

  it('hears only articles naming the subject on whether the asked attribute is named', () => {
    const question = 'Is SLIC-CAGE used for quantification of translation?';
    const found = absentAttribute(question, [
      { text: 'SLIC-CAGE is a method for mapping transcription start sites.', pmid: '1' },
      { text: 'Ribosome profiling measures translation.', pmid: '2' },
    ]);
    expect(found.map((s) => s.pmid)).toEqual(['1']);
  });
});

describe('answeredElsewhere', () => {
  const evidence = (pmid: string, title: string, abstract: string): Evidence => {
    const article: Article = {
      pmid, version: 1, title, abstract, abstractSections: [], journal: { title: 'J', isoAbbreviation: null }, year: 2020, authors: [],
      languages: ['eng'], publicationTypes: [], meshHeadings: [], keywords: [], doi: null,
    };
    return { article, score: 1 };
  };

  it('waives a refusal for the asked words only when a sentence gives the subject another attribute', () => {
    const found = answeredElsewhere('Is gout caused by hyperbilirubinemia?', [evidence('1', 'Gout.', 'Gout is an inflammatory arthritis caused by hyperuricemia.')]);
    expect(found.sentences.map((s) => s.text)).toEqual(['Gout is an inflammatory arthritis caused by hyperuricemia.']);
    expect(found.waives(['hyperbilirubinemia'], true)).toBe(true);
    expect(found.waives(['hyperbilirubinemia', 'liver'], false)).toBe(false);
  });

  it('keeps a refusal for a disease the whole corpus lacks', () => {
    const found = answeredElsewhere('Can CPX-351 be used for the treatment of tuberculosis?', [
      evidence('1', 'CPX-351.', 'CPX-351 is a liposomal formulation approved for treatment of acute myeloid leukemia.'),
    ]);
    expect(found.waives(['tuberculosis'], false)).toBe(true);
    expect(found.waives(['tuberculosis'], true)).toBe(false);
  });
});
