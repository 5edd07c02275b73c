import { describe, expect, it } from 'vitest';
import { composedDescriptors, splitBodyPhrase } from './body-compositions.js';
import { buildConceptLexicon } from './build-concept-lexicon.js';
import { analyseQuestion } from './analyse-question.js';
import { parseMeshTree } from './mesh-tree.js';

const MESH = new Set([
  'pharyngeal neoplasms',
  'laryngeal neoplasms',
  'gastrectomy',
  'cholecystectomy',
  'appendicitis',
  'kidney calculi',
  'nephrolithiasis',
  'esophageal neoplasms',
  'otitis',
  'tonsillectomy',
]);
const isMesh = (name: string) => MESH.has(name);

describe('composedDescriptors', () => {
  it.each([
    ['throat cancer', ['Pharyngeal Neoplasms', 'Laryngeal Neoplasms']],
    ['cancer of the throat', ['Pharyngeal Neoplasms', 'Laryngeal Neoplasms']],
    ['stomach operation', ['Gastrectomy']],
    ['gallbladder removed', ['Cholecystectomy']],
    ['removal of the gallbladder', ['Cholecystectomy']],
    ['inflamed appendix', ['Appendicitis']],
    ['appendix is inflamed', ['Appendicitis']],
    ['kidney stones', ['Kidney Calculi', 'Nephrolithiasis']],
    ['food pipe cancer', ['Esophageal Neoplasms']],
    ['infection in my ear', ['Otitis']],
    ['tonsils removed', ['Tonsillectomy']],
  ])('builds "%s" into MeSH names', (phrase, names) => {
    expect(composedDescriptors(phrase, isMesh)).toEqual(names);
  });

  it.each(['throat', 'stomach ache medicine', 'skin infection', 'cancer cancer', 'kidney donor', 'cancer with the throat'])(
    'composes nothing from "%s"',
    (phrase) => {
      expect(composedDescriptors(phrase, isMesh)).toEqual([]);
    },
  );

  it('proposes only names the MeSH tree holds', () => {
    expect(splitBodyPhrase('heart operation')).toBeDefined();
    expect(composedDescriptors('heart operation', isMesh)).toEqual([]);
  });
});

describe('body-part phrases in the concept lexicon', () => {
  const lexicon = buildConceptLexicon({
    meshTree: parseMeshTree(
      [
        'C04.588.443.665\tD010610\tPharyngeal Neoplasms',
        'C04.588.443.665.710\tD009303\tNasopharyngeal Neoplasms',
        'C04.588.443.665.999\tD999999\tPharynx Neoplasms by Cause',
        'C04.588.443.591\tD007822\tLaryngeal Neoplasms',
        'E04.210.240.360\tD005743\tGastrectomy',
        'A03.556.875.875\tD013270\tStomach',
        'E04.580.800\tD014068\tTonsillectomy',
      ].join('\n'),
    ),
  });
  const concepts = (question: string) => analyseQuestion(question, lexicon).concepts.map((c) => [c.text, ...c.alternatives.slice(1)]);

  it('reads an everyday cancer of a body part as the descriptors of that site, with their subtypes there', () => {
    expect(concepts('Does chemotherapy help throat cancer?')).toContainEqual([
      'throat cancer',
      'pharyngeal neoplasms',
      'pharyngeal cancer',
      'pharyngeal carcinoma',
      'laryngeal neoplasms',
      'laryngeal cancer',
      'laryngeal carcinoma',
      'nasopharyngeal neoplasms',
      'nasopharyngeal carcinoma',
    ]);
  });

  it('reads a phrasal "<body part> out" as its -ectomy', () => {
    expect(concepts('Is bleeding after having your tonsils out common?')).toContainEqual(['tonsils out', 'tonsillectomy']);
    // A particle ends a phrase only when the phrase is known.
    expect(concepts('Should the tonsils come out?')).toContainEqual(['tonsils']);
  });

  it('reads an operation on a body part as its -ectomy, and a body name alone as its medical adjective', () => {
    expect(concepts('How long to recover from a stomach operation?')).toContainEqual(['stomach operation', 'gastrectomy']);
    expect(concepts('Where is the stomach?')).toContainEqual(['stomach', 'gastric']);
  });
});
