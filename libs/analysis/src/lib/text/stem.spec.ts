import { MAX_STEMMED_LENGTH, stem } from './stem';

describe('stem', () => {
  it('stems words', () => {
    expect(stem('waiting')).toBe('wait');
  });

  it(`keeps a token longer than ${MAX_STEMMED_LENGTH} characters as it is (no word is that long)`, () => {
    const token = 'x1'.repeat(5_000);
    expect(stem(token)).toBe(token);
  });
});
