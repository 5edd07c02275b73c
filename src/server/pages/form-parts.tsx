/** Small pieces shared by the site's forms. */
import type { Viewer } from '../viewer.js';
import { CSRF_FIELD } from '../viewer.js';

/** The hidden CSRF token every POST form carries. */
export function CsrfField(props: { viewer: Viewer }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.viewer.csrf} />;
}

/** A date as "12 March 2025" (UTC), or with `withTime` "12 March 2025, 09:30 UTC", inside a <time> element. */
export function DateText(props: { iso: string; withTime?: boolean }) {
  const date = new Date(props.iso);
  if (Number.isNaN(date.getTime())) return <time datetime={props.iso}>{props.iso}</time>;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return <time datetime={props.iso}>{props.withTime ? `${day}, ${time} UTC` : day}</time>;
}
