import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/principal';
import { RedisHealth, RedisState } from '../redis/redis.interfaces';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
  redis: RedisState;
  /** The parts that are down without stopping the service (bookings work, live updates do not). */
  degraded: string[];
}

/**
 * 200 while the database answers, 503 otherwise. Redis being down degrades the service (no live
 * updates, no cache) but does not stop it, so it is reported and does not fail the check.
 */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisHealth,
  ) {}

  @Public()
  @Get()
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const [database, redis] = await Promise.all([this.databaseState(), this.redis.state()]);
    const report: HealthReport = {
      status: database === 'up' ? 'ok' : 'unavailable',
      database,
      redis,
      degraded: redis === 'down' ? ['redis'] : [],
    };
    void reply.status(database === 'up' ? 200 : 503).header('Cache-Control', 'no-store');
    return report;
  }

  private async databaseState(): Promise<'up' | 'down'> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000).unref()),
      ]);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
