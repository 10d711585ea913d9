import { DEPARTMENTS, type DemoPerson } from './organisation';
import type { SeededRandom } from './random';

export interface DemoDesk {
  code: string;
  /** Percent of the plan's width and height. */
  x: number;
  y: number;
  zone: string;
  docking: 'none' | 'usb-c' | 'thunderbolt';
  monitors: number;
  heightAdjustable: boolean;
  accessible: boolean;
  status: 'active' | 'blocked';
  /** Index into the people list of a fixed desk's assignee. */
  assigneeIndex: number | null;
}

export interface DemoRoom {
  name: string;
  capacity: number;
  equipment: ('display' | 'video-conference' | 'whiteboard' | 'phone' | 'accessible')[];
  x: number;
  y: number;
}

export interface DemoZone {
  name: string;
  department: string | null;
}

export interface DemoFloor {
  name: string;
  level: number;
  zones: DemoZone[];
  desks: DemoDesk[];
  rooms: DemoRoom[];
  svg: string;
}

export interface DemoBuilding {
  name: string;
  address: string;
  floors: DemoFloor[];
}

/** Desks per floor, by building; 2,600 in all, one open-plan floor of 200 (the benchmark's). */
const BUILDINGS: readonly { name: string; address: string; desksPerFloor: number[] }[] = [
  { name: 'Rathaus', address: 'Rathausplatz 1, 51373 Musterstadt', desksPerFloor: [80, 100, 200, 100, 70, 50] },
  { name: 'Stadthaus Nord', address: 'Europaring 12, 51373 Musterstadt', desksPerFloor: [96, 108, 108, 108, 100] },
  { name: 'Technisches Rathaus', address: 'Am Werkhof 3, 51379 Musterstadt', desksPerFloor: [90, 100, 100, 100, 90] },
  { name: 'Verwaltungsgebäude Markt', address: 'Marktstraße 20, 51373 Musterstadt', desksPerFloor: [100, 100, 100, 100] },
  { name: 'Bürgerzentrum Süd', address: 'Lindenallee 5, 51377 Musterstadt', desksPerFloor: [100, 100, 100] },
  { name: 'Schul- und Jugendhaus', address: 'Goetheplatz 8, 51373 Musterstadt', desksPerFloor: [100, 100, 100] },
];

// Plan geometry in SVG user units (1 unit ≈ 2.5 cm).
const WIDTH = 1600;
const HEIGHT = 1000;
const DESK = { width: 56, depth: 36 };
const ISLAND = { columns: 3, rows: 2 };
const PITCH = { x: ISLAND.columns * DESK.width + 36, y: ISLAND.rows * DESK.depth + 30 };
const CORRIDOR = { top: 470, bottom: 530 };
const CORE = { left: 690, right: 910, top: 330, bottom: 670 };
const ROOMS_LEFT = 1340;

export function floorName(level: number): string {
  if (level === 0) return 'Erdgeschoss';
  if (level < 0) return `${-level}. Untergeschoss`;
  return `${level}. Obergeschoss`;
}

/**
 * Top-left corners of every island that fits beside the corridor and the core, the rows next to
 * the corridor first and across all columns, so that a small floor is used evenly, not one end of it.
 */
function islandSlots(): { x: number; y: number; column: number }[] {
  const island = { width: ISLAND.columns * DESK.width, height: ISLAND.rows * DESK.depth };
  const columnsX: number[] = [];
  for (let x = 70; x + island.width <= ROOMS_LEFT - 20; x += PITCH.x) columnsX.push(x);
  const above: number[] = [];
  for (let y = CORRIDOR.top - 20 - island.height; y >= 60; y -= PITCH.y) above.push(y);
  const below: number[] = [];
  for (let y = CORRIDOR.bottom + 30; y + island.height <= HEIGHT - 60; y += PITCH.y) below.push(y);
  const clearOfCore = (x: number, y: number) =>
    x + island.width <= CORE.left || x >= CORE.right || y + island.height <= CORE.top || y >= CORE.bottom;
  const slots: { x: number; y: number; column: number }[] = [];
  for (let rank = 0; rank < Math.max(above.length, below.length); rank++) {
    for (const y of [above[rank], below[rank]]) {
      if (y === undefined) continue;
      columnsX.forEach((x, column) => clearOfCore(x, y) && slots.push({ x, y, column }));
    }
  }
  return slots;
}

