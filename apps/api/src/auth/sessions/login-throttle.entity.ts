import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempts for one e-mail address since its last success (each counts as a failure
 * until it succeeds), whether or not an account has the address, so a
 * lockout neither reveals accounts nor depends on which API replica answered. Keyed by a
 * SHA-256 of the normalised address: the table never holds what strangers typed.
 */
@Entity('login_throttles')
export class LoginThrottle {
  @PrimaryColumn({ type: 'text' })
  accountKey: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ type: 'timestamptz' })
  lastAttemptAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
