// Evidence inside an item's redacted text: which words made the analysis say what it said.
// Offsets are UTF-16 positions in `displayText` (what String#slice uses), [start, end).

export type EvidenceKind = 'theme' | 'flag' | 'policy' | 'negative' | 'positive' | 'masked';

/** The layers in the order the legend lists them. */
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'theme',
  'flag',
  'policy',
  'negative',
  'positive',
  'masked',
];

export interface EvidenceMark {
  kind: EvidenceKind;
  start: number;
  end: number;
  /** What the words are evidence of ("Refunds and returns", "Excuse", "negative −2"). */
  label: string;
}

export interface TextSegment {
  text: string;
  start: number;
  end: number;
  /** Every mark covering this stretch of text; empty for plain text. */
  marks: EvidenceMark[];
}

interface Span {
  start: number;
  end: number;
}

export interface AnalysisEvidence {
  sentiment?: { evidence: readonly (Span & { weight?: number | null })[] } | null;
  themes: readonly { name: string; evidence: readonly Span[] }[];
  flags: readonly { label: string; eventId?: string | null; spans: readonly Span[] }[];
  policyMentions: readonly { policyName: string; evidence: readonly Span[] }[];
}

// The placeholders libs/analysis writes (PLACEHOLDERS in pii/redact.ts).
const MASK_PATTERN = /\[(?:NAME|ADDRESS|POSTCODE|NATIONAL_ID|EMAIL|PHONE|CARD|CVV|IBAN|ACCOUNT)\]/g;

/** Every piece of evidence in the analysis as marks on the text (flags of timeline entries excluded). */
export function evidenceMarks(text: string, analysis: AnalysisEvidence | null): EvidenceMark[] {
  const marks: EvidenceMark[] = [];
  for (const theme of analysis?.themes ?? [])
    for (const span of theme.evidence)
      marks.push({ kind: 'theme', ...pick(span), label: theme.name });
  for (const flag of analysis?.flags ?? []) {
    if (flag.eventId) continue;
    for (const span of flag.spans) marks.push({ kind: 'flag', ...pick(span), label: flag.label });
  }
  for (const mention of analysis?.policyMentions ?? [])
    for (const span of mention.evidence)
      marks.push({ kind: 'policy', ...pick(span), label: mention.policyName });
  for (const word of analysis?.sentiment?.evidence ?? []) {
    const weight = word.weight ?? 0;
    if (weight === 0) continue;
    marks.push({
      kind: weight < 0 ? 'negative' : 'positive',
      ...pick(word),
      label: `${weight < 0 ? 'negative' : 'positive'} ${formatWeight(weight)}`,
    });
  }
  for (const match of text.matchAll(MASK_PATTERN)) {
    marks.push({
      kind: 'masked',
      start: match.index,
      end: match.index + match[0].length,
      label: 'masked personal data',
    });
  }
  return marks;
}

/**
 * Splits `text` at every mark's edges, so overlapping evidence (a theme's words inside a
 * flag's phrase) is shown as stretches that carry all the marks covering them. Marks outside
 * the text are clipped; empty or reversed ones are ignored.
 */
export function segmentText(text: string, marks: readonly EvidenceMark[]): TextSegment[] {
  const usable = marks
    .map((mark) => ({
      ...mark,
      start: clamp(mark.start, text.length),
      end: clamp(mark.end, text.length),
    }))
    .filter((mark) => mark.end > mark.start);
  const edges = [
    ...new Set([0, text.length, ...usable.flatMap((mark) => [mark.start, mark.end])]),
  ].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < edges.length - 1; index += 1) {
    const start = edges[index];
    const end = edges[index + 1];
    const covering = usable.filter((mark) => mark.start <= start && mark.end >= end);
    const previous = segments[segments.length - 1];
    if (previous && covering.length === 0 && previous.marks.length === 0) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ text: text.slice(start, end), start, end, marks: covering });
    }
  }
  return segments;
}

/**
 * Where `words` occur in `text`, ignoring case: for evidence the API gives as words only
 * (flags found in a timeline entry). Each occurrence is marked.
 */
export function spansOfWords(text: string, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  const haystack = text.toLowerCase();
  for (const word of words) {
    const needle = word.trim().toLowerCase();
    if (!needle) continue;
    for (
      let at = haystack.indexOf(needle);
      at >= 0;
      at = haystack.indexOf(needle, at + needle.length)
    )
      spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

function pick(span: Span): Span {
  return { start: span.start, end: span.end };
}

function clamp(value: number, max: number): number {
  return Math.min(Math.max(0, Math.trunc(value)), max);
}

function formatWeight(weight: number): string {
  const rounded = Math.round(weight * 10) / 10;
  return rounded < 0 ? `−${Math.abs(rounded)}` : `+${rounded}`;
}
