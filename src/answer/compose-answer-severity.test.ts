import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer } from './compose-answer.js';
import { asksSeverity, directFit } from './direct-fit.js';
import { plainArticle } from './fixtures/plain-article.js';

// Shaped on PMID 19504993 of the shipped corpus: a case series whose conclusion opens on how the condition is managed
// and then says how deadly it stays.
const series = plainArticle(
  '19504993',
  'Necrotising fasciitis of the perineum: a review of 20 cases.',
  'Necrotising fasciitis of the perineum is a rapidly spreading infection of the genital and perineal skin. We reviewed 20 patients treated over ten years. Despite extensive treatment efforts, necrotising fasciitis of the perineum remains a surgical emergency and early recognition with prompt radical debridement is the mainstay of management. Necrotising fasciitis of the perineum is known to have an impact on morbidity and despite antibiotics and aggressive debridement, the mortality rate remains high.',
);
const found = { findEvidence: async () => [{ article: series, score: 1 }], corpus: { articles: 1896, snapshot: 'test' } };

describe('composeAnswer on how grave a condition is', () => {
  it('opens with the sentence giving its mortality, not the one on how it is operated on', async () => {
    const answer = await composeAnswer('How dangerous is it? (necrotising fasciitis of the perineum)', found);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/mortality rate remains high/);
  });
});

describe('asksSeverity', () => {
  it('reads a question asking how grave its subject is, not one naming serious events', () => {
    for (const q of ['Is it serious? (aortic dissection)', 'How dangerous is Fournier gangrene?', 'how bad is it', 'Can you die from it?', 'Is sepsis life-threatening?']) {
      expect(asksSeverity(q), q).toBe(true);
    }
    for (const q of ['Are serious adverse events frequent with natalizumab?', 'How is aortic dissection treated?', 'What is a dangerous level of potassium?']) {
      expect(asksSeverity(q), q).toBe(false);
    }
  });

  it('fits a sentence giving deaths or complications to it', () => {
    const how = analyzeQuestion('How serious is aortic dissection?');
    expect(directFit(how, 'In-hospital mortality of acute type A aortic dissection was 18%.')).toBe(0.1);
    expect(directFit(how, 'Extended replacement of the dissected aorta can be done with good results.')).toBeLessThan(0.1);
  });
});
