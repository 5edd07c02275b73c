import { describe, expect, it } from 'vitest';
import { asksDefinition, definesSubject } from './defining-records.js';
import { indexStems } from './text-tokens.js';

/** One subject concept per phrase list, stemmed as rankEvidence stems them. */
const subject = (...alternatives: string[]) => [alternatives.map(indexStems)];

describe('asksDefinition', () => {
  it('hears "What is X?" in its usual forms', () => {
    for (const q of ['What is Menkes disease?', "What's cystinosis", 'whats cystinosis', 'Define Alport syndrome', 'Can you explain what porphyria is?', 'What are gallstones?']) {
      expect(asksDefinition(q)).toBe(true);
    }
  });

  it('does not take a question that asks something of X for one', () => {
    for (const q of ['What is the treatment of Menkes disease?', 'What is cystinosis caused by?', 'What are the symptoms of porphyria?', 'What are the most common muscular dystrophies?', "What's the easiest way to stop hiccups?", 'Is aspirin safe?']) {
      expect(asksDefinition(q)).toBe(false);
    }
  });
});

describe('definesSubject', () => {
  const menkes = subject('menkes disease');

  it('finds a sentence opening with the subject and a copula with a class, a short form between', () => {
    const article = {
      title: 'ATP7A expression in the developing mouse brain',
      abstract: 'Menkes disease (MD) is an X-linked disorder of copper transport. We studied ATP7A in mice.',
    };
    expect(definesSubject(article, menkes)).toBe(true);
  });

  it('finds an apposition after a long form holding its short form', () => {
    const article = {
      title: 'Selection of carriers by infection',
      abstract: 'Background text. Glucose-6-phosphate dehydrogenase (G6PD) deficiency, the most common enzymopathy of humans, affects over 400 million people.',
    };
    expect(definesSubject(article, subject('g6pd deficiency', 'glucose-6-phosphate dehydrogenase deficiency'))).toBe(true);
  });

  it('takes a title that is the subject, alone or before a colon', () => {
    expect(definesSubject({ title: 'Menkes disease: a review', abstract: 'Copper matters.' }, menkes)).toBe(true);
    expect(definesSubject({ title: 'Menkes disease.', abstract: 'Copper matters.' }, menkes)).toBe(true);
  });

  it('does not take a sentence that only says something of the subject, or names it late', () => {
    const article = {
      title: 'Menkes disease and copper histidine',
      abstract:
        'Menkes disease is treated with copper histidine in some centres. Brain copper in infants with Menkes disease is a marker of outcome. ' +
        'Attempts to show that Menkes disease is protective have failed. In Menkes disease, the copper level, once measured, falls.',
    };
    expect(definesSubject(article, menkes)).toBe(false);
  });
});
