import { copyText } from './copy-stage';

describe('copyText', () => {
  it('writes NULL as \\N and escapes the backslash, tab and line breaks COPY reads as separators', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText(undefined)).toBe('\\N');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  });

  it('keeps a text that looks like NULL as text, and writes numbers and booleans as PostgreSQL reads them', () => {
    expect(copyText('\\N')).toBe('\\\\N');
    expect(copyText(0.25)).toBe('0.25');
    expect(copyText(false)).toBe('false');
  });
});
