import { findPii } from './find-pii';
import { redactPii } from './redact';

const masked = (text: string) => redactPii(text).text;
const unchanged = (text: string) => expect(masked(text)).toBe(text);

describe('masking names', () => {
  it('masks a name after a sign-off', () => {
    expect(masked('Thanks for the refund. Cheers, Hassan Robinson')).toBe(
      'Thanks for the refund. Cheers, [NAME]',
    );
    expect(masked('Kind regards,\nSamantha Hughes')).toBe('Kind regards,\n[NAME]');
  });

  it('masks a name after a title, with the title', () => {
    expect(masked('Please ask Dr Patel to call me.')).toBe('Please ask [NAME] to call me.');
    expect(masked('Send it to Mr J. Thompson today')).toBe('Send it to [NAME] today');
  });

  it('masks the name in an addressed greeting and in "my name is"', () => {
    expect(masked('Hi Sarah, thanks for your help.')).toBe('Hi [NAME], thanks for your help.');
    expect(masked('Hello, my name is Joanna Smith.')).toBe('Hello, my name is [NAME].');
  });

  it('masks a name after "speak to" or a role, even one the lexicon does not know', () => {
    expect(masked('I spoke to Tariq on Monday')).toBe('I spoke to [NAME] on Monday');
    expect(masked('Your agent Raj hung up. Raj was rude.')).toBe(
      'Your agent [NAME] hung up. [NAME] was rude.',
    );
  });

  it('masks a name alone on its line after "Cheers." but not the next sentence after "Thank you."', () => {
    expect(masked('Sorted now. Cheers. Abigail')).toBe('Sorted now. Cheers. [NAME]');
    unchanged('It is fixed. Thank you. Really appreciated.');
  });

  it('masks a capitalised word before a given name inside a sentence, as its first name', () => {
    expect(masked('My manager is Callum Martin.')).toBe('My manager is [NAME].');
    expect(masked('Honestly Sarah was great')).toBe('Honestly [NAME] was great');
  });

  it('masks a given name without a cue, with the surname after it', () => {
    expect(masked('Sarah Jones said the refund was approved')).toBe(
      '[NAME] said the refund was approved',
    );
  });

  it('leaves a department after a capitalised role word, and a brand after "Thanks,", alone', () => {
    unchanged('I want to escalate to Customer Relations.');
    unchanged('Thanks, Amazon delivered faster than you.');
  });

  it('leaves teams, policies, products, months, weekdays and sentence-initial words alone', () => {
    unchanged('Thanks, Support Team');
    unchanged('Kind regards, The Billing Team');
    unchanged('Dear Customer, thank you for contacting us.');
    unchanged('The Refunds Need A Receipt policy is ridiculous.');
    unchanged('Honestly, March was bad and Monday was worse.');
    unchanged('The Galaxy S24 arrived cracked; Will someone call?');
    unchanged('Victoria station is the nearest pickup point, not George Street.');
  });
});

describe('masking addresses and postcodes', () => {
  it('masks a UK street address and postcode', () => {
    expect(masked('I moved to Flat 3, 27 Acacia Avenue, Reading RG1 4QT.')).toBe(
      'I moved to [ADDRESS], Reading [POSTCODE].',
    );
  });

  it('masks a US street address and a ZIP code after its state', () => {
    expect(masked('Ship to 123 Main St, Apt 4B, Brooklyn, NY 11201.')).toBe(
      'Ship to [ADDRESS], Brooklyn, NY [POSTCODE].',
    );
  });

  it('leaves a street named without a house number, and five-digit numbers, alone', () => {
    unchanged('The Oxford Street branch was out of stock.');
    unchanged('I have 10000 loyalty points.');
  });
});

describe('masking national ids', () => {
  it('masks a UK NI number, spaced or not, and in lower case after "NI number"', () => {
    expect(masked('My NI number is QQ 12 34 56 C.')).toBe('My NI number is [NATIONAL_ID].');
    expect(masked('ni no ab123456c')).toBe('ni no [NATIONAL_ID]');
  });

  it('masks an NHS number after "NHS number" as a national id', () => {
    expect(masked('My NHS number is 943 476 5919.')).toBe('My NHS number is [NATIONAL_ID].');
  });

  it('masks a US SSN as a national id, not as a phone number', () => {
    expect(masked('SSN 123-45-6789 please')).toBe('SSN [NATIONAL_ID] please');
  });
});

describe('masking payment details', () => {
  it('masks a card number after "card" even when a typo breaks its Luhn check', () => {
    expect(masked('card number 4111 1111 1111 1112, expiry 09/27')).toBe(
      'card number [CARD], expiry 09/27',
    );
  });

  it('masks a CVV after "CVV" or "security code"', () => {
    expect(masked('CVV 123')).toBe('CVV [CVV]');
    expect(masked('the security code is 987.')).toBe('the security code is [CVV].');
  });

  it('masks a lower-case IBAN and an account number after "my account is"', () => {
    expect(masked('iban gb82west12345698765432 thx')).toBe('iban [IBAN] thx');
    expect(masked('my account is 9876543')).toBe('my account is [ACCOUNT]');
  });
});

describe('masking phone numbers', () => {
  it('masks a seven-digit local number after "call me on"', () => {
    expect(masked('Call me on 555-0134 after six')).toBe('Call me on [PHONE] after six');
  });

  it("leaves a business's 0800 or 0345 number alone", () => {
    unchanged('I called 0800 123 4567 and 0345 600 1234 for hours.');
  });
});

describe('what is never masked', () => {
  it('leaves an order number alone, even one shaped like a phone number', () => {
    unchanged('Where is order 123-456-7890?');
    unchanged('My order number is 112-3344556-7788990.');
  });

  it('leaves an invoice number and other prefixed references alone', () => {
    unchanged('Invoice INV-2023-000123 is wrong; see complaint CMP-2024-0042.');
    unchanged('Ticket 4567890 and case number 00123456 are still open.');
  });

  it('leaves dates, times, prices and quantities alone', () => {
    unchanged('Ordered on 2024-03-15 at 10:30, due 15/03/2024; charged £1,234.56 for 2,500 units.');
  });

  it('leaves ids inside links, and UUIDs, alone', () => {
    unchanged('See https://shop.example.com/orders/987654321/items?id=1234567890 please');
    unchanged('Item 00000000-0000-4000-8000-000000000001 was merged twice.');
  });

  it('reports spans in the original text, sorted, none overlapping', () => {
    const text = 'Hi Sarah, call 07700 900985 or write to sam@example.com';
    expect(findPii(text).map((span) => [span.type, text.slice(span.start, span.end)])).toEqual([
      ['name', 'Sarah'],
      ['phone', '07700 900985'],
      ['email', 'sam@example.com'],
    ]);
  });
});

describe('e-mail addresses', () => {
  const emails = (text: string) =>
    findPii(text)
      .filter((span) => span.type === 'email')
      .map((span) => text.slice(span.start, span.end));

  it('finds an address among @handles, and one right after another "@"', () => {
    expect(emails('@united @delta write to ops.team+x@mail.example.co.uk @jetblue')).toEqual([
      'ops.team+x@mail.example.co.uk',
    ]);
    expect(emails('a@b@example.org')).toEqual(['b@example.org']);
  });

  it('takes at most 64 characters of local part, and no address without a dotted domain', () => {
    expect(emails(`${'x'.repeat(70)}@example.com`)).toEqual([`${'x'.repeat(64)}@example.com`]);
    expect(emails('ping me @ home or at me@localhost')).toEqual([]);
  });
});
