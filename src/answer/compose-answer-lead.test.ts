import { describe, expect, it } from 'vitest';
import { composeAnswer, pointText } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';

const corpus = { articles: 2, snapshot: 'fixtures' };

describe('composeAnswer lead that only says the question is open', () => {
  it('gives way to its own article\'s finding, not a background sentence saying earlier studies conflict', async () => {
    const articles = [
      article(
        '1',
        'Natural selection of carriers of G6PD deficiency by resistance to severe malaria',
        'Glucose-6-phosphate dehydrogenase (G6PD) deficiency affects many people in malaria-endemic regions. However, attempts to confirm that G6PD deficiency is protective in case-control studies of malaria have yielded conflicting results. Here we report that, in two large case-control studies of African children, the common African form of G6PD deficiency is associated with a 46-58% reduction in risk of severe malaria.',
      ),
    ];
    const answer = await composeAnswer('How is G6PD deficiency related to malaria?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/reduction in risk of severe malaria/);
    expect(answer.direct?.text).not.toMatch(/conflicting/);
  });
});

describe('composeAnswer point telling one patient\'s course', () => {
  it('files it with the presentation, not under Treatment, and says it is one case', async () => {
    const articles = [
      article(
        '1',
        'Hepatoblastoma, pigmented ocular fundus lesions and jaw lesions in Gardner syndrome',
        'Many individuals in these four Gardner syndrome families have osteomatous jaw lesions and pigmented ocular fundus lesions. One child, now 19 years old, survived after a resection of a hepatoblastoma in infancy and recently was found to have Gardner syndrome. Jaw lesions in relatives at risk are indications of the Gardner syndrome gene.',
      ),
    ];
    const answer = await composeAnswer('What are the symptoms of Gardner syndrome?', { findEvidence: fakeFindEvidence(articles), corpus });
    const treatment = answer.sections.find((s) => s.kind === 'treatment');
    expect(treatment?.points.some((p) => /One child/.test(p.text)) ?? false).toBe(false);
    const told = answer.sections.flatMap((s) => s.points).find((p) => /One child/.test(p.text));
    expect(told?.text).toMatch(/one patient's case/);
    expect(answer.sections.find((s) => s.points.includes(told!))?.kind).toBe('presentation');
  });
});

describe('pointText of a sentence opening with a connective', () => {
  it('drops a connective pointing back to a sentence the reader does not see', () => {
    expect(pointText('However, early intervention was not associated with reduced headache severity at peak.')).toBe('Early intervention was not associated with reduced headache severity at peak.');
    expect(pointText('But the number of needles used is still a matter of debate.')).toBe('The number of needles used is still a matter of debate.');
    expect(pointText('In contrast, the adult form progresses slowly over decades.')).toBe('The adult form progresses slowly over decades.');
    expect(pointText('Here we report that the common African form is associated with a lower risk of severe malaria.')).toBe('The common African form is associated with a lower risk of severe malaria.');
  });

  it('keeps a word that opens the sentence in another sense', () => {
    expect(pointText('Yet another mutation was found in the second family.')).toBe('Yet another mutation was found in the second family.');
    expect(pointText('Still births were more common in the exposed group.')).toBe('Still births were more common in the exposed group.');
    expect(pointText('Also known as oculocerebrorenal syndrome, Lowe syndrome affects boys.')).toBe('Also known as oculocerebrorenal syndrome, Lowe syndrome affects boys.');
  });
});

describe('composeAnswer to "What is X?" asked in other words', () => {
  const articles = [
    article('1', 'Mutations causing metachromatic leukodystrophy in defined groups', 'Knowledge of the different mutations causing metachromatic leukodystrophy in these defined groups will allow a carrier screening program to be carried out. Metachromatic leukodystrophy (MLD) is a neurodegenerative disease in which the lysosomal enzyme arylsulfatase A is deficient.'),
  ];
  it('opens "define X" with the sentence saying what X is, not one where a word is "defined"', async () => {
    const answer = await composeAnswer('define metachromatic leukodystrophy', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/is a neurodegenerative disease/);
  });

  it('opens "Can you explain what X is?" with the sentence saying what X is', async () => {
    const answer = await composeAnswer('Can you explain what metachromatic leukodystrophy is?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/is a neurodegenerative disease/);
  });
});

describe('composeAnswer lead from an article that only calls for more study', () => {
  it('gives way to another article\'s finding as close to the question', async () => {
    const articles = [
      article('1', 'Vitamin D supplementation and multiple sclerosis relapses: a commentary', 'The effect of vitamin D supplementation on multiple sclerosis relapses warrants further investigation in larger randomized trials.'),
      article('2', 'Vitamin D in multiple sclerosis', 'In this trial, vitamin D reduced multiple sclerosis relapses by 30% compared with placebo.'),
    ];
    const answer = await composeAnswer('What is the effect of vitamin D supplementation on multiple sclerosis relapses?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.text).toMatch(/reduced multiple sclerosis relapses by 30%/);
  });
});
