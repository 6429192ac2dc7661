import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { WrongExpectedRevisionError } from '@billing/event-store';
import {
  memberDecider,
  normaliseEmail,
  organisationStreams,
  ORGANISATION_EVENT_SCHEMA_VERSIONS,
  type MemberEvent,
} from '@billing/organisation/domain';
import {
  AggregateRepository,
  awaitReadModel,
  typeDataCodec,
  uuidFromSeed,
} from '@billing/shared/event-sourcing';
import { asId, type Clock, ConflictError } from '@billing/shared/kernel';
import { AppConfig, CLOCK, ENV_VARIABLES } from '@billing/shared/nest';
import { AuthAccount } from '../authentication/auth-account.entity';
import { AccessMembers } from '../members/access-members';
import { MemberAccounts } from './member-accounts';

const DEMO_PASSWORD = ENV_VARIABLES.find(
  (v) => v.name === 'SEED_ADMIN_PASSWORD',
)?.defaultValue;
export const SEED_ACTOR = 'system:seed';
const memberCodec = typeDataCodec<MemberEvent>(
  ORGANISATION_EVENT_SCHEMA_VERSIONS,
);

/** The seeded admin's member id follows from the e-mail, so concurrent starts address the same member stream. */
export const seedAdminMemberId = (email: string): string =>
  uuidFromSeed(`first-admin|${normaliseEmail(email)}`);

/**
 * When no account belongs to a member yet, registers the first admin as a member (an event, actor `system:seed`) and
 * creates its login from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD. Safe to run again and from several instances at
 * once: the member id is derived from the e-mail, and "already registered" or "already has an account" mean that
 * another start got there first.
 */
@Injectable()
export class FirstAdminSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdminSeeder.name);

  constructor(
    private readonly config: AppConfig,
    @InjectRepository(AuthAccount)
    private readonly accounts: Repository<AuthAccount>,
    private readonly aggregates: AggregateRepository,
    private readonly members: AccessMembers,
    private readonly memberAccounts: MemberAccounts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.accounts.existsBy({ memberId: Not(IsNull()) })) return;
    const { seedAdminEmail, seedAdminPassword: password } = this.config.auth;
    const email = normaliseEmail(seedAdminEmail);
    const memberId = await this.registerAdmin(email);
    const created = await this.createAccount(memberId, email, password);
    const visible = await awaitReadModel(
      async () => (await this.members.findActive(memberId)) !== undefined,
      10_000,
      25,
    );
    if (!visible) {
      this.logger.warn(
        'The first admin is registered but the member read model has not caught up yet',
      );
    }
    if (!created) return;
    // The password is shown only while it is the public demo default; a configured one never reaches the logs.
    const shownPassword =
      password === DEMO_PASSWORD ? password : '(from SEED_ADMIN_PASSWORD)';
    this.logger.log(`Created the first admin account: ${email}`);
    if (this.config.nodeEnv !== 'test') {
      process.stdout.write(`\n  Demo login: ${email} / ${shownPassword}\n\n`);
    }
  }

  /** The admin's member id: an existing member with that e-mail, or a newly registered one. */
  private async registerAdmin(email: string): Promise<string> {
    const existing = await this.members.findByEmail(email);
    if (existing) return existing.memberId;
    const memberId = seedAdminMemberId(email);
    try {
      await this.aggregates.execute({
        stream: organisationStreams.member(memberId),
        decider: memberDecider,
        codec: memberCodec,
        command: {
          type: 'register-member',
          actorId: asId<'Member'>(memberId),
          data: {
            memberId: asId<'Member'>(memberId),
            name: 'Administrator',
            email,
            roles: ['admin'],
          },
        },
        context: {},
        metadata: { actor: SEED_ACTOR, occurredAt: this.clock.now() },
      });
    } catch (error) {
      const registeredMeanwhile =
        error instanceof WrongExpectedRevisionError ||
        (error instanceof ConflictError &&
          error.code === 'MEMBER_ALREADY_REGISTERED');
      if (!registeredMeanwhile) throw error;
    }
    return memberId;
  }

  private async createAccount(
    memberId: string,
    email: string,
    password: string,
  ): Promise<boolean> {
    try {
      await this.memberAccounts.createForMember({
        memberId,
        email,
        name: 'Administrator',
        password,
      });
      return true;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // Another instance created it meanwhile, or an account from before accounts belonged to members has this
      // e-mail: that one becomes the admin's login, with its password.
      await this.accounts.query(
        'UPDATE auth_accounts SET member_id = $1 WHERE lower(email) = $2 AND member_id IS NULL',
        [memberId, email],
      );
      return false;
    }
  }
}
