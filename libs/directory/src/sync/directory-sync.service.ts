import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { SyncRunView, SyncStatusResponse } from '@platzbuch/contracts';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  DomainError,
  DomainEvents,
  LockManager,
  NotFoundError,
  StateConflictError,
} from '@platzbuch/platform';
import { PersonDeactivated } from '../person-deactivated.event';
import {
  type DirectoryEntry,
  type GraphUser,
  mergeEntries,
  toDirectoryEntry,
  userSelect,
} from './directory-entry';
import { DirectoryWriter } from './directory-writer';
import { GraphClient, GraphError } from './graph-client';
import { SyncPage } from './sync-page.entity';
import { SyncRun, type SyncTrigger } from './sync-run.entity';

const LOCK = 'directory:sync';
/** Kept alive while the round runs; lets another instance take over a minute after this one died. */
const LOCK_TTL_MS = 60_000;
const STATUS_RUNS = 20;

interface GraphGroup {
  id?: unknown;
  'members@delta'?: { id?: unknown; '@odata.type'?: unknown; '@removed'?: unknown }[];
}

interface DeltaPage {
  value?: GraphUser[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

const NOT_CONFIGURED = {
  de: 'Der Verzeichnisabgleich ist nicht eingerichtet (ENTRA_TENANT_ID und eine Graph-Anmeldung fehlen).',
  en: 'The directory sync is not configured (ENTRA_TENANT_ID and a Graph credential are needed).',
};

/**
 * Rounds of the directory sync: read the changes of Entra's users through Graph's delta query,
 * stage them page by page, weigh them against the mass-deactivation guard, then apply them.
 *
 * One round at a time across all instances (a lock); a round cut short (the instance died) is
 * resumed by the next one from the link it had reached, and staged pages are applied once each.
 * A held round blocks further rounds until an admin confirms or discards it: later changes could
 * otherwise overtake it.
 */
@Injectable()
export class DirectorySync {
  private readonly logger = new Logger(DirectorySync.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly graph: GraphClient,
    private readonly writer: DirectoryWriter,
    private readonly events: DomainEvents,
    private readonly locks: LockManager,
    private readonly clock: Clock,
  ) {}

  async status(): Promise<SyncStatusResponse> {
    const { source, intervalMinutes, maxDeactivationShare } = this.config.directory;
    const runs = await this.dataSource
      .getRepository(SyncRun)
      .find({ order: { createdAt: 'DESC' }, take: STATUS_RUNS });
    return {
      enabled: source.enabled,
      reason: source.enabled ? null : source.reason,
      intervalMinutes,
      maxDeactivationShare,
      runs: runs.map(toView),
    };
  }

  /**
   * Starts a round in the background and answers with it as soon as it exists. When another
   * round is running already (here or on another instance), answers with that one.
   */
  async start(trigger: SyncTrigger): Promise<SyncRunView> {
    this.tenant();
    await this.refuseWhileHeld();
    let announce!: (run: SyncRun) => void;
    const begun = new Promise<SyncRun>((resolve) => (announce = resolve));
    const round = this.locks.tryRun(LOCK, LOCK_TTL_MS, () => this.round(trigger, announce));
    // A refusal before the round began reaches the caller through the race below; a failure later
    // is recorded on the round, and logged here because nobody awaits it any more.
    round.catch((error: unknown) => {
      if (!(error instanceof DomainError)) this.logger.error({ err: error }, 'directory sync round failed');
    });
    const first = await Promise.race([begun, round]);
    if (first instanceof SyncRun) return toView(first);
    if (first.ran) return toView(first.value);
    const running = await this.dataSource
      .getRepository(SyncRun)
      .findOne({ where: { state: In(['fetching', 'applying']) }, order: { createdAt: 'DESC' } });
    if (!running)
      throw new StateConflictError({ de: 'Ein Abgleich läuft gerade.', en: 'A round is running already.' });
    return toView(running);
  }

  /** Runs a whole round if no instance is running one; undefined if one was. */
  async runRound(trigger: SyncTrigger): Promise<SyncRun | undefined> {
    const outcome = await this.locks.tryRun(LOCK, LOCK_TTL_MS, () => this.round(trigger));
    return outcome.ran ? outcome.value : undefined;
  }

  /** Applies a held round as it stands, deactivations included. */
  async confirm(runId: string, adminId: string): Promise<SyncRunView> {
    const outcome = await this.locks.tryRun(LOCK, LOCK_TTL_MS, async () => {
      const run = await this.held(runId);
      run.confirmedById = adminId;
      run.state = 'applying';
      await this.dataSource.getRepository(SyncRun).save(run);
      return this.apply(run, false);
    });
    if (!outcome.ran)
      throw new StateConflictError({ de: 'Ein Abgleich läuft gerade.', en: 'A round is running already.' });
    return toView(outcome.value);
  }

  /**
   * Declines a held round: nothing of it is applied, and the next round reads the same changes
   * again from the last delta link, to be judged anew.
   */
  async discard(runId: string, adminId: string): Promise<SyncRunView> {
    const run = await this.held(runId);
    run.state = 'discarded';
    run.confirmedById = adminId;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(SyncRun).save(run);
      await manager.getRepository(SyncPage).delete({ runId });
    });
    return toView(run);
  }

