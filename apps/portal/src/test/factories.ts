import type {
  Attachment,
  Biobank,
  CurrentUser,
  Draft,
  ErrorBody,
  HistoryEntry,
  Message,
  Service,
  ServiceRequest,
} from '@bgb/contracts';

let sequence = 0;
const uuid = () => {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
};

export function aUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: uuid(),
    name: 'Rikke Researcher',
    email: 'researcher@example.org',
    institution: 'Rigshospitalet',
    roles: ['researcher'],
    biobankCodes: [],
    locale: 'en',
    emailVerified: true,
    mfaEnabled: false,
    mfaEnrolmentRequired: false,
    emailVerificationRequired: false,
    ...overrides,
  };
}

export function aService(overrides: Partial<Service> = {}): Service {
  return {
    id: uuid(),
    slug: 'biomarker-development',
    name: { da: 'Støtte til biomarkørudvikling', en: 'Biomarker development support' },
    description: {
      da: 'Hjælp til at udvikle biomarkører.',
      en: 'Help with developing biomarkers.',
    },
    ...overrides,
  };
}

export function aBiobank(code: string, en: string, da: string = en): Biobank {
  return {
    code,
    name: { da, en },
    description: { da: `${da} beskrivelse`, en: `${en} description` },
  };
}

export function aRequest(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  const researcher = aUser();
  return {
    id: uuid(),
    reference: 'BGB-2026-00042',
    status: 'submitted',
    version: 1,
    title: 'Circulating tumour DNA in colorectal cancer',
    serviceId: uuid(),
    biobankCodes: ['DCB'],
    projectDescription: 'We want to validate a ctDNA marker.',
    principalInvestigator: 'Prof. Ida Jensen',
    institution: 'Rigshospitalet',
    coApplicants: [],
    funding: null,
    industryPartnerName: null,
    industryPartnerCvr: null,
    ethicsApprovalCaseNumber: null,
    questionSetVersion: null,
    answers: null,
    ethicsApprovalDate: null,
    ethicsCommittee: null,
    dataProtectionReference: null,
    consentBasis: null,
    researcher: { id: researcher.id, name: researcher.name, email: researcher.email },
    priority: 'normal',
    assignee: null,
    firstResponseDueAt: '2026-03-09T22:59:59.999Z',
    overdue: false,
    lastActivityAt: '2026-03-02T09:30:00.000Z',
    submittedAt: '2026-03-02T09:30:00.000Z',
    createdAt: '2026-03-02T09:30:00.000Z',
    updatedAt: '2026-03-02T09:30:00.000Z',
    routings: [],
    allowedActions: ['withdraw'],
    mayRoute: false,
    ...overrides,
  };
}

export function anError(
  statusCode: number,
  code: ErrorBody['code'],
  details?: ErrorBody['details'],
): ErrorBody {
  return {
    statusCode,
    error: 'Error',
    code,
    message: `server says ${code}`,
    ...(details ? { details } : {}),
  };
}

type EventEntry = Extract<HistoryEntry, { kind: 'event' }>;
type MessageEntry = Extract<HistoryEntry, { kind: 'message' }>;

export function anEvent(overrides: Partial<EventEntry> = {}): EventEntry {
  return {
    kind: 'event',
    id: uuid(),
    at: '2026-03-02T09:30:00.000Z',
    actor: { id: uuid(), name: 'Rikke Researcher' },
    type: 'submitted',
    fromStatus: 'draft',
    toStatus: 'submitted',
    comment: null,
    details: null,
    ...overrides,
  };
}

export function aMessageEntry(overrides: Partial<MessageEntry> = {}): MessageEntry {
  return {
    kind: 'message',
    id: uuid(),
    at: '2026-03-03T10:15:00.000Z',
    actor: { id: uuid(), name: 'Sofie Secretariat' },
    body: 'Could you tell us more about the samples?',
    internal: false,
    attachments: [],
    ...overrides,
  };
}

export function aMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: uuid(),
    requestId: uuid(),
    author: { id: uuid(), name: 'Sofie Secretariat' },
    body: 'Could you tell us more about the samples?',
    internal: false,
    createdAt: '2026-03-03T10:15:00.000Z',
    attachments: [],
    ...overrides,
  };
}

export function anAttachment(overrides: Partial<Attachment> = {}): Attachment {
  return {
    id: uuid(),
    requestId: uuid(),
    messageId: null,
    pending: false,
    fileName: 'Protokol.pdf',
    mediaType: 'application/pdf',
    size: 1_572_864,
    uploadedBy: { id: uuid(), name: 'Rikke Researcher' },
    sha256: 'a'.repeat(64),
    createdAt: '2026-03-02T09:30:00.000Z',
    ...overrides,
  };
}

export function aDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: uuid(),
    version: 1,
    title: null,
    serviceId: null,
    biobankCodes: [],
    projectDescription: null,
    principalInvestigator: null,
    institution: null,
    coApplicants: [],
    funding: null,
    industryPartnerName: null,
    industryPartnerCvr: null,
    ethicsApprovalCaseNumber: null,
    ethicsApprovalDate: null,
    ethicsCommittee: null,
    dataProtectionReference: null,
    consentBasis: null,
    questionSetVersion: null,
    answers: null,
    createdAt: '2026-03-02T09:30:00.000Z',
    updatedAt: '2026-03-02T09:30:00.000Z',
    missing: [
      'title',
      'projectDescription',
      'principalInvestigator',
      'institution',
      'serviceId',
      'biobankCodes',
    ],
    ...overrides,
  };
}
