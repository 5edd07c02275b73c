import { describe, expect, it } from 'vitest';
import { coverageText } from './subjects-command.js';

describe('clinq subjects', () => {
  it('lists the subjects with their record counts aligned and their everyday names, the areas, and the example questions as commands to run', () => {
    const text = coverageText({
      snapshot: '100000 articles, last updated 2026-11-27T19:35:02.000Z',
      records: 100_000,
      described: 51_557,
      areas: [{ name: 'Nervous System Diseases', records: 16_463 }, { name: 'Eye Diseases', records: 4_071 }],
      subjects: [
        { name: 'Myotonic Dystrophy', label: 'myotonic dystrophy', records: 2_067 },
        { name: 'Cataract', label: 'cataract', records: 795 },
        { name: 'Breast Neoplasms', label: 'breast neoplasms', records: 412, everyday: 'breast cancer' },
      ],
      examples: [{ question: 'What is myotonic dystrophy?', subject: 'Myotonic Dystrophy' }],
    });
    expect(text).toBe(
      [
        '100,000 PubMed records; 51,557 name a disease or disorder (corpus: 100000 articles, last updated 2026-11-27 19:35 UTC).',
        '',
        'Commonest subjects (records):',
        '  2,067  myotonic dystrophy',
        '    795  cataract',
        '    412  breast neoplasms (breast cancer)',
        '',
        'Areas (records):',
        '  16,463  Nervous System Diseases',
        '   4,071  Eye Diseases',
        '',
        'Questions it answers (checked when this list was made):',
        '  clinq ask "What is myotonic dystrophy?"',
        '',
      ].join('\n'),
    );
  });

  it('says an empty database covers nothing and how to load records', () => {
    expect(coverageText({ snapshot: '0 articles', records: 0, described: 0, areas: [], subjects: [], examples: [] })).toBe(
      'This database holds no PubMed records yet, so it covers nothing; load some with: clinq ingest FILE.xml.gz\n',
    );
  });
});
