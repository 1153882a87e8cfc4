import { render, screen } from '@testing-library/react';
import {
  ChartContainer,
  ChartTooltipContent,
  seriesColor,
  type ChartConfig,
} from './ChartContainer';

const config: ChartConfig = {
  open: { label: 'Open items', color: 'var(--chart-blue)' },
  late: {
    label: 'Late items',
    color: 'var(--chart-vermillion)',
    format: (value) => `${value} late`,
  },
};

describe('ChartContainer', () => {
  it('turns the config into one colour variable per series, for the chart’s fills', () => {
    const { container } = render(
      <ChartContainer config={config}>
        <svg />
      </ChartContainer>,
    );
    const chart = container.querySelector('.chart') as HTMLElement;
    expect(chart.style.getPropertyValue('--color-open')).toBe('var(--chart-blue)');
    expect(chart.style.getPropertyValue('--color-late')).toBe('var(--chart-vermillion)');
    expect(seriesColor('late')).toBe('var(--color-late)');
  });

  it('draws an HTML legend in the order asked for, labelled from the config', () => {
    render(
      <ChartContainer config={config} legend={{ keys: ['late', 'open'], label: 'Series' }}>
        <svg />
      </ChartContainer>,
    );
    expect(screen.getByRole('list', { name: 'Series' })).toHaveTextContent('Late itemsOpen items');
  });
});

describe('ChartTooltipContent', () => {
  const payload = [
    { dataKey: 'open', value: 1200, graphicalItemId: 'a' },
    { dataKey: 'late', value: 3, graphicalItemId: 'b' },
  ];

  it('labels and formats each value from the config, with a total when asked', () => {
    render(
      <ChartContainer config={config} formatValue={(value) => value.toLocaleString('en-GB')}>
        <ChartTooltipContent
          active
          payload={payload}
          label="2026-03"
          formatLabel={(label) => `Month ${label}`}
          showTotal
        />
      </ChartContainer>,
    );
    expect(screen.getByText('Month 2026-03')).toBeInTheDocument();
    expect(screen.getByText('Open items').nextSibling).toHaveTextContent('1,200');
    expect(screen.getByText('Late items').nextSibling).toHaveTextContent('3 late');
    expect(screen.getByText('Total').nextSibling).toHaveTextContent('1,203');
  });

  it('draws nothing while no bar is active', () => {
    const { container } = render(
      <ChartContainer config={config}>
        <ChartTooltipContent active={false} payload={payload} />
      </ChartContainer>,
    );
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });
});
