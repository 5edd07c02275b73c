/** Small pieces shared by the site's forms. */
import type { Viewer } from '../viewer.js';
import { CSRF_FIELD } from '../viewer.js';

/** The hidden CSRF token every POST form carries. */
export function CsrfField(props: { viewer: Viewer }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.viewer.csrf} />;
}

/** A date as "12 March 2025" (UTC), inside a <time> element. */
export function DateText(props: { iso: string }) {
  const date = new Date(props.iso);
  const text = Number.isNaN(date.getTime())
    ? props.iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return <time datetime={props.iso}>{text}</time>;
}
