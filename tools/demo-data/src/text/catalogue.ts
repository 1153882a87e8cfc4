// Builds the grammar chain once: shared → audience (external or internal) → team → topic.
import { TEAMS } from '../organisation';
import type { DemoTeam } from '../types';
import { FILLERS, PERSONAL_DATA_FILLERS } from './fillers';
import { Grammar } from './grammar';
import { PULSE_RULES } from './pulse-text';
import { EXTERNAL_RULES, INTERNAL_RULES, SHARED_RULES } from './shared-rules';
import type { Topic } from './topic';
import { TEAM_TEXTS } from './topics';

export interface TopicText {
  topic: Topic;
  grammar: Grammar;
}

export interface TeamCatalogue {
  team: DemoTeam;
  grammar: Grammar;
  /** The team's grammar plus the pulse comments. */
  pulse: Grammar;
  topics: readonly TopicText[];
}

const SHARED = new Grammar(SHARED_RULES, null, { ...FILLERS, ...PERSONAL_DATA_FILLERS });
const AUDIENCE = {
  external: SHARED.extend(EXTERNAL_RULES),
  internal: SHARED.extend(INTERNAL_RULES),
};

export const CATALOGUE: readonly TeamCatalogue[] = TEAMS.map((team) => {
  const text = TEAM_TEXTS.find((candidate) => candidate.teamKey === team.key);
  if (!text) throw new Error(`no text for team ${team.key}`);
  const grammar = AUDIENCE[team.audience].extend(text.rules);
  return {
    team,
    grammar,
    pulse: grammar.extend(PULSE_RULES),
    topics: text.topics.map((topic) => ({ topic, grammar: grammar.extend(topic.rules) })),
  };
});
