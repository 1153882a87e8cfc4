/** A share drawn as a bar beside its number; the bar is decoration, the number is the meaning. */
export function Meter({
  share,
  text,
  color = 'var(--chart-blue)',
  mark,
}: {
  /** 0–1; clamped. */
  share: number;
  text: string;
  color?: string;
  /** A reference line across the track (0–1), such as full capacity. */
  mark?: number;
}) {
  const width = Math.max(0, Math.min(1, Number.isFinite(share) ? share : 0)) * 100;
  return (
    <span className="meter">
      <span className="meter__track" aria-hidden="true">
        <span className="meter__fill" style={{ width: `${width}%`, background: color }} />
        {mark === undefined ? null : (
          <span
            className="meter__mark"
            style={{ left: `${Math.max(0, Math.min(1, mark)) * 100}%` }}
          />
        )}
      </span>
      <span className="meter__value">{text}</span>
    </span>
  );
}
