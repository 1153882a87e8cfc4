import { findEmergingTopics } from './emerging-topics';

const baseline = [
  'My parcel arrived late',
  'The parcel was damaged',
  'Courier left the parcel outside',
  'Late delivery again',
  'Parcel not delivered',
  'Refund took two weeks',
];
const current = [
  'The new mobile app crashes when I log in',
  'Mobile app crashes on the payment screen',
  'Since the update the mobile app crashes',
  'My parcel arrived late',
  'Parcel arrived late again',
  'Parcel came late',
  'App crashes every time',
];

describe('findEmergingTopics', () => {
  it('ranks a phrase that is new this period first, with its counts and example texts', () => {
    const [topic] = findEmergingTopics(current, baseline);
    expect(topic).toMatchObject({
      phrase: 'app crashes',
      documents: 4,
      baselineDocuments: 0,
      examples: [0, 1, 2, 6],
      members: [0, 1, 2, 6],
    });
  });

  it('lists every text of a topic as a member, beyond the examples kept', () => {
    const [topic] = findEmergingTopics(current, baseline, { maxExamples: 2 });
    expect(topic.examples).toEqual([0, 1]);
    expect(topic.members).toHaveLength(topic.documents);
  });

  it('leaves out phrases no more common than in the baseline', () => {
    expect(findEmergingTopics(current, baseline).map((topic) => topic.phrase)).not.toContain(
      'parcel',
    );
  });

  it('leaves out a phrase only a little more common than before, however often it is used', () => {
    const sign = (n: number) => `Thanks again for your help with order ${n}`;
    const before = Array.from({ length: 100 }, (_, n) =>
      n < 40 ? sign(n) : `Parcel ${n} arrived`,
    );
    const now = Array.from({ length: 10 }, (_, n) => (n < 6 ? sign(n) : `Parcel ${n} arrived`));
    expect(findEmergingTopics(now, before).map((topic) => topic.phrase)).not.toContain('thanks');
    const doubled = Array.from({ length: 10 }, (_, n) => (n < 9 ? sign(n) : 'Parcel arrived'));
    expect(
      findEmergingTopics(doubled, before.slice(50)).map((topic) => topic.phrase.toLowerCase()),
    ).toEqual(expect.arrayContaining([expect.stringContaining('thanks')]));
  });

  it("asks the caller which phrases rose, with every candidate's counts at once", () => {
    const judged: number[] = [];
    const none = findEmergingTopics(current, baseline, {
      risen: (candidates) => {
        judged.push(candidates.length);
        expect(candidates).toContainEqual({
          documents: 4,
          texts: current.length,
          baselineDocuments: 0,
          baselineTexts: baseline.length,
        });
        return candidates.map(() => false);
      },
    });
    expect(none).toEqual([]);
    expect(judged).toHaveLength(1);
  });

  it('counts overlapping phrases about the same texts as one topic', () => {
    const phrases = findEmergingTopics(current, baseline).map((topic) => topic.phrase);
    expect(phrases.filter((phrase) => phrase.includes('app'))).toEqual(['app crashes']);
  });

  it('drops phrases seen in fewer texts than the minimum', () => {
    expect(findEmergingTopics(current, baseline, { minDocuments: 5 })).toEqual([]);
  });

  it('reads personal data only in redacted form', () => {
    const texts = ['write to a@b.io', 'write to c@d.io', 'write to e@f.io'];
    expect(findEmergingTopics(texts, []).map((topic) => topic.phrase)).toEqual(['write']);
  });
});
