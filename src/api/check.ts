import { Responses, type ResponseBody, type ResponseName } from '@/api/schemas';
import type { z } from '@/api/zod';

/** A response body read and checked against its schema, or why it could not be. */
export type Checked<Body = unknown> =
  | { ok: true; data: Body }
  | { ok: false; problem: 'not-json' }
  | { ok: false; problem: 'schema'; field: string; message: string };

/** What the page asks the checking worker (`check-worker.ts`), and what it answers. */
export type CheckRequest = { id: number; name: ResponseName; text: string };
export type CheckAnswer = Checked & { id: number };

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );

/** Each schema typed by its name, so that the schema a generic `name` picks checks `ResponseBody<name>`. */
const schemas: { [Name in ResponseName]: z.ZodType<ResponseBody<Name>> } = Responses;

/** Parses a response body as JSON and checks it against the named response schema. */
export function check<Name extends ResponseName>(name: Name, text: string): Checked<ResponseBody<Name>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const parsed = schemas[name].safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    problem: 'schema',
    field: issue ? fieldPath(issue.path) || '(root)' : '(root)',
    message: issue?.message ?? '',
  };
}
