import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { withoutReaderFrame } from './reader-frame.js';

const words = (question: string) => analyzeQuestion(question).concepts.map((c) => c.word);

describe('withoutReaderFrame', () => {
  it.each([
    ['I read online that sharing health records cuts down on repeat scans. Is that true?', 'sharing health records reduce repeat scans.'],
    ["I've always wondered, do patients like it when their GP calls them by their first name?", 'do patients like it when their GP calls them by their first name?'],
    ['Someone told me women who had IVF end up with more caesareans, is that a real thing?', 'women who had IVF have more caesareans'],
    ['My doctor said my levels are off, is that bad?', 'my levels are off, is that bad?'],
    ['Is it true that drinking with meals is better for the heart?', 'drinking with meals is better for the heart?'],
    ["What's the deal with supraglottic airways in kids?", 'supraglottic airways in kids?'],
    ['My blood pressure always seems higher when the doctor takes it. Is that a real thing?', 'My blood pressure higher when the doctor takes it.'],
    ['The pain keeps coming back, what can I do?', 'The pain keeps , what can I do?'],
    ['Is erlotinib useful in lung cancer that came back after chemotherapy?', 'Is erlotinib useful in lung cancer that after chemotherapy?'],
    // "come back" asked after a modal or "do" is the condition recurring; "Does that mean" only asks what follows.
    ["My polyp was removed whole. Does that mean it probably won't come back?", "My polyp was removed whole. it won't recurrence?"],
    ['Will my shingles come back after the jab?', 'Will my shingles recurrence after the jab?'],
    ['My test results came back clear, would this mean that I can stop the tablets?', 'My test results clear, I can stop the tablets?'],
  ])('reads "%s" without its frame', (question, rest) => {
    expect(withoutReaderFrame(question)).toBe(rest);
  });

  it('leaves a question without a frame as it is', () => {
    for (const q of ['Does the doctor measure blood pressure higher than the nurse?', 'Is back pain common after epidural analgesia?', 'Can a nurse perform cystoscopy as accurately as a urologist?', 'What did the study read as true positives?']) {
      expect(withoutReaderFrame(q)).toBe(q);
    }
  });
});

describe('analyzeQuestion with a reader\'s frame', () => {
  it('keeps the subjects and drops the words of where the reader heard it and how sure they are', () => {
    expect(words('My blood pressure always seems higher when the doctor takes it than when the nurse does. Is that a real thing?')).toEqual(['blood', 'pressure', 'higher', 'doctor', 'takes', 'nurse']);
    expect(words('I read online that leptin levels tell you how lung cancer will go. Is that true?')).not.toContain('online');
    expect(words('Does adding entinostat to erlotinib help people with lung cancer that came back?')).toEqual(['entinostat', 'erlotinib', 'help', 'people', 'lung', 'cancer']);
    // The recurring asked about is a subject the evidence writes as "recurrence"; the frame words are none.
    expect(words('The mole was cut out with clear margins. Does that mean it probably will not come back?')).toEqual(['mole', 'cut', 'clear', 'margins', 'recurrence']);
    // "back" of the body stays a subject.
    expect(words('Is back pain common after an epidural?')).toContain('back');
  });

  it('reads the question\'s form as before: a truth tag keeps a yes/no question yes/no', () => {
    expect(analyzeQuestion('I read online that metformin helps with weight loss. Is that true?').type).toBe('yesno');
    expect(words("What's the deal with supraglottic airways in kids?")).not.toContain('deal');
  });
});
