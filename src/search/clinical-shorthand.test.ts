import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseQuestion, type ConceptLexicon } from './analyse-question.js';
import { foldPhrase } from './build-concept-lexicon.js';
import { loadGeneralEnglish } from './general-english.js';
import { DEFAULT_DATA_DIR, LEXICON_FILES, loadConceptLexicon } from './load-concept-lexicon.js';

const shorthand = (JSON.parse(readFileSync(`${DEFAULT_DATA_DIR}${LEXICON_FILES.shorthand}`, 'utf8')) as { terms: Record<string, string[]> }).terms;

describe('the shipped clinical shorthand (data/lay-language/clinical-shorthand.json)', () => {
  it('holds only lower-case shorthand that no English word list has, so everyday wording is never read as shorthand', async () => {
    const english = await loadGeneralEnglish();
    const keys = Object.keys(shorthand);
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((key) => key !== key.toLowerCase() || english.level(key) !== undefined)).toEqual([]);
  });

  describe('read by the concept lexicon', () => {
    let lexicon: ConceptLexicon;
    beforeAll(async () => {
      lexicon = await loadConceptLexicon();
    });
    const alternativesOf = (question: string, text: string) => analyseQuestion(question, lexicon).concepts.find((c) => c.text === text)?.alternatives ?? [];

    it('searches a clinician\'s "WCC" by the name a real record writes, "leukocyte count" (PMID 10340286)', () => {
      const sentence = 'Although elevated leukocyte count and CRP value cannot effectively establish the diagnosis of acute appendicitis in the elderly, unelevated values exclude it.';
      const names = alternativesOf('In the elderly, does a normal WCC and CRP exclude appendicitis?', 'wcc');
      expect(names.some((name) => foldPhrase(sentence).includes(name))).toBe(true);
    });

    it('reads shorthand of a question of my own: "hx", "htn", "RIF" and "NOAC"', () => {
      const question = 'Pt with a hx of HTN and RIF pain on a NOAC: is a CT needed?';
      expect(alternativesOf(question, 'hx')).toContain('history');
      expect(alternativesOf(question, 'htn')).toContain('hypertension');
      expect(alternativesOf(question, 'rif')).toContain('right iliac fossa');
      expect(alternativesOf(question, 'noac')).toContain('novel oral anticoagulant');
    });
  });
});
