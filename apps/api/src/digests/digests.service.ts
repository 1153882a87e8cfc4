import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { Role } from '../auth/role.enum';
import { User } from '../auth/user.entity';
import { Clock } from '../common/clock';
import { DomainError, ErrorCode } from '../common/domain-error';
import { APP_CONFIG } from '../config/app-config';
import type { ResolvedConfig } from '../config/local-secrets';
import { ComparisonMode } from '../insights/read-model/scope.types';
import { periodRange } from '../insights/read-model/scope';
import type { ReviewPackInput } from '../insights/review-pack/review-pack.input';
import { ReviewPackService } from '../insights/review-pack/review-pack.service';
import type { MailMessage } from '../mail/mail-message.entity';
import { MailService } from '../mail/mail.service';
import { DashboardLinks } from './dashboard-links';
import { Digest } from './digest.entity';
import { composeDigest, type ComposedDigest, risingOnly } from './digest.compose';
import { DigestFrequency, type DigestPeriod, latestEndedPeriod } from './digest-period';
import { DigestSubscription } from './digest-subscription.entity';
import type { DigestMessage, DigestSubscriptionView, DigestSummary } from './digests.types';
import type { UpdateDigestSubscriptionInput } from './digests.input';

export interface DigestRun {
  sent: number;
  /** Subscribers whose digest for the period was already sent (or is being sent by another run). */
  alreadySent: number;
  failed: number;
}

/** Longer than any send takes (a digest is one review pack and one mail). */
const STALE_CLAIM_MINUTES = 15;

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const rangeOf = (period: DigestPeriod) =>
  periodRange({ from: dayMs(period.from), to: dayMs(period.to) });

/** Subscriptions, the digests they produce, and the run that sends the due ones. */
@Injectable()
export class DigestsService {
  private readonly logger = new Logger(DigestsService.name);

