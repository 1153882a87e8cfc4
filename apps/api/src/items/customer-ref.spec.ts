import { isContactData, pseudonymousRef } from './customer-ref';
import { pseudonymFor } from './pseudonym';

describe('customer references', () => {
  it.each([
    'jane.doe@example.org',
    ' Jane.Doe@Example.ORG ',
    '+44 20 7946 0958',
    '(020) 7946-0958',
  ])('treats %p as contact data', (ref) => expect(isContactData(ref)).toBe(true));

  it.each(['C-1a2b3c4d5e6f', 'CUST-42', 'zendesk:98765', '12345'])(
    'keeps %p, which is already a reference',
    (ref) => expect(isContactData(ref)).toBe(false),
  );

  it('replaces contact data with the pseudonym the public form would store', () => {
    expect(pseudonymousRef('jane.doe@example.org', 'key')).toBe(
      pseudonymFor('jane.doe@example.org', 'key'),
    );
    expect(pseudonymousRef('CUST-42', 'key')).toBe('CUST-42');
  });
});
