import { describe, expect, it } from 'vitest';
import { stemSet } from './content-terms.js';
import { definedAbbreviations, questionAcronyms, questionCapitals, questionForms, questionSynonyms, withoutOtherCase, withQuestionAcronyms, withQuestionForms } from './expand-abbreviations.js';

describe('questionAcronyms', () => {
  it('makes acronyms from the initials of the question\'s multiword terms', () => {
    const acronyms = questionAcronyms('Is erythropoietin effective for treatment of amyotrophic lateral sclerosis?').map((a) => a.acronym);
    expect(acronyms).toContain('ALS');
    expect(questionAcronyms('Do angiotensin-converting-enzyme inhibitors raise the risk?').map((a) => a.acronym)).toContain('ACE');
    expect(questionAcronyms("Is isradipine effective for Parkinson's disease?").map((a) => a.acronym)).toContain('PD');
  });

  it('lets a sentence that writes only the acronym in capitals mention the long form', () => {
    const acronyms = questionAcronyms('Is erythropoietin effective for amyotrophic lateral sclerosis?');
    const text = 'RhEPO did not change the course of ALS.';
    const stems = withQuestionAcronyms(stemSet(text), text, acronyms);
    expect([...stemSet('amyotrophic lateral sclerosis')].every((s) => stems.has(s))).toBe(true);
  });

  it('does not read the acronym in lower case or inside a longer word', () => {
    const acronyms = questionAcronyms('Is erythropoietin effective for amyotrophic lateral sclerosis?');
    for (const text of ['The als of the patients were measured.', 'FALSE positive rates were low.']) {
      const stems = withQuestionAcronyms(stemSet(text), text, acronyms);
      expect(stems.has([...stemSet('sclerosis')][0]!)).toBe(false);
    }
  });
});

describe('questionAcronyms that would stand for anything', () => {
  it('makes no two-letter acronym from two short words ("eat sweets")', () => {
    expect(questionAcronyms('Can diabetics eat sweets?').map((a) => a.acronym)).not.toContain('ES');
  });

  it('does not apply an acronym the text defines as something else', () => {
    const acronyms = questionAcronyms('Does multiple sclerosis affect eating?');
    const text = 'Eating/swallowing (ES) and speech (SC) domains matter; MS reflects mean scores.';
    const defined = new Map([['ms', stemSet('mean scores')]]);
    const stems = withQuestionAcronyms(stemSet(text), text, acronyms, defined);
    expect(stems.has([...stemSet('sclerosis')][0]!)).toBe(false);
  });
});

describe('withoutOtherCase', () => {
  it('drops a question capital abbreviation that a text writes only in another case ("PiD" is not "PID")', () => {
    const capitals = questionCapitals('How is PID treated?');
    expect(capitals).toEqual(['PID']);
    const pick = "Pick's disease (PiD) is a tauopathy.";
    expect(withoutOtherCase(stemSet(pick), pick, capitals).has('pid')).toBe(false);
    const pelvic = 'Pelvic inflammatory disease (PID) is treated with antibiotics.';
    expect(withoutOtherCase(stemSet(pelvic), pelvic, capitals).has('pid')).toBe(true);
  });
});

