import { describe, expect, it } from 'vitest';
import { checkAudience } from '../../clinq.js';
import type { Answer, Audience } from '../../domain/index.js';
import { createApp } from '../app.js';
import { createMemoryEditorialStore } from '../memory-editorial-store.js';
import { fakeAnswer } from '../test-harness.js';
import { directHeading } from './reader-guide.js';

function answerFor(question: string, audience: Audience): Answer {
  return { ...fakeAnswer(question), audience, verdict: 'yes' };
}

/** An app whose readers may be any audience, with one stored article; returns a page getter per audience. */
async function articlePages(status: Answer['status'] = 'answered') {
  const app = createApp({
    ask: async (question, audience) => {
      const answer = answerFor(question, audience ?? 'physician');
      return status === 'answered' ? answer : { ...answer, status, direct: null, sections: [], references: [], evidenceSummary: 'No article mentions gout.' };
    },
    getArticle: async () => null,
    countArticles: async () => 1,
    checkQuestion: (input) => String(input).trim(),
    checkAudience,
    // Lay readers get other words; nurses, as with the real audience stage, the clinical text unchanged.
    adapt: (answer, audience) =>
      audience === 'patient' || audience === 'caregiver' || audience === 'student'
        ? { ...answer, audience, direct: answer.direct && { ...answer.direct, text: `In plain words: ${answer.direct.text}` } }
        : { ...answer, audience },
    maxBodyBytes: 4096,
    editorial: { store: createMemoryEditorialStore() },
    csrfSecret: 'test-secret',
    logError: () => {},
  });
  const created = await app.request('/api/answers', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: 'Does colchicine help gout?' }),
  });
  const { url } = (await created.json()) as { url: string };
  return {
    article: async (audience: Audience) => (await app.request(`${url}?audience=${audience}`)).text(),
    quick: async (audience: Audience) => (await app.request(`/?q=gout&audience=${audience}`)).text(),
  };
}

describe('the reader guide on answer pages', () => {
  it('shows a caregiver the guide with questions for the care team and a short answer worded for them, and clinicians no guide', async () => {
    const pages = await articlePages();
    for (const html of [await pages.article('caregiver'), await pages.quick('caregiver')]) {
      expect(html).toContain('Reading this as a caregiver');
      expect(html).toContain('Questions to bring to their care team');
      expect(html).toContain('Does this apply to them, with their other conditions and medicines?');
      expect(html).toContain('Get help now:');
      expect(html).toContain('Short answer for caregivers: yes');
      expect(html).not.toContain('Questions for your doctor');
    }
    expect(await pages.article('caregiver')).toContain('written for you, the person who helps someone with their health');
    // Clinicians and students read the same article without any guide.
    for (const audience of ['physician', 'nurse', 'student'] as const) {
      const html = await pages.article(audience);
      expect(html).toContain('Short answer: yes');
      expect(html).not.toContain('class="card guide"');
      expect(html).not.toContain('written for you');
    }
  });

  it('says a reworded page was reworded automatically from the clinical text, and a page in the clinical words nothing of the kind', async () => {
    const pages = await articlePages();
    expect(await pages.article('patient')).toContain(' · reworded automatically from the clinical text');
    expect(await pages.article('physician')).not.toContain('reworded automatically');
    // The nurse reads the clinical text word for word: calling it reworded would tell them it was not reviewed as is.
    expect(await pages.article('nurse')).not.toContain('reworded automatically');
  });

  it('tells a lay reader on any device where the quoted sentence is: beside the point, or in the references a tap leads to', async () => {
    const pages = await articlePages();
    for (const audience of ['patient', 'caregiver'] as const) {
      const html = await pages.article(audience);
      expect(html).toContain('leads to that article in the references, which quote the exact sentence the point rests on.');
      expect(html).toContain('Point at the number, or move to it with the Tab key, to see that sentence beside the point.');
      // What the references then show: the quoted sentence of each cited point.
      expect(html).toMatch(/<div class="ref-quotes"><span class="ref-quotes-label">Sentences? quoted in this answer:/);
    }
  });

  it('shows a patient questions for their doctor but not the caregiver guide', async () => {
    const html = await (await articlePages()).article('patient');
    expect(html).toContain('Questions for your doctor');
    expect(html).toContain('Short answer: yes');
    expect(html).not.toContain('Reading this as a caregiver');
    expect(html).not.toContain('Short answer for caregivers');
  });

  it('heads a refusal "Not enough evidence" for clinicians and in plain words for patients', async () => {
    const pages = await articlePages('insufficient_evidence');
    expect(await pages.article('physician')).toContain('<h2>Not enough evidence</h2>');
    const patient = await pages.article('patient');
    expect(patient).toContain('<h2>No answer found in the research</h2>');
    expect(patient).not.toContain('Not enough evidence');
  });

  it('keeps only the questions that stand alone and the safety line when there is not enough evidence', async () => {
    const html = await (await articlePages('insufficient_evidence')).quick('caregiver');
    expect(html).toContain('<h2>No answer found in the research</h2>');
    expect(html).not.toContain('Not enough evidence');
    expect(html).toContain('<h2 id="guide-title">Questions to bring to their care team</h2>');
    expect(html).toContain('What signs should I watch for, and what should I do if I see them?');
    expect(html).toContain('Get help now:');
    expect(html).not.toContain('Does this apply to them');
    expect(html).not.toContain('Each point comes from');
  });
});

describe('directHeading', () => {
  it('says beside the short answer that it rests only on a study in animals, and nothing for studies of people', () => {
    const answer = answerFor('Is dexmedetomidine helpful in sepsis?', 'patient');
    expect(directHeading({ ...answer, evidenceSummary: 'This comes from one study in mice, not in people. What happens in animals often does not happen the same way in people.' })).toBe(
      'Short answer: yes (only from a study in mice, not from people)',
    );
    expect(directHeading({ ...answer, evidenceSummary: 'Based on 1 randomized controlled trial.' })).toBe('Short answer: yes');
  });
});
