/** The editorial policy: how articles are made and reviewed, and what each status and date means. */
import { Layout, type PageFrame } from './layout.js';

/** Renders the editorial policy page. */
export function renderEditorialPolicyPage(model: { frame: PageFrame }) {
  return (
    <Layout title="Editorial policy · clinq" frame={model.frame}>
      <article class="card prose" aria-labelledby="policy-title">
        <h1 id="policy-title">Editorial policy</h1>
        <p>
          Every clinq article answers one question from published research. The text is assembled from sentences of
          PubMed abstracts, and each statement carries a numbered citation: hover over or focus the number to read the
          source sentence, or follow it (tap it on a phone) to the reference list, which quotes the sentence too, and on
          to PubMed.
        </p>
        <h2>How an article is reviewed</h2>
        <ol>
          <li>A question asked on the site becomes a <strong>draft</strong> article.</li>
          <li>An editor reads the draft and <strong>submits</strong> it for review.</li>
          <li>
            A member of our Medical Advisory Board (a reviewer with the credentials shown on the page) takes it
            <strong> under review</strong>, checks every statement against its source, and comments on points.
          </li>
          <li>
            The reviewer either <strong>approves</strong> the version, or <strong>requests changes</strong>, which sends
            it back to the editors.
          </li>
        </ol>
        <p>
          Editors may reword the short answer and the points, or remove points, but never change a citation or the
          source sentence it quotes, nor add a number the sentence does not give or drop a number, negation or hedge it has;
          regenerating answers the question again from the current collection of abstracts.
          When an approved article is edited or regenerated, the new version goes through review again. Until it is
          approved, readers keep seeing the last approved version. Older versions and their reviews stay viewable from
          the article's version list.
        </p>
        <h2>What each status means</h2>
        <dl>
          <dt>Draft</dt>
          <dd>Written from the evidence but not yet checked by an editor; shown with the pending-review notice.</dd>
          <dt>Submitted</dt>
          <dd>An editor has checked the draft and asked the Medical Advisory Board to review it.</dd>
          <dt>Under Review</dt>
          <dd>A reviewer is checking the article against its sources.</dd>
          <dt>Approved</dt>
          <dd>A reviewer has approved this version; their name, credentials and the date are shown on the page.</dd>
          <dt>Changes requested</dt>
          <dd>A reviewer found something to fix; the article goes back to its editors and is reviewed again.</dd>
        </dl>
        <p>Every change of status is recorded with who made it, when, and any comment, so each decision can be traced.</p>
        <p>
          Until a version is approved, the page says that the content is pending human review and is for educational
          purposes, and asks search engines not to index it.
        </p>
        <h2>What the dates mean</h2>
        <dl>
          <dt>Last updated</dt>
          <dd>When the text of the version you are reading was written (generated from the evidence or edited).</dd>
          <dt>Last reviewed by … on …</dt>
          <dd>Who approved the version you are reading, and on which day.</dd>
        </dl>
        <h2>Reading for you</h2>
        <p>
          “Which best describes you?” rewords an article automatically for patients, caregivers, students or nurses:
          plainer words, shorter sentences, terms explained. Reviewers approve the clinical text that physicians read;
          the rewording is made from it, keeps its citations and sources, and is not itself reviewed line by line.
        </p>
        <h2>Not medical advice</h2>
        <p>
          Articles summarise research for education. They do not replace a consultation with a qualified health
          professional who knows your situation.
        </p>
      </article>
    </Layout>
  );
}
