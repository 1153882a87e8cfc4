import type { HTMLAttributes, ReactNode } from 'react';
import './Card.css';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  as?: 'section' | 'div' | 'article';
  title?: ReactNode;
  /** Id for the title, so the card can be a labelled region. */
  titleId?: string;
  actions?: ReactNode;
  children: ReactNode;
  padded?: boolean;
}

export function Card({
  as: Tag = 'section',
  title,
  titleId,
  actions,
  children,
  padded = true,
  className,
  ...rest
}: CardProps) {
  return (
    <Tag
      {...rest}
      className={`card${padded ? ' card--padded' : ''} ${className ?? ''}`}
      aria-labelledby={title && titleId ? titleId : rest['aria-labelledby']}
    >
      {title || actions ? (
        <div className="card__header">
          {title ? (
            <h2 className="card__title" id={titleId}>
              {title}
            </h2>
          ) : null}
          {actions ? <div className="card__actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </Tag>
  );
}