const percent = (value: number, of: number) => Math.round((value / of) * 10_000) / 100;
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Six buildings of a city administration with 2,600 desks in islands of six, zones that are
 * departments' neighbourhoods, meeting rooms, and a generated SVG plan for every floor.
 * `people` decides zones and fixed desks: desktop users get fixed desks in their department's zone.
 */
export function generateBuildings(random: SeededRandom, people: DemoPerson[]): DemoBuilding[] {
  const slots = islandSlots();
  const quota = departmentQuota();
  const desktopUsers = new Map<string, number[]>();
  people.forEach((person, index) => {
    if (person.deviceProfile !== 'desktop') return;
    desktopUsers.set(person.department, [...(desktopUsers.get(person.department) ?? []), index]);
  });

  return BUILDINGS.map((building) => ({
    name: building.name,
    address: building.address,
    floors: building.desksPerFloor.map((deskCount, level) => {
      const islands = Math.ceil(deskCount / (ISLAND.columns * ISLAND.rows));
      const used = slots.slice(0, islands);
      const columns = [...new Set(used.map((slot) => slot.column))];
      const zoneCount = Math.min(columns.length, random.int(2, 4));
      const zones: (DemoZone & { columns: number[] })[] = Array.from({ length: zoneCount }, (_, z) => ({
        name: String.fromCharCode(65 + z),
        department: null,
        columns: columns.filter((_, c) => Math.floor((c * zoneCount) / columns.length) === z),
      }));
      const desks: DemoDesk[] = [];
      used.forEach((island) => {
        const zone = zones.find((candidate) => candidate.columns.includes(island.column))!;
        for (let row = 0; row < ISLAND.rows; row++) {
          for (let column = 0; column < ISLAND.columns && desks.length < deskCount; column++) {
            const left = island.x + column * DESK.width;
            const top = island.y + row * DESK.depth;
            desks.push({
              code: `${level}.${desks.length + 1}`,
              x: percent(left + DESK.width / 2, WIDTH),
              y: percent(top + DESK.depth / 2, HEIGHT),
              zone: zone.name,
              docking: random.weighted([['usb-c', 60], ['thunderbolt', 20], ['none', 20]] as const),
              monitors: random.weighted([[1, 38], [2, 57], [0, 3], [3, 2]] as const),
              heightAdjustable: random.chance(0.7),
              accessible: row === ISLAND.rows - 1 && column === 0 && random.chance(0.25),
              status: random.chance(0.02) ? 'blocked' : 'active',
              assigneeIndex: null,
            });
          }
        }
      });

      // Neighbourhoods: each zone goes to the department that still needs the most desks, or
      // stays open to everyone (about one zone in six).
      for (const zone of zones) {
        if (random.chance(1 / 6)) continue;
        const [department] = [...quota.entries()].sort((a, b) => b[1] - a[1])[0];
        zone.department = department;
        const zoneDesks = desks.filter((desk) => desk.zone === zone.name);
        quota.set(department, quota.get(department)! - zoneDesks.length);
        // Desktop computers do not move: their users get fixed desks without docking stations.
        const waiting = desktopUsers.get(department) ?? [];
        for (const desk of zoneDesks.slice(0, Math.floor(zoneDesks.length * 0.35))) {
          const assignee = waiting.shift();
          if (assignee === undefined) break;
          desk.assigneeIndex = assignee;
          desk.docking = 'none';
          desk.status = 'active';
        }
      }

      const rooms = generateRooms(random, level, deskCount > 150 ? 1 : random.int(1, 3));
      const name = floorName(level);
      return {
        name,
        level,
        zones: zones.map(({ name: zoneName, department }) => ({ name: zoneName, department })),
        desks,
        rooms,
        svg: floorPlanSvg(`${building.name} – ${name}`, zones, used, desks, rooms),
      };
    }),
  }));
}

/** Desks each department should get: its share of the staff, scaled to the desks there are. */
function departmentQuota(): Map<string, number> {
  const desks = BUILDINGS.reduce((sum, b) => sum + b.desksPerFloor.reduce((a, n) => a + n, 0), 0);
  const staff = DEPARTMENTS.reduce((sum, [, people]) => sum + people, 0);
  return new Map(DEPARTMENTS.map(([name, people]) => [name, Math.round((people / staff) * desks * 0.85)]));
}

