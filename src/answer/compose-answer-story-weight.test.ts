import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

// Shaped like PMID 23414523 of the shipped corpus: binge drinking in early pregnancy and the child's motor function.
const binge = plainArticle(
  '1',
  'Does binge drinking during early pregnancy increase the risk of psychomotor deficits?',
  'The aim was to examine the effects of binge drinking during early pregnancy on child motor function at age 5. ' +
    'A follow-up study of 678 women and their children sampled from the Danish National Birth Cohort. ' +
    'No association was observed with respect to the number of binge episodes and timing of binge drinking. ' +
    'In this study, we found no systematic association between isolated episodes of binge drinking during early pregnancy and child motor function at age 5.',
);
// The commonest English words and their SCOWL levels; the story's "got", "knew" and "drunk" are everyday words.
const LEVELS: Record<string, number> = { got: 10, very: 10, drunk: 20, once: 10, knew: 10, pregnant: 20, early: 10, child: 10, harm: 10, motor: 20, function: 10 };
const NAMED = new Set(['binge', 'drinking', 'pregnancy', 'pregnant', 'motor', 'function', 'child']);
// As over the shipped corpus: the story's narrative words are in almost no abstract, so they weigh most.
const RARE = new Set(['got', 'drunk', 'knew', 'onc']);
const documentFrequencies = async (stems: readonly string[]) => new Map(stems.map((s) => [s, RARE.has(s) ? 1 : s === 'bing' ? 10 : 150] as const));

describe('composeAnswer weighing a reader\'s story by corpus rarity', () => {
  it('does not let the story\'s rare everyday words outweigh the subjects the question asks about', async () => {
    const answer = await composeAnswer("I got very drunk once before I knew I was pregnant. Could binge drinking in early pregnancy harm my child's motor function?", {
      findEvidence: fakeFindEvidence([binge]),
      corpus: { articles: 1896, snapshot: 'fixtures' },
      documentFrequencies,
      englishLevel: (word) => LEVELS[word],
      isNamedConcept: (word) => NAMED.has(word),
    });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('1');
  });
});

// Shaped like PMID 18955431 of the shipped corpus: treadmill training after a stroke and its secondary benefits.
const treadmill = plainArticle(
  '2',
  'Treadmill training post stroke: are there any secondary benefits?',
  'Treadmill training improves gait speed after stroke; whether it improves depression is unknown. ' +
    'Twenty people post stroke were randomised to treadmill training or usual care for six weeks. ' +
    'In the treatment group significant improvements over time for depression (P<0.001) and mobility (P = 0.008) were demonstrated. ' +
    'A task-specific treadmill intervention may provide secondary benefits by positively impacting depression for people post stroke.',
);

describe('composeAnswer on a subject the reader\'s story dates', () => {
  it('holds the evidence to the stroke, not to when it happened ("had a stroke last spring")', async () => {
    const levels: Record<string, number> = { dad: 10, last: 10, spring: 10, training: 10, lift: 10 };
    const named = new Set(['stroke', 'treadmill', 'training', 'depression']);
    const answer = await composeAnswer('My dad had a stroke last spring. Will treadmill training lift his depression?', {
      findEvidence: fakeFindEvidence([treadmill]),
      corpus: { articles: 1896, snapshot: 'fixtures' },
      englishLevel: (word) => levels[word],
      isNamedConcept: (word) => named.has(word),
    });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('2');
  });
});
