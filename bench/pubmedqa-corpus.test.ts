import { describe, expect, it } from 'vitest';
import { latenciesOf } from './clinq-runner.js';
import { pubmedqaFromJson } from './pubmedqa-corpus.js';
import { toPubmedXml } from './pubmed-xml.js';

describe('pubmedqaFromJson', () => {
  const json = {
    '111': {
      QUESTION: 'Do statins prevent strokes?',
      CONTEXTS: ['Statins are widely used. Their effect is debated.', 'We followed 100 adults.'],
      LABELS: ['BACKGROUND', 'METHODS'],
      YEAR: '2011',
      final_decision: 'yes',
      LONG_ANSWER: 'Statins reduced strokes.',
      MESHES: ['Stroke', 'Hydroxymethylglutaryl-CoA Reductase Inhibitors'],
    },
  };

  it('keeps the labelled contexts and adds the long answer as conclusions', () => {
    const set = pubmedqaFromJson(json);
    expect(set.records[0]?.abstractSections.map((s) => s.category)).toEqual(['BACKGROUND', 'METHODS', 'CONCLUSIONS']);
    expect(set.records[0]?.year).toBe(2011);
    expect(set.questions).toEqual([{ pmid: '111', question: 'Do statins prevent strokes?', gold: 'yes' }]);
  });

  it('keeps the MeSH headings PubMed gives the article, and writes them as MEDLINE does', () => {
    const records = pubmedqaFromJson(json).records;
    expect(records[0]?.meshHeadings).toEqual(['Stroke', 'Hydroxymethylglutaryl-CoA Reductase Inhibitors']);
    expect(toPubmedXml(records)).toContain('<MeshHeadingList><MeshHeading><DescriptorName>Stroke</DescriptorName></MeshHeading>');
  });

  it('titles the record with its first context sentence, never the question', () => {
    expect(pubmedqaFromJson(json).records[0]?.title).toBe('Statins are widely used.');
  });

  it('rejects a file that is not PQA-L', () => {
    expect(() => pubmedqaFromJson({ x: { QUESTION: 1 } })).toThrow(/PubMedQA/);
  });
});

describe('latenciesOf', () => {
  const run = (times: number[], totalMs: number) => ({ lines: times.map((atMs) => ({ line: '{}', atMs })), totalMs, exitCode: 0 });

  it('prefers the elapsed time the CLI reports per answer', () => {
    expect(latenciesOf(run([1, 2], 3), [10, 20]).values).toEqual([10, 20]);
  });

  it('uses gaps between streamed lines, dropping the first', () => {
    expect(latenciesOf(run([1000, 1100, 1300], 1310), [undefined, undefined, undefined]).values).toEqual([100, 200]);
  });

  it('falls back to wall time per answer when the output came in one burst', () => {
    expect(latenciesOf(run([900, 900, 900, 900], 1000), []).values).toEqual([250, 250, 250, 250]);
  });
});
