import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The five biobanks and the service catalogue as they stand at launch; admins edit them later. */
const BIOBANKS = [
  {
    code: 'DCB',
    nameDa: 'Danske Cancer Biobank',
    nameEn: 'Danish Cancer Biobank',
    descriptionDa:
      'Grundlagt i 2009 på baggrund af en rapport fra Kræftens Bekæmpelse. Indsamler væv, blod og data fra kræftpatienter til forskning.',
    descriptionEn:
      'Founded in 2009 on the basis of a report from the Danish Cancer Society. Collects tissue, blood and data from cancer patients for research.',
  },
  {
    code: 'DRB',
    nameDa: 'Dansk Reuma Biobank',
    nameEn: 'Danish Reuma Biobank',
    descriptionDa:
      'Etableret af Danske Regioner i 2014. Biologisk materiale fra patienter med gigtsygdomme, koblet til kliniske data.',
    descriptionEn:
      'Established by the Danish Regions in 2014. Biological material from patients with rheumatic diseases, linked to clinical data.',
  },
  {
    code: 'DGB',
    nameDa: 'Dansk Genetisk Biobank',
    nameEn: 'Danish Genetic Biobank',
    descriptionDa: 'Prøver og data til genetisk og genomisk forskning.',
    descriptionEn: 'Samples and data for genetic and genomic research.',
  },
  {
    code: 'DBB',
    nameDa: 'Dansk Bloddonor Biobank',
    nameEn: 'Danish Blood Donor Biobank',
    descriptionDa: 'Blodprøver fra raske bloddonorer, bl.a. som kontrolmateriale i forskning.',
    descriptionEn:
      'Blood samples from healthy blood donors, among other things as control material in research.',
  },
  {
    code: 'PATO',
    nameDa: 'Patobiobanken',
    nameEn: 'The Pato Biobank',
    descriptionDa:
      'Har eksisteret siden 1999 og blev en del af Bio- og GenomBank Danmark i 2015. Vævsprøver fra landets patologiafdelinger.',
    descriptionEn:
      'Has existed since 1999 and became part of Bio- and Genome Bank Denmark in 2015. Tissue samples from the pathology departments of Denmark.',
  },
];

const SERVICES = [
  {
    slug: 'biomarker-development',
    nameDa: 'Støtte til udvikling af biomarkører',
    nameEn: 'Biomarker development support',
    descriptionDa:
      'Vejledning og faciliteter til at udvikle biomarkører, der kan vise om en patient vil have gavn af en behandling — ofte i offentlig-privat samarbejde.',
    descriptionEn:
      'Guidance and facilities for developing biomarkers that show whether a patient will benefit from a treatment — often in public–private collaboration.',
  },
  {
    slug: 'sample-data-access',
    nameDa: 'Adgang til prøver og data',
    nameEn: 'Access to samples and data',
    descriptionDa:
      'Udlevering af biologisk materiale og tilknyttede data til godkendte forskningsprojekter.',
    descriptionEn:
      'Release of biological material and associated data to approved research projects.',
  },
  {
    slug: 'research-sample-storage',
    nameDa: 'Opbevaring af forskningsprøver',
    nameEn: 'Storage of research samples',
    descriptionDa: 'Sikker, sporbar opbevaring af prøver indsamlet i dit eget forskningsprojekt.',
    descriptionEn: 'Secure, traceable storage of samples collected in your own research project.',
  },
  {
    slug: 'sample-retrieval-analysis',
    nameDa: 'Udtagning og analyse af prøver',
    nameEn: 'Sample retrieval and analysis',
    descriptionDa: 'Fremfinding, udtagning og laboratorieanalyse af prøver fra biobankerne.',
    descriptionEn: 'Locating, retrieving and analysing samples held by the biobanks.',
  },
  {
    slug: 'feasibility-inquiry',
    nameDa: 'Forespørgsel om gennemførlighed',
    nameEn: 'Feasibility inquiry',
    descriptionDa:
      'Hvor mange prøver og patienter findes der? Et overblik før du planlægger dit projekt.',
    descriptionEn:
      'How many samples and patients are there? An overview before you plan your project.',
  },
  {
    slug: 'legal-ethics-gdpr-advice',
    nameDa: 'Rådgivning om jura, etik og GDPR',
    nameEn: 'Advice on legal, ethics and GDPR',
    descriptionDa: 'Hjælp til videnskabsetiske godkendelser, databeskyttelse og samtykke.',
    descriptionEn: 'Help with research ethics approvals, data protection and consent.',
  },
  {
    slug: 'public-private-agreement',
    nameDa: 'Aftale om offentlig-privat samarbejde',
    nameEn: 'Public–private collaboration agreement',
    descriptionDa: 'Rammer og aftaler for samarbejde mellem hospitaler og virksomheder.',
    descriptionEn: 'Frameworks and agreements for collaboration between hospitals and companies.',
  },
];

export class CatalogueReferenceData1764000000001 implements MigrationInterface {
  name = 'CatalogueReferenceData1764000000001';

  async up(q: QueryRunner): Promise<void> {
    for (const [index, b] of BIOBANKS.entries()) {
      await q.query(
        `INSERT INTO biobank (code, name_da, name_en, description_da, description_en, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [b.code, b.nameDa, b.nameEn, b.descriptionDa, b.descriptionEn, index],
      );
    }
    for (const [index, s] of SERVICES.entries()) {
      await q.query(
        `INSERT INTO service (slug, name_da, name_en, description_da, description_en, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [s.slug, s.nameDa, s.nameEn, s.descriptionDa, s.descriptionEn, index],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM service WHERE slug = ANY($1)`, [SERVICES.map((s) => s.slug)]);
    await q.query(`DELETE FROM biobank WHERE code = ANY($1)`, [BIOBANKS.map((b) => b.code)]);
  }
}
