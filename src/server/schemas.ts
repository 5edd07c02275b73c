import { z } from 'zod';
import { AUDIENCES } from '../domain/index.js';

/** Body of POST /api/answers; the question's length and content are checked again by checkQuestion. */
export const answerRequestSchema = z.object({
  question: z.string({ error: 'question: is required and must be a string' }),
  audience: z.enum(AUDIENCES, { error: `audience: must be one of ${AUDIENCES.join(', ')}` }).optional(),
});

/** A PubMed identifier in a path. */
export const pmidSchema = z.string().regex(/^\d{1,9}$/, 'pmid: must be 1 to 9 digits');
