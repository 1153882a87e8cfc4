import { formatMonthShort } from '../lib/format';
import { addMonths, monthCount, monthsIn, type Month, type MonthRange } from '../lib/period';
import './MonthRangePicker.css';

export interface MonthRangePickerProps {
  range: MonthRange;
  onChange: (range: MonthRange) => void;
  /** The last month that may be chosen (usually the current one). */
  latest: Month;
  /** How far back the lists go. */
  maxMonths: number;
  /** How far back the lists go when that is further than the longest period (default: maxMonths). */
  historyMonths?: number;
  /** Quick choices: the last N months up to `latest`. */
  presets?: readonly number[];
  /** Named quick choices instead of `presets` ("Last month", "Last 3 months" …). */
  quickRanges?: readonly QuickRange[];
  idPrefix?: string;
}

export interface QuickRange {
  label: string;
  range: MonthRange;
}

/** Period picker: quick "last N months" buttons and from/to month lists, all keyboard-operable. */
export function MonthRangePicker({
  range,
  onChange,
  latest,
  maxMonths,
  historyMonths = maxMonths,
  presets = [6, 12, 24],
  quickRanges,
  idPrefix = 'period',
}: MonthRangePickerProps) {
  // The lists reach back `historyMonths`, and further when the URL already names an older month.
  const earliest = addMonths(latest, -(Math.max(maxMonths, historyMonths) - 1));
  const months = monthsIn({
    from: range.from < earliest ? range.from : earliest,
    to: latest,
  }).reverse();
  const choose = (from: Month, to: Month) =>
    onChange(from <= to ? { from, to } : { from: to, to: from });

  return (
    <div className="period" role="group" aria-label="Period">
      <div className="period__presets" role="group" aria-label="Quick periods">
        {quickRanges
          ? quickRanges.map((quick) => (
              <button
                key={quick.label}
                type="button"
                className="period__preset"
                aria-pressed={quick.range.from === range.from && quick.range.to === range.to}
                onClick={() => choose(quick.range.from, quick.range.to)}
              >
                {quick.label}
              </button>
            ))
          : presets.map((count) => {
              const pressed = range.to === latest && monthCount(range) === count;
              return (
                <button
                  key={count}
                  type="button"
                  className="period__preset"
                  aria-pressed={pressed}
                  onClick={() => choose(addMonths(latest, -(count - 1)), latest)}
                >
                  <span className="visually-hidden">Last </span>
                  {count} months
                </button>
              );
            })}
      </div>
      <div className="period__custom">
        <label className="period__field" htmlFor={`${idPrefix}-from`}>
          <span className="period__label">From</span>
          <select
            id={`${idPrefix}-from`}
            className="period__select"
            value={range.from}
            onChange={(event) => choose(event.target.value, range.to)}
          >
            {months.map((month) => (
              <option key={month} value={month}>
                {formatMonthShort(month)}
              </option>
            ))}
          </select>
        </label>
        <span className="period__dash" aria-hidden="true">
          –
        </span>
        <label className="period__field" htmlFor={`${idPrefix}-to`}>
          <span className="period__label">To</span>
          <select
            id={`${idPrefix}-to`}
            className="period__select"
            value={range.to}
            onChange={(event) => choose(range.from, event.target.value)}
          >
            {months.map((month) => (
              <option key={month} value={month}>
                {formatMonthShort(month)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
