import { AlertCondition } from '../alerts/alert-condition.entity';
import { AlertDelivery } from '../alerts/alert-delivery.entity';
import { AlertEvent } from '../alerts/alert-event.entity';
import { AlertNotification } from '../alerts/alert-notification.entity';
import { AlertRule } from '../alerts/alert-rule.entity';
import { WebhookEndpoint } from '../alerts/webhook-endpoint.entity';
import { ImprovementAction } from '../actions/improvement-action.entity';
import { AnalysisJob } from '../analysis/analysis-job.entity';
import { AnalysisModel } from '../analysis/analysis-model.entity';
import { ItemAnalysis } from '../analysis/item-analysis.entity';
import { ItemFlag } from '../analysis/item-flag.entity';
import { ItemPolicyMention } from '../analysis/item-policy-mention.entity';
import { ItemTheme } from '../analysis/item-theme.entity';
import { ThemeCorrection } from '../analysis/theme-correction.entity';
import { FlagCorrection } from '../analysis/flag-correction.entity';
import { ThemeExample } from '../analysis/theme-example.entity';
import { ApiKey } from '../auth/api-key.entity';
import { DemoLoad } from '../demo/demo-load.entity';
import { Digest } from '../digests/digest.entity';
import { DigestSubscription } from '../digests/digest-subscription.entity';
import { MailMessage } from '../mail/mail-message.entity';
import { LoginThrottle } from '../auth/sessions/login-throttle.entity';
import { UserSession } from '../auth/sessions/user-session.entity';
import { User } from '../auth/user.entity';
import { ItemEvent } from '../items/item-event.entity';
import { Item } from '../items/item.entity';
import { Policy } from '../organisation/policy.entity';
import { ServiceLevel } from '../organisation/service-level.entity';
import { Team } from '../organisation/team.entity';
import { Theme } from '../organisation/theme.entity';
import { ReviewNote } from '../review-notes/review-note.entity';
import { PulseEntry } from '../staff/pulse-entry.entity';
import { StaffingEvent } from '../staff/staffing-event.entity';
import { RawTextRead } from '../items/raw-text/raw-text-read.entity';
import { ItemOwner } from '../attention/item-owner.entity';
import { EscalationOutcome } from '../attention/escalation-outcome.entity';

export const ENTITIES = [
  Team,
  Policy,
  Theme,
  ServiceLevel,
  Item,
  ItemEvent,
  PulseEntry,
  StaffingEvent,
  ImprovementAction,
  User,
  ApiKey,
  UserSession,
  LoginThrottle,
  ItemAnalysis,
  ItemTheme,
  ItemFlag,
  ItemPolicyMention,
  ThemeExample,
  ThemeCorrection,
  FlagCorrection,
  AnalysisModel,
  AnalysisJob,
  ReviewNote,
  RawTextRead,
  DemoLoad,
  MailMessage,
  DigestSubscription,
  Digest,
  AlertRule,
  WebhookEndpoint,
  AlertEvent,
  AlertCondition,
  AlertDelivery,
  AlertNotification,
  ItemOwner,
  EscalationOutcome,
];
