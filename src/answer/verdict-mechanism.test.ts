import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { askedMechanism, mechanismStance, opposedMechanism } from './verdict-mechanism.js';

const curare = 'Does Curare function by stimulating the acetylcholine receptor?';

describe('askedMechanism', () => {
  it('reads the subject, the target and the asked direction of a question on how something acts', () => {
    expect(askedMechanism(curare)).toEqual({ subject: 'curare', target: ['acetylcholine', 'receptor'], way: 1 });
    expect(askedMechanism('Does metformin inhibit mTOR in cancer cells?')).toEqual({ subject: 'metformin', target: ['mtor'], way: -1 });
  });

  it('leaves questions on a rise or fall of an amount, and questions without an action, to the ordinary weighing', () => {
    expect(askedMechanism('Does aspirin increase the risk of bleeding?')).toBeNull();
    expect(askedMechanism('Is curare a plant extract?')).toBeNull();
  });
});

describe('mechanismStance', () => {
  const asked = askedMechanism(curare)!;

  it('hears the opposite action when the subject is named as an agent acting against the target', () => {
    expect(mechanismStance('In neuromuscular junction (NMJ) preparations, movements of the muscle must be inhibited if imaging during stimulation is desired (e.g., by application of curare, a potent acetylcholine receptor inhibitor).', asked)).toBe(-1);
    expect(mechanismStance('We applied ACh alone; the nicotinic acetylcholine receptor (nAChR) antagonist curare, either alone or in the presence of ACh.', asked)).toBe(-1);
    expect(mechanismStance('Usual clinical concentrations of curare cause competitive inhibition of muscle nicotinic acetylcholine receptors while higher concentrations may induce open channel blockade.', asked)).toBe(-1);
  });

  it('hears "anti-" words as acting against what they name', () => {
    const inflammation = askedMechanism('Does an antiphlogistic promotes inflammation?')!;
    expect(mechanismStance('These results indicate that methotrexate is a nonsteroidal antiinflammatory agent, the antiphlogistic action of which is due to increased adenosine release at inflamed sites.', inflammation)).toBe(-1);
  });

  it('does not read a participle joined to the subject as an action on the target', () => {
    expect(mechanismStance('Curare binding and the curare-induced subconductance state of the acetylcholine receptor channel.', asked)).toBe(0);
  });

  it('does not tie an inhibitor to the subject when other words relate them', () => {
    const ampk = askedMechanism('Does metformin activate AMPK?')!;
    expect(mechanismStance('Compound C, an AMPK inhibitor, blocked the effect of metformin.', ampk)).toBe(0);
    expect(mechanismStance('Metformin activates AMPK, and compound C, an AMPK inhibitor, blocked its effect.', ampk)).toBe(1);
  });
});

describe('opposedMechanism', () => {
  it('gives the sentences that deny the asked action, unless some sentence states it', () => {
    const against = { text: 'the nicotinic acetylcholine receptor (nAChR) antagonist curare' };
    expect(opposedMechanism(curare, [against])).toEqual([against]);
    expect(opposedMechanism(curare, [against, { text: 'Curare was found to stimulate the acetylcholine receptor at low doses.' }])).toEqual([]);
  });
});

describe('polarityOf on a change named after a coded name', () => {
  it('hears "down-regulated" deny "Is Grhl2 upregulated in ...?": the participle is what is asked, not a kind of thing', () => {
    // Sentence from PMID 23284647.
    const grhl2 = 'Grhl2 is down-regulated in disseminated cancer cells that have undergone EMT, and over-expression of Grhl2 is sufficient to induce epithelial gene expression.';
    expect(polarityOf(grhl2, analyzeQuestion('Is Grhl2 upregulated in disseminated cancer cells?'))).toBe(-1);
  });

  it('still reads a participle before a noun as naming a kind of thing ("covid-19 induced anosmia")', () => {
    const asked = analyzeQuestion('Does covid-19 induced anosmia resolve within weeks?');
    expect(polarityOf('Most patients with covid-19 induced anosmia showed a reduction of smell loss within weeks.', asked)).not.toBe(-1);
  });
});
