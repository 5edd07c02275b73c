import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseQuestion, type ConceptLexicon } from './analyse-question.js';
import { foldPhrase } from './build-concept-lexicon.js';
import { loadGeneralEnglish } from './general-english.js';
import { DEFAULT_DATA_DIR, LEXICON_FILES, loadConceptLexicon } from './load-concept-lexicon.js';
import { createShorthandLexicon } from './shorthand-lexicon.js';

const shorthand = (JSON.parse(readFileSync(`${DEFAULT_DATA_DIR}${LEXICON_FILES.shorthand}`, 'utf8')) as { terms: Record<string, string[]> }).terms;

/** A store whose corpus defines the given abbreviations (short → long). */
const storeDefining = (defined: Record<string, string>) => ({
  lookups: 0,
  async abbreviationsFor(phrases: readonly string[]) {
    this.lookups += 1;
    return phrases.flatMap((p) => (defined[p] ? [{ short: p.toUpperCase(), long: defined[p]!, count: 3 }] : []));
  },
});

describe('the shipped clinical shorthand (data/lay-language/clinical-shorthand.json)', () => {
  it('holds only lower-case shorthand that no English word list has, so everyday wording is never read as shorthand', async () => {
    const english = await loadGeneralEnglish();
    const keys = Object.keys(shorthand);
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((key) => key !== key.toLowerCase() || english.level(key) !== undefined)).toEqual([]);
  });

  describe('read through createShorthandLexicon', () => {
    let lexicon: ConceptLexicon;
    beforeAll(async () => {
      lexicon = await loadConceptLexicon();
    });
    const alternativesOf = async (question: string, text: string, defined: Record<string, string> = {}) => {
      const read = await createShorthandLexicon(storeDefining(defined))(question, lexicon);
      return analyseQuestion(question, read).concepts.find((c) => c.text === text)?.alternatives ?? [];
    };

    it('searches a clinician\'s "WCC" by the name a real record writes, "leukocyte count" (PMID 10340286)', async () => {
      const sentence = 'Although elevated leukocyte count and CRP value cannot effectively establish the diagnosis of acute appendicitis in the elderly, unelevated values exclude it.';
      const names = await alternativesOf('In the elderly, does a normal WCC and CRP exclude appendicitis?', 'wcc');
      expect(names.some((name) => foldPhrase(sentence).includes(name))).toBe(true);
    });

    it('reads shorthand of a question of my own: "hx", "htn", "RIF" and "NOAC"', async () => {
      const question = 'Pt with a hx of HTN and RIF pain on a NOAC: is a CT needed?';
      expect(await alternativesOf(question, 'hx')).toContain('history');
      expect(await alternativesOf(question, 'htn')).toContain('hypertension');
      expect(await alternativesOf(question, 'rif')).toContain('right iliac fossa');
      expect(await alternativesOf(question, 'noac')).toContain('novel oral anticoagulant');
    });

    it('leaves a short form the corpus defines to the corpus ("TIA" as the corpus reads it), and asks nothing of a question without shorthand', async () => {
      const question = 'Does a TIA raise the risk of dementia?';
      expect(await alternativesOf(question, 'tia')).toContain('transient ischemic attack');
      expect(await alternativesOf(question, 'tia', { tia: 'target induced astigmatism' })).not.toContain('transient ischemic attack');
      const store = storeDefining({});
      expect(await createShorthandLexicon(store)('Does coffee raise blood pressure?', lexicon)).toBe(lexicon);
      expect(store.lookups).toBe(0);
    });
  });
});
