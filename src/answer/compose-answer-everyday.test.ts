import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';
import { wiredOptions as options } from './fixtures/wired-options.js';

// Questions that qualify a word of their wording with everyday words, or write a name hyphened to one letter. The
// articles are shaped like records of the shipped corpus (PMID 16991071 on rotator cuff tears and occupation; PMID
// 26702203 on pain relief after caesarean section).

const carpalTunnel = plainArticle(
  '1',
  'Carpal tunnel syndrome--an occupational disease?',
  'In literature there are only few data which describe the influence of occupation on the development of carpal tunnel syndrome. ' +
    'In a retrospective study, 640 carpal tunnel releases were analysed and related to the profession and occupational load. ' +
    'Exclusion criteria were traumatic injuries and sports injuries. After statistical analysis we found significantly more patients ' +
    'working in agriculture and forestry and in the building industry than in the population of the region. ' +
    'Our data suggest that working exposure increases the risk or leads to the clinical manifestation of carpal tunnel syndrome.',
);
const inguinalHernia = plainArticle(
  '2',
  'Recurrence after inguinal hernia repair: a register study.',
  'Inguinal hernia repair is one of the most common operations in general surgery. In a register study, 3,200 inguinal hernia repairs ' +
    'were followed for five years and recurrence was related to the technique of repair and to the surgeon\'s experience. ' +
    'Recurrence was lower after mesh repair than after suture repair. Surgeons with more than fifty repairs a year had fewer ' +
    'recurrences. Our data suggest that mesh repair by experienced surgeons reduces the risk of recurrence of inguinal hernias.',
);

describe('composeAnswer on everyday words that qualify a word of the wording', () => {
  const levels = { heavy: 10, manual: 10, work: 10, cause: 10, lifting: 10, carpal: 70, tunnel: 20, syndrome: 35, inguinal: 70, hernias: 50 };
  const names = { work: [], 'carpal tunnel syndrome': [], 'inguinal hernia': [], hernias: [], lifting: [] };

  it('does not hold an article to "heavy manual" of "heavy manual work": they qualify the relation word "work"', async () => {
    const answer = await composeAnswer(
      'Can heavy manual work cause carpal tunnel syndrome?',
      options([carpalTunnel, inguinalHernia], { heavi: 20, manual: 30, work: 300, carpal: 3, tunnel: 4, syndrom: 200 }, levels, names),
    );
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.quote).toMatch(/^Our data suggest that working exposure increases the risk/);
  });

  it('still holds an article to the everyday words naming what is asked ("heavy lifting")', async () => {
    const answer = await composeAnswer(
      'Can heavy lifting cause inguinal hernias?',
      options([inguinalHernia, carpalTunnel], { heavi: 20, lift: 15, inguin: 5, hernia: 12 }, levels, names),
    );
    expect(answer.status).toBe('insufficient_evidence');
  });
});

const caesareanAnalgesia = plainArticle(
  '3',
  'Ropivacaine 0.025% mixed with fentanyl is effective for epidural patient-controlled analgesia after cesarean section.',
  'Epidural patient-controlled analgesia is widely used for pain relief after cesarean section. We randomised 120 women ' +
    'after elective cesarean section to ropivacaine 0.025% with fentanyl or to ropivacaine alone, given by a patient-controlled ' +
    'epidural pump for 48 hours. Pain scores at rest and on movement, rescue analgesia and side effects were recorded. ' +
    '0.025% ropivacaine patient-controlled epidural pain relief combined with fentanyl provided effective pain relief after ' +
    'cesarean section with few side effects.',
);
const painDisparities = plainArticle(
  '4',
  'Racial and ethnic disparities in pain control after surgery.',
  'Minority patients receive less analgesia than white patients for the same pain. We studied 400 patients after general ' +
    'surgery and recorded their pain scores and the analgesia they were given over the first three days. Black and Hispanic ' +
    'patients reported higher pain scores and received lower doses of opioids. A programme of patient coaching was tested in ' +
    'half of them. Patient coaching offers promise as a means of reducing racial/ethnic disparities in pain control.',
);

describe('composeAnswer on a name hyphened to one letter', () => {
  const levels = { pain: 10, controlled: 10, section: 10, relief: 20 };
  const names = { 'c-section': ['cesarean section'], pain: [], 'cesarean section': [] };

  it('reads "c-section" as the name the vocabulary gives, not the everyday word "section" alone', async () => {
    const answer = await composeAnswer(
      'How is pain controlled after a c-section?',
      options([caesareanAnalgesia, painDisparities], { pain: 150, control: 400, section: 12, cesarean: 8 }, levels, names),
    );
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('3');
  });

  it('does not answer it from an article on pain control that never speaks of a caesarean section', async () => {
    const answer = await composeAnswer(
      'How is pain controlled after a c-section?',
      options([painDisparities], { pain: 150, control: 400, section: 12, cesarean: 8 }, levels, names),
    );
    expect(answer.status).toBe('insufficient_evidence');
  });
});
