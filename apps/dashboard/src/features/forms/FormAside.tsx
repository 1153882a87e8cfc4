import type { ReactNode } from 'react';

/** A short note beside a form on wide screens (below it on narrow ones): what happens to the answers. */
export function FormAside({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="form-aside" aria-label={title}>
      <h2 className="form-aside__title">{title}</h2>
      <div className="form-aside__body">{children}</div>
    </aside>
  );
}