  private async held(runId: string): Promise<SyncRun> {
    const run = await this.dataSource.getRepository(SyncRun).findOneBy({ id: runId });
    if (!run) throw new NotFoundError();
    if (run.state !== 'held') {
      throw new StateConflictError(
        {
          de: 'Dieser Abgleich wartet auf keine Bestätigung.',
          en: 'This round is not waiting for confirmation.',
        },
        { state: run.state },
      );
    }
    return run;
  }

  private tenant(): string {
    const { source } = this.config.directory;
    if (!source.enabled) throw new StateConflictError(NOT_CONFIGURED);
    return source.tenantId;
  }

  private async refuseWhileHeld(): Promise<void> {
    const held = await this.dataSource.getRepository(SyncRun).findOneBy({ state: 'held' });
    if (held) {
      throw new StateConflictError(
        {
          de: 'Ein angehaltener Abgleich wartet auf Bestätigung oder Verwerfen durch die Administration.',
          en: 'A held round waits for an admin to confirm or discard it.',
        },
        { heldRunId: held.id },
      );
    }
  }

  private async round(trigger: SyncTrigger, announce?: (run: SyncRun) => void): Promise<SyncRun> {
    this.tenant();
    await this.refuseWhileHeld();
    const runs = this.dataSource.getRepository(SyncRun);
    // Under the lock, a round still fetching or applying is one whose instance died.
    let run = await runs.findOne({
      where: { state: In(['fetching', 'applying']) },
      order: { createdAt: 'DESC' },
    });
    if (run) {
      this.logger.log(`resuming directory sync round ${run.id} (${run.state}, ${run.pages} pages staged)`);
    } else {
      const previous = await runs.findOne({
        where: { state: 'completed' },
        order: { createdAt: 'DESC' },
        select: { id: true, deltaLink: true, groupDeltaLink: true },
      });
      run = await runs.save(
        runs.create({
          state: 'fetching',
          trigger,
          full: !previous?.deltaLink,
          startedAt: this.clock.now(),
          nextLink: previous?.deltaLink ?? this.firstLink(),
          // Where this round starts reading the notebook group; replaced by where the next one starts.
          groupDeltaLink: previous?.groupDeltaLink ?? null,
        }),
      );
    }
    announce?.(run);
    try {
      if (run.state === 'fetching') await this.fetch(run);
      return await this.apply(run, true);
    } catch (error) {
      run.state = 'failed';
      run.errors += 1;
      run.lastError = (error as Error).message.slice(0, 1000);
      run.finishedAt = this.clock.now();
      run.nextLink = null;
      await runs.save(run);
      await this.dataSource.getRepository(SyncPage).delete({ runId: run.id });
      throw error;
    }
  }

  private firstLink(): string {
    return `users/delta?$select=${userSelect(this.config.directory.deviceProfileAttribute)}`;
  }

