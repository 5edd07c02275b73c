import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { asksIndicatedForAll, keptToKind, keptToSome, mainClause } from './verdict-indicated.js';

describe('asksIndicatedForAll', () => {
  it('reads "all", "every" or "always" in a question of advice as the scope of a recommendation', () => {
    expect(asksIndicatedForAll('Should we treat all patients with hypertension?')).toBe(true);
    expect(asksIndicatedForAll('Should all women on aromatase inhibitors be offered calcium and bisphosphonates?')).toBe(true);
    expect(asksIndicatedForAll('Should a dermoid cyst of the ovary always be removed?')).toBe(true);
    expect(asksIndicatedForAll('Do all children with a febrile fit need an EEG?')).toBe(true);
    expect(asksIndicatedForAll('Is screening recommended for every pregnant woman?')).toBe(true);
  });

  it('leaves exclusivity and universality questions that ask no advice alone', () => {
    expect(asksIndicatedForAll('Is GRG5 involved only in late embryonic development?')).toBe(false);
    expect(asksIndicatedForAll('Do all patients with Wolfram syndrome carry a WFS1 mutation?')).toBe(false);
    expect(asksIndicatedForAll('Is a heart murmur always a sign of disease?')).toBe(false);
    expect(asksIndicatedForAll('Should we treat hypertension in the elderly?')).toBe(false);
  });
});

describe('mainClause', () => {
  it('ends the main clause where a clause on whom or when it applies most begins', () => {
    expect(mainClause('We recommend calcium, especially if patients did not receive tamoxifen.')).toBe('We recommend calcium');
    expect(mainClause('Antibiotics are advised when the fever lasts.')).toBe('Antibiotics are advised');
    expect(mainClause('Switching may be recommended for older drivers.')).toBe('Switching may be recommended for older drivers.');
  });
});

describe('keptToSome', () => {
  it('hears a recommendation kept to some of those asked about', () => {
    // PMID 21080127
    expect(keptToSome('We believe retention treatment can be selectively considered for non-S. aureus infection, and when applied in selected patients, polyethylene exchange should be performed.')).toBe(true);
    // PMID 26063028
    expect(keptToSome('EDWS is a safe and effective treatment for esophagogastric varices secondary to portal hypertension in selected patients.')).toBe(true);
    expect(keptToSome('Antibiotics should be given only when the fever lasts more than three days.')).toBe(true);
    expect(keptToSome('Surgery is not routinely indicated in children with this lesion.')).toBe(true);
  });

  it('does not hear a recommendation for everyone, or a study that selected its patients at random, as kept to some', () => {
    // PMID 12607666
    expect(keptToSome('Therefore we advocate complete replacement of the dissected parts of the aorta in all patients in whom this is technically possible.')).toBe(false);
    // PMID 21865668
    expect(keptToSome('Switching to automatic transmission may be recommended for older drivers as a means to maintain safe driving and thereby the quality of their transport mobility.')).toBe(false);
    // PMID 15141797
    expect(keptToSome('The morning following cardiac surgery, simultaneous arterial line and peripheral venous blood samples were taken in 49 randomly selected patients.')).toBe(false);
  });
});

describe('keptToKind', () => {
  it('hears a question word named with a qualifier of kind the question does not write', () => {
    const q = 'Should all babies diagnosed with spina bifida be operated within the first week of life?';
    const words = ['babies', 'spina', 'bifida'];
    expect(keptToKind("Clinical guidelines recommend repair of open spina bifida (SB) prenatally or within the first days of an infant's life.", q, words)).toBe(true);
    expect(keptToKind('Babies born with spina bifida require early closure surgery, done within the first 2-3 days after birth.', q, words)).toBe(false);
    expect(keptToKind('Surgery is advised for severe spina bifida.', 'Should all babies with severe spina bifida have surgery?', words)).toBe(false);
  });
});

describe('polarityOf on a question whether something is indicated for all', () => {
  it('is affirmed by a recommendation that does not write "all", and denied by one kept to selected patients', () => {
    const all = analyzeQuestion('Should all older drivers switch to automatic cars?');
    // PMID 21865668
    expect(polarityOf('Switching to automatic transmission may be recommended for older drivers as a means to maintain safe driving.', all)).toBe(1);
    const knee = analyzeQuestion('Should implant retention be used in all patients with an infected knee replacement?');
    // PMID 21080127
    expect(polarityOf('We believe retention treatment can be selectively considered for non-S. aureus infection.', knee)).toBe(-1);
  });

  it('hears a recommendation whose negation is only in a clause on whom it suits best, and a negated one as a denial', () => {
    const ais = analyzeQuestion('Should all women on aromatase inhibitors be offered calcium and bisphosphonates?');
    // PMID 19299238
    expect(polarityOf('We recommend that patients on AIs should be offered Ca/Bis to reduce the incidence of musculoskeletal symptoms and fracture, especially if patients are receiving steroidal AI and/or did not receive tamoxifen before AIs.', ais)).toBe(1);
    expect(polarityOf('Bisphosphonates are not recommended for women on aromatase inhibitors with normal bone density.', ais)).toBe(-1);
    // PMID 12607666: "all" written, and advocated.
    const aorta = analyzeQuestion('Should we do complete aortic replacement in all patients with acute type A dissection?');
    expect(polarityOf('Therefore we advocate complete replacement of the dissected parts of the aorta in all patients in whom this is technically possible.', aorta)).toBe(1);
  });

  it('keeps the force of "all" against a finding that recommends nothing', () => {
    const babies = analyzeQuestion('Should all babies with a cleft lip have surgery in the first month?');
    expect(polarityOf('Lip repair at three months gave better scar outcomes compared to repair in the neonatal period.', babies)).toBe(-1);
  });

  it('still reads an exclusivity question as one', () => {
    const only = analyzeQuestion('Is GRG5 involved only in late embryonic development?');
    expect(polarityOf('GRG5 is involved in early and late embryonic development.', only)).toBe(-1);
  });
});
