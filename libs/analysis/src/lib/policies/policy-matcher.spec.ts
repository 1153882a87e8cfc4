import { tokenize } from '../text/tokenize';
import { PolicyMatcher, type PolicyDefinition } from './policy-matcher';

const policies: PolicyDefinition[] = [
  { id: 'refund-receipt', name: 'Refunds need a receipt', aliases: ['proof of purchase'] },
  { id: 'laptop-approval', name: 'Laptop requests need director approval', teams: ['IT'] },
  { id: 'overtime', name: 'Overtime' },
];
const matcher = new PolicyMatcher(policies);
const mentions = (text: string, team?: string) => matcher.find(tokenize(text), team);

describe('policy mentions', () => {
  it('links a policy by its name in other words and order, with the span as evidence', () => {
    const [mention] = mentions('They would not give a refund without the receipt.');
    expect(mention.policyId).toBe('refund-receipt');
    expect(mention.evidence[0].text).toBe('refund without the receipt');
    expect(mention.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('links a policy despite typos ("reciept", "aproval")', () => {
    expect(mentions('No refund without a reciept, they said')[0]?.policyId).toBe('refund-receipt');
    expect(mentions('my laptop request is stuck waiting for director aproval')[0]?.policyId).toBe(
      'laptop-approval',
    );
  });

  it('gives a typo a lower confidence than the exact word', () => {
    const exact = mentions('refund needs receipt')[0].confidence;
    const typo = mentions('refund needs reciept')[0].confidence;
    expect(typo).toBeLessThan(exact);
  });

  it('links a policy by an alias', () => {
    expect(mentions('I have no proof of purchase')[0]).toMatchObject({
      policyId: 'refund-receipt',
      matchedPhrase: 'proof of purchase',
    });
  });

  it('does not link on a generic word alone ("I need a refund")', () => {
    expect(mentions('I need a refund')).toEqual([]);
  });

  it('needs "rule" or "policy" when an alias is an everyday phrase plus that word', () => {
    const everyday = new PolicyMatcher([
      { id: 'callback', name: 'Password resets need a verified call', aliases: ['call-back rule'] },
      { id: 'returns', name: 'Returns within 30 days', aliases: ['returns policy'] },
    ]);
    const found = (text: string) =>
      everyday.find(tokenize(text)).map((mention) => mention.policyId);
    expect(found('Nobody would call me back.')).toEqual([]);
    expect(found('I returned it yesterday.')).toEqual([]);
    expect(found('Your call-back rule means I cannot reset my password.')).toEqual(['callback']);
    expect(found('Your returns policy is unfair.')).toEqual(['returns']);
  });

  it('tells rules apart by their numbers ("28-day rule" is not the "30-day rule")', () => {
    const numbered = new PolicyMatcher([
      {
        id: 'registration',
        name: 'Register within 28 days',
        aliases: ['28-day registration rule'],
      },
      { id: 'returns', name: 'Returns within 30 days', aliases: ['30 day rule'] },
    ]);
    const found = (text: string) =>
      numbered.find(tokenize(text)).map((mention) => mention.policyId);
    expect(found('The 30 day rule is too short.')).toEqual(['returns']);
    expect(found('Every day I wait for a reply.')).toEqual([]);
  });

  it("leaves out another team's policy when the item has a team", () => {
    expect(mentions('laptop request needs director approval', 'HR')).toEqual([]);
    expect(mentions('laptop request needs director approval', 'IT')).toHaveLength(1);
  });
});