function generateRooms(random: SeededRandom, level: number, count: number): DemoRoom[] {
  const height = (HEIGHT - 120) / 3;
  return Array.from({ length: count }, (_, index) => ({
    name: `Besprechung ${level}.${String.fromCharCode(65 + index)}`,
    capacity: random.pick([4, 6, 8, 10, 12, 16]),
    equipment: [
      ...(random.chance(0.8) ? (['display'] as const) : []),
      ...(random.chance(0.5) ? (['video-conference'] as const) : []),
      ...(random.chance(0.6) ? (['whiteboard'] as const) : []),
      ...(index === 0 ? (['accessible'] as const) : []),
    ],
    x: percent((ROOMS_LEFT + WIDTH - 60) / 2, WIDTH),
    y: percent(60 + height * index + height / 2, HEIGHT),
  }));
}

function floorPlanSvg(
  title: string,
  zones: (DemoZone & { columns: number[] })[],
  islands: { x: number; y: number; column: number }[],
  desks: DemoDesk[],
  rooms: DemoRoom[],
): string {
  const parts: string[] = [];
  const rect = (x: number, y: number, w: number, h: number, style: string) =>
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" ${style}/>`;
  const label = (x: number, y: number, text: string, size = 18) =>
    `<text x="${x}" y="${y}" font-family="sans-serif" font-size="${size}" fill="#3b3b3b">${escapeXml(text)}</text>`;

  parts.push(rect(40, 40, WIDTH - 80, HEIGHT - 80, 'fill="#fbfaf7" stroke="#2f2f2f" stroke-width="8"'));
  const labels: string[] = [];
  for (const zone of zones) {
    const xs = islands.filter((island) => zone.columns.includes(island.column)).map((island) => island.x);
    if (xs.length === 0) continue;
    const left = Math.min(...xs) - 14;
    const right = Math.max(...xs) + ISLAND.columns * DESK.width + 14;
    parts.push(rect(left, 52, right - left, CORRIDOR.top - 60, 'fill="#eef4f8" stroke="#c9d9e4" stroke-width="2"'));
    parts.push(rect(left, CORRIDOR.bottom + 8, right - left, HEIGHT - CORRIDOR.bottom - 60, 'fill="#eef4f8" stroke="#c9d9e4" stroke-width="2"'));
    // Two lines in the corridor, cut to the zone's width (about 8 units a character).
    const fit = (text: string) => {
      const room = Math.floor((right - left - 12) / 8);
      return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}…`;
    };
    labels.push(label(left + 8, CORRIDOR.top + 24, fit(`Bereich ${zone.name}`), 15));
    labels.push(label(left + 8, CORRIDOR.top + 46, fit(zone.department ?? 'offen für alle'), 14));
  }
  // Zone names sit in the corridor, where no desk can cover them.
  parts.push(rect(40, CORRIDOR.top, WIDTH - 80, CORRIDOR.bottom - CORRIDOR.top, 'fill="#e7e4dc"'), ...labels);
  parts.push(rect(CORE.left + 20, CORE.top, CORE.right - CORE.left - 40, CORRIDOR.top - CORE.top, 'fill="#d8d4ca" stroke="#8c877b" stroke-width="2"'));
  parts.push(label(CORE.left + 40, 405, 'Treppe · Aufzug'));
  parts.push(rect(CORE.left + 20, CORRIDOR.bottom, CORE.right - CORE.left - 40, CORE.bottom - CORRIDOR.bottom, 'fill="#d8d4ca" stroke="#8c877b" stroke-width="2"'));
  parts.push(label(CORE.left + 40, CORRIDOR.bottom + 75, 'WC · Teeküche'));
  const roomHeight = (HEIGHT - 120) / 3;
  rooms.forEach((room, index) => {
    const top = 60 + roomHeight * index;
    parts.push(rect(ROOMS_LEFT, top + 6, WIDTH - 60 - ROOMS_LEFT, roomHeight - 12, 'fill="#ffffff" stroke="#5c5c5c" stroke-width="4"'));
    parts.push(label(ROOMS_LEFT + 16, top + 40, room.name));
    parts.push(label(ROOMS_LEFT + 16, top + 66, `${room.capacity} Plätze`, 15));
  });
  for (const desk of desks) {
    const x = (desk.x / 100) * WIDTH - DESK.width / 2;
    const y = (desk.y / 100) * HEIGHT - DESK.depth / 2;
    parts.push(rect(Math.round(x + 3), Math.round(y + 3), DESK.width - 6, DESK.depth - 6, 'fill="#ffffff" stroke="#9a968c" stroke-width="2"'));
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">`,
    `<title>${escapeXml(title)}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
