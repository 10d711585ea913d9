import { IANAZone, type Zone } from 'luxon';

const QUARTER_HOUR = 15 * 60_000;
const MAX_REMEMBERED = 100_000;

/**
 * An IANA zone that remembers its offsets. Luxon asks Intl for the offset of a named zone on every
 * step of date arithmetic, which made that most of the cost of a booking. Offsets change only at
 * transitions, and modern ones fall on quarter hours: a quarter hour that starts and ends with the
 * same offset has it throughout; any other is computed exactly every time.
 */
class RememberingZone extends IANAZone {
  private readonly offsets = new Map<number, number>();

  override offset(ts: number): number {
    const quarter = Math.floor(ts / QUARTER_HOUR);
    let known = this.offsets.get(quarter);
    if (known === undefined) {
      const first = super.offset(quarter * QUARTER_HOUR);
      if (first !== super.offset((quarter + 1) * QUARTER_HOUR - 1)) return super.offset(ts);
      if (this.offsets.size >= MAX_REMEMBERED) this.offsets.clear();
      this.offsets.set(quarter, (known = first));
    }
    return known;
  }
}

const zones = new Map<string, RememberingZone>();

/** The IANA zone `name` for Luxon, with its offsets remembered. */
export function inZone(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) zones.set(name, (zone = new RememberingZone(name)));
  return zone;
}
