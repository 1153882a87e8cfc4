import { useEffect, useRef, type ReactNode } from 'react';
import { takeTitleFocusRequest } from './route-focus';
import './PageHeader.css';

export interface PageHeaderProps {
  title: string;
  /** A small label above the title, such as the section ("Trends"). */
  eyebrow?: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The page's one h1; names the browser tab and takes focus after in-app navigation. */
export function PageHeader({ title, eyebrow, description, actions }: PageHeaderProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · Fulcrum`;
  }, [title]);

  useEffect(() => {
    if (takeTitleFocusRequest()) titleRef.current?.focus();
  }, []);

  return (
    <div className="page-header">
      <div className="page-header__text">
        {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
        <h1 className="page-header__title" tabIndex={-1} ref={titleRef}>
          {title}
        </h1>
        {description ? <div className="page-header__description">{description}</div> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}
