import { describe, expect, it } from 'vitest';
import { conceptWords, continuesLastTurn, followUpTitle, mergeFollowUp, standsAlone } from './follow-up-question.js';

describe('follow-up questions', () => {
  it('inherit the concepts of the original question', () => {
    expect(mergeFollowUp('What about treatment?', 'What causes gout?')).toBe('What about treatment? (gout)');
    // The person the reader asks for is not the thread's topic.
    expect(mergeFollowUp('What foods should she avoid?', 'My daughter has G6PD deficiency, can she get cataracts?')).toBe(
      'What foods should she avoid? (G6PD deficiency)',
    );
    // "It" is the condition the story names, not the thing the first question asked of it.
    expect(mergeFollowUp('Is it inherited?', 'My daughter has G6PD deficiency. Can she get cataracts?')).toBe('Is it inherited? (G6PD deficiency)');
    expect(mergeFollowUp('How is it treated?', 'I was diagnosed with Hashimoto thyroiditis last year, can I take iodine?')).toBe('How is it treated? (Hashimoto thyroiditis)');
    // With no story, "it" keeps every subject of the question.
    expect(mergeFollowUp('Is it inherited?', 'Can G6PD deficiency cause cataracts?')).toBe('Is it inherited? (G6PD deficiency cataracts)');
  });

  it('keep multi-word concepts and skip words the follow-up already has', () => {
    expect(mergeFollowUp('Is colchicine safe in kidney disease?', 'How is acute gout treated in kidney disease?')).toBe(
      'Is colchicine safe in kidney disease? (acute gout)',
    );
  });

  it('spell inherited words as the original question did, since the merged question titles the follow-up article', () => {
    expect(mergeFollowUp('How is it diagnosed?', 'What causes Duchenne muscular dystrophy?')).toBe('How is it diagnosed? (Duchenne muscular dystrophy)');
    expect(mergeFollowUp('And in DMD carriers?', 'Is CK raised in Duchenne?')).toBe('And in DMD carriers? (CK raised Duchenne)');
  });

  it('leave a self-contained follow-up unchanged', () => {
    expect(mergeFollowUp('  What   about gout? ', 'What causes gout?')).toBe('What about gout?');
  });

  it('drop stop words and question-intent words from the concepts', () => {
    expect(conceptWords('What are the common symptoms of Kawasaki disease in children?')).toEqual(['kawasaki', 'disease', 'children']);
    // "risk factor" asks what is asked, like "risk": its "factor" alone would be a stray word in the merged question.
    expect(mergeFollowUp('What about treatment?', 'Is BRCA1 mutation a risk factor for ovarian cancer?')).toBe('What about treatment? (BRCA1 mutation ovarian cancer)');
    expect(conceptWords('Which prognostic factors predict survival in glioma?')).toEqual(['predict', 'survival', 'glioma']);
    expect(conceptWords('Is factor V Leiden a risk factor for stroke?')).toEqual(['factor', 'leiden', 'stroke']);
  });

  it('carry the condition a story names, not the story or what its question asked of the condition', () => {
    // Without "it": the story's other words ("I'm", "worried") and the first question's own ask are not the thread's subject.
    expect(mergeFollowUp('What about school?', "We found out my son has cystic fibrosis and I'm worried, will it shorten his life?")).toBe('What about school? (cystic fibrosis)');
    expect(mergeFollowUp('What about after the baby is born?', 'I have lupus and I’m pregnant, could it cause problems in my pregnancy?')).toBe('What about after the baby is born? (lupus)');
    // With no story, every subject of the question stays.
    expect(mergeFollowUp('What about the knees?', 'Can psoriasis affect joints in pregnancy?')).toBe('What about the knees? (psoriasis affect joints pregnancy)');
  });

  it('leave out an aspect the first question asked as a predicate, keeping one that names a kind of the subject', () => {
    expect(mergeFollowUp('How is it treated?', 'Is Wilson disease hereditary?')).toBe('How is it treated? (Wilson disease)');
    expect(mergeFollowUp('What causes it?', 'Is a bicuspid aortic valve dangerous?')).toBe('What causes it? (bicuspid aortic valve)');
    expect(mergeFollowUp('What are the signs?', 'Is Marfan syndrome a genetic disorder?')).toBe('What are the signs? (Marfan syndrome)');
    expect(mergeFollowUp('Is it inherited?', 'Is sarcoidosis serious or can it go away?')).toBe('Is it inherited? (sarcoidosis)');
    expect(conceptWords('Do children with hereditary spherocytosis need a splenectomy?')).toEqual(['children', 'hereditary', 'spherocytosis', 'splenectomy']);
    expect(conceptWords('Are serious adverse events frequent with natalizumab?')).toEqual(['serious', 'adverse', 'events', 'frequent', 'natalizumab']);
  });

  it('do not inherit a verb with its particle, which says what happens rather than to what', () => {
    expect(mergeFollowUp('How can that be prevented?', 'Does endometriosis come back after surgery?')).toBe('How can that be prevented? (endometriosis surgery)');
    expect(conceptWords('Does back pain come back?')).toEqual(['back', 'pain']);
    // "Go wrong", "mess up" and "care for" say what happens or is done; "wants" is the reader's wording.
    expect(mergeFollowUp('How long is recovery?', 'My surgeon wants to do a gastric bypass, what could go wrong?')).toBe('How long is recovery? (gastric bypass)');
    expect(mergeFollowUp('What about the knees?', 'Can psoriasis mess up my joints?')).toBe('What about the knees? (psoriasis joints)');
    expect(conceptWords('How do you care for a wound after a dog bite?')).toEqual(['wound', 'dog', 'bite']);
    expect(conceptWords('What is the safest way to remove ear wax?')).toEqual(['remove', 'ear', 'wax']);
  });

  it('go on from the turn before when they open with a conjunction or point with "that", asking what it asked', () => {
    const lastTurn = 'How is it treated? (familial Mediterranean fever)';
    expect(mergeFollowUp('And the side effects?', 'What are the symptoms of familial Mediterranean fever?', lastTurn)).toBe(
      'And the side effects? (treated familial Mediterranean fever)',
    );
    expect(mergeFollowUp('Is that safe if I want to get pregnant?', 'Does endometriosis come back after surgery?', 'How can that be prevented? (endometriosis surgery)')).toBe(
      'Is that safe if I want to get pregnant? (prevented endometriosis surgery)',
    );
    // With no follow-up before it, the turn before is the first question, what it asked included.
    expect(mergeFollowUp('And in children?', 'What causes myotonic dystrophy?')).toBe('And in children? (causes myotonic dystrophy)');
  });

  it('keep to the thread\'s topic when they say "it" or ask about a new aspect, whatever was asked last', () => {
    expect(mergeFollowUp('What about treatment?', 'What is Duchenne muscular dystrophy?', 'Is it hereditary? (Duchenne muscular dystrophy)')).toBe(
      'What about treatment? (Duchenne muscular dystrophy)',
    );
    expect(continuesLastTurn('Is it true that the drug works?')).toBe(false);
    expect(continuesLastTurn('Is that safe?')).toBe(true);
  });

  it('stand alone when they name a subject of their own and point back at nothing', () => {
    for (const q of ['Also, what is Norrie disease?', 'What about gout?', 'What is the carrier frequency of BRCA2 6174delT?']) expect(standsAlone(q), q).toBe(true);
    for (const q of ['Is it hereditary?', 'And in children?', 'In children?', 'What about treatment?', 'Is that safe in pregnancy?', 'What are the alternatives?', 'How common is the infection in newborns?']) expect(standsAlone(q), q).toBe(false);
  });

  it('are titled with the reader\'s words and what the thread was about as the reader wrote it', () => {
    // The thread's subject as a phrase of its question, without what that question asked of it ("treated").
    expect(followUpTitle('What are the side effects of that drug?', 'How is gout treated?')).toBe('What are the side effects of that drug? (gout)');
    expect(followUpTitle('and for women?', 'What is the first-line treatment of hypertension?')).toBe('And for women? (first-line treatment of hypertension)');
    expect(followUpTitle('is it safe for kids?', 'How is asthma treated in adults?')).toBe('Is it safe for kids? (asthma treated in adults)');
    // A story's condition, as before; two subjects the question set apart by a verb stay apart.
    expect(followUpTitle('is it inherited', 'My daughter has G6PD deficiency. Can she get cataracts?')).toBe('Is it inherited (G6PD deficiency)');
    expect(followUpTitle('Is it inherited?', 'Can G6PD deficiency cause cataracts?')).toBe('Is it inherited? (G6PD deficiency, cataracts)');
    // Going on from a turn: the thread's question is read first, the turn's brackets (its search words) are not a phrase.
    expect(followUpTitle('And in pregnancy?', 'How is asthma treated in adults?', 'What about inhaled steroids? (asthma adults)')).toBe(
      'And in pregnancy? (asthma treated in adults, inhaled steroids)',
    );
    expect(followUpTitle('and for the baby?', 'Is ibuprofen OK while breastfeeding?', 'what about for period pain? (ibuprofen breastfeeding)')).toBe(
      'And for the baby? (ibuprofen, breastfeeding, period pain)',
    );
    // A follow-up that stands alone is its own title.
    expect(followUpTitle('  What   about gout? ', 'What causes gout?')).toBe('What about gout?');
  });

  it('keep what is searched apart from the title', () => {
    expect(mergeFollowUp('and for women?', 'What is the first-line treatment of hypertension?')).toBe('and for women? (first-line treatment hypertension)');
  });
});
