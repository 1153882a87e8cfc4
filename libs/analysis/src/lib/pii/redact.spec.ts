import { passesIbanCheck, passesLuhn } from './checksums';
import { redactPii } from './redact';

describe('Luhn check', () => {
  it('accepts valid card numbers and rejects a one-digit change', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('5500005555555559')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });

  it('rejects non-digits and the empty string', () => {
    expect(passesLuhn('4111-1111')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });
});

describe('IBAN check', () => {
  it('accepts a valid IBAN with or without spaces and rejects a changed digit', () => {
    expect(passesIbanCheck('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(passesIbanCheck('DE89370400440532013000')).toBe(true);
    expect(passesIbanCheck('GB82 WEST 1234 5698 7654 33')).toBe(false);
  });
});

describe('redactPii', () => {
  it('masks e-mail addresses', () => {
    expect(redactPii('Write to jane.doe+help@example.co.uk today').text).toBe(
      'Write to [EMAIL] today',
    );
  });

  it('masks a card number only when it passes the Luhn check', () => {
    expect(redactPii('card 4111 1111 1111 1111 please').text).toBe('card [CARD] please');
    expect(redactPii('ref 4111 1111 1111 1112').text).not.toContain('[CARD]');
  });

  it('masks IBANs and numbers after "account"', () => {
    expect(redactPii('IBAN GB82 WEST 1234 5698 7654 32 thanks').text).toBe('IBAN [IBAN] thanks');
    expect(redactPii('my account number: 12345678').text).toBe('my account number: [ACCOUNT]');
  });

  it('masks phone numbers in common formats', () => {
    expect(redactPii('call +44 20 7946 0958').text).toBe('call [PHONE]');
    expect(redactPii('or 555-123-4567 after 5').text).toBe('or [PHONE] after 5');
    expect(redactPii('reach me on 07700 900985.').text).toBe('reach me on [PHONE].');
    expect(redactPii('ring 0161 496 0000 or 01632 960001').text).toBe('ring [PHONE] or [PHONE]');
  });

  it('leaves dates, times, amounts and short reference numbers alone', () => {
    const text = 'On 2024-03-01 10:30 I paid $1500 for order 769.';
    expect(redactPii(text).text).toBe(text);
  });

  it('reports where each placeholder now stands, without the original value', () => {
    const { text, redactions } = redactPii('mail a@b.io or call +1 212 555 0100');
    expect(redactions).toEqual([
      { type: 'email', start: 5, end: 12 },
      { type: 'phone', start: 21, end: 28 },
    ]);
    expect(redactions.map((redaction) => text.slice(redaction.start, redaction.end))).toEqual([
      '[EMAIL]',
      '[PHONE]',
    ]);
  });
});
