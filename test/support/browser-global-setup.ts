import globalSetup from './global-setup';
import { ensureWebClientBuilt } from './web-client-build';

/** The e2e setup (a migrated template database) plus a current build of the web client. */
export default async function browserGlobalSetup(): Promise<void> {
  ensureWebClientBuilt();
  await globalSetup();
}
