export { AuthModule } from './auth.module';
export { API_SCOPE } from './entra-bearer.strategy';
