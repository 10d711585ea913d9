export { DemoModule } from './demo.module';
export { DemoSeeder, DEMO_TENANT_ID } from './demo-seeder';
