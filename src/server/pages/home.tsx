/** The home page: a question box and, when asked, the cited answer. */
import { AUDIENCES, type Answer, type Audience } from '../../domain/index.js';
import { Layout } from './layout.js';
import { AnswerView } from './answer-view.js';

/** Renders the home page, with the answer when there is one. */
export function renderHomePage(props: { articles: number; answer?: Answer }) {
  const { answer } = props;
  const audience: Audience = answer?.audience ?? 'physician';
  return (
    <Layout title={answer ? `${answer.question} · clinq` : 'clinq: evidence-grounded medical answers'}>
      <h1>{answer ? answer.question : 'Ask a medical question'}</h1>
      <form class="ask" method="get" action="/" role="search">
        <label for="q" class="skip">Question</label>
        <input id="q" type="text" name="q" required maxlength={2000} value={answer?.question ?? ''}
          placeholder="e.g. What is the treatment of gout?" />
        <label for="audience" class="skip">Which best describes you?</label>
        <select id="audience" name="audience">
          {AUDIENCES.map((a) => (
            <option value={a} selected={a === audience}>{a[0]!.toUpperCase() + a.slice(1)}</option>
          ))}
        </select>
        <button type="submit">Ask</button>
      </form>
      {answer ? <AnswerView answer={answer} /> : (
        <p class="meta">Answers are drawn from {props.articles.toLocaleString('en-US')} PubMed records; every point cites the paper it comes from.</p>
      )}
    </Layout>
  );
}
