import { Anchor, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '@bgb/contracts';
import { StatusBadge } from '../../../components/StatusBadge';
import { Fact } from '../../../components/Fact';
import { useFormatDate } from '../../../components/format-date';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';

/** Everything recorded about a request, as a description list. */
export function RequestFacts({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { serviceName, biobankName } = useGetCatalogueNames();
  const date = (iso: string | null) =>
    iso ? (
      <time dateTime={iso}>{formatDate(iso, { withTime: true })}</time>
    ) : (
      t('common.notSubmitted')
    );

  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md" m={0}>
      <Fact label={t('requestDetails.reference')}>{request.reference}</Fact>
      <Fact label={t('requestDetails.status')}>
        <StatusBadge status={request.status} />
      </Fact>
      <Fact label={t('requestDetails.title')} wide>
        {request.title}
      </Fact>
      <Fact label={t('requestDetails.service')}>{serviceName(request.serviceId)}</Fact>
      <Fact label={t('requestDetails.biobanks')}>
        {request.biobankCodes.map((code) => `${biobankName(code)} (${code})`).join(', ')}
      </Fact>
      <Fact label={t('requestDetails.projectDescription')} wide>
        {request.projectDescription}
      </Fact>
      <Fact label={t('requestDetails.principalInvestigator')}>{request.principalInvestigator}</Fact>
      <Fact label={t('requestDetails.institution')}>{request.institution}</Fact>
      <Fact label={t('requestDetails.coApplicants')} wide>
        {request.coApplicants.length
          ? request.coApplicants
              .map((person) => `${person.name} (${person.institution}, ${person.email})`)
              .join('\n')
          : t('common.notProvided')}
      </Fact>
      <Fact label={t('requestDetails.funding')}>{request.funding ?? t('common.notProvided')}</Fact>
      <Fact label={t('requestDetails.industryPartnerName')}>
        {request.industryPartnerName ?? t('common.notProvided')}
        {request.industryPartnerCvr ? ` (CVR ${request.industryPartnerCvr})` : ''}
      </Fact>
      <Fact label={t('requestDetails.ethicsApprovalCaseNumber')}>
        {request.ethicsApprovalCaseNumber ?? t('common.notProvided')}
      </Fact>
      <Fact label={t('requestDetails.ethicsApprovalDate')}>
        {request.ethicsApprovalDate ?? t('common.notProvided')}
      </Fact>
      <Fact label={t('requestDetails.ethicsCommittee')}>
        {request.ethicsCommittee ?? t('common.notProvided')}
      </Fact>
      <Fact label={t('requestDetails.dataProtectionReference')}>
        {request.dataProtectionReference ?? t('common.notProvided')}
      </Fact>
      <Fact label={t('requestDetails.consentBasis')}>
        {request.consentBasis ? t(`consentBasis.${request.consentBasis}`) : t('common.notProvided')}
      </Fact>
      <Fact label={t('requestDetails.researcher')}>
        {request.researcher.name} (
        <Anchor href={`mailto:${request.researcher.email}`}>{request.researcher.email}</Anchor>)
      </Fact>
      <Fact label={t('requestDetails.submittedAt')}>{date(request.submittedAt)}</Fact>
      <Fact label={t('requestDetails.createdAt')}>{date(request.createdAt)}</Fact>
      <Fact label={t('requestDetails.updatedAt')}>{date(request.updatedAt)}</Fact>
    </SimpleGrid>
  );
}
