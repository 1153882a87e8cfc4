import type { FrictionPartName } from '../../graphql/generated/graphql';
import { formatNumber } from '../../lib/format';
import './ScoreBar.css';

/** One Okabe–Ito colour per part of the friction score, the same on every chart and legend. */
export const PART_COLORS: Record<FrictionPartName, string> = {
  COMPLAINTS: 'var(--chart-vermillion)',
  EXCEPTIONS: 'var(--chart-orange)',
  HARD_NOES: 'var(--chart-purple)',
  ESCALATIONS: 'var(--chart-black)',
  NEGATIVE_SENTIMENT: 'var(--chart-blue)',
  ADDED_WAIT: 'var(--chart-sky)',
  TREND: 'var(--chart-green)',
  VOLUME: 'var(--chart-yellow)',
};

export interface ScorePart {
  name: FrictionPartName;
  label: string;
  contribution: number;
}

/** "complaints 11, rising trend 10 …": the score's parts in words, largest first. */
export function partsInWords(parts: readonly ScorePart[]): string {
  return [...parts]
    .filter((part) => part.contribution >= 0.05)
    .sort((a, b) => b.contribution - a.contribution)
    .map((part) => `${part.label} ${formatNumber(Math.round(part.contribution * 10) / 10)}`)
    .join(', ');
}

/**
 * A friction score (0–100) as a bar made of its parts, each part's width its points. The
 * words (visually hidden here, shown in the detail) carry the numbers.
 */
export function ScoreBar({ score, parts }: { score: number; parts: readonly ScorePart[] }) {
  return (
    <span className="score-bar">
      <span className="score-bar__track" aria-hidden="true">
        {parts
          .filter((part) => part.contribution > 0)
          .map((part) => (
            <span
              key={part.name}
              className="score-bar__part"
              style={{
                width: `${Math.min(100, part.contribution)}%`,
                background: PART_COLORS[part.name],
              }}
              title={`${part.label}: ${formatNumber(Math.round(part.contribution * 10) / 10)} points`}
            />
          ))}
      </span>
      <span className="score-bar__value">{formatNumber(Math.round(score))}</span>
      <span className="visually-hidden"> out of 100: {partsInWords(parts)}</span>
    </span>
  );
}

/** The colours of the parts, named: the key to every score bar on the page. */
export function ScoreLegend({
  parts,
}: {
  parts: readonly { name: FrictionPartName; label: string }[];
}) {
  return (
    <ul className="chart-legend score-legend" aria-label="Parts of the friction score">
      {parts.map((part) => (
        <li key={part.name} className="chart-legend__item">
          <span
            className="chart-legend__swatch"
            style={{ background: PART_COLORS[part.name] }}
            aria-hidden="true"
          />
          {part.label}
        </li>
      ))}
    </ul>
  );
}
