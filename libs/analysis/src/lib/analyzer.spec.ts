import { internalServiceExamples } from '../../test/fixtures';
import { createAnalyzer, ENGINE_VERSION, type AnalyzerConfig } from './analyzer';
import { trainThemeModel } from './models/theme-model';
import type { ThemeDefinition } from './themes/theme-definition';

const themes: ThemeDefinition[] = [
  { name: 'Refunds', keywords: ['refund', 'money back'] },
  { name: 'Delivery', keywords: ['delivery', 'parcel', 'courier'] },
  { name: 'Payroll', keywords: ['payslip'], teams: ['HR'] },
];
const policies = [{ id: 'receipt', name: 'Refunds need a receipt' }];
const anAnalyzer = (overrides: AnalyzerConfig = {}) =>
  createAnalyzer({ themes, policies, ...overrides });

describe('createAnalyzer', () => {
  it('tags themes from the taxonomy keywords, best first, with the matched words as evidence', () => {
    const analysis = anAnalyzer().analyze('The courier lost my parcel and I want my money back');
    expect(analysis.themes.map((theme) => theme.name)).toEqual(['Delivery', 'Refunds']);
    expect(analysis.themes[0].evidence.map((evidence) => evidence.text)).toEqual([
      'courier',
      'parcel',
    ]);
    expect(analysis.themes[0].score).toBeGreaterThan(analysis.themes[1].score);
  });

  it('leaves a text untagged when no theme fits, rather than forcing one', () => {
    expect(anAnalyzer().analyze('Lovely weather today').themes).toEqual([]);
  });

  it('leaves an unrelated text untagged even with a trained model', () => {
    const analyzer = anAnalyzer({
      themes: [],
      themeModel: trainThemeModel(internalServiceExamples),
    });
    expect(analyzer.analyze('Who is bringing the cake to the quiz night?').themes).toEqual([]);
    expect(analyzer.analyze('please reset my password, I am locked out').themes[0]).toMatchObject({
      name: 'Password reset',
      matchedBy: ['model'],
    });
  });

  it('needs a content word as evidence for a model theme, not shared word endings', () => {
    const twoThemes = trainThemeModel([
      ...[
        'reset my password',
        'password expired',
        'locked out of my login',
        'forgot my password',
      ].map((text) => ({ text, themes: ['Passwords'] })),
      ...[
        'my payslip is wrong',
        'salary not paid',
        'overtime missing from pay',
        'tax code on payslip',
      ].map((text) => ({ text, themes: ['Payroll'] })),
    ]);
    const analyzer = createAnalyzer({ themeModel: twoThemes });
    expect(analyzer.analyze('Refund refused without a receipt, ridiculous').themes).toEqual([]);
    const [theme] = analyzer.analyze('my pasword expired').themes;
    expect(theme.name).toBe('Passwords');
    expect(theme.evidence.map((span) => span.text)).toContain('pasword');
  });

  it("leaves out another team's themes when the item has a team", () => {
    expect(anAnalyzer().analyze('my payslip is wrong', { team: 'IT' }).themes).toEqual([]);
    expect(
      anAnalyzer()
        .analyze('my payslip is wrong', { team: 'HR' })
        .themes.map((theme) => theme.name),
    ).toEqual(['Payroll']);
  });

  it('masks personal data before analysis, so no evidence quotes it', () => {
    const analysis = anAnalyzer().analyze(
      'Refund card 4111 1111 1111 1111 to jane@example.com now!',
    );
    expect(analysis.redactedText).toBe('Refund card [CARD] to [EMAIL] now!');
    expect(JSON.stringify(analysis)).not.toContain('4111');
    expect(JSON.stringify(analysis)).not.toContain('jane@');
  });

  it('gives every evidence span as offsets into the redacted text', () => {
    const analysis = anAnalyzer().analyze(
      'Call me on +44 20 7946 0958, still waiting for the refund',
    );
    const spans = [...analysis.themes, analysis.sentiment, ...analysis.flags].flatMap(
      (tag) => tag.evidence,
    );
    for (const span of spans)
      expect(analysis.redactedText.slice(span.start, span.end)).toBe(span.text);
  });

  it('reads a text as written by staff when told so, or when the kind is a staff report or reply', () => {
    const excuse = 'Due to our policy I cannot do that.';
    const confidenceOf = (analysis: ReturnType<ReturnType<typeof anAnalyzer>['analyze']>) =>
      analysis.flags.find((flag) => flag.type === 'excuse')?.confidence;
    const staff = confidenceOf(anAnalyzer().analyze(excuse, { source: 'staff' }));
    expect(confidenceOf(anAnalyzer().analyze(excuse, { kind: 'reply' }))).toBe(staff);
    expect(confidenceOf(anAnalyzer().analyze(excuse, { kind: 'staff_report' }))).toBe(staff);
    // A customer's own "I cannot" is no staff excuse (sign-rule-matcher.ts: who may act).
    expect(confidenceOf(anAnalyzer().analyze(excuse)) ?? 0).toBeLessThan(staff ?? 0);
  });

  it('gives the same staff-reply flags from flags() as from a full analysis', () => {
    const analyzer = createAnalyzer();
    const reply =
      "I'm sorry, but due to our policy there is nothing I can do. You should have kept the receipt.";
    const full = analyzer
      .analyze(reply, { source: 'staff' })
      .flags.map((flag) => flag.type)
      .sort();
    expect(
      analyzer
        .flags(reply, { source: 'staff' })
        .map((flag) => flag.type)
        .sort(),
    ).toEqual(full);
    expect(full).toEqual(expect.arrayContaining(['excuse', 'blame', 'protocol-apology']));
  });

  it('links policies and counts a policy cited in a negative text as friction', () => {
    const analysis = anAnalyzer().analyze(
      'Ridiculous: no refund without a receipt, even with the bank statement.',
    );
    expect(analysis.policyMentions.map((mention) => mention.policyId)).toEqual(['receipt']);
    expect(
      analysis.flags
        .find((flag) => flag.type === 'policy-friction')
        ?.evidence.map((span) => span.text),
    ).toContain('refund without a receipt');
  });

  it('records the engine, model and configuration versions used', () => {
    const model = trainThemeModel(internalServiceExamples, { version: 'it-themes-7' });
    const analysis = anAnalyzer({ themeModel: model }).analyze('hello');
    expect(analysis.modelVersion).toMatch(
      new RegExp(
        `^${ENGINE_VERSION}/themes:it-themes-7/sentiment:lexicon/signs:built-in/config:[0-9a-f]{8}$`,
      ),
    );
  });

  it('changes the configuration fingerprint when the taxonomy changes', () => {
    const before = anAnalyzer().modelVersion;
    const after = anAnalyzer({
      themes: [...themes, { name: 'Billing', keywords: ['invoice'] }],
    }).modelVersion;
    expect(after).not.toBe(before);
  });

  it("applies the organisation's extra sign rules next to the built-in ones", () => {
    const analyzer = anAnalyzer({
      extraSignRules: [{ type: 'excuse', patterns: ['the rota says'], confidence: { staff: 0.7 } }],
    });
    // Wording the built-in rules and model do not read as an excuse.
    expect(anAnalyzer().analyze('The rota says Tuesday.', { source: 'staff' }).flags).toEqual([]);
    expect(analyzer.analyze('The rota says Tuesday.', { source: 'staff' }).flags[0]).toMatchObject({
      type: 'excuse',
      confidence: 0.7,
    });
  });

  it('rejects a malformed theme keyword, naming the theme', () => {
    expect(() =>
      createAnalyzer({ themes: [{ name: 'Refunds', keywords: ['(money back)'] }] }),
    ).toThrow('theme "Refunds": keyword pattern');
  });
});

describe('theme sentiment', () => {
  it('gives each theme the sentiment of the clauses that mention it', () => {
    const analyzer = createAnalyzer({
      themes: [
        { name: 'Staff', keywords: ['waiter', 'staff'] },
        { name: 'Price', keywords: ['price', 'bill'] },
      ],
    });
    const [staff, price] = ['Staff', 'Price'].map((name) =>
      analyzer
        .analyze('The waiter was lovely, but the bill was outrageous.')
        .themes.find((theme) => theme.name === name),
    );
    expect(staff?.sentiment).toBeGreaterThan(0);
    expect(price?.sentiment).toBeLessThan(0);
  });
});

describe('themes abstain out of domain', () => {
  it('gives a text made of words the model never saw no model theme', () => {
    const analyzer = createAnalyzer({ themeModel: trainThemeModel(internalServiceExamples) });
    expect(
      analyzer.analyze('flight delayed at the gate, luggage lost, pilot announced nothing').themes,
    ).toEqual([]);
  });
});
