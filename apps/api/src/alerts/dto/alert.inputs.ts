import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsText, LIMITS } from '../../common/validation';
import { SignalDimension } from '../../insights/rising/rising.types';
import { WarningSignKind } from '../../insights/warning-signs/warning-signs.types';
import { AlertRuleKind, DeliveryStatus, WebhookFormat } from '../alert.enums';

export const ALERT_LIMITS = {
  recipients: 10,
  endpoints: 10,
  threshold: 1_000_000,
  windowDays: 366,
  url: 2_000,
  page: 100,
} as const;

@InputType()
export class CreateAlertRuleInput {
  @Field()
  @IsText(LIMITS.shortText)
  name: string;

  @Field(() => AlertRuleKind)
  @IsEnum(AlertRuleKind)
  kind: AlertRuleKind;

  @Field(() => WarningSignKind, {
    nullable: true,
    description: 'WARNING_SIGN only: the sign watched (any sign when null).',
  })
  @IsOptional()
  @IsEnum(WarningSignKind)
  sign?: WarningSignKind | null;

  @Field(() => SignalDimension, {
    nullable: true,
    description: 'RISING only: themes or policies (both when null).',
  })
  @IsOptional()
  @IsEnum(SignalDimension)
  dimension?: SignalDimension | null;

  @Field(() => Int, {
    nullable: true,
    description: `BACKLOG and SLA_BREACHES (required there): fires at or above, 1 to ${ALERT_LIMITS.threshold.toLocaleString('en')}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ALERT_LIMITS.threshold)
  threshold?: number | null;

  @Field(() => Int, {
    defaultValue: 28,
    description: `The days up to today judged, 1 to ${ALERT_LIMITS.windowDays}.`,
  })
  @IsInt()
  @Min(1)
  @Max(ALERT_LIMITS.windowDays)
  windowDays: number;

  @Field({ defaultValue: true })
  @IsBoolean()
  enabled: boolean;

  @Field({ defaultValue: true })
  @IsBoolean()
  notifyInApp: boolean;

  @Field(() => [String], {
    defaultValue: [],
    description: `At most ${ALERT_LIMITS.recipients} addresses.`,
  })
  @ArrayMaxSize(ALERT_LIMITS.recipients)
  @IsEmail({}, { each: true, message: 'emailTo must hold e-mail addresses' })
  @MaxLength(LIMITS.shortText, { each: true })
  emailTo: string[];

  @Field(() => [ID], {
    defaultValue: [],
    description: `Webhook endpoints, at most ${ALERT_LIMITS.endpoints}.`,
  })
  @ArrayMaxSize(ALERT_LIMITS.endpoints)
  @IsUUID('all', { each: true, message: 'endpointIds must hold ids' })
  endpointIds: string[];
}

// Without defaults: a field left out of an update keeps its value (with them, editing the
// threshold would quietly re-enable notifications and clear the recipients).
@InputType()
export class UpdateAlertRuleInput extends PartialType(CreateAlertRuleInput, {
  omitDefaultValues: true,
}) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field()
  @IsText(LIMITS.shortText)
  name: string;

  @Field({ description: 'An http or https address.' })
  @IsText(ALERT_LIMITS.url)
  url: string;

  @Field(() => WebhookFormat, { defaultValue: WebhookFormat.JSON })
  @IsEnum(WebhookFormat)
  format: WebhookFormat;
}

@InputType()
export class UpdateWebhookEndpointInput extends PartialType(CreateWebhookEndpointInput, {
  omitDefaultValues: true,
}) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

@InputType()
export class AlertDeliveriesInput {
  @Field(() => Int, { defaultValue: 50, description: `1 to ${ALERT_LIMITS.page}, newest first.` })
  @IsInt()
  @Min(1)
  @Max(ALERT_LIMITS.page)
  take: number;

  @Field(() => DeliveryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryStatus)
  status?: DeliveryStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'endpointId must be an id' })
  endpointId?: string | null;
}

@InputType()
export class NotificationsInput {
  @Field(() => Int, { defaultValue: 20, description: `1 to ${ALERT_LIMITS.page}, newest first.` })
  @IsInt()
  @Min(1)
  @Max(ALERT_LIMITS.page)
  take: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], {
    defaultValue: [],
    description: `The notifications read, at most ${ALERT_LIMITS.page}.`,
  })
  @ArrayMaxSize(ALERT_LIMITS.page)
  @IsUUID('all', { each: true, message: 'ids must hold ids' })
  ids: string[];

  @Field({ defaultValue: false, description: 'Mark all of the caller’s notifications read.' })
  @IsBoolean()
  all: boolean;
}
