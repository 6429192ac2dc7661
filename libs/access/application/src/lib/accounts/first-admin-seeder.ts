import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig, ENV_VARIABLES } from '@billing/shared/nest';
import { AuthAccount } from './auth-account.entity';
import { hashPassword } from './passwords';

const DEMO_PASSWORD = ENV_VARIABLES.find(
  (v) => v.name === 'SEED_ADMIN_PASSWORD',
)?.defaultValue;
const UNIQUE_VIOLATION = '23505';

/** When there is no account at all, creates the first admin so somebody can log in. */
@Injectable()
export class AdminSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminSeeder.name);

  constructor(
    private readonly config: AppConfig,
    @InjectRepository(AuthAccount)
    private readonly accounts: Repository<AuthAccount>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.accounts.count()) > 0) return;
    const { seedAdminEmail: email, seedAdminPassword: password } =
      this.config.auth;
    try {
      await this.accounts.insert({
        email,
        displayName: 'Administrator',
        passwordHash: await hashPassword(password),
        roles: ['admin'],
        active: true,
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return; // another instance seeded it meanwhile
      throw error;
    }
    // The password is shown only while it is the public demo default; a configured one never reaches the logs.
    const shownPassword =
      password === DEMO_PASSWORD ? password : '(from SEED_ADMIN_PASSWORD)';
    this.logger.log(`Created the first admin account: ${email}`);
    if (this.config.nodeEnv !== 'test') {
      process.stdout.write(`\n  Demo login: ${email} / ${shownPassword}\n\n`);
    }
  }
}
