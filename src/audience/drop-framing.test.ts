import { describe, expect, it } from 'vitest';
import { dropFraming, insertMay } from './drop-framing.js';

describe('dropFraming', () => {
  it('keeps the claim of a sentence framed as shown, with its certainty and negation', () => {
    expect(dropFraming('This study showed that FDG is not a good tracer for tumor hypoxia.')).toBe(
      'FDG is not a good tracer for tumor hypoxia.',
    );
    expect(dropFraming('We found that 13 of 20 patients (65%) had no relapse.')).toBe('13 of 20 patients (65%) had no relapse.');
    expect(dropFraming('In conclusion, early surgery improves survival.')).toBe('Early surgery improves survival.');
    expect(dropFraming('Interestingly, no patient relapsed.')).toBe('No patient relapsed.');
    expect(dropFraming('In this study, we measured pain in 40 adults.')).toBe('We measured pain in 40 adults.');
    expect(dropFraming('It should be noted that no patient relapsed.')).toBe('No patient relapsed.');
    expect(dropFraming('Here we describe a fully human antibody that binds to CD3.')).toBe('We describe a fully human antibody that binds to CD3.');
    expect(dropFraming('Herein, we did a retrospective cohort study.')).toBe('We did a retrospective cohort study.');
    expect(dropFraming('We here delineated the mechanisms of the effect.')).toBe('We delineated the mechanisms of the effect.');
    expect(dropFraming('Furthermore, the rash resolved in all children.')).toBe('The rash resolved in all children.');
  });

  it('turns a claim the source only suggests into one that "may" hold', () => {
    expect(dropFraming('The study suggests that there is no difference in toxicity.')).toBe('There may be no difference in toxicity.');
    expect(dropFraming('The available evidence suggests that paternal age is not associated with adverse outcomes.')).toBe(
      'Paternal age may not be associated with adverse outcomes.',
    );
    expect(dropFraming('Our findings suggest that the drug reduces pain in some patients.')).toBe('The drug may reduce pain in some patients.');
  });

  it('skips verbs of relative clauses when placing "may"', () => {
    expect(insertMay("nurses' aides who were exposed to smoke at home have a higher risk")).toBe(
      "nurses' aides who were exposed to smoke at home may have a higher risk",
    );
  });

  it('never takes a participle after a determiner or a preposition for the claim\'s verb', () => {
    // PMID 2180286
    expect(
      dropFraming(
        'These data indicate that the affected twin is a manifesting carrier of an abnormal DMD gene, her myopathy being a direct result of underexpression of dystrophin.',
      ),
    ).toBe(
      'The affected twin may be a manifesting carrier of an abnormal DMD gene, her myopathy being a direct result of underexpression of dystrophin.',
    );
    expect(dropFraming('These results suggest that the treated group is less likely to relapse.')).toBe(
      'The treated group may be less likely to relapse.',
    );
    expect(dropFraming('Our data indicate that the mutant allele was inherited from the father.')).toBe(
      'The mutant allele may have been inherited from the father.',
    );
    expect(dropFraming('The findings suggest that children with reduced sleep have more accidents.')).toBe(
      'Children with reduced sleep may have more accidents.',
    );
    expect(dropFraming('These data suggest that the newly affected joints respond to steroids.')).toBe(
      'These data suggest that the newly affected joints respond to steroids.',
    );
    // The verb itself still takes the hedge.
    expect(dropFraming('Our findings suggest that smoking increased the risk of stroke.')).toBe('Smoking may have increased the risk of stroke.');
  });

  it('never hedges a participle: a passive one before "by", or "related"', () => {
    // PMID 24142776
    expect(dropFraming('These results suggest that hearing loss caused by GM otic drops is reduced by the inclusion of BM.')).toBe(
      'Hearing loss caused by GM otic drops may be reduced by the inclusion of BM.',
    );
    expect(dropFraming('Our data suggest that the changes induced by exercise improve sleep.')).toBe('The changes induced by exercise may improve sleep.');
    // PMID 10556283: "share" is the verb; no hedge goes on "related".
    const shared = 'These results suggest that rhabdoid tumors and cPNETs share common pathways of oncogenesis related to INI1 alteration.';
    expect(dropFraming(shared)).not.toMatch(/\bmay\b/);
    expect(dropFraming('Our findings suggest that falls related to sleeping pills increase with age.')).toBe(
      'Falls related to sleeping pills may increase with age.',
    );
    // The finite past still takes it.
    expect(dropFraming('Our findings suggest that smoking increased the risk of stroke.')).toBe('Smoking may have increased the risk of stroke.');
  });

  it('adds no "may" to a claim that carries its own hedge', () => {
    // PMID 21881325, 26116785
    expect(dropFraming('Our study indicated that preoperative statin therapy seems to reduce AF development after CABG.')).toBe(
      'Preoperative statin therapy seems to reduce AF development after CABG.',
    );
    expect(dropFraming('This study indicates that rFgCatL1 has a potential as a vaccine candidate in mice.')).toBe(
      'rFgCatL1 has a potential as a vaccine candidate in mice.',
    );
    expect(dropFraming('These findings suggest that the rash is probably caused by the new soap.')).toBe(
      'The rash is probably caused by the new soap.',
    );
    // Feasibility is the claim, not a hedge: it takes "may".
    expect(dropFraming('Our results suggest that walking at home is possible after a hip replacement.')).toBe(
      'Walking at home may be possible after a hip replacement.',
    );
  });

  it('gives a verb joined by "and" or "or" the same "may"', () => {
    // PMID 16991071, 10915776
    expect(dropFraming('Our data suggest that working exposure increases the risk or leads to the clinical manifestation of rotator cuff tears.')).toBe(
      'Working exposure may increase the risk or lead to the clinical manifestation of rotator cuff tears.',
    );
    expect(dropFraming('These results suggest that retinoschisin is released by photo-receptors and has functions within the inner retina.')).toBe(
      'Retinoschisin may be released by photo-receptors and have functions within the inner retina.',
    );
    expect(dropFraming('Our findings suggest that yoga reduces stress and lowers blood pressure in older women.')).toBe(
      'Yoga may reduce stress and lower blood pressure in older women.',
    );
    // A noun after "and" stays ("pain and results"), and so does a verb of another clause.
    expect(dropFraming('Our findings suggest that surgery improves pain and results in fewer falls.')).toBe(
      'Surgery may improve pain and result in fewer falls.',
    );
    expect(dropFraming('Our findings suggest that surgery improves pain, and rest helps sleep.')).toBe(
      'Surgery may improve pain, and rest helps sleep.',
    );
  });

  it('splits "that A and that B" under one frame into two claims', () => {
    expect(dropFraming('It can be concluded that patients have worse performance and that provoking pain further worsened it.')).toBe(
      'Patients have worse performance. Provoking pain further worsened it.',
    );
  });

  it('leaves the frame when the hedge cannot be carried over safely', () => {
    const s = 'These results indicate that patients should be screened every year.';
    expect(dropFraming(s)).toBe(s);
    const hypothesis = 'We hypothesized that the drug works in older adults.';
    expect(dropFraming(hypothesis)).toBe(hypothesis);
  });
});

describe('dropFraming on a claim whose frame the source cut off', () => {
  it('makes two sentences of "A and that B" when no "that" came before', () => {
    expect(dropFraming('Renal failure occurs in the Wiskott-Aldrich syndrome more frequently than generally recognized and that administration of TF may precipitate the renal disease.')).toBe(
      'Renal failure occurs in the Wiskott-Aldrich syndrome more frequently than generally recognized. Administration of TF may precipitate the renal disease.',
    );
  });

  it('leaves "and that" alone when it pairs with an earlier "that"', () => {
    const s = 'Patients reported that pain was worse at night and that sleep was poor.';
    expect(dropFraming(s)).toBe(s);
  });
});
