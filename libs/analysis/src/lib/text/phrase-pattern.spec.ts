import { compilePattern, PhraseMatcher } from './phrase-pattern';
import { tokenize } from './tokenize';

function matches(pattern: string, text: string) {
  return PhraseMatcher.fromSources([[pattern, 'hit']])
    .match(tokenize(text).tokens)
    .map((match) => ({ negated: match.negated, start: match.startToken, end: match.endToken }));
}

describe('phrase patterns', () => {
  it('match words in order on stems ("still waiting" matches "still waited")', () => {
    expect(matches('still waiting', 'I still waited')).toEqual([
      { negated: false, start: 1, end: 3 },
    ]);
    expect(matches('still waiting', 'waiting still')).toEqual([]);
  });

  it('match one of several words in a slot and skip optional slots', () => {
    expect(matches('speak to (a|the)? manager', 'can I speak to the manager')).toHaveLength(1);
    expect(matches('speak to (a|the)? manager', 'can I speak to manager')).toHaveLength(1);
  });

  it('accept a hyphenated keyword and match it as the text is tokenised ("no-show", "e-mail")', () => {
    expect(matches('no-show', 'another no-show from the engineer')).toEqual([
      { negated: false, start: 1, end: 3 },
    ]);
    expect(matches('e-mail', 'I sent an e-mail')).toHaveLength(1);
    expect(matches('no-show', 'no, show me')).toEqual([]);
  });

  it('match a gap of up to three words with "..."', () => {
    expect(matches('never ... again', 'never using this service again')).toHaveLength(1);
    expect(matches('never ... again', 'never using this awful slow service again')).toHaveLength(0);
  });

  it('match any number with <num>', () => {
    expect(matches('<num> times', 'called 5 times')).toHaveLength(1);
  });

  it('match an exact form with "=" where stems collide ("pleased" but not "please")', () => {
    expect(matches('=pleased', 'I am pleased')).toHaveLength(1);
    expect(matches('=pleased', 'please help')).toHaveLength(0);
  });

  it('do not match across a clause boundary', () => {
    expect(matches('cancel my account', 'cancel. My account')).toHaveLength(0);
  });

  it('report a negator shortly before the match ("not going to cancel")', () => {
    expect(matches('cancel', "I'm not going to cancel")).toEqual([
      { negated: true, start: 4, end: 5 },
    ]);
    expect(matches('cancel', 'I will cancel')[0].negated).toBe(false);
  });

  it('reject a pattern that does not start with a required word, naming the pattern', () => {
    expect(() => compilePattern('... again', 'x')).toThrow(
      'pattern "... again" must start with a required word',
    );
    expect(() => compilePattern('late (check in)', 'x')).toThrow(
      'must be a single word or single-word alternatives',
    );
  });
});
