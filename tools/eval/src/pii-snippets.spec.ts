import { loadPiiSnippets, parseMarkedSnippet } from './pii-snippets';

describe('labelled masking snippets', () => {
  it('turns "{kind|text}" marks into spans of the unmarked text', () => {
    const { text, expected } = parseMarkedSnippet('Hi {name|Sarah}, call {phone|07700 900985}.');
    expect(text).toBe('Hi Sarah, call 07700 900985.');
    expect(expected.map((span) => [span.type, text.slice(span.start, span.end)])).toEqual([
      ['name', 'Sarah'],
      ['phone', '07700 900985'],
    ]);
  });

  it('reads both sets beside the analysis tests, with no mark left unparsed', () => {
    const snippets = [...loadPiiSnippets('labelled'), ...loadPiiSnippets('heldout')];
    expect(snippets.length).toBeGreaterThanOrEqual(380);
    expect(snippets.filter(({ text }) => /\{[a-z-]+\|/.test(text))).toEqual([]);
  });
});
