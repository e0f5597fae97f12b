import { type CoordinatorActor, isInView, recordViewOf } from '@bgb/domain';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app.config';
import { RequestMessage } from '../../messages/request-message.entity';
import { RequestEvents } from '../../requests/request-events';
import { RequestsService } from '../../requests/requests.service';
import { User } from '../../users/user.entity';
import { biobankRecipients, onePerAddress } from '../coordinators';
import { OutboxService } from '../outbox.service';
import { requestMail } from '../request-mail';
import { postRecipients } from './post-recipients';

/** The secretariat's shared mailbox reads what the secretariat reads. */
const SECRETARIAT: CoordinatorActor = {
  id: 'secretariat',
  roles: ['secretariat'],
  biobankCodes: [],
};

/**
 * A post on a request's conversation reaches the other parties `postRecipients` names, each only
 * if they may read it by the domain's rule of who sees what of the record — the rule that also
 * decides what they find on the request.
 */
@Injectable()
export class MessageMails implements OnModuleInit {
  constructor(
    private readonly events: RequestEvents,
    private readonly outbox: OutboxService,
    private readonly requests: RequestsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.on('message_posted', async ({ message }, { request, actor, manager }) => {
      // The position is the database's to give: read it back inside the change's transaction.
      const { seq } = await manager.findOneOrFail(RequestMessage, {
        where: { id: message.id },
        select: { id: true, seq: true },
      });
      const post = { internal: message.internal, seq: BigInt(seq) };
      const subject = await this.requests.recordSubject(request, manager);
      const reads = (viewer: CoordinatorActor) => isInView(recordViewOf(viewer, subject), post);

      const biobankPeople = await biobankRecipients(
        manager,
        request.routings.map((routing) => routing.biobankCode),
      );
      const viewers = await viewersOf(manager, [
        ...biobankPeople.flatMap(({ to }) => (to.sharedMailbox ? [] : [to.id])),
        ...(request.assigneeId ? [request.assigneeId] : []),
      ]);
      // A shared mailbox reads what a coordinator of its biobank alone reads.
      const readers = biobankPeople
        .filter(({ to, biobankCode }) =>
          reads(
            to.sharedMailbox
              ? { id: to.id, roles: ['coordinator'], biobankCodes: [biobankCode] }
              : viewers.get(to.id)!,
          ),
        )
        .map(({ to }) => to);
      const mails = postRecipients(actor, request, message.internal, onePerAddress(readers)).filter(
        ({ to }) =>
          to === 'researcher'
            ? reads({ id: request.researcherId, roles: request.researcher.roles, biobankCodes: [] })
            : to === 'case_handler'
              ? reads(request.assigneeId ? viewers.get(request.assigneeId)! : SECRETARIAT)
              : true,
      );
      const values = { author: actor.name, message: message.body };
      await this.outbox.enqueue(
        manager,
        mails.map(({ to, kind }) =>
          requestMail(this.config, request, to, kind, message.id, values),
        ),
      );
    });
  }
}

/** These users as the domain's rules see them: their roles and the biobanks they act for. */
async function viewersOf(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, CoordinatorActor>> {
  if (ids.length === 0) return new Map();
  const users = await manager.find(User, {
    where: { id: In([...new Set(ids)]) },
    relations: { coordinatorOf: true },
  });
  return new Map(
    users.map((user) => [
      user.id,
      {
        id: user.id,
        roles: user.roles,
        biobankCodes: user.coordinatorOf.map((biobank) => biobank.code),
      },
    ]),
  );
}
