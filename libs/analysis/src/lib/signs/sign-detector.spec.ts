import { tokenize } from '../text/tokenize';
import { DEFAULT_SIGN_RULES } from './default-sign-rules';
import { combineConfidences, SignDetector } from './sign-detector';
import type { Writer } from './sign-types';

const detector = new SignDetector(DEFAULT_SIGN_RULES);
const flagsOf = (writer: Writer, text: string) => detector.detect(tokenize(text), writer);
const typesOf = (writer: Writer, text: string) => flagsOf(writer, text).map((flag) => flag.type);
const staffReply = (text: string) => typesOf('staff', text);
const customerText = (text: string) => typesOf('customer', text);

describe('warning signs', () => {
  it("flags 'due to our policy' in a staff reply as an excuse, quoting its clause", () => {
    const [flag] = flagsOf('staff', 'Due to our policy we cannot refund opened items.');
    expect(flag.type).toBe('excuse');
    expect(flag.evidence.map((evidence) => evidence.text)).toEqual([
      'Due to our policy we cannot refund opened items',
    ]);
    expect(flag.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("flags 'the system won't let me' and 'not my department' as excuses", () => {
    expect(staffReply("Sorry, the system won't let me change that.")).toContain('excuse');
    expect(staffReply("That's not my department.")).toContain('excuse');
  });

  it('trusts an excuse reported by a customer less than one written by staff', () => {
    const reported = flagsOf('customer', 'They said it was due to company policy.').find(
      (flag) => flag.type === 'excuse',
    );
    const written = flagsOf('staff', 'It is due to company policy.').find(
      (flag) => flag.type === 'excuse',
    );
    expect(reported?.confidence).toBeLessThan(written?.confidence ?? 0);
  });

  it("flags 'you should have' and 'you failed to' in a staff reply as blaming the customer", () => {
    expect(staffReply('You should have read the terms before booking.')).toContain('blame');
    expect(staffReply('You failed to attach the receipt.')).toContain('blame');
  });

  it("does not read a customer's 'you should have told me' as blaming the customer", () => {
    expect(customerText('You should have told me about the fee.')).not.toContain('blame');
  });

  it('flags a customer reporting that staff blamed them', () => {
    expect(customerText('The agent said it was my fault.')).toContain('blame');
  });

  it('flags rules cited as the barrier, red tape, forms and approvals as policy friction', () => {
    expect(customerText('Apparently that is not allowed.')).toContain('policy-friction');
    expect(customerText('So much red tape for a simple change.')).toContain('policy-friction');
    expect(customerText('I had to fill in another form.')).toContain('policy-friction');
    expect(customerText('It still needs director approval.')).toContain('policy-friction');
  });

  it('flags transfers and repeated contact as runaround, and a missing callback as delay', () => {
    expect(customerText('I was transferred to three different people.')).toContain('runaround');
    expect(customerText('I keep getting transferred.')).toContain('runaround');
    expect(customerText('They transferred me again.')).toContain('runaround');
    expect(customerText('I have called 4 times about this.')).toContain('runaround');
    expect(customerText('No one called back.')).toContain('delay');
  });

  it('does not read money, points or a connection being transferred as runaround', () => {
    expect(customerText('Can my points be transferred to my account?')).not.toContain('runaround');
    expect(
      customerText('The money was transferred back yesterday and I have transferred more.'),
    ).not.toContain('runaround');
    expect(customerText('Is an 80 minute transfer at the hub realistic?')).not.toContain(
      'runaround',
    );
  });

  it('does not read "any new offers?" as waiting for news, nor "regulations" as a regulator', () => {
    expect(customerText('Any new offers this month?')).not.toContain('delay');
    expect(customerText('Safety regulations say so.')).not.toContain('escalation');
  });

  it('flags overload in staff text: overwhelmed, backlog, understaffed, burnout, overtime', () => {
    for (const text of [
      'We are overwhelmed.',
      'The backlog keeps growing.',
      'We are understaffed.',
      'I am close to burnout.',
      'More overtime again this week.',
    ]) {
      expect(staffReply(text)).toContain('overload');
    }
  });

  it("does not read a customer's 'overtime' or 'no time' as staff overload", () => {
    expect(customerText('My overtime pay is wrong and I have no time for this.')).not.toContain(
      'overload',
    );
  });

  it('flags cancelling, switching to a competitor and closing an account as churn risk', () => {
    expect(customerText('I will cancel my subscription.')).toContain('churn-risk');
    expect(customerText('I am switching to a competitor.')).toContain('churn-risk');
    expect(customerText('Please close my account.')).toContain('churn-risk');
  });

  it('does not flag churn risk when negated: "I\'m not going to cancel my account"', () => {
    expect(customerText("I'm not going to cancel my account, just fix it.")).not.toContain(
      'churn-risk',
    );
  });

  it('does not read a cancelled booking as churn risk', () => {
    expect(customerText('My appointment was cancelled.')).not.toContain('churn-risk');
  });

  it('flags asking for a manager, a formal complaint and the ombudsman as escalation', () => {
    expect(customerText('I want to speak to a manager.')).toContain('escalation');
    expect(customerText('I will file a formal complaint.')).toContain('escalation');
    expect(customerText('I am taking this to the ombudsman.')).toContain('escalation');
  });

  it("does not flag escalation for 'I don't want to speak to a manager'", () => {
    expect(customerText("I don't want to speak to a manager, I want a refund.")).not.toContain(
      'escalation',
    );
  });

  it('flags waits and delays, and rude or dismissive staff', () => {
    expect(customerText('Still waiting after two weeks.')).toContain('delay');
    expect(customerText('The man at the desk was rude and dismissive.')).toContain('staff-conduct');
  });

  it('finds every complaint-protocol cue in a staff reply', () => {
    const reply =
      'I am sorry about this. We can offer a refund or a replacement. I will call you on Friday. ' +
      'Does that resolve it? We would value your feedback.';
    expect(staffReply(reply)).toEqual([
      'protocol-apology',
      'protocol-options',
      'protocol-follow-through',
      'protocol-satisfaction-check',
      'protocol-feedback-request',
    ]);
  });

  it("does not read a customer's 'sorry' as the organisation apologising", () => {
    expect(customerText('Sorry to bother you again.')).not.toContain('protocol-apology');
  });

  it('raises nothing on a neutral request', () => {
    expect(customerText('Can you send me the form to update my address?')).toEqual([]);
  });
});

describe('combineConfidences', () => {
  it('combines independent cues so two make a sign likelier than one, never certain', () => {
    expect(combineConfidences([0.6])).toBe(0.6);
    expect(combineConfidences([0.6, 0.6])).toBe(0.84);
    expect(combineConfidences([0.9, 0.9, 0.9, 0.9])).toBe(0.99);
  });
});
