import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Service } from '../catalogue/service.entity';
import { RoutingRule } from '../routing-rules/routing-rule.entity';
import { RequestsService } from '../requests/requests.service';
import { PasswordHasher } from '../users/password-hasher';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, DEMO_MAILBOX_BIOBANKS, DEMO_PASSWORD } from './demo-accounts';

/**
 * Fills an empty demo database with the demo accounts and a few requests, through the same
 * services as real use, so the demo shows real references, history and mails. Idempotent.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly requests: RequestsService,
    private readonly passwords: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      const rows: { id: string }[] = await this.dataSource.query(
        `INSERT INTO app_user (name, email, institution, password_hash, roles, email_verified_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT ((lower(email))) DO NOTHING
         RETURNING id`,
        [account.name, account.email, account.institution, passwordHash, account.roles],
      );
      if (rows.length === 0) continue;
      created++;
      for (const code of account.biobankCodes) {
        await this.dataSource.query(
          `INSERT INTO coordinator_biobank (user_id, biobank_code) VALUES ($1, $2)`,
          [rows[0].id, code],
        );
      }
    }
    if (created > 0) {
      await this.seedMailboxes();
      await this.seedRequests();
    }
    this.logger.log(
      created > 0 ? `Demo data created (${created} accounts)` : 'Demo data already present',
    );
  }

  /**
   * The biobanks without a demo coordinator get a shared mailbox, so that the demo can route to
   * every biobank. Only on the first start: a mailbox an administrator cleared stays cleared.
   */
  private async seedMailboxes(): Promise<void> {
    for (const code of DEMO_MAILBOX_BIOBANKS) {
      await this.dataSource.query(
        `UPDATE biobank SET shared_mailbox = $2 WHERE code = $1 AND shared_mailbox IS NULL`,
        [code, `${code.toLowerCase()}@biobank.example`],
      );
    }
  }

  private async seedRequests(): Promise<void> {
    const researcher = await this.userByEmail('researcher@example.org');
    const secretariat = await this.userByEmail('secretariat@example.org');
    if (!researcher || !secretariat) return;
    const services = await this.dataSource.getRepository(Service).find();
    const serviceId = (slug: string) => services.find((service) => service.slug === slug)!.id;
    const common = { principalInvestigator: researcher.name, institution: researcher.institution };

    // Rules an administrator would keep, so triage shows suggestions from the first login.
    await this.dataSource.getRepository(RoutingRule).insert([
      {
        name: 'Biomarkørudvikling: Kræftbiobank og patologi',
        serviceId: serviceId('biomarker-development'),
        requestedBiobankCodes: [],
        suggestedBiobankCodes: ['DCB', 'PATO'],
        defaultAssigneeId: secretariat.id,
        version: 1,
      },
      {
        name: 'Gigtforskning: Reumabiobanken',
        serviceId: null,
        requestedBiobankCodes: ['DRB'],
        suggestedBiobankCodes: ['DRB'],
        defaultAssigneeId: null,
        version: 1,
      },
    ]);

    await this.requests.submit(researcher, {
      ...common,
      title: 'Plasmabiomarkører til tidlig opsporing af kræft i bugspytkirtlen',
      serviceId: serviceId('biomarker-development'),
      biobankCodes: ['DCB', 'PATO'],
      projectDescription:
        'Vi vil validere et panel af cirkulerende proteiner som tidlig markør for pancreascancer i samarbejde med en dansk diagnostikvirksomhed.',
      ethicsApprovalCaseNumber: 'H-24012345',
    });
    const inTriage = await this.requests.submit(researcher, {
      ...common,
      title: 'Feasibility: synovial tissue in early rheumatoid arthritis',
      serviceId: serviceId('feasibility-inquiry'),
      biobankCodes: ['DRB'],
      projectDescription:
        'How many patients with early RA have synovial biopsies and serum stored at diagnosis?',
    });
    await this.requests.transition(secretariat, inTriage.id, {
      action: 'start_triage',
      version: inTriage.version,
    });
    await this.requests.submit(researcher, {
      ...common,
      title: 'Kontrolprøver fra raske bloddonorer',
      serviceId: serviceId('sample-data-access'),
      biobankCodes: ['DBB'],
      projectDescription:
        'Serum fra 500 raske donorer som kontrolgruppe i et studie af autoantistoffer.',
    });
  }

  private async userByEmail(email: string) {
    const [row] = await this.dataSource.query(`SELECT id FROM app_user WHERE lower(email) = $1`, [
      email,
    ]);
    return row ? this.users.findAuthUser(row.id) : null;
  }
}
