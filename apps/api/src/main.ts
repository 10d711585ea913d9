import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@platzbuch/platform';
import { createApp } from './create-app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error, not starting. ${error.message}`);
    process.exit(78); // EX_CONFIG
  }
  const app = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  new Logger('Bootstrap').log(`listening on http://${config.host}:${config.port} (${config.authMode} sign-in)`);
}

void main();
