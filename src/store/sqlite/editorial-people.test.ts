import { beforeEach, describe, expect, it } from 'vitest';
import { ClinqError } from '../../domain/index.js';
import {
  SESSION_TTL_MS,
  addUser,
  authenticate,
  changeRole,
  createSession,
  deleteSession,
  disableUser,
  findSession,
  hashToken,
  listUsers,
  type EditorialContext,
  type EditorialStore,
  type User,
} from '../../editorial/index.js';
import { editorialFixture, seedUser } from './editorial-test-fixtures.js';

let store: EditorialStore;
let ctx: EditorialContext;
let time: ReturnType<typeof editorialFixture>['time'];

beforeEach(() => {
  ({ store, ctx, time } = editorialFixture());
});

async function expectCode(promise: Promise<unknown>, code: ClinqError['code']): Promise<void> {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof ClinqError && e.code === code);
}

const ana = { email: 'Ana.Ruiz@Example.org', name: 'Ana Ruiz', credentials: 'MD, FACP', role: 'reviewer', password: 'a long passphrase' };

describe('adding people', () => {
  it('stores a validated person with a lower-cased email and lets them sign in', async () => {
    const user = await addUser(ctx, ana, 'system');
    expect(user).toMatchObject({ email: 'ana.ruiz@example.org', role: 'reviewer', credentials: 'MD, FACP', disabled: false });
    expect(await authenticate(ctx, 'ANA.RUIZ@example.org', 'a long passphrase')).toMatchObject({ id: user.id });
    expect(await authenticate(ctx, 'ana.ruiz@example.org', 'a wrong passphrase')).toBeNull();
    expect(await authenticate(ctx, 'nobody@example.org', 'a long passphrase')).toBeNull();
  });

  it('rejects a malformed email, a short password and an unknown role', async () => {
    await expectCode(addUser(ctx, { ...ana, email: 'not-an-email' }, 'system'), 'invalid_request');
    await expectCode(addUser(ctx, { ...ana, password: 'short pass' }, 'system'), 'invalid_request');
    await expectCode(addUser(ctx, { ...ana, role: 'owner' }, 'system'), 'invalid_request');
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, 'editorial: user rejected: email: is not an email address'],
    ['a short password', { password: 'short pass' }, 'editorial: user rejected: password: must have at least 12 characters'],
    ['an unknown role', { role: 'owner' }, 'editorial: user rejected: role: must be one of admin, reviewer, editor'],
  ])('names the field once when it rejects %s', async (_name, change, message) => {
    await expect(addUser(ctx, { ...ana, ...change }, 'system')).rejects.toThrow(message);
  });

  it('refuses a second person with the same email', async () => {
    await addUser(ctx, ana, 'system');
    await expectCode(addUser(ctx, { ...ana, email: 'ana.ruiz@example.org' }, 'system'), 'conflict');
  });

  it('lets admins but not editors add people', async () => {
    const admin = await seedUser(store, 'admin');
    const editor = await seedUser(store, 'editor');
    await expectCode(addUser(ctx, ana, editor), 'forbidden');
    expect((await addUser(ctx, ana, admin)).name).toBe('Ana Ruiz');
    await expectCode(listUsers(ctx, editor), 'forbidden');
    expect(await listUsers(ctx, admin)).toHaveLength(3);
  });
});

describe('administering people', () => {
  let admin: User;
  let editor: User;
  beforeEach(async () => {
    admin = await seedUser(store, 'admin');
    editor = await seedUser(store, 'editor');
  });

  it('changes a role', async () => {
    await changeRole(ctx, { actor: admin, userId: editor.id, role: 'reviewer' });
    expect((await store.findUser(editor.id))?.role).toBe('reviewer');
  });

  it('refuses to demote or disable the last active admin', async () => {
    await expectCode(changeRole(ctx, { actor: admin, userId: admin.id, role: 'editor' }), 'conflict');
    await expectCode(disableUser(ctx, { actor: admin, userId: admin.id }), 'conflict');
  });

  it('disables an account, ending its sessions, and can enable it again', async () => {
    const { token } = await createSession(ctx, editor);
    await disableUser(ctx, { actor: admin, userId: editor.id });
    expect(await findSession(ctx, token)).toBeNull();
    expect((await store.findUser(editor.id))?.disabled).toBe(true);
    await disableUser(ctx, { actor: admin, userId: editor.id, disabled: false });
    expect((await store.findUser(editor.id))?.disabled).toBe(false);
  });

  it('refuses a disabled person at sign-in', async () => {
    const user = await addUser(ctx, ana, 'system');
    await disableUser(ctx, { actor: 'system', userId: user.id });
    expect(await authenticate(ctx, ana.email, ana.password)).toBeNull();
  });

  it('reports an unknown person as not_found', async () => {
    await expectCode(changeRole(ctx, { actor: admin, userId: 'ghost', role: 'editor' }), 'not_found');
  });
});

describe('sessions', () => {
  let editor: User;
  beforeEach(async () => {
    editor = await seedUser(store, 'editor');
  });

  it('finds the session and its user by bearer token, storing only the token hash', async () => {
    const { token, session } = await createSession(ctx, editor);
    expect(session.id).toBe(hashToken(token));
    expect(session.id).not.toContain(token);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const found = await findSession(ctx, token);
    expect(found?.user.id).toBe(editor.id);
    expect(found?.session.csrfSecret).toBe(session.csrfSecret);
  });

  it('expires a session after its lifetime', async () => {
    const { token } = await createSession(ctx, editor);
    time.advance(SESSION_TTL_MS - 1000);
    expect(await findSession(ctx, token)).not.toBeNull();
    time.advance(2000);
    expect(await findSession(ctx, token)).toBeNull();
  });

  it('ends a session on logout and ignores unknown or missing tokens', async () => {
    const { token } = await createSession(ctx, editor);
    await deleteSession(ctx, token);
    expect(await findSession(ctx, token)).toBeNull();
    expect(await findSession(ctx, 'made-up')).toBeNull();
    expect(await findSession(ctx, undefined)).toBeNull();
  });

  it('sweeps expired sessions', async () => {
    await createSession(ctx, editor, { ttlMs: 1000 });
    await createSession(ctx, editor);
    time.advance(5000);
    expect(await store.deleteExpiredSessions(time.clock().toISOString())).toBe(1);
  });
});
