import type { Role } from '@bgb/contracts';

/** Demo mode only (listed in the README); never created in production mode. */
export const DEMO_PASSWORD = 'Biobank-demo-2026';

export const DEMO_ACCOUNTS: {
  email: string;
  name: string;
  institution: string;
  roles: Role[];
  biobankCodes: string[];
}[] = [
  {
    email: 'researcher@example.org',
    name: 'Rikke Østergaard',
    institution: 'Aarhus Universitet',
    roles: ['researcher'],
    biobankCodes: [],
  },
  {
    email: 'secretariat@example.org',
    name: 'Søren Holm',
    institution: 'Herlev Hospital, Patologisk Afdeling',
    roles: ['secretariat'],
    biobankCodes: [],
  },
  {
    email: 'coordinator.dcb@example.org',
    name: 'Camilla Dahl',
    institution: 'Danske Cancer Biobank',
    roles: ['coordinator'],
    biobankCodes: ['DCB'],
  },
  {
    email: 'coordinator.drb@example.org',
    name: 'Mads Bæk',
    institution: 'Dansk Reuma Biobank',
    roles: ['coordinator'],
    biobankCodes: ['DRB'],
  },
  {
    email: 'admin@example.org',
    name: 'Anne Admin',
    institution: 'Bio- og GenomBank Danmark',
    roles: ['admin'],
    biobankCodes: [],
  },
];

/** Biobanks without a demo coordinator; their shared mailboxes (`<code>@biobank.example`) hear of what is routed to them. */
export const DEMO_MAILBOX_BIOBANKS = ['DGB', 'DBB', 'PATO'];
