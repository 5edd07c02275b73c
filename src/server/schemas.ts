import { z } from 'zod';
import { AUDIENCES, canonicalPmid, ClinqError, foldAudienceName, PMID_RULE } from '../domain/index.js';
import { ROLES } from '../editorial/index.js';
import { jsonKind, shownValue, slipFor, withoutTerminalEscapes } from '../lib/index.js';

// C0/C1 control characters (bar tab and newlines, which checkQuestion folds into spaces) would be stored in the
// article's question and title and drawn as boxes; nobody means them, so they are dropped where questions enter.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// Half of a surrogate pair is no character at all (JSON's "\ud800" can carry one): stored, it becomes bytes that are not
// UTF-8 and is drawn as "���"; nobody types one, so it is dropped like a control character.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) change how the text around them is
// drawn: "\u202E?tuog" shows as "gout?" reversed, so a stored title could show reviewers something other than what it
// says. Right-to-left questions need none of them (the pages set dir="auto"); the LRM/RLM marks are kept.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

// Invisible characters pasted in from web pages and word processors: in a stored title they make two questions that read
// the same differ, and inside a word ("aspi\u00ADrin") they keep search from finding it. A zero-width space stands
// between words, so it becomes a space; the others (word joiner, BOM, soft hyphen, Mongolian vowel separator) sit within
// them and go. Zero-width (non-)joiners are kept: emoji sequences and Persian and Indic scripts need them.
const ZERO_WIDTH_SPACE = /\u200B/g;
const INVISIBLE_IN_WORDS = /[\u00AD\u180E\u2060\uFEFF]/g;

/**
 * A question as typed: a string without control characters, bidi overrides, invisible characters or lone surrogates
 * (length and content are checked by checkQuestion). `required` is said when it is missing; a value of another type is
 * named ("must be a string, not a number").
 */
export const questionText = (required: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? required : `must be a string, not ${jsonKind(issue.input)}`) })
    // U+FFFD is what a decoder makes of bytes that were not UTF-8 (a form sent as Latin-1, %E9 in a URL): the character
    // the person typed is lost, so the question is refused rather than stored as "caf� gout".
    .refine((q) => !q.includes('\uFFFD'), 'has bytes that are not UTF-8 text (sent in another encoding?); send it as UTF-8')
    .transform((q) =>
      // Colour codes first, whole: dropping only their ESC (a control character) would leave "[31m" in the question.
      withoutTerminalEscapes(q)
        .replace(LONE_SURROGATES, '')
        .replace(CONTROL_CHARS, '')
        .replace(BIDI_CONTROLS, '')
        .replace(ZERO_WIDTH_SPACE, ' ')
        .replace(INVISIBLE_IN_WORDS, ''),
    );

