import { useId, useState } from 'react';
import { EVIDENCE_KINDS, segmentText, type EvidenceKind, type EvidenceMark } from './evidence';

export const evidenceKindLabel: Record<EvidenceKind, string> = {
  theme: 'Theme words',
  flag: 'Warning signs and cues',
  policy: 'Policy mentions',
  negative: 'Negative words',
  positive: 'Positive words',
  masked: 'Masked personal data',
};

/**
 * The redacted text with the analysis's evidence marked. Each kind has its own channel
 * (tint, bar, dashed frame, wavy or double underline), so overlapping marks stay readable and
 * nothing depends on colour alone. The legend's checkboxes show or hide each kind.
 */
export function EvidenceText({ text, marks }: { text: string; marks: readonly EvidenceMark[] }) {
  const present = EVIDENCE_KINDS.filter((kind) => marks.some((mark) => mark.kind === kind));
  const [hidden, setHidden] = useState<EvidenceKind[]>([]);
  const legendId = useId();
  const visible = marks.filter((mark) => !hidden.includes(mark.kind));
  const segments = segmentText(text, visible);

  return (
    <div className="evidence">
      {present.length > 0 ? (
        <fieldset className="evidence__legend" aria-describedby={legendId}>
          <legend className="evidence__legend-title">Highlight</legend>
          <p id={legendId} className="visually-hidden">
            Each kind of evidence is marked differently in the text; untick a kind to hide it.
          </p>
          {present.map((kind) => (
            <label key={kind} className="evidence__toggle">
              <input
                type="checkbox"
                checked={!hidden.includes(kind)}
                onChange={(event) =>
                  setHidden((current) =>
                    event.target.checked
                      ? current.filter((other) => other !== kind)
                      : [...current, kind],
                  )
                }
              />
              <span className={`evidence__swatch ev ev--${kind}`} aria-hidden="true">
                abc
              </span>
              {evidenceKindLabel[kind]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="evidence__text">
        {segments.map((segment) =>
          segment.marks.length === 0 ? (
            <span key={segment.start}>{segment.text}</span>
          ) : (
            <mark
              key={segment.start}
              className={`ev ${[...new Set(segment.marks.map((mark) => `ev--${mark.kind}`))].join(' ')}`}
              title={describeMarks(segment.marks)}
            >
              {segment.text}
            </mark>
          ),
        )}
      </p>
    </div>
  );
}

function describeMarks(marks: readonly EvidenceMark[]): string {
  return [...new Set(marks.map((mark) => `${evidenceKindLabel[mark.kind]}: ${mark.label}`))].join(
    '\n',
  );
}
