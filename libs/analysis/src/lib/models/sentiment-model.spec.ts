import { serviceSentimentExamples } from '../../../test/fixtures';
import { scoreWithLexicon } from '../sentiment/lexicon-sentiment';
import { prepareText } from '../text/prepare';
import { SentimentModel, trainSentimentModel } from './sentiment-model';

const model = trainSentimentModel(serviceSentimentExamples);
function mostLikely(candidate: SentimentModel, text: string): string {
  const { tokenized } = prepareText(text);
  const probabilities = [...candidate.predict(tokenized, scoreWithLexicon(tokenized))];
  return probabilities.sort((a, b) => b[1] - a[1])[0][0];
}

describe('sentiment model', () => {
  it('learns sentiment from labelled examples', () => {
    expect(mostLikely(model, 'still waiting for a callback, terrible')).toBe('negative');
    expect(mostLikely(model, 'brilliant, thank you so much')).toBe('positive');
    expect(mostLikely(model, 'what documents do I need to bring?')).toBe('neutral');
  });

  it('round-trips through JSON with its version', () => {
    const restored = SentimentModel.fromJson(JSON.parse(JSON.stringify(model.toJson())));
    expect(restored.version).toBe(model.version);
    expect(mostLikely(restored, 'on hold for an hour again')).toBe(
      mostLikely(model, 'on hold for an hour again'),
    );
  });

  it('rejects a label that is not a sentiment, naming the example', () => {
    expect(() => trainSentimentModel([{ text: 'x', label: 'angry' as never }])).toThrow(
      'examples[0].label: "angry"',
    );
  });

  it('rejects model JSON with labels that are not sentiments', () => {
    const json = model.toJson();
    const broken = { ...json, classifier: { ...json.classifier, labels: ['happy', 'sad', 'meh'] } };
    expect(() => SentimentModel.fromJson(broken)).toThrow('"happy" is not one of');
  });
});
