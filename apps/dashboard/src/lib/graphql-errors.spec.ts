import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describeError, fieldMessages, sentence } from './graphql-errors';

const graphQLError = (code: string, message: string, fields?: unknown) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }],
  });

describe('describeError', () => {
  it('keeps the API message and field problems for invalid input', () => {
    const described = describeError(
      graphQLError('BAD_USER_INPUT', 'Invalid input: text must not be empty.', [
        { field: 'text', rule: 'notBlank', message: 'text must not be empty' },
      ]),
    );
    expect(described).toEqual({
      kind: 'invalid',
      message: 'Invalid input: text must not be empty.',
      fields: [{ field: 'text', rule: 'notBlank', message: 'text must not be empty' }],
    });
  });

  it.each([
    ['UNAUTHENTICATED', 'unauthenticated'],
    ['FORBIDDEN', 'forbidden'],
    ['RATE_LIMITED', 'rate-limited'],
    ['PAYLOAD_TOO_LARGE', 'too-large'],
    ['INTERNAL_SERVER_ERROR', 'server'],
  ])('tells %s apart as %s, with a message written for people', (code, kind) => {
    const described = describeError(graphQLError(code, 'raw server words'));
    expect(described.kind).toBe(kind);
    expect(described.message).not.toContain('raw server words');
  });

  it('treats a failed fetch as the network being unreachable', () => {
    expect(describeError(new TypeError('Failed to fetch')).kind).toBe('network');
  });

  it('reads HTTP 413 and 429 answers as too large and rate limited', () => {
    // jsdom has no fetch Response; ServerError reads only the status from it.
    const response = (status: number) => ({ status }) as Response;
    expect(describeError(new ServerError('', { response: response(413), bodyText: '' })).kind).toBe(
      'too-large',
    );
    expect(describeError(new ServerError('', { response: response(429), bodyText: '' })).kind).toBe(
      'rate-limited',
    );
  });

  it('ignores malformed field lists rather than failing', () => {
    expect(
      describeError(graphQLError('BAD_USER_INPUT', 'bad', [{ nope: 1 }, 'text'])).fields,
    ).toEqual([]);
  });
});

describe('fieldMessages', () => {
  const problems = [
    { field: 'input.text', rule: 'maxLength', message: 'text must be at most 10,000 characters' },
    { field: 'teamId', rule: 'exists', message: 'teamId names no known team' },
    { field: 'text', rule: 'notBlank', message: 'text must not be empty' },
    {
      field: 'source',
      rule: 'isIn',
      message: 'source must be external_customer or internal_customer',
    },
  ];

  it('puts the first message for each form field beside it, whether or not the path starts with input.', () => {
    const { byField } = fieldMessages(problems, ['text', 'teamId'] as const);
    expect(byField).toEqual({
      text: 'Text must be at most 10,000 characters.',
      teamId: 'TeamId names no known team.',
    });
  });

  it('prefers the form’s own words for a known rule', () => {
    const { byField } = fieldMessages(problems, ['teamId'] as const, {
      teamId: { exists: 'That team no longer exists. Choose another team.' },
    });
    expect(byField.teamId).toBe('That team no longer exists. Choose another team.');
  });

  it('returns problems about fields the form does not show, so none is lost', () => {
    const { other } = fieldMessages(problems, ['text'] as const);
    expect(other.map((problem) => problem.field)).toEqual(['teamId', 'source']);
  });
});

describe('sentence', () => {
  it('capitalises and ends with a full stop once', () => {
    expect(sentence('text must not be empty')).toBe('Text must not be empty.');
    expect(sentence('Already a sentence.')).toBe('Already a sentence.');
  });
});

describe('fieldMessages overrides', () => {
  it('rewrites an API message with a function, and replaces it with fixed text', () => {
    const problems = [
      { field: 'input.keywords', rule: 'pattern', message: 'keyword "a-b" is bad' },
      { field: 'name', rule: 'unique', message: 'name is already taken' },
    ];
    expect(
      fieldMessages(problems, ['keywords', 'name'], {
        keywords: { pattern: (message) => `Rewritten: ${message}` },
        name: { unique: 'Another theme has this name' },
      }).byField,
    ).toEqual({
      keywords: 'Rewritten: keyword "a-b" is bad',
      name: 'Another theme has this name',
    });
  });
});
