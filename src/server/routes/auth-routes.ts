/** Sign-in and sign-out. */
import type { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { authenticate, createSession, deleteSession, SESSION_TTL_MS } from '../../editorial/index.js';
import type { AppDeps } from '../app.js';
import { frameOf } from '../app.js';
import { loginFormSchema } from '../schemas.js';
import { clearSiteCookie, CSRF_COOKIE, SESSION_COOKIE, setSiteCookie, type AppEnv } from '../viewer.js';
import { renderLoginPage } from '../pages/login-page.js';

/** Only same-site paths, so a crafted link cannot bounce a fresh sign-in to another site. */
export function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/review';
}

/** Registers /login and /logout. */
export function registerAuthRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/login', (c) => c.html(renderLoginPage({ frame: frameOf(c), next: safeNext(c.req.query('next')) })));

  app.post('/login', async (c) => {
    const form = loginFormSchema.parse(await c.req.parseBody());
    const next = safeNext(form.next);
    const user = form.email && form.password ? await authenticate(deps.editorial, form.email, form.password) : null;
    if (!user) {
      const page = renderLoginPage({ frame: frameOf(c), next, email: form.email, error: 'The email or password is not right, or the account is disabled.' });
      return c.html(page, 401);
    }
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
