/** Sign-in and sign-out. */
import type { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { authenticate, createSession, deleteSession, SESSION_TTL_MS } from '../../editorial/index.js';
import type { AppDeps } from '../app.js';
import { frameOf } from '../app.js';
import { loginFormSchema } from '../schemas.js';
import { clearSiteCookie, CSRF_COOKIE, SESSION_COOKIE, setSiteCookie, type AppEnv } from '../viewer.js';
import { renderLoginPage } from '../pages/login-page.js';
import { createSignInLimiter, DEFAULT_SIGN_IN_LIMITS } from '../sign-in-limiter.js';
import { clientAddress } from '../client-address.js';


const minutes = (seconds: number) => {
  const m = Math.ceil(seconds / 60);
  return `${m} minute${m === 1 ? '' : 's'}`;
};

/** Only same-site paths, so a crafted link cannot bounce a fresh sign-in to another site. */
export function safeNext(next: string | undefined): string {
  // Browsers drop tabs and newlines from URLs and read a backslash as a slash, so "/\t/evil.example" or "/\\evil.example"
  // would become "//evil.example", another site: a path may hold none of them, nor start with a second slash.
  return next !== undefined && /^\/(?![/\\])[^\\\u0000-\u0020\u007f]*$/.test(next) ? next : '/review';
}

/** What a staff-only page a reader was sent from is called, or undefined for any other page. */
export function staffPageName(path: string): string | undefined {
  const page = path.split(/[?#]/, 1)[0] ?? '';
  if (page === '/review') return 'the review desk';
  if (page.startsWith('/admin/')) return 'the people page';
  if (/^\/articles\/[^/]+\/edit$/.test(page)) return 'the edit page';
  return undefined;
}

/** Registers /login and /logout. */
export function registerAuthRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/login', async (c) => {
    const noAccounts = (await deps.editorial.store.listUsers()).length === 0;
    const next = safeNext(c.req.query('next'));
    // Sent here from a staff page (the review desk, people, an edit form): the page says why, not just "Sign in".
    const wanted = c.req.query('next') === next ? staffPageName(next) : undefined;
    return c.html(renderLoginPage({ frame: frameOf(c), next, noAccounts, ...(wanted ? { wanted } : {}) }));
  });

  const limits = deps.signInLimits ?? DEFAULT_SIGN_IN_LIMITS;
  const limiter = createSignInLimiter(limits);
  const now = () => (deps.editorial.clock?.() ?? new Date()).getTime();

  app.post('/login', async (c) => {
    const form = loginFormSchema.parse(await c.req.parseBody());
    const next = safeNext(form.next);
    const key = `${form.email.trim().toLowerCase()}|${clientAddress(c, deps.trustedProxies)}`;
    // Checked before the password, so a locked pair learns nothing even from the right one.
    const wait = limiter.retryAfter(key, now());
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      const error = `Too many failed sign-in attempts for this email. For your account's safety, sign-in is paused: try again in ${minutes(wait)}.`;
      return c.html(renderLoginPage({ frame: frameOf(c), next, email: form.email, error }), 429);
    }
    // Counted as a failure before the (slow) password check, so parallel guesses cannot slip past the limit.
    limiter.recordFailure(key, now());
    const user = form.email && form.password ? await authenticate(deps.editorial, form.email, form.password) : null;
    if (!user) {
      const page = renderLoginPage({ frame: frameOf(c), next, email: form.email, error: 'The email or password is not right, or the account is disabled.' });
      return c.html(page, 401);
    }
    limiter.reset(key);
    const { token } = await createSession(deps.editorial, user);
    setSiteCookie(c, SESSION_COOKIE, token, Math.floor(SESSION_TTL_MS / 1000));
    clearSiteCookie(c, CSRF_COOKIE);
    return c.redirect(next, 303);
  });

  app.post('/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(deps.editorial, token);
    clearSiteCookie(c, SESSION_COOKIE);
    return c.redirect('/', 303);
  });
}
