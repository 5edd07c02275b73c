import { describe, expect, it } from 'vitest';
import { newUserSchema } from './users.js';

const person = { email: 'Eve@Example.org', role: 'reviewer', password: 'correct horse battery' };

describe('a new person', () => {
  it('is named as the name reads: bidi overrides, control and zero-width characters dropped from name and credentials', () => {
    const parsed = newUserSchema.parse({ ...person, name: ' Eve \u202EreganaM\u200B ', credentials: 'MD\u202E, FACP\u0007' });
    expect(parsed).toMatchObject({ email: 'eve@example.org', name: 'Eve reganaM', credentials: 'MD, FACP' });
  });

  it('drops a pasted terminal colour code whole, not leaving "[31m" once its escape character is gone', () => {
    const parsed = newUserSchema.parse({ ...person, name: 'Eve \u001b[31mRed\u001b[0m', credentials: '\u001b[1mMD\u001b[0m' });
    expect(parsed).toMatchObject({ name: 'Eve Red', credentials: 'MD' });
  });

  it('keeps a right-to-left name as it is written', () => {
    expect(newUserSchema.parse({ ...person, name: 'مريم الحسيني' }).name).toBe('مريم الحسيني');
  });

  it('refuses a name that is nothing but hidden characters, and one longer than 200 characters', () => {
    expect(newUserSchema.safeParse({ ...person, name: '\u202E\u200B ' }).error?.issues[0]?.message).toBe('is empty');
    expect(newUserSchema.safeParse({ ...person, name: 'N'.repeat(201) }).error?.issues[0]?.message).toBe('is longer than 200 characters');
  });
});
