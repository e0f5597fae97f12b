import { prepareTemplateDatabase } from '@bgb/test-support';

/**
 * Migrates one template database for the run; every portal the specs start runs on a copy of
 * it. The returned function drops it when the run ends.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  return prepareTemplateDatabase();
}
