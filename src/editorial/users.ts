import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ClinqError } from '../domain/index.js';
import { withoutPastedControls } from '../lib/index.js';
import { nowOf } from './apply-action.js';
import { hashPassword } from './passwords.js';
import { canManageUsers } from './permissions.js';
import { ROLES, type EditorialContext, type Role, type User } from './types.js';

// A reviewer's name and credentials are printed on every article they approve: a bidi override in them ("Eve \u202EreganaM"
// reads "Eve Manager") would change how the name, and the text after it on the line, reads to every reader. Nobody's name
// needs one (right-to-left names are drawn right by the pages' dir="auto"), nor a control or zero-width character.
// A name is one line: tabs and line breaks go too.
// A pasted terminal colour code ("\u001b[31m") goes whole: stripping only its ESC left "[31m" in the name.
const shownText = () => z.string().transform((text) => withoutPastedControls(text).replace(/[\t\n\r]/g, '').trim());

/** What `clinq user add` and the admin page send to create a person. */
export const newUserSchema = z.object({
  email: z.email({ error: 'is not an email address' }).transform((email) => email.trim().toLowerCase()),
  name: shownText().pipe(z.string().min(1, 'is empty').max(200, 'is longer than 200 characters')),
  credentials: shownText().pipe(z.string().max(200, 'is longer than 200 characters')).default(''),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
  password: z.string().min(12, 'must have at least 12 characters').max(1024, 'is longer than 1024 characters'),
});
/** A validated new person. */
export type NewUser = z.infer<typeof newUserSchema>;

/** Who runs an admin command: a signed-in user (must be admin), or 'system' for the trusted local CLI. */
export type AdminActor = User | 'system';

function requireAdmin(actor: AdminActor, what: string): void {
  if (actor !== 'system' && !canManageUsers(actor)) {
    throw new ClinqError('forbidden', `editorial: ${actor.role} ${actor.email} may not ${what}`);
  }
}

/** Adds a person after validating the input (email format, password of 12+ characters); conflict if the email is taken. */
export async function addUser(ctx: EditorialContext, input: unknown, actor: AdminActor): Promise<User> {
  requireAdmin(actor, 'add users');
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ClinqError('invalid_request', `editorial: user rejected: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const { password, ...fields } = parsed.data;
  const user: User = { id: randomUUID(), ...fields, createdAt: nowOf(ctx), disabled: false };
  await ctx.store.insertUser(user, await hashPassword(password));
  return user;
}

/** Everyone, in the order they were added. */
export async function listUsers(ctx: EditorialContext, actor: AdminActor): Promise<User[]> {
  requireAdmin(actor, 'list users');
  return ctx.store.listUsers();
}

async function requireUser(ctx: EditorialContext, userId: string): Promise<User> {
  const user = await ctx.store.findUser(userId);
  if (!user) throw new ClinqError('not_found', `editorial: user ${userId} not found`);
  return user;
}

// Removing the last active admin would lock everyone out of user management.
async function keepAnAdmin(ctx: EditorialContext, leaving: User): Promise<void> {
  if (leaving.role !== 'admin' || leaving.disabled) return;
  const admins = (await ctx.store.listUsers()).filter((u) => u.role === 'admin' && !u.disabled);
  if (admins.length <= 1) {
    throw new ClinqError('conflict', `editorial: ${leaving.email} is the last active admin; make someone else an admin first`);
  }
}

/** Gives a person another role. */
export async function changeRole(
  ctx: EditorialContext,
  input: { actor: AdminActor; userId: string; role: Role },
): Promise<User> {
  requireAdmin(input.actor, 'change roles');
  const role = z.enum(ROLES).parse(input.role);
  const user = await requireUser(ctx, input.userId);
  if (role !== 'admin') await keepAnAdmin(ctx, user);
  await ctx.store.updateUser(user.id, { role });
  return { ...user, role };
}

/** Disables (or re-enables) an account; disabling also ends the person's sessions. */
export async function disableUser(
  ctx: EditorialContext,
  input: { actor: AdminActor; userId: string; disabled?: boolean },
): Promise<User> {
  requireAdmin(input.actor, 'disable users');
  const disabled = input.disabled ?? true;
  const user = await requireUser(ctx, input.userId);
  if (disabled) await keepAnAdmin(ctx, user);
  await ctx.store.updateUser(user.id, { disabled });
  if (disabled) await ctx.store.deleteSessionsOf(user.id);
  return { ...user, disabled };
}

/** Sets a new password (12+ characters) for the person with this email and ends their sessions; not_found if none. */
export async function resetPassword(
  ctx: EditorialContext,
  input: { actor: AdminActor; email: string; password: string },
): Promise<User> {
  requireAdmin(input.actor, 'reset passwords');
  const password = newUserSchema.shape.password.safeParse(input.password);
  if (!password.success) throw new ClinqError('invalid_request', `editorial: password: ${password.error.issues[0]?.message}`);
  const login = await ctx.store.findLogin(input.email.trim().toLowerCase());
  if (!login) throw new ClinqError('not_found', `editorial: no account has the email ${input.email}`);
  await ctx.store.updateUser(login.user.id, { passwordHash: await hashPassword(password.data) });
  // Whoever knew the old password is signed out everywhere.
  await ctx.store.deleteSessionsOf(login.user.id);
  return login.user;
}
