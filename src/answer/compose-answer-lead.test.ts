import { describe, expect, it } from 'vitest';
import { composeAnswer, fullerArticleLead, pointText } from './compose-answer.js';
import type { ScoredPassage } from './select-sentences.js';
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

describe('composeAnswer lead from the article that meets the asked qualifier', () => {
  it('leads with a finding of the study of late-onset FMF, not a linkage study that only names the attacks (shipped-corpus abstracts)', async () => {
    const articles = [
      article(
        '1679035',
        'Exclusion of linkage between familial Mediterranean fever and the human serum amyloid A (SAA) gene cluster.',
        'We studied the relationship between the autosomal recessive trait familial Mediterranean fever (FMF) and the serum amyloid A (SAA) genes by comparing alleles of a highly polymorphic dinucleotide repeat and a conventional restriction fragment length polymorphism (RFLP) in the SAA gene cluster in Israeli FMF kindreds. By haplotype analysis, our data indicate a minimum crossover frequency of 22% between the SAA gene marker and FMF. By conventional linkage analysis this eliminates a minimum of 10. 4 cM including and surrounding the SAA gene cluster as the site of the FMF mutation although SAA proteins are prominent physiologic markers of the acute attacks.',
      ),
      article(
        '10528243',
        'Late-onset familial Mediterranean fever (FMF): a subset with distinct clinical, demographic, and molecular genetic characteristics.',
        'To determine the prevalence and characterize demographic, clinical, and genetic features of familial Mediterranean fever (FMF) of late onset, all patients experiencing their first FMF attack at age 40 years or more were identified using the computerized registry of our FMF clinic, and then thoroughly interviewed and examined. The control group consisted of 40 consecutive FMF patients, who arrived at the FMF clinic for their regular follow-up visit and were 40 years of age or older at the time of the examination. The severity of the disease in patients and controls was determined using a modified score, developed previously. Mutational analysis in the FMF gene was performed using a commercial kit. Only 20 of 4000 (0. 5%) patients had late-onset FMF. These patients were mostly men, of non-North African origin, P < 0. 05 compared to controls. All had abdominal attacks and in most these were the only manifestation of their disease, P < 0. 001 001. None had chronic or prolonged manifestations of FMF, for example, amyloidosis, chronic arthritis, or protracted myalgia, P < 0. 001. The response to treatment was good despite using low colchicine dose, P < 0. 05. The overall severity score indicated a mild disease, P < 0. 001. Mutational analysis revealed absence of M694V homozygosity, P < 0. 01, compared to our regular FMF population. We conclude that the onset of FMF in a late age defines a milder form of disease with typical clinical, demographic, and molecular genetic characteristics',
      ),
    ];
    const answer = await composeAnswer('Familial Mediterranean fever that only starts after age 40 - what are the attacks like?', { findEvidence: fakeFindEvidence(articles), corpus });
    expect(answer.direct?.citations[0]?.pmid).toBe('10528243');
  });

  it('lets the best finding of an article meeting clearly more of the question lead, not its aim (fullerArticleLead)', () => {
    // Sentences of our own making: a linkage study that names the seizures, and a study of late-onset epilepsy.
    const scored = (pmid: string, text: string, coverage: number, articleCoverage: number, aim = false): ScoredPassage => ({
      pmid, section: 'ABSTRACT', index: 0, text, score: coverage, coverage, rank: 0, stems: new Set(), articleCoverage, aim,
    });
    const linkage = scored('1', 'By linkage analysis this excludes the sodium channel cluster as the site of the mutation although sodium channels shape the seizures.', 0.45, 0.45);
    const aim = scored('2', 'To determine the features of epilepsy of late onset, all patients with a first seizure at age 60 or more were examined.', 0.8, 0.8, true);
    const finding = scored('2', 'Most had focal seizures with impaired awareness, and convulsions were rare.', 0.25, 0.8);
    const passages = [linkage, aim, finding];
    expect(fullerArticleLead({ passage: linkage, alsoSaidBy: [] }, passages, () => true)?.passage).toBe(finding);
    // An article meeting only a little more of the question leaves the lead where it is.
    const near = scored('2', 'Most had focal seizures with impaired awareness, and convulsions were rare.', 0.25, 0.55);
    expect(fullerArticleLead({ passage: linkage, alsoSaidBy: [] }, [linkage, near], () => true)?.passage).toBe(linkage);
  });
});

describe('pairedQuotes: a quotation mark left on the wrong side of a full stop (round 23)', () => {
  it('drops a lone mark opening the sentence and closes one left open (PMID 8500791)', () => {
    expect(pointText('" We conclude that vWF mutation may be an under recognized cause of hemophilia.')).toBe('We conclude that vWF mutation may be an under recognized cause of hemophilia.');
    expect(pointText('The family we describe demonstrates the recessive inheritance of a recently recognized class of genetic bleeding disorders, we call " autosomal hemophilia.')).toBe(
      'The family we describe demonstrates the recessive inheritance of a recently recognized class of genetic bleeding disorders, we call "autosomal hemophilia."',
    );
  });

  it('leaves paired marks, and a long open quotation it cannot place, as written', () => {
    expect(pointText('Parents called the spells "bad turns" and sought help late.')).toBe('Parents called the spells "bad turns" and sought help late.');
    const long = 'The nurse wrote " the child was calm and slept through the night without any of the usual waking.';
    expect(pointText(long)).toBe(long);
  });
});

describe('pointText: words that compare within the sentence, and a kept "Abstract" label (round 23)', () => {
  it('keeps "In contrast to ..." whole and drops the word "Abstract" before the first sentence (PMID 20939768)', () => {
    expect(pointText('In contrast to the earlier technologies based on cell-penetrating peptides, pHLIPs act as monomeric membrane-inserting peptides.')).toBe(
      'In contrast to the earlier technologies based on cell-penetrating peptides, pHLIPs act as monomeric membrane-inserting peptides.',
    );
    expect(pointText('Abstract Here we review a novel class of delivery vehicles based on pH-sensitive, moderately polar membrane peptides.')).toMatch(/^Here we review a novel class/);
  });

  it('still drops a connective pointing back, and keeps "Similarly to" and "As a result of" whole', () => {
    expect(pointText('In contrast, children with asthma slept less than their siblings.')).toBe('Children with asthma slept less than their siblings.');
    expect(pointText('Similarly to adults, older children recovered within a week of surgery.')).toMatch(/^Similarly to adults/);
    expect(pointText('As a result of the screening programme, fewer babies were born with the condition.')).toMatch(/^As a result of the screening/);
    expect(pointText('Abstracts of 40 trials were read by two reviewers.')).toMatch(/^Abstracts of 40 trials/);
  });
});
