/** The admin's page of people: list, add, change role, disable or enable. */
import { ROLES, type User } from '../../editorial/index.js';
import { Layout, type PageFrame } from './layout.js';
import { CsrfField, DateText } from './form-parts.js';

/**
 * A fault about people as sentences for the admin: "editorial: user rejected: email: is not an email address" reads
 * "The email is not an email address." (about the person being added, so not readerMessage's "Your email").
 */
export function peopleMessage(message: string): string {
  const text = message.replace(/^editorial: /, '').replace(/^user rejected: /, '');
  return text
    .split('; ')
    .map((part) => {
      const field = /^([a-z]+): (.+)$/s.exec(part);
      const sentence = field ? `The ${field[1]} ${field[2]}` : part;
      // An email opening the sentence keeps its own spelling.
      const first = sentence.split(' ', 1)[0] ?? '';
      const capital = first.includes('@') ? sentence : sentence.charAt(0).toUpperCase() + sentence.slice(1);
      return /[.!?]$/.test(capital) ? capital : `${capital}.`;
    })
    .join(' ');
}

/** Renders the list of people and the forms that change them. */
export function renderAdminUsersPage(model: { frame: PageFrame; users: User[]; notice?: string; error?: string; confirmDisable?: User }) {
  const { viewer } = model.frame;
  return (
    <Layout title="People · clinq" frame={model.frame} noindex>
      <h1>People</h1>
      {model.notice ? <p class="notice" role="status">{model.notice}</p> : null}
      {model.error ? <p class="error" role="alert">{peopleMessage(model.error)}</p> : null}
      {model.confirmDisable ? <ConfirmDisable viewer={viewer} user={model.confirmDisable} users={model.users} /> : null}
      <section class="card" aria-labelledby="users-title">
        <h2 id="users-title">Accounts ({model.users.length})</h2>
        <div class="table-wrap">
          <table class="stack-table">
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Added</th></tr>
            </thead>
            <tbody>
              {model.users.map((u) => (
                <tr>
                  <td>{u.name}{u.credentials ? <span class="meta">, {u.credentials}</span> : null}</td>
                  <td data-label="Email">{u.email}</td>
                  <td data-label="Role">
                    <form method="post" action={`/admin/users/${u.id}/role`} class="inline">
                      <CsrfField viewer={viewer} />
                      <label for={`role-${u.id}`} class="visually-hidden">Role of {u.name}</label>
                      <select id={`role-${u.id}`} name="role">
                        {ROLES.map((r) => <option value={r} selected={r === u.role}>{r}</option>)}
                      </select>
                      <button type="submit" class="small">Change<span class="visually-hidden"> role of {u.name}</span></button>
                    </form>
                  </td>
                  <td data-label="Status">
                    {u.disabled ? (
                      <form method="post" action={`/admin/users/${u.id}/disable`} class="inline">
                        <CsrfField viewer={viewer} />
                        <input type="hidden" name="disabled" value="false" />
                        {'Disabled '}
                        <button type="submit" class="small">Enable<span class="visually-hidden"> {u.name}</span></button>
                      </form>
                    ) : (
                      // Disabling asks first, like setting a password: this only opens the confirmation step.
                      <form method="get" action="/admin/users" class="inline">
                        <input type="hidden" name="disable" value={u.id} />
                        {'Active '}
                        <button type="submit" class="small">Disable<span class="visually-hidden"> {u.name}</span></button>
                      </form>
                    )}
                  </td>
                  <td data-label="Added"><DateText iso={u.createdAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section class="card" aria-labelledby="add-title">
        <h2 id="add-title">Add a person</h2>
        <form method="post" action="/admin/users" class="stack">
          <CsrfField viewer={viewer} />
          <label for="new-email">Email</label>
          <input id="new-email" type="email" name="email" required />
          <label for="new-name">Name</label>
          <input id="new-name" type="text" name="name" required maxlength={200} />
          <label for="new-credentials">Credentials (e.g. MD, FACP)</label>
          <input id="new-credentials" type="text" name="credentials" maxlength={200} />
          <label for="new-role">Role</label>
          <select id="new-role" name="role">
            {ROLES.map((r) => <option value={r} selected={r === 'editor'}>{r}</option>)}
          </select>
          <label for="new-password">Password (at least 12 characters)</label>
          <input id="new-password" type="password" name="password" required minlength={12} autocomplete="new-password" />
          <button type="submit" class="primary">Add person</button>
        </form>
      </section>
      <section class="card" aria-labelledby="password-title">
        <h2 id="password-title">Set a new password</h2>
        <p class="meta">For someone who forgot theirs. They are signed out everywhere and sign in again with the new password.</p>
        <form method="post" action="/admin/users/password" class="stack">
          <CsrfField viewer={viewer} />
          <label for="password-user">Person</label>
          <select id="password-user" name="user" required>
            {/* No one is preselected, so a hurried submit cannot reset the first person listed (the admin themselves). */}
            <option value="" selected disabled>Choose a person</option>
            {model.users.map((u) => <option value={u.id}>{u.name} ({u.email})</option>)}
          </select>
          <label for="password-new">New password (at least 12 characters)</label>
          <input id="password-new" type="password" name="password" required minlength={12} maxlength={1024} autocomplete="new-password" />
          <label for="password-repeat">Repeat the new password</label>
          <input id="password-repeat" type="password" name="repeat" required minlength={12} maxlength={1024} autocomplete="new-password" />
          <button type="submit" class="primary">Set password and sign them out</button>
        </form>
      </section>
    </Layout>
  );
}

/** The step between the Disable button and disabling: who, what it does, and a Cancel that changes nothing. */
function ConfirmDisable(props: { viewer: PageFrame['viewer']; user: User; users: User[] }) {
  const { user } = props;
  const self = props.viewer.user?.id === user.id;
  // The store refuses to disable the last active admin; the step says so rather than offer a button that fails.
  const lastAdmin = user.role === 'admin' && props.users.filter((u) => u.role === 'admin' && !u.disabled).length === 1;
  if (lastAdmin) {
    return (
      <section class="card confirm" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{self ? 'Your account cannot be disabled' : `${user.name} cannot be disabled`}</h2>
        <p>
          {self ? 'You are' : `${user.name} (${user.email}) is`} the last active admin: without one, nobody could manage
          people. Make someone else an admin first.
        </p>
        <p><a href="/admin/users">Back to people</a></p>
      </section>
    );
  }
  return (
    <section class="card confirm" aria-labelledby="confirm-title">
      <h2 id="confirm-title">{self ? 'Disable your own account?' : `Disable ${user.name}?`}</h2>
      <p>
        {self
          ? `You (${user.email}) are signed out at once, here and everywhere, and cannot sign in until another admin enables the account again.`
          : `${user.name} (${user.email}) is signed out everywhere and cannot sign in until an admin enables the account again.`}{' '}
        {self ? 'Your' : 'Their'} articles, reviews and comments stay.
      </p>
      <form method="post" action={`/admin/users/${user.id}/disable`} class="inline">
        <CsrfField viewer={props.viewer} />
        <input type="hidden" name="disabled" value="true" />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="primary">{self ? 'Disable my account' : `Disable ${user.name}`}</button> <a href="/admin/users">Cancel</a>
      </form>
    </section>
  );
}
