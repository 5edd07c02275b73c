/** The sign-in page for editors, reviewers and admins. */
import { Layout, type PageFrame } from './layout.js';
import { CsrfField } from './form-parts.js';

/**
 * Renders the sign-in form, with an error when the last attempt failed; `noAccounts` (a fresh install) says how the
 * first account is made, as the site has no sign-up.
 */
export function renderLoginPage(model: { frame: PageFrame; next: string; error?: string; email?: string; noAccounts?: boolean; wanted?: string }) {
  return (
    <Layout title="Sign in · clinq" frame={model.frame} noindex>
      <section class="card narrow" aria-labelledby="login-title">
        <h1 id="login-title">Sign in</h1>
        {model.wanted ? (
          <p class="meta">Sign in to open {model.wanted}: it is for editors, reviewers and administrators. Readers do not need an account.</p>
        ) : (
          <p class="meta">For editors, reviewers and administrators. Readers do not need an account.</p>
        )}
        {model.noAccounts ? (
          <p class="banner" role="note">
            No accounts exist yet. Whoever runs this site adds the first administrator on the server with{' '}
            <code>clinq user add --role admin EMAIL</code>; administrators then add everyone else.
          </p>
        ) : null}
        {model.error ? <p class="error" role="alert">{model.error}</p> : null}
        <form method="post" action="/login" class="stack">
          <CsrfField viewer={model.frame.viewer} />
          <input type="hidden" name="next" value={model.next} />
          <label for="login-email">Email</label>
          <input id="login-email" type="email" name="email" required autocomplete="username" value={model.email ?? ''} />
          <label for="login-password">Password</label>
          <input id="login-password" type="password" name="password" required autocomplete="current-password" />
          <button type="submit" class="primary">Sign in</button>
        </form>
      </section>
    </Layout>
  );
}
