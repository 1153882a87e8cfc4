import { tokenize } from '../text/tokenize';
import { durationAt } from './duration-reading';

// The reading of the first unit of time in a text.
const lengthIn = (text: string) => {
  const { tokens } = tokenize(text);
  const units = tokens.map((_, index) => durationAt(tokens, index)).filter((length) => length);
  return units[0];
};

describe('how long a span of time is', () => {
  it('reads minutes under a quarter of an hour as brief, and hours, days and weeks as long', () => {
    expect(lengthIn('I waited two minutes and got through.')).toBe('brief');
    expect(lengthIn('On hold for 40 minutes.')).toBe('long');
    expect(lengthIn('It took ninety minutes.')).toBe('long');
    expect(lengthIn('I waited two weeks for a reply.')).toBe('long');
    expect(lengthIn('Nothing for a day.')).toBe('long');
  });

  it('reads a span said to be short as brief, whatever its unit', () => {
    expect(lengthIn('It took less than a day to get my refund.')).toBe('brief');
    expect(lengthIn('They replied within the hour.')).toBe('brief');
    expect(lengthIn('Only two days, well done.')).toBe('brief');
  });

  it('reads an age and a point in time apart from a wait', () => {
    expect(lengthIn('The child is two years old.')).toBe('age');
    expect(lengthIn('This happened ten years ago.')).toBe('when');
    expect(lengthIn('Two days later I called them.')).toBe('when');
    expect(lengthIn('Two days I waited for them.')).toBe('long');
    expect(lengthIn('I flew with them last week.')).toBe('when');
    expect(lengthIn('It was fixed the following month.')).toBe('when');
    expect(lengthIn("I've been chasing this for the last week.")).toBe('long');
    expect(lengthIn('Nothing in the last two weeks.')).toBe('long');
  });

  it('reads no length in a word that is not a unit of time', () => {
    expect(lengthIn('The constructor of the form was rude.')).toBeUndefined();
  });
});
