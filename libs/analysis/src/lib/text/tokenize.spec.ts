import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps offsets so evidence can quote the original text', () => {
    const { tokens } = tokenize('Still waiting, since Monday!');
    expect(tokens.map((token) => [token.norm, token.start, token.end])).toEqual([
      ['still', 0, 5],
      ['waiting', 6, 13],
      ['since', 15, 20],
      ['monday', 21, 27],
    ]);
  });

  it('stems words so inflections match ("waited" and "waiting" share a stem)', () => {
    const [waited, waiting] = tokenize('waited waiting').tokens;
    expect(waited.stem).toBe(waiting.stem);
  });

  it('normalises contractions written without an apostrophe ("dont" → "don\'t")', () => {
    expect(tokenize('I dont know, it wont work').tokens.map((token) => token.norm)).toEqual([
      'i',
      "don't",
      'know',
      'it',
      "won't",
      'work',
    ]);
  });

  it('skips links, @handles and HTML entities', () => {
    expect(
      tokenize('@support see https://example.com/x &amp; reply').tokens.map((token) => token.norm),
    ).toEqual(['see', 'reply']);
  });

  it('splits clauses at punctuation and "but", and marks what follows "but" as contrasted', () => {
    const { tokens } = tokenize('Good food, but slow service. Fine.');
    const byWord = Object.fromEntries(tokens.map((token) => [token.norm, token]));
    expect(byWord.good.clause).not.toBe(byWord.slow.clause);
    expect(byWord.good.contrasted).toBe(false);
    expect(byWord.slow.contrasted).toBe(true);
    expect(byWord.fine.contrasted).toBe(false);
  });

  it('reads emoticons and emoji as tokens, numbers as <num>', () => {
    const { tokens } = tokenize('waited 3 hours :( 😡');
    expect(tokens.map((token) => token.stem)).toEqual(['wait', '<num>', 'hour', ':(', '😡']);
  });

  it('marks words written in capitals and sentences ending in a question mark', () => {
    const { tokens, questions, exclamations } = tokenize('This is AWFUL! Can you help?');
    expect(tokens.find((token) => token.norm === 'awful')?.shouted).toBe(true);
    expect(tokens.find((token) => token.norm === 'help')?.questioned).toBe(true);
    expect(tokens.find((token) => token.norm === 'awful')?.questioned).toBe(false);
    expect({ questions, exclamations }).toEqual({ questions: 1, exclamations: 1 });
  });
});

describe('tokenize redacted text', () => {
  it('keeps redaction placeholders as their own kind, so "[EMAIL]" is not the word "email"', () => {
    const [placeholder, word] = tokenize('[EMAIL] email').tokens;
    expect(placeholder).toMatchObject({ kind: 'redacted', norm: '[email]' });
    expect(word).toMatchObject({ kind: 'word', norm: 'email' });
  });

  it('reads every kind of placeholder as one token', () => {
    const { tokens } = tokenize('[NAME] [ADDRESS] [POSTCODE] [NATIONAL_ID] [CVV]');
    expect(tokens.map((token) => token.kind)).toEqual(Array(5).fill('redacted'));
  });
});