  constructor(
    @InjectRepository(DigestSubscription)
    private readonly subscriptions: Repository<DigestSubscription>,
    @InjectRepository(Digest) private readonly digests: Repository<Digest>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly packs: ReviewPackService,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async subscription(userId: string): Promise<DigestSubscriptionView> {
    const [user, stored] = await Promise.all([
      this.users.findOneByOrFail({ id: userId }),
      this.subscriptions.findOneBy({ userId }),
    ]);
    const frequency = stored?.frequency ?? DigestFrequency.MONTHLY;
    return {
      enabled: stored?.enabled ?? false,
      frequency,
      email: user.email,
      transport: this.mail.transport,
      latestPeriod: rangeOf(latestEndedPeriod(frequency, this.clock.now())),
    };
  }

  async updateSubscription(
    userId: string,
    input: UpdateDigestSubscriptionInput,
  ): Promise<DigestSubscriptionView> {
    await this.subscriptions.upsert(
      { userId, enabled: input.enabled, frequency: input.frequency },
      ['userId'],
    );
    return this.subscription(userId);
  }

  async list(userId: string, take: number): Promise<DigestSummary[]> {
    const rows = await this.digests.find({
      where: { userId },
      relations: { mailMessage: true },
      order: { periodFrom: 'DESC', createdAt: 'DESC' },
      take,
    });
    return rows.flatMap((row) => (row.mailMessage ? [this.summary(row, row.mailMessage)] : []));
  }

  /** One of the caller's own digests; another's is NOT_FOUND, as if it did not exist. */
  async find(userId: string, id: string): Promise<DigestMessage> {
    const row = await this.digests.findOne({
      where: { id, userId },
      relations: { mailMessage: true },
    });
    if (!row?.mailMessage) throw new DomainError(ErrorCode.NOT_FOUND, 'No such digest');
    const message = row.mailMessage;
    return { ...this.summary(row, message), text: message.text, html: message.html };
  }

  /**
   * Sends every enabled manager the digest of the latest period ended by `now`, unless it went
   * out already. Each digest is claimed by inserting its row first: the unique key lets exactly
   * one run (of any replica) send it; a failed send gives the claim back for the next run.
   */
  async sendDue(now: Date = this.clock.now()): Promise<DigestRun> {
    const due = await this.subscriptions.find({
      where: { enabled: true, user: { role: Role.MANAGER, active: true } },
      relations: { user: true },
      order: { userId: 'ASC' },
    });
    const composed = new Map<DigestFrequency, Promise<ComposedDigest>>();
    const run: DigestRun = { sent: 0, alreadySent: 0, failed: 0 };
    for (const { user, ...subscription } of due) {
      if (!user) continue; // the where clause joined it; typed optional for other readers
      const period = latestEndedPeriod(subscription.frequency, now);
      const claim = await this.claim(subscription, period);
      if (!claim) {
        run.alreadySent += 1;
        continue;
      }
      try {
        const digest =
          composed.get(subscription.frequency) ?? this.compose(subscription.frequency, period);
        composed.set(subscription.frequency, digest);
        const sent = await this.mail.send({ to: user.email, ...(await digest) });
        await this.digests.update({ id: claim }, { mailMessageId: sent.id });
        run.sent += 1;
      } catch (error) {
        await this.digests.delete({ id: claim });
        run.failed += 1;
        this.logger.error(
          `The ${subscription.frequency} digest for user ${subscription.userId} was not sent; the next run tries again: ${String(error)}`,
        );
      }
    }
    return run;
  }

  private async claim(
    subscription: DigestSubscription,
    period: DigestPeriod,
  ): Promise<string | null> {
    const rows = (await this.dataSource.query(
      `INSERT INTO digests (user_id, frequency, period_from, period_to)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT digests_once_per_period DO UPDATE SET created_at = now()
         -- A claim left unsent for a while belongs to a run that died (a replica stopped
         -- mid-send): take it over rather than never sending that digest.
         WHERE digests.mail_message_id IS NULL
           AND digests.created_at < now() - interval '${STALE_CLAIM_MINUTES} minutes'
       RETURNING id`,
      [subscription.userId, subscription.frequency, period.from, period.to],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** The period's review pack, read once per run and frequency: every reader gets the same. */
  private async compose(frequency: DigestFrequency, period: DigestPeriod): Promise<ComposedDigest> {
    const input = { ...period, comparison: ComparisonMode.PREVIOUS } as ReviewPackInput;
    const pack = this.packs.reviewPack(input);
    const sections = this.packs.sections(pack);
    const before = pack.comparisonPeriod
      ? this.packs
          .sections(
            this.packs.reviewPack({
              from: pack.comparisonPeriod.from,
              to: pack.comparisonPeriod.to,
              comparison: ComparisonMode.PREVIOUS,
            } as ReviewPackInput),
          )
          .warningSigns()
      : Promise.resolve(null);
    const [kpis, warnings, warningsBefore, rising, actions] = await Promise.all([
      sections.kpis(),
      sections.warningSigns(),
      before,
      sections.risingSignals(),
      sections.actions(),
    ]);
    const figures = {
      frequency,
      period: pack.period,
      comparisonPeriod: pack.comparisonPeriod,
      kpis,
      warnings: warnings.signs,
      warningsBefore: warningsBefore?.signs ?? null,
      risingThemes: risingOnly(rising.themes),
      risingPolicies: risingOnly(rising.policies),
      actions,
    };
    return composeDigest(figures, new DashboardLinks(this.publicUrl()));
  }

  publicUrl(): string {
    return this.config.publicUrl ?? `http://localhost:${this.config.port || 3000}`;
  }

  private summary(row: Digest, message: MailMessage): DigestSummary {
    return {
      id: row.id,
      frequency: row.frequency,
      period: rangeOf({ from: row.periodFrom, to: row.periodTo }),
      subject: message.subject,
      recipient: message.recipient,
      transport: message.transport,
      sentAt: message.createdAt,
    };
  }
}
