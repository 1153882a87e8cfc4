import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';
import { ArgsType } from '@nestjs/graphql';
import { DigestFrequency } from './digest-period';

export const MAX_DIGESTS_LISTED = 100;

@InputType()
export class UpdateDigestSubscriptionInput {
  @Field()
  @IsBoolean()
  enabled: boolean;

  @Field(() => DigestFrequency)
  @IsEnum(DigestFrequency)
  frequency: DigestFrequency;
}

@ArgsType()
export class DigestsArgs {
  @Field(() => Int, { defaultValue: 24, description: `Newest first, 1 to ${MAX_DIGESTS_LISTED}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_DIGESTS_LISTED)
  take: number;
}

@ArgsType()
export class DigestArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
