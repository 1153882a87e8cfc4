import { analyseClauses, type Speaker } from '../clauses/clause-analysis';
import { negationScope } from '../clauses/negation';
import { tokenize } from '../text/tokenize';
import { signFeatureTokens } from './sign-features';

const featuresOf = (text: string, writer: Speaker = 'customer') => {
  const { tokens } = tokenize(text);
  const clauses = analyseClauses(tokens, text, writer);
  return signFeatureTokens(tokens, clauses, negationScope(tokens, clauses), writer).map(
    (token) => token.stem,
  );
};

describe('the sign model reading of a sentence', () => {
  it("tags a word family with who acts: the customer's own silence is not the company's", () => {
    expect(featuresOf("I didn't reply to your survey.")).toContain('customer:~§reply');
    expect(featuresOf("They didn't reply to my emails.")).toContain('staff:~§reply');
  });

  it('tags a word family with its owner when a possessive names one ("our error", "your error")', () => {
    expect(featuresOf('It was our error, sorry.', 'staff')).toContain('staff:§fault');
    expect(featuresOf('That was your error.', 'staff')).toContain('customer:§fault');
  });

  it("reads the speaker's own family in their own words as theirs, but not in reported speech", () => {
    expect(featuresOf('My own fault, I missed the payment.')).toContain('own:§fault');
    expect(featuresOf('It was our error, sorry.', 'staff')).toContain('own:§fault');
    expect(featuresOf('That was your error.', 'staff')).not.toContain('own:§fault');
    expect(featuresOf('They said it was my fault.')).not.toContain('own:§fault');
    expect(featuresOf('I should have read the terms.')).toContain('own:§ought');
    expect(featuresOf('You should have read the terms.', 'staff')).not.toContain('own:§ought');
  });

  it('reads spans of time by their length', () => {
    expect(featuresOf('I waited two minutes.')).toContain('§brief');
    expect(featuresOf('I waited two weeks.')).toContain('§long');
  });

  it('marks words inside a negation and keeps the actor tags after the words', () => {
    const features = featuresOf('Not once was anyone rude.');
    expect(features).toContain('~§rude');
    expect(features.at(-1)).toMatch(/^[a-z-]+:~§rude$/);
  });
});
