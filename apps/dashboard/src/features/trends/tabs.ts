/** The Trends section's pages: any metric, and the items-per-month chart. */
export const TREND_TABS = [
  { path: '/trends', label: 'Any metric' },
  { path: '/trends/volume', label: 'Items per month' },
];
