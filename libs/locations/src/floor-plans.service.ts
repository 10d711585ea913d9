import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { FloorView } from '@platzbuch/contracts';
import { Floor } from './floor.entity';
import { FloorPlan, type PlanMediaType } from './floor-plan.entity';
import { explainViolations, notFound } from './location-errors';
import { type FloorPlanSummary, toFloorView } from './location-views';
import { readPlanImage } from './plan-image';
import type { Upload } from './incoming-file.decorator';

/** A plan to send: without content when the client's copy is current (`If-None-Match`). */
export interface PlanDelivery {
  mediaType: PlanMediaType;
  sha256: string;
  content: Buffer | null;
}

const SUMMARY = {
  floorId: true,
  mediaType: true,
  width: true,
  height: true,
  sha256: true,
  updatedAt: true,
} as const;

@Injectable()
export class FloorPlansService {
  constructor(
    @InjectRepository(FloorPlan) private readonly plans: Repository<FloorPlan>,
    @InjectRepository(Floor) private readonly floors: Repository<Floor>,
  ) {}

  /** The plans of these floors, without their content, by floor id. */
  async summaries(floorIds: string[]): Promise<Map<string, FloorPlanSummary>> {
    if (floorIds.length === 0) return new Map();
    const plans = await this.plans.find({ where: { floorId: In(floorIds) }, select: SUMMARY });
    return new Map(plans.map((plan) => [plan.floorId, plan]));
  }

  /** Sets or replaces the plan of a floor with a checked (and for SVG, sanitised) image. */
  async replace(floorId: string, upload: Upload): Promise<FloorView> {
    const floor = await this.floors.findOneBy({ id: floorId });
    if (!floor) throw notFound('floor');
    const image = readPlanImage(upload);
    const sha256 = createHash('sha256').update(image.content).digest('hex');
    // One statement, not save(): that would first read the old plan, megabytes and all.
    const [{ updated_at: updatedAt }] = await explainViolations(
      this.plans.query<{ updated_at: Date }[]>(
        `INSERT INTO floor_plans (floor_id, media_type, content, width, height, sha256)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (floor_id) DO UPDATE
           SET media_type = EXCLUDED.media_type, content = EXCLUDED.content, width = EXCLUDED.width,
               height = EXCLUDED.height, sha256 = EXCLUDED.sha256, updated_at = now()
         RETURNING updated_at`,
        [floorId, image.mediaType, image.content, image.width, image.height, sha256],
      ),
      { foreignKey: () => notFound('floor') },
    );
    const saved = {
      floorId,
      mediaType: image.mediaType,
      width: image.width,
      height: image.height,
      sha256,
      updatedAt,
    };
    return toFloorView(floor, saved);
  }

  /**
   * The plan of a floor; its content only when `ifNoneMatch` (the request's header) does not
   * already name it, decided in the same query, so that a concurrent upload cannot mix versions.
   */
  async read(floorId: string, ifNoneMatch?: string): Promise<PlanDelivery> {
    const known = entityTags(ifNoneMatch);
    const [row] = await this.plans.query<
      { media_type: PlanMediaType; sha256: string; content: Uint8Array | null }[]
    >(
      `SELECT media_type, sha256, CASE WHEN $2 OR sha256 = ANY($3) THEN NULL ELSE content END AS content
         FROM floor_plans WHERE floor_id = $1`,
      [floorId, known === '*', known === '*' ? [] : known],
    );
    if (!row) throw notFound((await this.floors.existsBy({ id: floorId })) ? 'plan' : 'floor');
    const content =
      row.content && Buffer.from(row.content.buffer, row.content.byteOffset, row.content.byteLength);
    return { mediaType: row.media_type, sha256: row.sha256, content };
  }

  async remove(floorId: string): Promise<void> {
    const { affected } = await this.plans.delete({ floorId });
    if (!affected) throw notFound((await this.floors.existsBy({ id: floorId })) ? 'plan' : 'floor');
  }
}

/** The entity tags of an `If-None-Match` header (weak or strong alike), or `*`. */
function entityTags(header: string | undefined): string[] | '*' {
  if (!header) return [];
  if (header.trim() === '*') return '*';
  return [...header.matchAll(/(?:W\/)?"([^"]*)"/g)].map((match) => match[1]);
}
