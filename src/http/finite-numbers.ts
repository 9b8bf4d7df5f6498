/**
 * Refuses a path or query number that is not finite (issue 21, defect 3). ajv's type coercion turns the string
 * `1e309` into `Infinity` and then skips `minimum`/`maximum` for a non-finite number, so `?limit=1e309` or
 * `/entries/-1e309` would pass any bounded integer schema. After validation, a non-finite number in `params`
 * or `query` can only have come from that coercion: it is answered as the validation error it is.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SchemaProblem } from './validation-messages.ts';
import { itemAt } from '../platform/arrays.ts';

function nonFinite(values: unknown, context: string): Array<SchemaProblem & { context: string }> {
  if (!values || typeof values !== 'object') return [];
  const out: Array<SchemaProblem & { context: string }> = [];
  for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
    const list = Array.isArray(value) ? value : [value];
    if (list.some((v) => typeof v === 'number' && !Number.isFinite(v))) {
      out.push({ context, keyword: 'finite', instancePath: `/${key}`, schemaPath: `#/properties/${key}`, params: {}, message: 'must be finite' });
    }
  }
  return out;
}

/**
 * Adds the root `preHandler` hook that refuses non-finite coerced numbers.
 *
 * @param app - the root Fastify instance (before the modules register their routes)
 */
export function refuseNonFiniteNumbers(app: FastifyInstance): void {
  app.addHook('preHandler', async (request: FastifyRequest) => {
    const problems = [...nonFinite(request.params, 'params'), ...nonFinite(request.query, 'querystring')];
    if (problems.length === 0) return;
    const err = new Error('non-finite number') as Error & { validation: SchemaProblem[]; validationContext: string; statusCode: number };
    err.validation = problems;
    err.validationContext = itemAt(problems, 0).context;
    err.statusCode = 400;
    throw err;
  });
}
