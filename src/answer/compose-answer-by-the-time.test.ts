import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';
import { wiredOptions as options } from './fixtures/wired-options.js';

// PMID 10441573 of the shipped corpus: penetrance of two Norwegian BRCA1 founder mutations. The question is our own.
const penetrance = plainArticle(
  '10441573',
  'Penetrances of BRCA1 1675delA and 1135insA with respect to breast cancer and ovarian cancer.',
  'For genetic counseling and predictive testing in families with inherited breast-ovarian cancer, penetrances and expressions of the underlying mutations should be known. ' +
    'We have previously reported two BRCA1 founder mutations in the Norwegian population. ' +
    'Of 133 living female relatives, 83 (62%) were tested for the presence of a mutation. ' +
    'The overall findings were that disease started to occur at age 30 years and that by age 50 years 48% of the mutation-carrying women had experienced breast and/or ovarian cancer. ' +
    'More ovarian cancers than breast cancers were recorded.',
);
const levels = { my: 10, mum: 10, carries: 10, will: 10, she: 10, have: 10, had: 10, by: 10, the: 10, time: 10, is: 10, breast: 10, cancer: 20, ovarian: 60, what: 10, are: 10, odds: 10, her: 10 };
const counts = { brca1: 20, time: 400, breast: 150, ovarian: 40, cancer: 500, odd: 30, founder: 6, mutat: 300 };
const names = { 'breast cancer': [], 'ovarian cancer': [], brca1: [], mutation: [], time: [] };

describe('composeAnswer on "by the time" of when something has happened', () => {
  it('reads "by the time" as when, not as a subject the finding must name ("time", which the vocabulary names)', async () => {
    const answer = await composeAnswer('My mum carries a BRCA1 founder mutation. What are the odds she will have had breast or ovarian cancer by the time she is 50?', options([penetrance], counts, levels, names));
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.quote).toMatch(/by age 50 years 48%/);
  });
});
