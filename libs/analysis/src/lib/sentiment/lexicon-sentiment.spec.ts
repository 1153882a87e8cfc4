import { tokenize } from '../text/tokenize';
import { scoreWithLexicon } from './lexicon-sentiment';
import { sentimentFromLexicon } from './sentiment';

const score = (text: string) => scoreWithLexicon(tokenize(text)).score;
const label = (text: string) => sentimentFromLexicon(scoreWithLexicon(tokenize(text))).label;

describe('lexicon sentiment', () => {
  it('reads service-failure phrases as negative: "still waiting", "on hold for an hour", "no one called back"', () => {
    expect(label('Still waiting for my parcel')).toBe('negative');
    expect(label('I was on hold for an hour')).toBe('negative');
    expect(label('No one called back')).toBe('negative');
  });

  it('reads value-for-money complaints as negative: "prices are too high", "a hefty fee"', () => {
    expect(label('The prices are far too high')).toBe('negative');
    expect(label('They added a hefty fee')).toBe('negative');
  });

  it('flips and softens a negated word ("not good" is negative, "not bad" mildly positive)', () => {
    expect(score('The service was not good')).toBeLessThan(0);
    expect(score('The service was not bad')).toBeGreaterThan(0);
    expect(score('The service was not bad')).toBeLessThan(score('The service was good'));
  });

  it('never reads a denied complaint as praise ("could not wait 5 minutes", "won\'t let me stay on hold")', () => {
    expect(score('You could not even wait 5 minutes for us')).toBeLessThanOrEqual(0);
    expect(score("They won't even let me stay on hold")).toBeLessThanOrEqual(0);
    expect(score('The staff were not too bad')).toBeGreaterThan(0);
  });

  it('strengthens a word after an intensifier and weakens it after a softener', () => {
    expect(score('very slow')).toBeLessThan(score('slow'));
    expect(score('slightly slow')).toBeGreaterThan(score('slow'));
  });

  it('weighs what follows "but" over what precedes it', () => {
    expect(label('The staff were friendly, but the wait was terrible')).toBe('negative');
    expect(label('The wait was terrible, but the staff were lovely and helpful')).toBe('positive');
  });

  it('prefers the longest phrase ("thanks for nothing" is negative though "thanks" is positive)', () => {
    expect(label('Thanks for nothing')).toBe('negative');
  });

  it('reads capitals and exclamation marks as emphasis', () => {
    expect(score('TERRIBLE')).toBeLessThan(score('terrible'));
    expect(score('terrible!!!')).toBeLessThan(score('terrible'));
  });

  it('softens praise inside a question ("would be great if …?")', () => {
    expect(score('Would it be great to get an answer?')).toBeLessThan(
      score('It is great to get an answer.'),
    );
  });

  it('labels a plain request neutral', () => {
    expect(label('What are your opening hours on Saturday?')).toBe('neutral');
  });

  it('labels clear praise and clear complaint together as mixed', () => {
    expect(
      label(
        'The food was excellent and delicious. The waiter was rude and the bill was outrageous.',
      ),
    ).toBe('mixed');
  });

  it('quotes the words behind the score as evidence', () => {
    const evidence = scoreWithLexicon(tokenize('Awful wait, still waiting')).evidence.map(
      (item) => item.text,
    );
    expect(evidence).toEqual(expect.arrayContaining(['Awful', 'still waiting']));
  });
});
