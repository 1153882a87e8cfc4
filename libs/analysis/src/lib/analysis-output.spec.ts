import { createHash } from 'node:crypto';
import {
  internalServiceExamples,
  labelledPiiSnippets,
  serviceSentimentExamples,
} from '../../test/fixtures';
import { createAnalyzer, type AnalysisContext } from './analyzer';
import { trainThemeModel } from './models/theme-model';

// Speed work must not change what the analysis says. This spec pins the full output (masking,
// tokens' evidence offsets, sentiment, flags, themes from keywords and a trained model) of a
// fixed corpus as one fingerprint per text. A change of behaviour that is meant (new rules, a
// retrained model) updates the snapshot with `jest -u`; a speed change must leave it as it is.

const EXTRA_TEXTS = [
  'Ich warte seit drei Wochen auf meine Erstattung und niemand antwortet.',
  'dont tell me its my fault, i was transferred 5 times and nobody called back!!!',
  'The agent was incredibly rude :( but the manager sorted it out in 2 minutes :)',
  'If I do not receive my refund by Friday I will close my account and go elsewhere.',
  'I’m sorry, you shouldn’t have had to chase us. Your refund has been processed.',
  'They said the system is down so they can’t do anything, my hands are tied apparently',
  'NOT ONCE was anyone rude; the backlog is cleared and the escalator was fixed.',
  'Pneumonoultramicroscopicsilicovolcanoconiosisxxxxxxxxxxxxxx is a very long word.',
  'Hi Sarah, thanks for your email. We have escalated this to our complaints team.',
  'Contact me at jo.bloggs@example.com or 07700 900123, card 4111 1111 1111 1111.',
  'However, the parcel arrived late; although the courier apologised, it was damaged.',
  '',
  '!!!',
];

const CONTEXTS: readonly AnalysisContext[] = [{}, { kind: 'reply' }, { source: 'staff' }];

const fingerprint = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

describe('analysis output on a fixed corpus', () => {
  const texts = [
    ...labelledPiiSnippets.map((snippet) => snippet.text),
    ...serviceSentimentExamples.map((example) => example.text),
    ...internalServiceExamples.map((example) => example.text),
    ...EXTRA_TEXTS,
  ];
  const analyzer = createAnalyzer({
    themes: [
      { name: 'Refunds', keywords: ['refund', 'money back'] },
      { name: 'Delivery', keywords: ['delivery', 'parcel', 'courier'] },
    ],
    policies: [{ id: 'receipt', name: 'Refunds need a receipt' }],
    themeModel: trainThemeModel(internalServiceExamples),
  });

  it('is unchanged, text by text', () => {
    const lines = texts.map((text) => {
      const outputs = CONTEXTS.map((context) => [
        analyzer.analyze(text, context),
        analyzer.flags(text, context),
      ]);
      return `${fingerprint(outputs)} ${text.slice(0, 60)}`;
    });
    expect(lines).toMatchSnapshot();
  });
});
