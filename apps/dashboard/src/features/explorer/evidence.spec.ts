import { evidenceMarks, segmentText, spansOfWords, type EvidenceMark } from './evidence';

const mark = (kind: EvidenceMark['kind'], start: number, end: number, label: string = kind) => ({
  kind,
  start,
  end,
  label,
});

describe('segmentText', () => {
  it('leaves text without evidence as one plain stretch', () => {
    expect(segmentText('No marks here.', [])).toEqual([
      { text: 'No marks here.', start: 0, end: 14, marks: [] },
    ]);
  });

  it('splits overlapping evidence into stretches that carry every mark covering them', () => {
    // "proof of purchase" is a theme's words inside the flag's "proof of purchase policy".
    const text = 'your proof of purchase policy means';
    const theme = mark('theme', 5, 22, 'Refunds');
    const flag = mark('flag', 5, 29, 'Policy friction');
    const segments = segmentText(text, [flag, theme]);
    expect(segments.map((segment) => [segment.text, segment.marks.map((m) => m.kind)])).toEqual([
      ['your ', []],
      ['proof of purchase', ['flag', 'theme']],
      [' policy', ['flag']],
      [' means', []],
    ]);
  });

  it('clips marks that run past the text and ignores empty or reversed ones', () => {
    const segments = segmentText('short', [
      mark('negative', 3, 99),
      mark('theme', 4, 4),
      mark('flag', 3, 1),
    ]);
    expect(segments.map((segment) => [segment.text, segment.marks.length])).toEqual([
      ['sho', 0],
      ['rt', 1],
    ]);
  });

  it('counts offsets in UTF-16 units, as the API and String#slice do', () => {
    const text = '👍 great';
    expect(segmentText(text, [mark('positive', 3, 8)]).map((s) => s.text)).toEqual([
      '👍 ',
      'great',
    ]);
  });
});

describe('evidenceMarks', () => {
  it('marks theme words, text flags, policy mentions, sentiment words and masked data', () => {
    const text = 'Email [EMAIL] about the refund, I am furious.';
    const marks = evidenceMarks(text, {
      sentiment: {
        evidence: [
          { start: 37, end: 44, weight: -3 },
          { start: 0, end: 1, weight: 0 },
        ],
      },
      themes: [{ name: 'Refunds', evidence: [{ start: 24, end: 30 }] }],
      flags: [
        { label: 'Excuse', eventId: null, spans: [{ start: 14, end: 19 }] },
        { label: 'Blame', eventId: 'event-1', spans: [{ start: 0, end: 5 }] },
      ],
      policyMentions: [
        { policyName: 'Refunds need a receipt', evidence: [{ start: 24, end: 30 }] },
      ],
    });
    expect(marks).toEqual([
      { kind: 'theme', start: 24, end: 30, label: 'Refunds' },
      { kind: 'flag', start: 14, end: 19, label: 'Excuse' },
      { kind: 'policy', start: 24, end: 30, label: 'Refunds need a receipt' },
      { kind: 'negative', start: 37, end: 44, label: 'negative −3' },
      { kind: 'masked', start: 6, end: 13, label: 'masked personal data' },
    ]);
  });

  it('marks only masked data when the item has no analysis', () => {
    expect(evidenceMarks('Call [PHONE]', null)).toEqual([
      { kind: 'masked', start: 5, end: 12, label: 'masked personal data' },
    ]);
  });

  it('marks names, addresses and national ids as masked too, and no other bracketed word', () => {
    const text = 'From [NAME], [ADDRESS] [POSTCODE], NI [NATIONAL_ID], CVV [CVV] [URGENT]';
    expect(evidenceMarks(text, null).map((mark) => text.slice(mark.start, mark.end))).toEqual([
      '[NAME]',
      '[ADDRESS]',
      '[POSTCODE]',
      '[NATIONAL_ID]',
      '[CVV]',
    ]);
  });
});

describe('spansOfWords', () => {
  it('finds every occurrence of the evidence words, ignoring case', () => {
    expect(spansOfWords('Our Policy says no. Policy is policy.', ['policy'])).toEqual([
      { start: 4, end: 10 },
      { start: 20, end: 26 },
      { start: 30, end: 36 },
    ]);
    expect(spansOfWords('anything', ['  '])).toEqual([]);
  });
});
