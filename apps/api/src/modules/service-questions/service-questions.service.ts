import type {
  Answers,
  PublishQuestionSetBody,
  QuestionSet as QuestionSetDto,
  QuestionSetVersionList,
} from '@bgb/contracts';
import { answersSchema } from '@bgb/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { isUuid } from '../../common/uuid';
import { fieldErrors } from '../../common/zod-validation';
import { AuditLog, type AuditOrigin } from '../audit/audit-log';
import { Service } from '../catalogue/service.entity';
import { ServiceQuestionSet } from './service-question-set.entity';

type PublishInput = z.output<typeof PublishQuestionSetBody>;

const noService = () => ApiError.notFound('No such service in the catalogue');
const questionsChanged = () =>
  ApiError.conflict(
    'QUESTIONS_CHANGED',
    'The questions of this service have changed since you loaded them; reload them and answer again',
  );

/** The versions of each service's questions, and the check of a request's answers against them. */
@Injectable()
export class ServiceQuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async current(serviceId: string): Promise<QuestionSetDto> {
    await this.requireService(serviceId);
    return toDto((await this.findCurrent(this.dataSource.manager, serviceId))!);
  }

  async version(serviceId: string, version: string): Promise<QuestionSetDto> {
    await this.requireService(serviceId);
    const number = Number(version);
    const set = Number.isSafeInteger(number)
      ? await this.dataSource
          .getRepository(ServiceQuestionSet)
          .findOneBy({ serviceId, version: number })
      : null;
    if (!set) throw ApiError.notFound('This service has no such version of its questions');
    return toDto(set);
  }

  async versions(serviceId: string): Promise<QuestionSetVersionList> {
    await this.requireService(serviceId);
    const sets = await this.dataSource
      .getRepository(ServiceQuestionSet)
      .find({ where: { serviceId }, relations: { publishedBy: true }, order: { version: 'DESC' } });
    return {
      items: sets.map((set) => ({
        version: set.version,
        publishedAt: set.publishedAt.toISOString(),
        publishedBy: set.publishedBy
          ? { id: set.publishedBy.id, name: set.publishedBy.name }
          : null,
        questionCount: set.questions.length,
      })),
    };
  }

  /**
   * Publishes the administrator's edit of version `basedOnVersion` as the next version. If
   * someone published in between, nothing is stored: the edit would silently drop theirs.
   */
  async publish(
    user: AuthUser,
    origin: AuditOrigin,
    serviceId: string,
    body: PublishInput,
  ): Promise<QuestionSetDto> {
    await this.requireService(serviceId);
    try {
      const set = await this.dataSource.transaction(async (manager) => {
        const current = await this.findCurrent(manager, serviceId);
        if (current?.version !== body.basedOnVersion) throw publishConflict();
        // Two publishers who both passed the check collide on the primary key instead.
        const published = await manager.save(
          manager.create(ServiceQuestionSet, {
            serviceId,
            version: current.version + 1,
            questions: body.questions,
            publishedAt: new Date(),
            publishedById: user.id,
          }),
        );
        await this.audit.record(
          {
            action: 'service_questions.published',
            ...origin,
            target: { type: 'service', id: serviceId },
            details: { version: published.version, questionCount: body.questions.length },
          },
          manager,
        );
        return published;
      });
      return toDto(set);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string })?.code === '23505'
      )
        throw publishConflict();
      throw error;
    }
  }

  /**
   * Checks a request's answers against the service's current questions, inside the caller's
   * transaction. A client that showed an older version gets a 409 and reloads; one that names a
   * version that never existed gets a 422; wrong answers are a 400 naming `answers.<key>`.
   * Returns what to store with the request.
   */
  async assertAnswers(
    manager: EntityManager,
    serviceId: string,
    version: number | undefined,
    answers: Record<string, unknown>,
  ): Promise<{ questionSetVersion: number; answers: Answers }> {
    const current = await this.findCurrent(manager, serviceId);
    if (!current) throw noService();
    if (version !== undefined && version !== current.version) {
      if (
        version < current.version &&
        (await manager.existsBy(ServiceQuestionSet, { serviceId, version }))
      ) {
        throw questionsChanged();
      }
      throw ApiError.unknownReference([
        {
          field: 'questionSetVersion',
          code: 'unknown_question_set_version',
          message: `The service has no version ${version} of its questions`,
        },
      ]);
    }
    const result = answersSchema(current.questions).safeParse(answers);
    if (!result.success) {
      throw ApiError.validation(
        fieldErrors(result.error).map((error) => ({ ...error, field: `answers.${error.field}` })),
      );
    }
    return { questionSetVersion: current.version, answers: result.data };
  }

  private findCurrent(
    manager: EntityManager,
    serviceId: string,
  ): Promise<ServiceQuestionSet | null> {
    return manager.findOne(ServiceQuestionSet, {
      where: { serviceId },
      order: { version: 'DESC' },
    });
  }

  /** Questions of a service nobody may request any more are no longer shown, nor edited. */
  private async requireService(serviceId: string): Promise<void> {
    if (
      !isUuid(serviceId) ||
      !(await this.dataSource.getRepository(Service).existsBy({ id: serviceId, active: true }))
    ) {
      throw noService();
    }
  }
}

function publishConflict() {
  return ApiError.conflict(
    'VERSION_CONFLICT',
    'Someone else published new questions for this service in the meantime; reload them and make your changes again',
  );
}

function toDto(set: ServiceQuestionSet): QuestionSetDto {
  return {
    serviceId: set.serviceId,
    version: set.version,
    questions: set.questions,
    publishedAt: set.publishedAt.toISOString(),
  };
}
