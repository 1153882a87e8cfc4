import type { ChartConfig } from '../../charts/ChartContainer';
import type { ItemKind } from '../../graphql/generated/graphql';
import { formatNumber } from '../../lib/format';
import { itemKindPlural } from '../../lib/labels';

/**
 * Stack order, bottom to top: complaints sit on the baseline so their trend reads directly.
 * Okabe–Ito colours; neighbours in the stack differ in lightness as well as hue.
 */
export const VOLUME_STACK: readonly ItemKind[] = ['COMPLAINT', 'REQUEST', 'FEEDBACK', 'COMPLIMENT'];

export const volumeChartConfig: ChartConfig<ItemKind> = {
  COMPLAINT: {
    label: itemKindPlural.COMPLAINT,
    color: 'var(--chart-vermillion)',
    format: formatNumber,
  },
  REQUEST: { label: itemKindPlural.REQUEST, color: 'var(--chart-blue)', format: formatNumber },
  FEEDBACK: { label: itemKindPlural.FEEDBACK, color: 'var(--chart-orange)', format: formatNumber },
  COMPLIMENT: {
    label: itemKindPlural.COMPLIMENT,
    color: 'var(--chart-green)',
    format: formatNumber,
  },
};