/** An optional audience name, in any case ("Patient"): folded to clinq's name, or refused listing the valid ones. */
export function audienceSchema() {
  return z.preprocess(foldAudienceName, z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` }).optional());
}

/** Body of POST /api/answers; the question's length and content are checked again by checkQuestion. */
export const answerRequestSchema = z.object(
  {
    question: questionText('is required and must be a string'),
    audience: audienceSchema(),
  },
  { error: 'body: must be a JSON object like {"question": "What causes gout?"}' },
);

/** A key or parameter name as an error quotes it: cut to 60 characters, what cannot be seen written as \\uXXXX. */
const quotedKey = (key: string): string => shownValue(key);

/**
 * The keys of a JSON body that a schema does not know, named with the nearest known key a slip away ("audiance": did you
 * mean "audience"?), or null when there are none. Zod drops unknown keys without a word, so a typo'd optional field
 * would silently take its default (a patient's question answered for physicians).
 */
export function unknownKeysMessage(raw: unknown, known: readonly string[]): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const unknown = Object.keys(raw).filter((k) => !known.includes(k));
  if (unknown.length === 0) return null;
  const named = unknown.slice(0, 5).map((k) => {
    const shown = quotedKey(k);
    const near = slipFor(k, known);
    return near ? `${shown} (did you mean "${near}"?)` : shown;
  });
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  const keys = known.map((k) => `"${k}"`).join(' and ');
  return `body: unknown key${unknown.length === 1 ? '' : 's'} ${named.join(', ')}${more}; the keys are ${keys}`;
}

/**
 * A query parameter that looks like a slip for one the route reads ("?audiance=patient"), named with it, or null. Other
 * parameters (a cache-buster) are passed over, as the site's pages pass them over; a slip would be dropped without a word
 * and the answer worded for physicians.
 */
export function misspeltQueryParameter(query: Record<string, string>, known: readonly string[]): string | null {
  for (const key of Object.keys(query)) {
    if (known.includes(key)) continue;
    const near = slipFor(key, known);
    if (near) return `query: unknown parameter ${quotedKey(key)} (did you mean "${near}"?); this route reads ${known.map((k) => `"${k}"`).join(', ')}`;
  }
  return null;
}

/** The query parameters GET /api/answers/:id and its follow-ups read. */
export const READER_QUERY = ['audience'] as const;

/** The keys POST /api/answers reads. */
export const ANSWER_REQUEST_KEYS = ['question', 'audience'] as const;

/** A PubMed identifier in a path, read as ingest stores it (canonicalPmid: "000123" is 123). */
export const pmidSchema = z.string().transform((text, ctx) => {
  const pmid = canonicalPmid(text);
  if (pmid === null) ctx.addIssue({ code: 'custom', message: `pmid: must be ${PMID_RULE}` });
  return pmid ?? '';
});

/** An editorial article id (a UUID) in a path. */
/** How many subjects GET /api/corpus and the corpus page list unless asked (`limit`). */
export const DEFAULT_COVERAGE_LIMIT = 50;
/** The `limit` query parameter of GET /api/corpus: a whole number from 1 to 1000. */
export const coverageLimitSchema = z
  .string()
  .regex(/^\d{1,4}$/u, { error: 'limit: must be a whole number from 1 to 1000' })
  .transform(Number)
  .refine((n) => n >= 1 && n <= 1000, { error: 'limit: must be a whole number from 1 to 1000' });

export const articleIdSchema = z.uuid({ error: 'id: must be an article id (a UUID)' });

/** A slug in a path: what slugify produces. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);

/** A version number in a path or form. */
export const versionSchema = z.coerce.number().int().min(1).max(100_000);

/** The ask form on the home page. */
export const askFormSchema = z.object({
  question: questionText('is required'),
  audience: z.preprocess(foldAudienceName, z.enum(AUDIENCES).optional()).catch(undefined),
});

/** The longest follow-up question: it is asked with the article's concepts added, and titles its own article. */
const MAX_FOLLOW_UP_CHARS = 500;

/** The follow-up form under an article. */
export const followUpFormSchema = z.object({
  // Worded as the ask form's refusals are: what is wrong, with the length and the limit.
  question: questionText('is required').pipe(
    z.string().trim().superRefine((q, ctx) => {
      const message =
        q.length === 0
          ? 'is empty; ask something, e.g. "What about treatment?"'
          : q.length < 3
            ? `is too short (${q.length} character${q.length === 1 ? '' : 's'}); ask a whole question, e.g. "What about treatment?"`
            : q.length > MAX_FOLLOW_UP_CHARS
              ? `is ${q.length.toLocaleString('en-US')} characters long; the limit for a follow-up is ${MAX_FOLLOW_UP_CHARS}`
              : null;
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
  ),
});

/** A workflow action form (submit, approve, ...); `version` is the version the person saw. */
export const actionFormSchema = z.object({
  version: versionSchema.optional(),
  comment: z.string().trim().max(4000).optional(),
});

/** The comment-on-a-point form. */
export const commentFormSchema = z.object({
  version: versionSchema,
  point: z.string().max(40),
  body: z.string(),
});

/** The sign-in form. */
export const loginFormSchema = z.object({
  email: z.string().max(320).default(''),
  password: z.string().max(1024).default(''),
  next: z.string().max(500).optional(),
});

/** The change-role form. */
export const roleFormSchema = z.object({ role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }) });

/** The disable/enable form. */
export const disableFormSchema = z.object({
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
  // Sent by the confirmation step's button; disabling without it shows that step first.
  confirm: z.literal('yes').optional(),
});

/** The admin's set-a-new-password form: whose (a user id), and the new password typed twice; its strength is checked by resetPassword. */
export const passwordFormSchema = z.object({
  user: z.uuid({ error: 'is not one of the accounts' }),
  password: z.string().default(''),
  repeat: z.string().default(''),
});

/** Turns a zod failure into one readable message: each issue as `field: problem`, the field named once. */
export function issuesText(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const field = i.path.join('.');
      return field && !i.message.startsWith(`${field}:`) ? `${field}: ${i.message}` : i.message;
    })
    .join('; ');
}

/** The version an edit or regeneration starts from, and an optional note for the history. */
export const revisionFormSchema = z.object({
  version: versionSchema,
  comment: z.string().trim().max(4000).optional(),
});

/** A parsed edit form: new texts by point ('direct' or 'section.point') and the points to remove. */
export type EditForm = z.infer<typeof revisionFormSchema> & { texts: Map<string, string>; remove: Set<string> };

const TEXT_FIELD = /^text\.(direct|\d{1,3}\.\d{1,3})$/;

/** Reads the edit form (parsed with `all: true`): `text.<point>` fields and repeated `remove` checkboxes. */
export function parseEditForm(body: Record<string, unknown>): EditForm {
  const head = revisionFormSchema.safeParse(body);
  if (!head.success) throw new ClinqError('invalid_request', issuesText(head.error));
  const texts = new Map<string, string>();
  for (const [name, value] of Object.entries(body)) {
    const match = TEXT_FIELD.exec(name);
    if (!match) continue;
    if (typeof value !== 'string') throw new ClinqError('invalid_request', `${name}: must be one text`);
    texts.set(match[1] as string, value);
  }
  const removals = body.remove === undefined ? [] : Array.isArray(body.remove) ? body.remove : [body.remove];
  const remove = new Set<string>();
  for (const value of removals) {
    if (typeof value !== 'string' || value.length > 10) throw new ClinqError('invalid_request', 'remove: must name points');
    remove.add(value);
  }
  return { ...head.data, texts, remove };
}
