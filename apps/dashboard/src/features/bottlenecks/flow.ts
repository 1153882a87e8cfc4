import type { BottlenecksQuery } from '../../graphql/generated/graphql';

/** The Bottlenecks page's answer, which every card reads. */
export type Flow = BottlenecksQuery['bottlenecks'];
