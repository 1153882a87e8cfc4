import {
  toDuration,
  toMinutes,
  toServiceLevelInput,
  validateServiceLevel,
} from './service-level-form';

const hours = (amount: string) => ({ amount, unit: 'hours' as const });
const days = (amount: string) => ({ amount, unit: 'days' as const });

describe('service-level targets', () => {
  it('shows minutes in the largest unit that holds them exactly', () => {
    expect(toDuration(2880)).toEqual(days('2'));
    expect(toDuration(240)).toEqual(hours('4'));
    expect(toDuration(90)).toEqual({ amount: '90', unit: 'minutes' });
  });

  it('sends hours and days to the API as minutes', () => {
    expect(toMinutes(hours('8'))).toBe(480);
    expect(
      toServiceLevelInput('COMPLAINT', 'URGENT', {
        firstResponseMinutes: hours('1'),
        resolutionMinutes: days('2'),
      }),
    ).toEqual({
      kind: 'COMPLAINT',
      priority: 'URGENT',
      firstResponseMinutes: 60,
      resolutionMinutes: 2880,
    });
  });

  it('refuses a resolution promised sooner than the first response', () => {
    expect(
      validateServiceLevel({ firstResponseMinutes: days('2'), resolutionMinutes: hours('4') }),
    ).toEqual({
      resolutionMinutes: 'Resolution cannot be promised sooner than the first response',
    });
  });

  it('needs whole numbers of at least one, up to a year', () => {
    expect(
      validateServiceLevel({ firstResponseMinutes: hours('1.5'), resolutionMinutes: days('366') }),
    ).toEqual({
      firstResponseMinutes: 'Enter a whole number of hours, 1 or more',
      resolutionMinutes: 'A target is at most a year (365 days)',
    });
    expect(
      validateServiceLevel({ firstResponseMinutes: hours(''), resolutionMinutes: days('0') }),
    ).toEqual({
      firstResponseMinutes: 'Enter the first-response target',
      resolutionMinutes: 'Enter a whole number of days, 1 or more',
    });
  });
});
