import { prepareTemplateDatabase } from '@bgb/test-support';

/**
 * Migrates one template database for the run; each test file's API starts on a copy of it,
 * so no file pays for the migrations again. The teardown drops it.
 */
export default async function globalSetup(): Promise<void> {
  (globalThis as { dropTemplate?: () => Promise<void> }).dropTemplate =
    await prepareTemplateDatabase();
}
