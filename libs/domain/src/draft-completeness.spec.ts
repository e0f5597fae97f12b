import { missingForSubmission } from './draft-completeness';

const complete = {
  title: 'Biomarkers in colorectal cancer',
  serviceId: '0b6f7c8e-1d2a-4b3c-9d4e-5f6a7b8c9d0e',
  biobankCodes: ['DCB'],
  projectDescription: 'We study…',
  principalInvestigator: 'Prof. Ida Jensen',
  institution: 'Aarhus University',
  coApplicants: [{ name: 'Ole Hansen', institution: 'SDU', email: 'ole@sdu.dk' }],
};

describe('what a draft still needs before submission', () => {
  it('needs nothing when every required field is there', () => {
    expect(missingForSubmission(complete)).toEqual([]);
  });

  it('needs every required field of an empty draft, in the order the form asks for them', () => {
    expect(missingForSubmission({})).toEqual([
      'title',
      'projectDescription',
      'principalInvestigator',
      'institution',
      'serviceId',
      'biobankCodes',
    ]);
  });

  it('counts blank text, null and an empty biobank list as missing', () => {
    expect(
      missingForSubmission({
        ...complete,
        title: '   ',
        serviceId: null,
        biobankCodes: [],
        institution: null,
      }),
    ).toEqual(['title', 'institution', 'serviceId', 'biobankCodes']);
  });

  it('names each missing part of an unfinished co-applicant', () => {
    expect(
      missingForSubmission({
        ...complete,
        coApplicants: [
          { name: 'Ole Hansen', institution: 'SDU', email: 'ole@sdu.dk' },
          { name: 'Eva', institution: ' ', email: '' },
        ],
      }),
    ).toEqual(['coApplicants.1.institution', 'coApplicants.1.email']);
  });

  it('needs none of the optional people and approvals', () => {
    expect(missingForSubmission({ ...complete, coApplicants: null })).toEqual([]);
  });
});
