import { tokenize } from '../text/tokenize';
import { analyseClauses, type Speaker } from './clause-analysis';
import { negationScope } from './negation';

const clausesOf = (text: string, writer: Speaker = 'customer') => {
  const { tokens } = tokenize(text);
  return analyseClauses(tokens, text, writer);
};
const wordsIn = (text: string, writer: Speaker = 'customer') => {
  const { tokens } = tokenize(text);
  const clauses = analyseClauses(tokens, text, writer);
  return clauses.map((clause) => ({
    ...clause,
    text: tokens
      .slice(clause.startToken, clause.endToken)
      .map((token) => token.norm)
      .join(' '),
  }));
};

describe('clause analysis', () => {
  it('reads the customer as the actor of "I" in a complaint and staff as the actor of "they"', () => {
    const [mine, theirs] = clausesOf('I closed my account because they closed my card.');
    expect(mine.actor).toBe('customer');
    expect(theirs.actor).toBe('staff');
  });

  it('reads roles from the writer: in a staff reply "I" is staff and "you" the customer', () => {
    const [first, second] = clausesOf('I checked and you should have read the terms.', 'staff');
    expect(first.actor).toBe('staff');
    expect(second.actor).toBe('customer');
  });

  it('reads a passive subject as acted on: the agent after "by" acts, else nobody named', () => {
    const [told] = clausesOf('I was told off by the manager.');
    expect(told.actor).toBe('staff');
    expect(told.object).toBe('customer');
    expect(clausesOf('We got completely ignored.')[0].actor).toBe('unknown');
    expect(clausesOf('I was tired after the flight.')[0].actor).toBe('customer');
    expect(clausesOf('I called them twice.')[0].actor).toBe('customer');
  });

  it('reads a debt collector and a family member as third parties', () => {
    expect(clausesOf('The debt collector filed a lawsuit.')[0].actor).toBe('third-party');
    expect(clausesOf('My husband shouted at the TV.')[0].actor).toBe('third-party');
  });

  it('lets a clause without a subject inherit the previous actor of its sentence', () => {
    const clauses = wordsIn('They took my money and then closed my account.');
    expect(clauses.every((clause) => clause.actor === 'staff')).toBe(true);
  });

  it('marks an if-clause as conditional and the main clause after it as not', () => {
    const [condition, main] = clausesOf('If I do not hear back by Friday I will close my account.');
    expect(condition.conditional).toBe(true);
    expect(main.conditional).toBe(false);
    expect(main.actor).toBe('customer');
  });

  it('marks speech a customer reports from staff, whose "I" is the staff member', () => {
    const clauses = clausesOf('The agent said: I cannot do anything about it.');
    expect(clauses.at(-1)?.speaker).toBe('staff');
    expect(clauses.at(-1)?.reported).toBe(true);
  });

  it('scopes negation to the end of its clause: "not once was anyone rude"', () => {
    const text = 'Not once was anyone rude, the staff were lovely.';
    const { tokens } = tokenize(text);
    const negated = negationScope(tokens, analyseClauses(tokens, text, 'customer'));
    const norms = tokens.filter((_, index) => negated[index] === 1).map((token) => token.norm);
    expect(norms).toEqual(['once', 'was', 'anyone', 'rude']);
  });

  it('does not let "no longer" or "not only" negate what follows', () => {
    const text = 'We are no longer short staffed.';
    const { tokens } = tokenize(text);
    const negated = negationScope(tokens, analyseClauses(tokens, text, 'staff'));
    expect([...negated].every((value) => value === 0)).toBe(true);
    expect(clausesOf(text, 'staff')[0].resolved).toBe(true);
  });

  it('marks a problem that is over as resolved, but not one that is still open', () => {
    expect(clausesOf('The backlog is cleared.', 'staff')[0].resolved).toBe(true);
    expect(clausesOf('My issue is still not resolved.')[0].resolved).toBe(false);
  });
});