  /** Reads pages from the run's next link to the delta link, staging each with the link after it. */
  private async fetch(run: SyncRun): Promise<void> {
    let restarted = false;
    while (run.nextLink) {
      let page: DeltaPage;
      try {
        page = await this.graph.get<DeltaPage>(run.nextLink);
      } catch (error) {
        // An expired delta link (or skip token) cannot be resumed: read everything again, once.
        if (!(error instanceof GraphError && error.deltaExpired) || restarted) throw error;
        this.logger.warn(`delta link expired (${error.message}); starting a full round`);
        restarted = true;
        await this.dataSource.transaction(async (manager) => {
          await manager.getRepository(SyncPage).delete({ runId: run.id });
          Object.assign(run, { full: true, pages: 0, errors: 0, nextLink: this.firstLink() });
          await manager.getRepository(SyncRun).save(run);
        });
        continue;
      }
      const users = Array.isArray(page.value) ? page.value : [];
      const entries: DirectoryEntry[] = [];
      for (const user of users) {
        const entry = toDirectoryEntry(user, this.config.directory.deviceProfileAttribute);
        if (entry) entries.push(entry);
      }
      const deltaLink = page['@odata.deltaLink'] ?? null;
      const nextLink = deltaLink ? null : (page['@odata.nextLink'] ?? null);
      if (!deltaLink && !nextLink)
        throw new GraphError(200, undefined, 'a delta page had neither a next nor a delta link');
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(SyncPage).insert({ runId: run.id, sequence: run.pages + 1, entries });
        Object.assign(run, {
          pages: run.pages + 1,
          errors: run.errors + users.length - entries.length,
          nextLink,
          deltaLink,
          state: deltaLink ? 'applying' : 'fetching',
        });
        await manager.getRepository(SyncRun).save(run);
      });
    }
  }

  /** Applies the staged pages not applied yet, unless the guard holds the round; then links managers. */
  private async apply(run: SyncRun, guarded: boolean): Promise<SyncRun> {
    const tenantId = this.tenant();
    const pages = this.dataSource.getRepository(SyncPage);
    const runs = this.dataSource.getRepository(SyncRun);
    // A round resumed part-way through applying was weighed before its first page.
    if (guarded && !(await pages.existsBy({ runId: run.id, applied: true }))) {
      const { deactivations, activePeople } = await this.weigh(run, tenantId);
      if (deactivations > 0 && deactivations > activePeople * this.config.directory.maxDeactivationShare) {
        Object.assign(run, {
          state: 'held',
          pendingDeactivations: deactivations,
          activePeople,
          finishedAt: this.clock.now(),
        });
        this.logger.warn(
          `directory sync round ${run.id} held: it would deactivate ${deactivations} of ${activePeople} people`,
        );
        return runs.save(run);
      }
    }
    const sequences = await pages.find({
      where: { runId: run.id, applied: false },
      select: { sequence: true },
      order: { sequence: 'ASC' },
    });
    for (const { sequence } of sequences) {
      await this.dataSource.transaction(async (manager) => {
        const page = await manager.getRepository(SyncPage).findOneByOrFail({ runId: run.id, sequence });
        const outcome = await this.writer.apply(
          manager,
          tenantId,
          mergeEntries(page.entries),
          this.clock.now(),
        );
        for (const { personId, reason } of outcome.deactivated) {
          await this.events.publish(new PersonDeactivated(personId, reason, manager));
        }
        await manager.getRepository(SyncPage).update({ runId: run.id, sequence }, { applied: true });
        run.created += outcome.created;
        run.updated += outcome.updated;
        run.deactivated += outcome.deactivated.length;
        await manager.getRepository(SyncRun).save(run);
      });
    }
    await this.linkManagers(run, tenantId);
    if (run.full) {
      // A full round lists everyone there is: whoever it does not list left while no delta link held.
      await this.dataSource.transaction(async (manager) => {
        const gone = await this.writer.deactivateMissing(
          manager,
          tenantId,
          run.id,
          run.createdAt,
          this.clock.now(),
        );
        for (const personId of gone)
          await this.events.publish(new PersonDeactivated(personId, 'deleted', manager));
        run.deactivated += gone.length;
        await manager.getRepository(SyncRun).save(run);
      });
    }
    if (this.config.directory.notebookGroupId) await this.syncNotebookGroup(run, tenantId);
    Object.assign(run, { state: 'completed', finishedAt: this.clock.now() });
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(SyncRun).save(run);
      await manager.getRepository(SyncPage).delete({ runId: run.id });
    });
    this.logger.log(
      `directory sync round ${run.id}: ${run.pages} pages, ${run.created} created, ${run.updated} updated, ${run.deactivated} deactivated`,
    );
    return run;
  }

  /**
   * Device profiles from the notebook group: its member changes since the last round (all members
   * in the first), through the groups delta query filtered to that one group.
   */
  private async syncNotebookGroup(run: SyncRun, tenantId: string): Promise<void> {
    const groupId = this.config.directory.notebookGroupId!;
    const first = `groups/delta?$filter=id eq '${groupId}'&$select=members`;
    let link = run.groupDeltaLink ?? first;
    let restarted = false;
    for (;;) {
      let page: { value?: GraphGroup[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };
      try {
        page = await this.graph.get(link);
      } catch (error) {
        if (!(error instanceof GraphError && error.deltaExpired) || restarted) throw error;
        restarted = true;
        link = first;
        continue;
      }
      const changes = (page.value ?? [])
        .filter((group) => typeof group.id === 'string' && group.id.toLowerCase() === groupId.toLowerCase())
        .flatMap((group) => (Array.isArray(group['members@delta']) ? group['members@delta'] : []))
        .flatMap((member) =>
          typeof member?.id === 'string' &&
          (!member['@odata.type'] || member['@odata.type'] === '#microsoft.graph.user')
            ? [{ objectId: member.id.toLowerCase(), member: !member['@removed'] }]
            : [],
        );
      // The last word on each member counts.
      const latest = [...new Map(changes.map((change) => [change.objectId, change])).values()];
      await this.dataSource.transaction(async (manager) => {
        run.updated += await this.writer.setNotebookMembers(manager, tenantId, latest, this.clock.now());
        await manager.getRepository(SyncRun).save(run);
      });
      if (page['@odata.deltaLink']) {
        run.groupDeltaLink = page['@odata.deltaLink'];
        return;
      }
      if (!page['@odata.nextLink'])
        throw new GraphError(200, undefined, 'a group delta page had neither a next nor a delta link');
      link = page['@odata.nextLink'];
    }
  }

  private async linkManagers(run: SyncRun, tenantId: string): Promise<void> {
    const pages = this.dataSource.getRepository(SyncPage);
    for (let sequence = 1; sequence <= run.pages; sequence++) {
      const page = await pages.findOneBy({ runId: run.id, sequence });
      if (!page) continue;
      await this.dataSource.transaction(async (manager: EntityManager) => {
        run.updated += await this.writer.linkManagers(
          manager,
          tenantId,
          mergeEntries(page.entries),
          run.createdAt,
        );
        await manager.getRepository(SyncRun).save(run);
      });
    }
  }

  /** The active people the round would deactivate, by the last word on each user, and all active people. */
  private async weigh(
    run: SyncRun,
    tenantId: string,
  ): Promise<{ deactivations: number; activePeople: number }> {
    const runId = run.id;
    const last = new Map<string, boolean>();
    const pages = await this.dataSource
      .getRepository(SyncPage)
      .find({ where: { runId }, order: { sequence: 'ASC' } });
    for (const page of pages) {
      for (const entry of page.entries) {
        if (entry.deactivation) last.set(entry.objectId, true);
        else if (entry.enabled) last.set(entry.objectId, false);
      }
    }
    const leaving = [...last].filter(([, deactivated]) => deactivated).map(([objectId]) => objectId);
    const manager = this.dataSource.manager;
    const [leavers, missing, activePeople] = await Promise.all([
      this.writer.countActive(manager, tenantId, leaving),
      run.full ? this.writer.countMissing(manager, tenantId, runId, run.createdAt) : 0,
      this.writer.activePeople(manager, tenantId),
    ]);
    const deactivations = leavers + missing;
    return { deactivations, activePeople };
  }
}

function toView(run: SyncRun): SyncRunView {
  return {
    id: run.id,
    state: run.state,
    trigger: run.trigger,
    full: run.full,
    start: run.startedAt.toISOString(),
    end: run.finishedAt?.toISOString() ?? null,
    pages: run.pages,
    created: run.created,
    updated: run.updated,
    deactivated: run.deactivated,
    errors: run.errors,
    lastError: run.lastError,
    held:
      run.state === 'held' || run.pendingDeactivations !== null
        ? { deactivations: run.pendingDeactivations ?? 0, activePeople: run.activePeople ?? 0 }
        : null,
  };
}
