import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** What went wrong, in terms a page can act on. */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'too-large'
  | 'network'
  | 'server';

/** One broken rule, as the API reports it in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

export interface DescribedError {
  kind: ErrorKind;
  /** A sentence to show the user. */
  message: string;
  fields: FieldProblem[];
  /** When a rate-limited caller may try again, if the API says (a locked sign-in does). */
  retryAfterSeconds?: number;
}

const kindByCode: Record<string, ErrorKind> = {
  BAD_USER_INPUT: 'invalid',
  GRAPHQL_VALIDATION_FAILED: 'invalid',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not-found',
  CONFLICT: 'conflict',
  RATE_LIMITED: 'rate-limited',
  PAYLOAD_TOO_LARGE: 'too-large',
};

const genericMessages: Record<ErrorKind, string> = {
  invalid: 'Some of the details need correcting.',
  unauthenticated: 'Your session has ended. Sign in again.',
  forbidden: 'Your role does not give access to this.',
  'not-found': 'That record no longer exists.',
  conflict: 'That conflicts with something already stored.',
  'rate-limited': 'Too many attempts in a short time. Wait a minute, then try again.',
  'too-large': 'That is too much to send at once. Shorten it and try again.',
  network: 'Fulcrum cannot be reached. Check your connection and try again.',
  server:
    'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
};

export function describeError(error: unknown): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.['code'] === 'string' ? first.extensions['code'] : '';
    const kind = kindByCode[code] ?? 'server';
    const fields = error.errors.flatMap((problem) => readFields(problem.extensions?.['fields']));
    // Input and conflict messages from the API name the field and the rule: worth showing as is.
    const message =
      (kind === 'invalid' || kind === 'conflict' || kind === 'not-found') && first?.message
        ? sentence(first.message)
        : genericMessages[kind];
    const retryAfter = first?.extensions?.['retryAfterSeconds'];
    return {
      kind,
      message,
      fields,
      ...(typeof retryAfter === 'number' ? { retryAfterSeconds: retryAfter } : {}),
    };
  }
  if (ServerError.is(error)) {
    const kind: ErrorKind =
      error.statusCode === 413 ? 'too-large' : error.statusCode === 429 ? 'rate-limited' : 'server';
    return { kind, message: genericMessages[kind], fields: [] };
  }
  // fetch rejects with a TypeError when the server cannot be reached.
  return { kind: 'network', message: genericMessages.network, fields: [] };
}

export function genericMessage(kind: ErrorKind): string {
  return genericMessages[kind];
}

/** `input.text` and `text` name the same form field. */
export function formFieldOf(path: string): string {
  return path.replace(/^input\./, '');
}

/**
 * The first message per form field, for the fields a form shows; problems about other fields
 * are returned separately so the form can show them in its summary instead of losing them.
 */
/** A form's own words for a field's rule: fixed text, or a rewrite of the API's message. */
export type FieldMessageOverrides<F extends string> = Partial<
  Record<F, Partial<Record<string, string | ((message: string) => string)>>>
>;

export function fieldMessages<F extends string>(
  problems: readonly FieldProblem[],
  formFields: readonly F[],
  overrides: FieldMessageOverrides<F> = {},
): { byField: Partial<Record<F, string>>; other: FieldProblem[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: FieldProblem[] = [];
  for (const problem of problems) {
    const field = formFieldOf(problem.field) as F;
    if (!formFields.includes(field)) {
      other.push(problem);
      continue;
    }
    const override = overrides[field]?.[problem.rule];
    byField[field] ??=
      typeof override === 'function'
        ? override(problem.message)
        : (override ?? sentence(problem.message));
  }
  return { byField, other };
}

function readFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (entry): entry is FieldProblem =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as FieldProblem).field === 'string' &&
        typeof (entry as FieldProblem).message === 'string',
    )
    .map((entry) => ({
      field: entry.field,
      rule: String(entry.rule ?? ''),
      message: entry.message,
    }));
}

/** "text must not be empty" → "Text must not be empty." */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
