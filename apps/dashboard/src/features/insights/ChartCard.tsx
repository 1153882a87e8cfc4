import { useId, useState, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';

/**
 * A chart in a card, with its numbers as a table: the table is always in the accessibility tree
 * (the chart's text alternative, with a link behind every number) and shown on request.
 */
export function ChartCard({
  title,
  titleId,
  description,
  chart,
  table,
  footer,
  className,
  actions,
}: {
  title: ReactNode;
  titleId: string;
  description?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  footer?: ReactNode;
  className?: string;
  actions?: ReactNode;
}) {
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <Card
      title={title}
      titleId={titleId}
      className={`chart-card ${className ?? ''}`}
      actions={
        <>
          {actions}
          <Button
            variant="secondary"
            size="sm"
            className="chart-card__toggle"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? 'Hide the numbers' : 'Show the numbers'}
          </Button>
        </>
      }
    >
      {description ? <p className="chart-card__description">{description}</p> : null}
      <figure className="chart-card__figure" aria-labelledby={titleId}>
        {chart}
      </figure>
      {footer}
      <div id={tableId} className={showTable ? 'chart-card__table' : 'visually-hidden'}>
        {table}
      </div>
    </Card>
  );
}
