import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';
import { wiredOptions as options } from './fixtures/wired-options.js';

// PMID 26702379 of the shipped corpus: falls in atmospheric pressure before migraine attacks. The questions are our own.
const pressure = plainArticle(
  '26702379',
  'Examination of fluctuations in atmospheric pressure related to migraine.',
  'Japan has four seasons and many chances of low atmospheric pressure or approaches of typhoon, therefore it has been empirically known that the fluctuation of weather induces migraine in people. ' +
    'We report our examination of the stage in which migraine tends to be induced focusing on the variation of atmospheric pressure. ' +
    'Subjects were 34 patients with migraine, who were treated in our hospital. ' +
    'All of patients with migraine maintained a headache diary to record atmospheric pressures when they developed a migraine. ' +
    'It was found that the atmospheric pressure when the patients developed a migraine was within 1003-1007 hPa in the approach of low atmospheric pressure and that the patients developed a migraine when the atmospheric pressure decreased by 6-10 hPa, slightly less than the standard atmospheric pressure. ' +
    'Small decreases of 6-10 hPa relative to the standard atmospheric pressure of 1013 hPa induced migraine attacks most frequently in patients with migraine.',
);
const levels = { my: 10, headaches: 20, come: 10, with: 10, weather: 10, which: 10, makes: 10, kick: 35, kicks: 35, off: 10, migraine: 60, attack: 10, start: 10, starts: 10, turn: 10, up: 10 };
const counts = { headach: 40, weather: 3, kick: 2, migrain: 30, attack: 60, start: 200 };
const names = { migraine: [], headaches: [] };

describe('composeAnswer on a question told with a phrasal verb', () => {
  it('reads "kick off" as "start": its verb is no subject an article must name', async () => {
    const answer = await composeAnswer('My headaches come with the weather. Which weather makes a migraine kick off?', options([pressure], counts, levels, names));
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('26702379');
    // The reader's question is kept as asked.
    expect(answer.question).toBe('My headaches come with the weather. Which weather makes a migraine kick off?');
  });

  it('searches with the plain verb, so no article is looked for by the particle\'s verb', async () => {
    const asked: string[] = [];
    const wired = options([pressure], counts, levels, names);
    await composeAnswer('Which cancers turn up more often in the relatives of children with ataxia-telangiectasia?', {
      ...wired,
      findEvidence: async (question, opts) => {
        asked.push(question);
        return wired.findEvidence(question, opts);
      },
    });
    expect(asked).toEqual(['Which cancers happen more often in the relatives of children with ataxia-telangiectasia?']);
  });
});
