export { generateDemoData, type DemoData, type GenerateOptions } from './generate';
export {
  ORGANISATION_NAME,
  createDemoOrganisation,
  type OrganisationOptions,
} from './organisation';
export {
  DEMO_STORIES,
  IMPROVEMENT_ACTION,
  MIN_MONTHS_FOR_STORIES,
  POLICY_CHANGE,
  TEAM_OVERLOAD,
  describeStories,
  type DemoStory,
  type DemoStoryDefinition,
  type StoryKey,
  type StoryMilestone,
} from './stories';
export type * from './types';
export * from './vocabulary';