describe('questionSynonyms', () => {
  const vocabulary = new Map([['heart attack', ['myocardial infarction']], ['kidney stones', ['kidney stone', 'nephrolithiasis']]]);
  const alternativesOf = (phrase: string) => vocabulary.get(phrase);

  it('reads a lay phrase of four words ("bleed on the brain") for its medical name', () => {
    const brain = (phrase: string) => (phrase === 'bleed on the brain' ? ['subarachnoid hemorrhage'] : undefined);
    const synonyms = questionSynonyms('Is surgery worth it after a bleed on the brain at 85?', brain);
    expect(synonyms).toEqual([{ stems: ['bleed', 'brain'], names: [['subarachnoid', 'hemorrhag']] }]);
  });

  it('finds the question\'s lay phrases the vocabulary names otherwise, leaving out names in the same words', () => {
    expect(questionSynonyms('Can a heart attack cause memory loss?', alternativesOf)).toEqual([{ stems: ['heart', 'attack'], names: [['myocardi', 'infarct']] }]);
    expect(questionSynonyms('What causes kidney stones?', alternativesOf)).toEqual([{ stems: ['kidnei', 'stone'], names: [['nephrolithiasi']] }]);
  });

  it('lets a text that uses the medical name speak of the reader\'s words', () => {
    const forms = questionForms('Can a heart attack cause memory loss?', questionSynonyms('Can a heart attack cause memory loss?', alternativesOf));
    const text = 'Memory loss after acute myocardial infarction was common.';
    const stems = withQuestionForms(stemSet(text), text, forms);
    expect(stems.has('heart') && stems.has('attack')).toBe(true);
    const other = 'Memory loss after stroke was common.';
    expect(withQuestionForms(stemSet(other), other, forms).has('heart')).toBe(false);
  });

  it('reads a medical name written in another form of its word ("laparoscopic" for "laparoscopy")', () => {
    const lay = (phrase: string) => (phrase === 'keyhole surgery' ? ['laparoscopy'] : undefined);
    const question = 'Is keyhole surgery for hernia repair safe?';
    const forms = questionForms(question, questionSynonyms(question, lay));
    const text = 'Laparoscopic hernia repair had few complications.';
    const stems = withQuestionForms(stemSet(text), text, forms);
    expect(stems.has('keyhol') && stems.has('surgeri')).toBe(true);
    const open = 'Open hernia repair had few complications.';
    expect(withQuestionForms(stemSet(open), open, forms).has('keyhol')).toBe(false);
  });

  it('looks a hyphened phrase up as the question writes it ("x-rays", whose "x" alone is no word)', () => {
    const lay = (phrase: string) => (phrase === 'x-rays' ? ['radiography'] : undefined);
    const question = 'Do my x-rays show arthritis?';
    const forms = questionForms(question, questionSynonyms(question, lay));
    const text = 'Radiographic knee osteoarthritis was graded.';
    expect(withQuestionForms(stemSet(text), text, forms).has('rai')).toBe(true);
    expect(questionSynonyms('Do x rays show arthritis?', lay)).toEqual([]);
    const mesh = (phrase: string) => (phrase === 'non-hodgkin lymphoma' ? ['burkitt lymphoma'] : undefined);
    expect(questionSynonyms('List blood markers for non-Hodgkin lymphoma.', mesh)).toEqual([]);
  });

  it('takes no word that only begins as the name does ("medical" for "medicine")', () => {
    const lay = (phrase: string) => (phrase === 'drug' ? ['medicine'] : undefined);
    const question = 'Is there a drug for gastroenteritis?';
    const forms = questionForms(question, questionSynonyms(question, lay));
    const text = 'Gastroenteritis accounted for most medical admissions.';
    expect(withQuestionForms(stemSet(text), text, forms).has('drug')).toBe(false);
  });
});

describe('definedAbbreviations with a catalogue number in the brackets', () => {
  it('reads "Wolfram syndrome (WFS; OMIM 222300)" and "(FEO, MIM 174810)" as defining the short form', () => {
    const wolfram = definedAbbreviations('Wolfram syndrome (WFS; OMIM 222300) is an autosomal recessive neurodegenerative disorder defined by young-onset non-immune insulin-dependent diabetes mellitus and progressive optic atrophy.');
    expect([...(wolfram.get('wfs') ?? [])]).toEqual([...stemSet('Wolfram syndrome')]);
    const feo = definedAbbreviations('Familial expansile osteolysis (FEO, MIM 174810) is a rare, autosomal dominant bone disorder characterized by focal areas of increased bone remodelling.');
    expect(feo.has('feo')).toBe(true);
  });

  it('still takes no bracket of other words for a short form', () => {
    expect(definedAbbreviations('The fibrinogen alpha gene (FGA; see below) was deleted.').has('fga')).toBe(false);
  });
});
