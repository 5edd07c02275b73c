import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterz', hash)).toBe(false);
  });

  it('salts every hash, so equal passwords hash differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('never keeps the password in the hash', async () => {
    expect(await hashPassword('plain secret words')).not.toContain('plain');
  });

  it('rejects malformed stored hashes instead of throwing', async () => {
    expect(await verifyPassword('anything long', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('anything long', 'scrypt$32768$8$1$c2FsdA==$c2hvcnQ=')).toBe(false);
  });
});
