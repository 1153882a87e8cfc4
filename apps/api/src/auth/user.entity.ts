import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../database/timestamps';
import { Role } from './role.enum';
import { Team } from '../organisation/team.entity';

@ObjectType()
@Entity('users')
@Index('users_email_unique', { synchronize: false })
export class User extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ type: 'text' })
  displayName: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => Team, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id' })
  team?: Team | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  // scrypt hash; never exposed through GraphQL.
  @Column({ type: 'text' })
  passwordHash: string;
}
