import { flagReviewRows } from './flag-review';

describe('flagReviewRows', () => {
  it('merges a sign found in the text and the timeline, and leaves protocol cues out', () => {
    expect(
      flagReviewRows(
        [
          { type: 'DELAY', confidence: 0.7, evidence: ['still waiting'] },
          { type: 'PROTOCOL_APOLOGY', confidence: 0.9, evidence: ['sorry'] },
          { type: 'EXCUSE', confidence: 0.6, evidence: ['not up to me'] },
          { type: 'DELAY', confidence: 0.9, evidence: ['still waiting', 'no reply'] },
        ],
        [{ type: 'DELAY', verdict: 'CONFIRMED', evidence: ['still waiting'] }],
      ),
    ).toEqual([
      { type: 'EXCUSE', confidence: 0.6, evidence: ['not up to me'], verdict: null },
      {
        type: 'DELAY',
        confidence: 0.9,
        evidence: ['still waiting', 'no reply'],
        verdict: 'CONFIRMED',
      },
    ]);
  });

  it('keeps a rejected sign in view from its verdict alone, so it can be restored', () => {
    expect(
      flagReviewRows([], [{ type: 'STAFF_CONDUCT', verdict: 'REJECTED', evidence: ['laughed'] }]),
    ).toEqual([
      { type: 'STAFF_CONDUCT', confidence: null, evidence: ['laughed'], verdict: 'REJECTED' },
    ]);
  });
});
