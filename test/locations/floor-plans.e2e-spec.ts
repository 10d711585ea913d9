import type { Person } from '@platzbuch/directory';
import { type Floor, FloorPlan } from '@platzbuch/locations';
import { TestApp } from '../support/test-app';
import { jpeg, multipart, png } from './fixtures';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" onload="alert(1)">' +
  '<script>alert(2)</script><rect width="10" height="10" fill="#ccc"/><text x="1" y="2">3.01</text></svg>';

describe('floor plans', () => {
  let t: TestApp;
  let manager: Person;
  let employee: Person;
  let floor: Floor;

  beforeAll(async () => {
    t = await TestApp.start();
    manager = await t.make.facilityManager();
    employee = await t.make.person();
  });
  beforeEach(async () => {
    floor = await t.make.floor();
  });
  afterAll(() => t.close());

  const put = (content: Buffer | string, contentType: string, caller: Person = manager) =>
    t.request(caller, 'PUT', `/api/v1/floors/${floor.id}/plan`, {
      payload: content,
      headers: { 'content-type': contentType },
    });
  const stored = () => t.db.getRepository(FloorPlan).findOneBy({ floorId: floor.id });

  it('stores an SVG sanitised: the script does not come back', async () => {
    const response = await put(SVG, 'image/svg+xml');
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatchObject({
      id: floor.id,
      plan: {
        mediaType: 'image/svg+xml',
        width: 1200,
        height: 800,
        url: expect.stringMatching(new RegExp(`^/api/v1/floors/${floor.id}/plan\\?v=[0-9a-f]{16}$`)),
        updatedAt: expect.any(String),
      },
    });

    const served = await t.get(employee, response.body.plan.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/svg+xml');
    expect(served.payload).toContain('<rect width="10" height="10" fill="#ccc"/>');
    expect(served.payload).not.toMatch(/script|alert|onload/);
    expect(served.headers).toMatchObject({
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=300',
    });
    expect((await t.get(employee, `/api/v1/floors/${floor.id}`)).body.plan).toEqual(response.body.plan);
  });

  it('reads the size of PNG and JPEG plans, sent raw or as a form', async () => {
    const raw = await put(png(1600, 900), 'image/png');
    expect(raw.body.plan).toMatchObject({ mediaType: 'image/png', width: 1600, height: 900 });
    const form = multipart('file', 'grundriss.jpg', 'image/jpeg', jpeg(2480, 3508));
    const sent = await t.request(manager, 'PUT', `/api/v1/floors/${floor.id}/plan`, form);
    expect(sent.statusCode).toBe(200);
    expect(sent.body.plan).toMatchObject({ mediaType: 'image/jpeg', width: 2480, height: 3508 });

    const served = await t.get(employee, `/api/v1/floors/${floor.id}/plan`);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.rawPayload).toEqual(jpeg(2480, 3508));
    expect(served.headers['content-security-policy']).not.toContain('sandbox');
  });

  it('refuses a file whose bytes are not what it claims to be, keeping the old plan', async () => {
    await put(png(10, 10), 'image/png');
    const before = await stored();
    for (const response of [
      await put(png(10, 10), 'image/svg+xml'),
      await put(SVG, 'image/png'),
      await put(jpeg(10, 10), 'image/png'),
      await t.request(
        manager,
        'PUT',
        `/api/v1/floors/${floor.id}/plan`,
        multipart('file', 'plan.svg', 'application/octet-stream', png(4, 4)),
      ),
      await put('GIF89a', 'image/png'),
      await put('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', 'image/svg+xml'),
      await put('<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>', 'image/svg+xml'),
    ]) {
      expect(response.statusCode).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'file' }] });
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses other types, forms without the file, and employees', async () => {
    expect((await put('GIF89a', 'image/gif')).statusCode).toBe(415);
    expect((await t.put(manager, `/api/v1/floors/${floor.id}/plan`, { file: 'x' })).statusCode).toBe(415);
    const wrongField = await t.request(
      manager,
      'PUT',
      `/api/v1/floors/${floor.id}/plan`,
      multipart('image', 'p.png', 'image/png', png(2, 2)),
    );
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.body.errors).toEqual([{ field: 'file', message: 'file is required' }]);
    expect((await put(png(2, 2), 'image/png', employee)).statusCode).toBe(403);
    expect(await stored()).toBeNull();
  });

  it('refuses a plan above 10 MB with a 413 problem, raw or as a form', async () => {
    const big = Buffer.concat([png(2, 2), Buffer.alloc(10 * 1024 * 1024)]);
    const raw = await put(big, 'image/png');
    expect(raw.statusCode).toBe(413);
    expect(raw.headers['content-type']).toContain('application/problem+json');
    expect(raw.body.code).toBe('PAYLOAD_TOO_LARGE');
    const form = await t.request(
      manager,
      'PUT',
      `/api/v1/floors/${floor.id}/plan`,
      multipart('file', 'big.png', 'image/png', big),
    );
    expect(form.statusCode).toBe(413);
    expect(form.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      detail: 'Die Datei ist zu groß (höchstens 10 MB).',
    });
    expect(await stored()).toBeNull();
  });

  it('answers a request for the version the client holds with 304, and a new version with 200', async () => {
    await put(png(20, 10), 'image/png');
    const first = await t.get(employee, `/api/v1/floors/${floor.id}/plan`);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

    const again = await t.get(employee, `/api/v1/floors/${floor.id}/plan`, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.payload).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect(
      (await t.get(employee, `/api/v1/floors/${floor.id}/plan`, { 'if-none-match': `W/"x", ${etag}` }))
        .statusCode,
    ).toBe(304);
    expect(
      (await t.get(employee, `/api/v1/floors/${floor.id}/plan`, { 'if-none-match': '*' })).statusCode,
    ).toBe(304);

    await put(png(30, 10), 'image/png');
    const changed = await t.get(employee, `/api/v1/floors/${floor.id}/plan`, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('deletes a plan, and tells a missing plan from a missing floor', async () => {
    expect((await t.get(employee, `/api/v1/floors/${floor.id}/plan`)).body.detail).toBe(
      'Für diese Etage ist kein Plan hinterlegt.',
    );
    await put(png(2, 2), 'image/png');
    expect((await t.delete(employee, `/api/v1/floors/${floor.id}/plan`)).statusCode).toBe(403);
    expect((await t.delete(manager, `/api/v1/floors/${floor.id}/plan`)).statusCode).toBe(204);
    expect((await t.get(employee, `/api/v1/floors/${floor.id}`)).body.plan).toBeNull();
    expect((await t.delete(manager, `/api/v1/floors/${floor.id}/plan`)).statusCode).toBe(404);
    const missing = await t.get(employee, '/api/v1/floors/00000000-0000-4000-8000-000000000000/plan');
    expect(missing.body.detail).toBe('Diese Etage gibt es nicht.');
  });
});
