import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@platzbuch/platform';
import { DirectorySync } from './directory-sync.service';

const FIRST_ROUND_DELAY_MS = 30_000;

/**
 * A round shortly after start, then every `DIRECTORY_SYNC_INTERVAL_MINUTES`, on every instance:
 * the round's lock lets one of them run it. Off when the sync is not configured or the interval is 0.
 */
@Injectable()
export class DirectorySyncSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DirectorySyncSchedule.name);
  private first: NodeJS.Timeout | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sync: DirectorySync,
  ) {}

  onApplicationBootstrap(): void {
    const { source, intervalMinutes } = this.config.directory;
    if (!source.enabled || intervalMinutes === 0) return;
    // A new installation should not wait a whole interval for its first people.
    this.first = setTimeout(() => void this.tick(), FIRST_ROUND_DELAY_MS);
    this.timer = setInterval(() => void this.tick(), intervalMinutes * 60_000);
    this.first.unref();
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.first);
    clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    try {
      await this.sync.runRound('schedule');
    } catch (error) {
      // The round is recorded as failed (or held); the next tick tries again.
      this.logger.warn(`scheduled directory sync round did not complete: ${(error as Error).message}`);
    }
  }
}
