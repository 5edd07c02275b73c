/** "Which best describes you?": the reader picks an audience and the answer is re-rendered for them. */
import { AUDIENCES, type Audience } from '../../domain/index.js';

/** "Patient", "Caregiver", ... */
export function audienceLabel(audience: Audience): string {
  return audience[0]!.toUpperCase() + audience.slice(1);
}

/**
 * A GET form of radio buttons; submits on change when JavaScript runs, with a button otherwise. `keep` names query
 * fields the page's address needs besides the audience (a quick answer's question, `q`).
 */
export function AudiencePicker(props: { action: string; audience: Audience; keep?: Record<string, string> }) {
  return (
    <form class="audience no-print" method="get" action={props.action} data-autosubmit>
      {Object.entries(props.keep ?? {}).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <fieldset>
        <legend>Which best describes you?</legend>
        <div class="pills">
          {AUDIENCES.map((a) => (
            <label class="pill">
              <input type="radio" name="audience" value={a} checked={a === props.audience} />
              <span>{audienceLabel(a)}</span>
            </label>
          ))}
          {/* With JavaScript the choice applies at once; without it, this button applies it. */}
          <noscript>
            <button type="submit" class="small">Show</button>
          </noscript>
        </div>
      </fieldset>
    </form>
  );
}
