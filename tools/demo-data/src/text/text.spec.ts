import { createDemoOrganisation, THEMES } from '../organisation';
import { Random } from '../random';
import { NOW, generate } from '../../test/fixtures';
import { CATALOGUE } from './catalogue';
import { Grammar } from './grammar';
import { misspell } from './noise';
import { policyReference } from './policy-references';
import { PULSE_RULES } from './pulse-text';

// Slots the generator fills per item rather than from rules.
const ITEM_SLOTS = ['customerFirst', 'staffFirst', 'helperName', 'policyRef', 'optionA', 'optionB'];

const organisation = createDemoOrganisation({ now: NOW });
const { items } = generate({ items: 5000, seed: 11 });

describe('the text catalogue', () => {
  it('resolves every rule reference in every topic grammar', () => {
    const unresolved: string[] = [];
    for (const team of CATALOGUE) {
      for (const { topic, grammar } of team.topics) {
        const { rules, references } = grammar.inventory();
        const known = new Set([...rules, ...ITEM_SLOTS]);
        for (const name of references)
          if (!known.has(name)) unresolved.push(`${topic.key}: {${name}}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it('expands every pulse comment for every team', () => {
    const random = new Random(2);
    for (const team of CATALOGUE) {
      for (const rule of Object.keys(PULSE_RULES)) {
        for (let i = 0; i < 20; i++) {
          expect(team.pulse.expand(rule, random, { policyRef: 'the receipt rule' })).not.toMatch(
            /[{}]/,
          );
        }
      }
    }
  });

  it('gives every topic the sentences its kinds need, and only known themes and policies', () => {
    const themeKeys = new Set(THEMES.map((theme) => theme.key));
    const policyKeys = new Set(organisation.policies.map((policy) => policy.key));
    for (const { topics } of CATALOGUE) {
      for (const { topic } of topics) {
        const own = Object.keys(topic.rules);
        expect([topic.key, own.includes('thing') && own.includes('subject')]).toEqual([
          topic.key,
          true,
        ]);
        if (topic.kinds.request)
          expect([topic.key, own.includes('request')]).toEqual([topic.key, true]);
        if (topic.kinds.complaint)
          expect([topic.key, own.includes('complaint')]).toEqual([topic.key, true]);
        for (const key of topic.themeKeys) expect(themeKeys.has(key)).toBe(true);
        if (topic.policyKey) expect(policyKeys.has(topic.policyKey)).toBe(true);
      }
    }
  });

  it('gives every policy at least one topic, so every policy can come up', () => {
    const used = new Set(
      CATALOGUE.flatMap(({ topics }) => topics.map(({ topic }) => topic.policyKey)),
    );
    expect(organisation.policies.filter((policy) => !used.has(policy.key))).toEqual([]);
  });
});

describe('the grammar', () => {
  it('lets a more specific grammar override a rule used inside a shared one', () => {
    const shared = new Grammar({ sentence: ['Sorry about {thing}.'], thing: ['that'] });
    const topic = shared.extend({ thing: ['your refund'] });
    expect(topic.expand('sentence', new Random(1))).toBe('Sorry about your refund.');
    expect(shared.expand('sentence', new Random(1))).toBe('Sorry about that.');
  });

  it('capitalises a reference written with a capital, and prefers slots to rules', () => {
    const grammar = new Grammar({ line: ['{Name} called.'], name: ['nobody'] });
    expect(grammar.expand('line', new Random(1))).toBe('Nobody called.');
    expect(grammar.expand('line', new Random(1), { name: 'aisha' })).toBe('Aisha called.');
  });

  it('expands different alternatives when asked for distinct ones', () => {
    const grammar = new Grammar({ reason: ['one', 'two', 'three'] });
    for (let seed = 1; seed < 20; seed++) {
      const [a, b] = grammar.expandDistinct('reason', 2, new Random(seed));
      expect(a).not.toBe(b);
    }
  });

  it('names an unknown rule in its error', () => {
    expect(() => new Grammar({}).expand('missing', new Random(1))).toThrow(
      'unknown grammar rule {missing}',
    );
  });
});

describe('policy references and typos', () => {
  it('cites a policy by its name, an alias or a misspelling of either', () => {
    const policy = organisation.policies.find((candidate) => candidate.key === 'refund-receipt');
    if (!policy) throw new Error('refund-receipt policy missing');
    const random = new Random(5);
    const references = Array.from({ length: 300 }, () => policyReference(policy, random));
    expect(references.some((text) => text.toLowerCase().includes('refunds need a receipt'))).toBe(
      true,
    );
    expect(references.some((text) => policy.aliases.some((alias) => text.includes(alias)))).toBe(
      true,
    );
    expect(references.some((text) => /reci?e?pt/.test(text) && !text.includes('receipt'))).toBe(
      true,
    );
  });

  it('prefers a common misspelling when the phrase has a word people often get wrong', () => {
    expect(misspell('the director approval', new Random(3))).toMatch(
      /directer|dirctor|aproval|approvel/,
    );
  });
});

describe('generated item text', () => {
  const texts = items.map((item) => item.text);

  it('leaves no template syntax, doubled spaces or space before punctuation', () => {
    const replies = items.flatMap((item) =>
      item.events.flatMap((event) => (event.text ? [event.text] : [])),
    );
    expect([...texts, ...replies].filter((text) => /[{}]| {2}| [,.!?]/.test(text))).toEqual([]);
  });

  it('is mostly 60 to 400 characters long, with some longer', () => {
    const inRange = texts.filter((text) => text.length >= 60 && text.length <= 400).length;
    expect(inRange / texts.length).toBeGreaterThan(0.75);
    expect(texts.some((text) => text.length > 400)).toBe(true);
  });

  it('rarely repeats itself', () => {
    expect(new Set(texts).size / texts.length).toBeGreaterThan(0.85);
    const masked = new Set(texts.map((text) => text.replace(/\d+/g, '#')));
    expect(masked.size / texts.length).toBeGreaterThan(0.8);
  });

  it('includes personal data exactly where it says so', () => {
    const personal = /@|07700 900\d{3}|0113 496 0\d{3}|\d{4} ?\d{4} ?\d{4} ?\d{4}|\d{8}/;
    const flagged = items.filter((item) => item.cues.includes('personal_data'));
    expect(flagged.length).toBeGreaterThan(50);
    expect(flagged.filter((item) => !personal.test(item.text))).toEqual([]);
  });

  it('mentions the policy it is labelled with, by name, alias or a recognisable variant', () => {
    const policies = new Map(organisation.policies.map((policy) => [policy.key, policy]));
    const mentioning = items.filter((item) => item.mentionedPolicyKey !== null);
    const exact = mentioning.filter((item) => {
      const policy = policies.get(item.mentionedPolicyKey ?? '');
      const text = item.text.toLowerCase();
      return (
        policy !== undefined &&
        [policy.name, ...policy.aliases].some((name) => text.includes(name.toLowerCase()))
      );
    });
    expect(mentioning.length).toBeGreaterThan(300);
    expect(exact.length / mentioning.length).toBeGreaterThan(0.75);
    expect(exact.length).toBeLessThan(mentioning.length);
  });

  it('labels runaround, churn and escalation demands in complaints, and keeps them a minority', () => {
    const complaints = items.filter((item) => item.kind === 'complaint');
    for (const cue of ['runaround', 'churn', 'escalation_demand', 'policy_friction'] as const) {
      const share = complaints.filter((item) => item.cues.includes(cue)).length / complaints.length;
      expect([cue, share > 0.01 && share < 0.6]).toEqual([cue, true]);
    }
  });

  it('names no real company', () => {
    const brands =
      /\b(Amazon|Visa|Mastercard|Tesco|Barclays|HSBC|Google|Microsoft|Apple|Samsung|Bosch|Dyson|Argos|Currys|Ryanair|easyJet)\b/;
    expect(texts.filter((text) => brands.test(text))).toEqual([]);
  });
});

describe('staff replies', () => {
  const complaintAcks = items
    .filter((item) => item.kind === 'complaint')
    .flatMap((item) => item.events.filter((event) => event.type === 'staff_reply').slice(0, 1));
  const replies = items.flatMap((item) =>
    item.events.filter((event) => event.type === 'staff_reply'),
  );

  it('apologise in most first replies to complaints', () => {
    const apologies = complaintAcks.filter((event) => event.cues?.includes('apology'));
    expect(apologies.length / complaintAcks.length).toBeGreaterThan(0.75);
  });

  it('show excuses and blame in a minority of replies', () => {
    for (const cue of ['excuse', 'blame'] as const) {
      const share = replies.filter((event) => event.cues?.includes(cue)).length / replies.length;
      expect([cue, share > 0.002 && share < 0.1]).toEqual([cue, true]);
    }
  });

  it('offer alternatives with soft noes', () => {
    const softNoes = items.filter((item) => item.viability === 'soft_no');
    const offered = softNoes.filter((item) =>
      item.events.some((event) => event.cues?.includes('options_offered')),
    );
    expect(offered.length).toBe(softNoes.length);
  });
});
