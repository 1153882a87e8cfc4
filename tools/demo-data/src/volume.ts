// How many items arrive each day, and for which team: weekday and weekend rhythms, seasons,
// holidays, month ends, growth, day-to-day noise, and the extra contacts a story causes.
import { DAY_MS, dayOfWeek, isHoliday, seasonalFactor, startOfUtcDay } from './calendar';
import { PROFILES } from './profiles';
import { Weighted, type Random } from './random';
import { POLICY_CHANGE, type StoryEffects } from './stories';
import { CATALOGUE } from './text/catalogue';

/** Monday is the busiest day and Friday the quietest weekday. */
const WEEKDAY_FACTOR = [0, 1.15, 1.06, 1.0, 0.97, 0.86, 0];
const YEAR_MS = 365.25 * DAY_MS;

export interface DayPlan {
  dayMs: number;
  /** Exclusive end of the arrivals: midnight, or `now` on the last day. */
  endMs: number;
  count: number;
  /** Which team (index into TEAMS) an item of this day goes to. */
  teams: Weighted<number>;
  /** Per team, how busy the day is against the team's normal (drives response times). */
  load: Float64Array;
}

/** Share of a team's contacts that are about the policy whose rule the story tightens. */
function storyTopicShare(teamIndex: number): number {
  const topics = CATALOGUE[teamIndex].topics;
  const total = topics.reduce((sum, { topic }) => sum + topic.weight, 0);
  const story = topics
    .filter(({ topic }) => topic.policyKey === POLICY_CHANGE.policyKey)
    .reduce((sum, { topic }) => sum + topic.weight, 0);
  return story / total;
}

export function planDays(
  startMs: number,
  nowMs: number,
  total: number,
  effects: StoryEffects,
  random: Random,
): DayPlan[] {
  const teamCount = CATALOGUE.length;
  const storyShares = CATALOGUE.map((_, i) => storyTopicShare(i));
  const days: {
    dayMs: number;
    endMs: number;
    weights: number[];
    load: Float64Array;
    weight: number;
  }[] = [];
  for (let dayMs = startOfUtcDay(startMs); dayMs < nowMs; dayMs += DAY_MS) {
    const endMs = Math.min(dayMs + DAY_MS, nowMs);
    const weekday = dayOfWeek(dayMs);
    const monthEnd = new Date(dayMs + 3 * DAY_MS).getUTCDate() <= 3;
    const years = (dayMs - startMs) / YEAR_MS;
    const holiday = isHoliday(dayMs) ? 0.15 : 1;
    const partial = (endMs - dayMs) / DAY_MS;
    const load = new Float64Array(teamCount);
    const weights = CATALOGUE.map((_, i) => {
      const profile = PROFILES[i];
      const season = seasonalFactor(profile.monthly, dayMs);
      const noise = random.logNormal(1, 0.1);
      load[i] = season * noise;
      const rhythm = weekday === 0 || weekday === 6 ? profile.weekend : WEEKDAY_FACTOR[weekday];
      // Once the receipt rule is tightened, its refund contacts grow on top of the rest.
      const story = effects.receiptRuleTightened(dayMs)
        ? 1 + storyShares[i] * (POLICY_CHANGE.volumeBoost - 1)
        : 1;
      return (
        profile.share *
        season *
        rhythm *
        holiday *
        (monthEnd ? profile.monthEnd : 1) *
        (1 + profile.growthPerYear) ** years *
        story *
        noise *
        partial
      );
    });
    days.push({ dayMs, endMs, weights, load, weight: weights.reduce((a, b) => a + b, 0) });
  }
  // Round cumulatively so the days add up to exactly `total`.
  const sum = days.reduce((acc, day) => acc + day.weight, 0);
  let cumulative = 0;
  let assigned = 0;
  return days.map((day) => {
    cumulative += day.weight;
    const upTo = Math.round((cumulative / sum) * total);
    const count = upTo - assigned;
    assigned = upTo;
    return {
      dayMs: day.dayMs,
      endMs: day.endMs,
      count,
      teams: new Weighted(day.weights.map((weight, i) => [i, weight] as const)),
      load: day.load,
    };
  });
}
