import { useEffect, useRef } from 'react';
import './ErrorSummary.css';

export interface SummaryProblem {
  /** The id of the control to jump to, when the problem belongs to one. */
  fieldId?: string;
  message: string;
}

export interface ErrorSummaryProps {
  title?: string;
  problems: readonly SummaryProblem[];
  /** Changes on every failed attempt, so focus returns to the summary each time. */
  attempt: number;
}

/**
 * The list of what to fix, at the top of a form. It takes focus after a failed submit so
 * keyboard and screen-reader users learn about every problem, and each entry links to its field.
 */
export function ErrorSummary({
  title = 'There is a problem',
  problems,
  attempt,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
    // Focus follows the attempt, not every re-render of the same problems.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  if (problems.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={`${problem.fieldId ?? ''}:${problem.message}`}>
            {problem.fieldId ? (
              <a
                href={`#${problem.fieldId}`}
                onClick={(event) => {
                  const target = document.getElementById(problem.fieldId ?? '');
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView?.({ block: 'center' });
                }}
              >
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
