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

/** What a question form says once sent, while the answer is found and written (the site's script shows it). */
export const ASKING_NOTE = 'Searching the research and writing the answer: this can take a few seconds.';

/**
 * The status line of a question form (a form with data-busy-note): empty until the form is sent, when the site's script
 * writes the note in it; a polite live region, so screen readers announce it and a reader knows the press was taken
 * (not role="status", which names the page's one notice of what was done: "Submitted for review.").
 */
export function BusyNote() {
  return <p class="busy-note" aria-live="polite" data-busy></p>;
}
