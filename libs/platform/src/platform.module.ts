import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './events/domain-events';
import { HealthController } from './health/health.controller';
import { Clock } from './time/clock';

/** Cross-cutting parts that belong to no domain: health, domain events, the clock. */
@Global()
@Module({ controllers: [HealthController], providers: [DomainEvents, Clock], exports: [DomainEvents, Clock] })
export class PlatformModule {}
