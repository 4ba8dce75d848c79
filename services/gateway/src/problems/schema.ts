import { z } from 'zod';
import { PROBLEM_SLUGS, PROBLEM_TYPE_URIS } from './catalogue';

/** GET /problems/{type}: the path parameter. */
export const ProblemTypeParams = z.object({
  type: z.enum(PROBLEM_SLUGS).meta({ description: 'The last segment of a problem `type` URI.' }),
});

/** GET /problems/{type} as JSON: what a problem type means and what to do about it. */
export const ProblemTypeDoc = z
  .object({
    type: z.enum(PROBLEM_TYPE_URIS),
    title: z.string(),
    statuses: z.array(z.number().int()).meta({ description: 'The HTTP statuses that answer with this type.' }),
    explanation: z.string(),
    remedy: z.string(),
  })
  .meta({ id: 'ProblemType', description: 'The explanation of one problem type.' });
export type ProblemTypeDoc = z.infer<typeof ProblemTypeDoc>;
