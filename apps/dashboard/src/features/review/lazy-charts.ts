import { lazy } from 'react';

// Asked for as soon as the review's code runs, so recharts loads while the data is on its way.
const charts = import('./ReviewCharts');

export const FunnelBars = lazy(() => charts.then((module) => ({ default: module.FunnelBars })));
export const Sparkline = lazy(() => charts.then((module) => ({ default: module.Sparkline })));
export const SeriesCard = lazy(() => charts.then((module) => ({ default: module.SeriesCard })));
