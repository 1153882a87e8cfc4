import type { ReactNode } from 'react';
import './Facts.css';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Labelled values side by side (a record's fields), wrapping to fit the width. */
export function Facts({ facts, className }: { facts: readonly Fact[]; className?: string }) {
  return (
    <dl className={`facts ${className ?? ''}`}>
      {facts.map((fact) => (
        <div key={fact.label} className="facts__entry">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
