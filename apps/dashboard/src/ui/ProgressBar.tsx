import { formatNumber, formatPercent } from '../lib/format';
import './ProgressBar.css';

export interface ProgressBarProps {
  /** What is progressing, read as the bar's name. */
  label: string;
  value: number;
  max: number;
  /** Words under the bar; defaults to "1,200 of 5,000 (24%)". */
  detail?: string;
  /** No measured progress yet (queued, or a total not known): an indeterminate bar. */
  indeterminate?: boolean;
}

/** A labelled progress bar that screen readers announce with its value. */
export function ProgressBar({
  label,
  value,
  max,
  detail,
  indeterminate = false,
}: ProgressBarProps) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const text = detail ?? `${formatNumber(value)} of ${formatNumber(max)} (${formatPercent(share)})`;
  return (
    <div className="progress">
      <div
        className={`progress__track${indeterminate ? ' progress__track--indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={indeterminate ? undefined : 0}
        aria-valuemax={indeterminate ? undefined : max}
        aria-valuenow={indeterminate ? undefined : value}
        aria-valuetext={indeterminate ? undefined : text}
      >
        <span
          className="progress__fill"
          style={indeterminate ? undefined : { width: `${share * 100}%` }}
        />
      </div>
      <p className="progress__detail">{text}</p>
    </div>
  );
}
