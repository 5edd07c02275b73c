import { describe, expect, it } from 'vitest';
import { fakeAnswer } from '../test-harness.js';
import { editErrorText } from './edit-page.js';

describe('a refused edit on the edit page', () => {
  const version = { answer: fakeAnswer('Does colchicine help gout?') };

  it('names the point as the form labels it, not by its key', () => {
    expect(editErrorText('edit: point 0.0 is empty; tick "Remove this point" to remove it', version)).toBe(
      'Treatment, point 1 is empty; tick "Remove this point" to remove it.',
    );
    expect(editErrorText("edit: point direct gives 100, which its cited sentence does not; reword it so it says what its cited sentence says", version)).toBe(
      'The short answer gives 100, which its cited sentence does not; reword it so it says what its cited sentence says.',
    );
  });

  it('drops the prefix of any other reason, and ends it as a sentence', () => {
    expect(editErrorText('edit: nothing was changed; reword the short answer or a point, or remove a point, then save', version)).toBe(
      'Nothing was changed; reword the short answer or a point, or remove a point, then save.',
    );
  });
});
