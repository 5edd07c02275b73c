import { describe, expect, it } from 'vitest';
import { concludes, ownAnswerLead, statesPremise } from './lead-conclusion.js';

type S = { pmid: string; section: string; index: number; text: string; coverage: number; aim?: boolean; way: number };
const s = (index: number, section: string, text: string, coverage: number, way = 0, pmid = '1'): S => ({ pmid, section, index, text, coverage, way });

describe('statesPremise', () => {
  it('reads what was not yet known or was questioned before the study as its premise', () => {
    expect(statesPremise(s(1, 'ABSTRACT', 'No clinical or molecular data are as yet available on the mild form of the disease described in this kindred.', 0.6))).toBe(true);
    expect(statesPremise(s(2, 'ABSTRACT', 'However, several reports have called the routine use of bowel preparation before colorectal surgery into question.', 0.5))).toBe(true);
    const article = [s(1, 'ABSTRACT', 'a', 0), s(2, 'ABSTRACT', 'b', 0), s(3, 'ABSTRACT', 'c', 0), s(4, 'ABSTRACT', 'd', 0), s(5, 'ABSTRACT', 'e', 0)];
    expect(statesPremise(s(1, 'ABSTRACT', 'The role of prophylactic antibiotics in clean hernia repair remains unclear.', 0.5), article)).toBe(true);
  });

  it('reads "Our data suggest that ..." closing an abstract as its finding, not as earlier work', () => {
    const article = [s(1, 'ABSTRACT', 'a', 0), s(2, 'ABSTRACT', 'b', 0), s(3, 'ABSTRACT', 'c', 0), s(4, 'ABSTRACT', 'd', 0), s(5, 'ABSTRACT', 'e', 0)];
    expect(statesPremise(s(5, 'ABSTRACT', 'Our data suggest that night shift work increases the risk of peptic ulcer disease.', 0.6), article)).toBe(false);
    expect(statesPremise(s(1, 'ABSTRACT', 'Several studies have shown that night shift work increases the risk of peptic ulcer disease.', 0.6), article)).toBe(true);
  });

  it('does not read a finding, nor an open question in the authors\' conclusion, as a premise', () => {
    expect(statesPremise(s(4, 'ABSTRACT', 'We report a SCN4A Gly-1306-Ala substitution in a family with dominant myotonia.', 0.6))).toBe(false);
    expect(statesPremise(s(6, 'CONCLUSIONS', 'Whether prophylactic antibiotics lower wound infection after clean hernia repair remains unclear.', 0.5))).toBe(false);
  });
});

describe('concludes', () => {
  it('takes a CONCLUSIONS sentence, or the last sentence of an abstract without sections, for the conclusion', () => {
    const article = [s(1, 'ABSTRACT', 'a', 0), s(2, 'ABSTRACT', 'b', 0), s(3, 'ABSTRACT', 'c', 0)];
    expect(concludes(article[2] as S, article)).toBe(true);
    expect(concludes(article[1] as S, article)).toBe(false);
    expect(concludes(s(5, 'CONCLUSIONS', 'd', 0), article)).toBe(true);
  });
});

describe('ownAnswerLead', () => {
  const sameWay = (way: number) => (p: S) => p.way === way;
  const finding = () => true;

  it('leads with the finding that settles a premise that decided the verdict', () => {
    const premise = s(2, 'ABSTRACT', 'However, recent reports have called the routine use of nasogastric tubes after gastrectomy into question.', 0.5, -1);
    const settled = s(5, 'ABSTRACT', 'Routine nasogastric decompression offered no benefit in recovery after gastrectomy.', 0.4, -1);
    const other = s(4, 'ABSTRACT', 'Nasogastric tubes were left in place in 120 patients after gastrectomy.', 0.45, 1);
    expect(ownAnswerLead(premise, [premise, other, settled], sameWay(-1), finding)).toBe(settled);
  });

  it('leads with the authors\' conclusion in place of a result on the same side', () => {
    const result = s(5, 'RESULTS', 'The prevalence of psoriasis among patients with Crohn disease was 9.6%, significantly higher than in controls (2.2%).', 0.6, 1);
    const conclusion = s(8, 'CONCLUSIONS', 'We conclude that patients with Crohn disease are at higher risk of psoriasis.', 0.55, 1);
    expect(ownAnswerLead(result, [result, conclusion], sameWay(1), finding)).toBe(conclusion);
  });

  it('keeps the result when the conclusion takes no side, covers much less, or comes from another article', () => {
    const result = s(5, 'RESULTS', 'The prevalence of psoriasis among patients with Crohn disease was 9.6%, significantly higher than in controls (2.2%).', 0.6, 1);
    const silent = s(8, 'CONCLUSIONS', 'Dermatological screening of patients with Crohn disease deserves attention.', 0.55, 0);
    const narrow = s(8, 'CONCLUSIONS', 'We conclude that psoriasis is more frequent in these patients.', 0.3, 1);
    const elsewhere = s(8, 'CONCLUSIONS', 'We conclude that patients with Crohn disease are at higher risk of psoriasis.', 0.6, 1, '2');
    expect(ownAnswerLead(result, [result, silent], sameWay(1), finding)).toBeUndefined();
    expect(ownAnswerLead(result, [result, narrow], sameWay(1), finding)).toBeUndefined();
    expect(ownAnswerLead(result, [result, elsewhere], sameWay(1), finding)).toBeUndefined();
  });

  it('keeps a deciding sentence that is already the conclusion', () => {
    const article = [s(1, 'ABSTRACT', 'Early mobilisation shortened hospital stay by two days.', 0.6, 1), s(2, 'ABSTRACT', 'Early mobilisation after hip fracture surgery is beneficial.', 0.6, 1)];
    expect(ownAnswerLead(article[1] as S, article, sameWay(1), finding)).toBeUndefined();
  });
});
