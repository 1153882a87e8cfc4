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

  it("leaves out another team's policy when the item has a team", () => {
    expect(mentions('laptop request needs director approval', 'HR')).toEqual([]);
    expect(mentions('laptop request needs director approval', 'IT')).toHaveLength(1);
  });
});
