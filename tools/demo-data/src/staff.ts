// The people side: weekly pulse entries (workload, comments, often anonymous) and staffing
// events (hires, departures, sick leave) for every team.
import {
  DAY_MS,
  WEEK_MS,
  dayOfWeek,
  isWeekend,
  isoDay,
  seasonalFactor,
  startOfUtcDay,
} from './calendar';
import { USERS } from './organisation';
import { PROFILES } from './profiles';
import type { Random } from './random';
import { POLICY_CHANGE, TEAM_OVERLOAD, type StoryEffects } from './stories';
import { CATALOGUE } from './text/catalogue';
import { policyReference } from './text/policy-references';
import { writePulseText } from './text/pulse-text';
import type { DemoPolicy, DemoPulseEntry, DemoStaffingEvent } from './types';

export function generatePulse(
  startMs: number,
  nowMs: number,
  effects: StoryEffects,
  policies: readonly DemoPolicy[],
  random: Random,
): DemoPulseEntry[] {
  const entries: DemoPulseEntry[] = [];
  const today = startOfUtcDay(nowMs);
  // Weeks start on Monday.
  let week = startOfUtcDay(startMs);
  while (dayOfWeek(week) !== 1) week += DAY_MS;
  for (; week <= today; week += WEEK_MS) {
    CATALOGUE.forEach(({ team, pulse: grammar, topics }, i) => {
      const profile = PROFILES[i];
      const signers = USERS.filter((user) => user.role === 'staff' && user.teamKey === team.key);
      const teamPolicies = policies.filter((policy) =>
        topics.some(({ topic }) => topic.policyKey === policy.key),
      );
      for (let member = 0; member < team.staffCount; member++) {
        if (!random.chance(profile.pulseTurnout)) continue;
        const dayMs = week + random.int(0, 4) * DAY_MS;
        if (dayMs > today) continue;
        const strain = effects.overloadStrain(team.key, dayMs);
        const season = seasonalFactor(profile.monthly, dayMs);
        const raw =
          profile.pulseBase +
          1.2 * (season - 1) +
          TEAM_OVERLOAD.pulseShift * strain +
          0.75 * random.normal();
        const workload = Math.max(1, Math.min(5, Math.round(raw)));
        const withText = random.chance(workload >= 4 ? 0.65 : 0.4);
        const cited =
          withText && teamPolicies.length > 0
            ? citedPolicy(teamPolicies, effects, dayMs, random)
            : null;
        const text = withText
          ? writePulseText(grammar, { workload, citesPolicy: cited !== null }, random, {
              policyRef: cited ? policyReference(cited, random) : undefined,
            })
          : null;
        // Only colleagues with an account can sign; people are more guarded when it is bad.
        const signer = member < signers.length ? signers[member] : null;
        const anonymous = signer === null || random.chance(workload >= 4 ? 0.6 : 0.35);
        entries.push({
          teamKey: team.key,
          submittedOn: isoDay(dayMs),
          workload,
          text: text?.text ?? null,
          anonymous,
          authorEmail: anonymous ? null : signer.email,
          cues: text?.cues ?? [],
        });
      }
    });
  }
  return entries.sort((a, b) =>
    a.submittedOn < b.submittedOn ? -1 : a.submittedOn > b.submittedOn ? 1 : 0,
  );
}

function citedPolicy(
  policies: readonly DemoPolicy[],
  effects: StoryEffects,
  dayMs: number,
  random: Random,
): DemoPolicy | null {
  const story = policies.find((policy) => policy.key === POLICY_CHANGE.policyKey);
  if (story && effects.receiptRuleTightened(dayMs) && random.chance(0.35)) return story;
  return random.chance(0.12) ? random.pick(policies) : null;
}

export function generateStaffing(
  startMs: number,
  nowMs: number,
  effects: StoryEffects,
  random: Random,
): DemoStaffingEvent[] {
  const events: DemoStaffingEvent[] = [];
  const today = startOfUtcDay(nowMs);
  CATALOGUE.forEach(({ team }, i) => {
    const profile = PROFILES[i];
    const workingDaysPerYear = 255;
    for (let dayMs = startOfUtcDay(startMs); dayMs <= today; dayMs += DAY_MS) {
      if (isWeekend(dayMs)) continue;
      const on = isoDay(dayMs);
      const departures = random.poisson((team.staffCount * profile.turnover) / workingDaysPerYear);
      for (let d = 0; d < departures; d++) {
        events.push({ teamKey: team.key, type: 'departure', occurredOn: on });
        // Replacements start four to ten weeks later.
        const hireMs = dayMs + random.int(28, 70) * DAY_MS;
        if (hireMs <= today)
          events.push({ teamKey: team.key, type: 'hire', occurredOn: isoDay(hireMs) });
      }
      const multiplier = effects.sickLeaveMultiplier(team.key, dayMs);
      const absences = random.poisson((team.staffCount * 1.4 * multiplier) / workingDaysPerYear);
      for (let a = 0; a < absences; a++) {
        // Mostly a few days; long absences are rare unless the team is under strain.
        const sickDays =
          multiplier > 1 && random.chance(0.35)
            ? random.int(10, 30)
            : random.chance(0.04)
              ? random.int(8, 20)
              : 1 + random.poisson(1.5);
        events.push({ teamKey: team.key, type: 'sick_leave', occurredOn: on, sickDays });
      }
    }
  });
  for (const departureMs of effects.departureDays) {
    events.push({
      teamKey: TEAM_OVERLOAD.teamKey,
      type: 'departure',
      occurredOn: isoDay(departureMs),
    });
  }
  return events.sort((a, b) =>
    a.occurredOn < b.occurredOn
      ? -1
      : a.occurredOn > b.occurredOn
        ? 1
        : a.teamKey.localeCompare(b.teamKey),
  );
}
