/**
 * The lay reader's guide beside an answer: how to read the cited points, questions to take to the care team and
 * when to get help at once. It makes no medical claim of its own, so it is the same for every question.
 */
import { shownVerdict, type Answer } from '../../domain/index.js';

/** The direct answer's heading: caregivers are told the short answer is worded for them. */
export function directHeading(answer: Answer): string {
  const label = answer.audience === 'caregiver' ? 'Short answer for caregivers' : 'Short answer';
  // A verdict resting only on animal or cell studies says so in the heading itself.
  return answer.verdict ? `${label}: ${shownVerdict(answer.verdict, answer.evidenceSummary)}` : label;
}

/** The worded-for line under the audience picker, saying whom a lay answer addresses. */
export function wordedForNote(answer: Answer): string | undefined {
  if (answer.audience === 'caregiver') return 'written for you, the person who helps someone with their health';
  if (answer.audience === 'patient') return 'written for you, in plain words';
  return undefined;
}

// The first question asks about the answer's points, so it is left out when there are none.
type Guide = { title: string; reading: string; askTitle: string; questions: string[]; urgent: string; closing?: string };

// What the [n] after a point does, for a mouse, a keyboard and a phone alike: on a phone there is nothing to point with,
// and a tap follows the link to the reference, which quotes the sentence too.
const READING_THE_NUMBERS =
  'Each point comes from a published research article. The number after it, like [1], leads to that article in the ' +
  'references, which quote the exact sentence the point rests on. Point at the number, or move to it with the Tab ' +
  'key, to see that sentence beside the point.';

// Questions and safety advice are general on purpose: they fit any answer and claim nothing about a condition.
const GUIDES: Partial<Record<Answer['audience'], Guide>> = {
  caregiver: {
    title: 'Reading this as a caregiver',
    reading: `${READING_THE_NUMBERS} The research describes other people, so not every point may apply to the person you care for.`,
    askTitle: 'Questions to bring to their care team',
    questions: [
      'Does this apply to them, with their other conditions and medicines?',
      'What signs should I watch for, and what should I do if I see them?',
      'How can I help with their treatment at home?',
      'Who do I call with a question, including at night or at the weekend?',
    ],
    urgent:
      'If they suddenly get much worse, or you are worried about their safety or your own, call your local emergency ' +
      'number. Do not wait for an appointment or for an answer here.',
    closing: 'Caring for someone is demanding: their care team can also tell you where to find support for yourself.',
  },
  patient: {
    title: 'Reading this answer',
    reading: `${READING_THE_NUMBERS} The research describes other people, so not every point may apply to you.`,
    askTitle: 'Questions for your doctor',
    questions: [
      'Does this apply to me, with my other conditions and medicines?',
      'What are my options, and what are the benefits and risks of each?',
      'What signs should I watch for, and when should I call you?',
    ],
    urgent: 'If you suddenly feel much worse, call your local emergency number. Do not wait for an appointment or for an answer here.',
  },
};

/** The guide card for a patient or caregiver answer; nothing for clinicians and students. */
export function ReaderGuide(props: { answer: Answer }) {
  const guide = GUIDES[props.answer.audience];
  if (!guide) return null;
  const answered = props.answer.status === 'answered';
  // Without points there is nothing to read or to apply: the guide keeps the questions that stand alone and the safety line.
  const questions = answered ? guide.questions : guide.questions.slice(1);
  return (
    <aside class="card guide" aria-labelledby="guide-title">
      <h2 id="guide-title">{answered ? guide.title : guide.askTitle}</h2>
      {answered ? <p>{guide.reading}</p> : null}
      {answered ? <h3>{guide.askTitle}</h3> : null}
      <ul class="questions">
        {questions.map((q) => (
          <li>{q}</li>
        ))}
      </ul>
      <p class="urgent" role="note">
        <strong>Get help now:</strong> {guide.urgent}
      </p>
      {guide.closing ? <p class="meta">{guide.closing}</p> : null}
    </aside>
  );
}
