/** The editor's page for making a new version by rewording points or removing them; sources stay as they are. */
import type { Point } from '../../domain/index.js';
import { formatPointRef, type ArticleVersion, type EditorialArticle } from '../../editorial/index.js';
import { Layout, type PageFrame } from './layout.js';
import { CsrfField } from './form-parts.js';

/** What the edit page shows; `values` and `error` are set when a submitted edit is shown again. */
export type EditPageModel = {
  frame: PageFrame;
  article: EditorialArticle;
  version: ArticleVersion;
  values?: { texts: ReadonlyMap<string, string>; remove: ReadonlySet<string>; comment?: string };
  error?: string;
};

/**
 * A refused edit's reason as the editor reads it: without the "edit:" prefix, and points named as the form labels them
 * ("point 1.0 is empty" reads "Mechanism, point 1 is empty").
 */
export function editErrorText(message: string, version: Pick<ArticleVersion, 'answer'>): string {
  const sections = version.answer.sections;
  const text = message
    .replace(/^edit: /, '')
    .replace(/\bpoint direct\b/g, 'the short answer')
    .replace(/\bpoint (\d+)\.(\d+)\b/g, (whole, s: string, p: string) => {
      const title = sections[Number(s)]?.title;
      return title ? `${title}, point ${Number(p) + 1}` : whole;
    });
  // Shown as a sentence on the page: capital first, full stop last (the API keeps the bare message).
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?)”"]$/.test(sentence) ? sentence : `${sentence}.`;
}

// The sources a point rests on, read-only: the editor rewords, the citation stays.
function Sources(props: { point: Point }) {
  return (
    <ul class="sources" aria-label="Sources of this point (cannot be edited)">
      {props.point.citations.map((c) => (
        <li>
          <span class="source-n">[{c.n}]</span> “{c.quote}” <span class="meta">PMID {c.pmid}</span>
        </li>
      ))}
    </ul>
  );
}

function PointField(props: { id: string; label: string; point: Point; model: EditPageModel; removable: boolean; rows: number }) {
  const { id, point, model } = props;
  const key = id;
  const domId = `text-${key.replace('.', '-')}`;
  const text = model.values?.texts.get(key) ?? point.text;
  return (
    <div class="edit-point">
      <label for={domId}>{props.label}</label>
      <textarea id={domId} name={`text.${key}`} rows={props.rows} maxlength={2000}>{text}</textarea>
      <Sources point={point} />
      {props.removable ? (
        <label class="check">
          <input type="checkbox" name="remove" value={key} checked={model.values?.remove.has(key) ?? false} /> Remove this point
        </label>
      ) : null}
    </div>
  );
}

/** Renders the edit form for the article's current version. */
export function renderEditPage(model: EditPageModel) {
  const { article, version, frame } = model;
  const answer = version.answer;
  const base = `/articles/${article.slug}`;
  const next = version.number + 1;
  return (
    <Layout title={`Edit: ${article.question} · clinq`} frame={frame} noindex>
      <p class="crumb"><a href={base}>← Back to the article</a></p>
      <h1>Edit version {version.number}</h1>
      <p class="lede">{article.question}</p>
      <p class="prose">
        Reword the short answer and the points, or remove points. Citations and source sentences cannot be changed: each
        point must stay true to the sentence it cites, so wording that adds a number, or drops one, a “not” or a
        “may”, is refused. Saving makes version {next}
        {article.reviewState === 'approved'
          ? ', which goes back to review; readers keep seeing the approved version until the new one is approved.'
          : '.'}
      </p>
      {model.error ? <p class="error" role="alert">{editErrorText(model.error, version)}</p> : null}
      {answer.direct ? (
        <form method="post" action={`${base}/edit`} class="edit-form">
          <CsrfField viewer={frame.viewer} />
          <input type="hidden" name="version" value={String(version.number)} />
          <section class="card" aria-labelledby="edit-direct">
            <h2 id="edit-direct">Short answer</h2>
            <PointField id="direct" label="Text of the short answer" point={answer.direct} model={model} removable={false} rows={3} />
          </section>
          {answer.sections.map((section, s) => (
            <section class="card" aria-labelledby={`edit-section-${s}`}>
              <h2 id={`edit-section-${s}`}>{section.title}</h2>
              {section.points.map((point, p) => (
                <PointField
                  id={formatPointRef({ section: s, point: p })}
                  label={`${section.title}, point ${p + 1}`}
                  point={point}
                  model={model}
                  removable={true}
                  rows={3}
                />
              ))}
            </section>
          ))}
          <section class="card">
            <label for="edit-comment" class="field-label">What changed and why (kept in the history)</label>
            <textarea id="edit-comment" name="comment" rows={2} maxlength={4000}>{model.values?.comment ?? ''}</textarea>
            <div class="actions">
              <button type="submit" class="primary">Save as version {next}</button>
              <a href={base} class="button-link">Cancel</a>
            </div>
          </section>
        </form>
      ) : (
        <p class="card">This version found no evidence, so it has no points to edit. Regenerate it from the article page instead.</p>
      )}
    </Layout>
  );
}
