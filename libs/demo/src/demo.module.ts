import { Module } from '@nestjs/common';

/** Demo data for an empty database (`SEED_DEMO`). */
@Module({})
export class DemoModule {}
