import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsText, LIMITS } from '../../common/validation';
import { ApiKey } from '../api-key.entity';
import { PERSON_ROLES, Role } from '../role.enum';
import { User } from '../user.entity';

const PASSWORD_MIN = 10;

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(LIMITS.shortText)
  email: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.shortText)
  password: string;
}

@ObjectType({ description: 'A signed-in session: its token, when it expires and who holds it.' })
export class Session {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: 'The caller: a signed-in person or an API key.' })
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field(() => Role)
  role: Role;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  teamId: string | null;
}

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(LIMITS.shortText)
  email: string;

  @Field()
  @IsText(LIMITS.shortText)
  displayName: string;

  @Field(() => Role)
  @IsIn(PERSON_ROLES, {
    message: 'role must be a person role (admin, manager, process_owner or staff)',
  })
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be an id' })
  teamId?: string | null;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(LIMITS.shortText)
  password: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(LIMITS.shortText)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsIn(PERSON_ROLES, {
    message: 'role must be a person role (admin, manager, process_owner or staff)',
  })
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be an id' })
  teamId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(LIMITS.shortText)
  password?: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "Helpdesk nightly export".' })
  @IsText(LIMITS.shortText)
  name: string;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'Shown once; send as the "X-Api-Key" header.' })
  secret: string;
}
