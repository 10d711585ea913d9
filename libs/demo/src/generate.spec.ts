import { generateBuildings } from './buildings';
import { generatePeople } from './organisation';
import { SeededRandom } from './random';

describe('demo data', () => {
  const people = generatePeople(new SeededRandom(2026));
  const buildings = generateBuildings(new SeededRandom(2026), people);
  const desks = buildings.flatMap((b) => b.floors.flatMap((f) => f.desks));

  it('is a Leverkusen-sized administration', () => {
    expect(people).toHaveLength(3200);
    expect(new Set(people.map((p) => p.department)).size).toBe(25);
    expect(buildings).toHaveLength(6);
    expect(desks).toHaveLength(2600);
  });

  it('gives about 60 % of desks a docking station', () => {
    const docked = desks.filter((d) => d.docking !== 'none').length / desks.length;
    expect(docked).toBeGreaterThan(0.45);
    expect(docked).toBeLessThan(0.7);
  });

  it('keeps desk codes unique per building and positions on the plan', () => {
    for (const building of buildings) {
      const codes = building.floors.flatMap((f) => f.desks.map((d) => d.code));
      expect(new Set(codes).size).toBe(codes.length);
    }
    for (const desk of desks) {
      expect(desk.x).toBeGreaterThan(0);
      expect(desk.x).toBeLessThan(100);
      expect(desk.y).toBeGreaterThan(0);
      expect(desk.y).toBeLessThan(100);
    }
  });

  it('has one open-plan floor of 200 desks', () => {
    expect(buildings.flatMap((b) => b.floors).some((f) => f.desks.length === 200)).toBe(true);
  });

  it('gives fixed desks to desktop users of the zone department only, at most once each', () => {
    const assigned = desks.filter((d) => d.assigneeIndex !== null).map((d) => d.assigneeIndex!);
    expect(new Set(assigned).size).toBe(assigned.length);
    for (const index of assigned) expect(people[index].deviceProfile).toBe('desktop');
  });

  it('is the same on every run', () => {
    const again = generateBuildings(new SeededRandom(2026), generatePeople(new SeededRandom(2026)));
    expect(again).toEqual(buildings);
  });

  it('draws a well-formed SVG plan for every floor', () => {
    for (const floor of buildings.flatMap((b) => b.floors)) {
      expect(floor.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(floor.svg.endsWith('</svg>')).toBe(true);
      expect(floor.svg).not.toMatch(/NaN|undefined/);
    }
  });
});
