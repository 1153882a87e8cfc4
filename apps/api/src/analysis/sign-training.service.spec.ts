import { examplesFromVerdicts } from './sign-training.service';

describe('examplesFromVerdicts', () => {
  it('makes each flagged quote an example of the signs confirmed on it, or of none when rejected', () => {
    expect(
      examplesFromVerdicts([
        { type: 'delay', verdict: 'confirmed', writer: 'customer', evidence: ['still waiting'] },
        {
          type: 'runaround',
          verdict: 'confirmed',
          writer: 'customer',
          evidence: ['still waiting'],
        },
        {
          type: 'staff-conduct',
          verdict: 'rejected',
          writer: 'customer',
          evidence: ['they laughed'],
        },
        { type: 'delay', verdict: 'rejected', writer: 'staff', evidence: ['still waiting'] },
      ]),
    ).toEqual([
      { text: 'still waiting', writer: 'customer', signs: ['delay', 'runaround'] },
      { text: 'they laughed', writer: 'customer', signs: [] },
      { text: 'still waiting', writer: 'staff', signs: [] },
    ]);
  });

  it('keeps a quote confirmed as one sign when it was rejected as another', () => {
    expect(
      examplesFromVerdicts([
        { type: 'delay', verdict: 'rejected', writer: 'customer', evidence: ['passed around'] },
        {
          type: 'runaround',
          verdict: 'confirmed',
          writer: 'customer',
          evidence: ['passed around'],
        },
      ]),
    ).toEqual([{ text: 'passed around', writer: 'customer', signs: ['runaround'] }]);
  });
});
