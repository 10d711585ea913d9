import { TestApp } from '../support/test-app';

describe('one person by id, to name the holder of a fixed desk', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('answers id, name and department of an active person, and nothing more', async () => {
    const department = await t.make.department({ name: 'Bürgeramt' });
    const person = await t.make.person({ displayName: 'Jana Schulze', departmentId: department.id });
    const response = await t.get(await t.make.facilityManager(), `/api/v1/people/${person.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toEqual({ id: person.id, displayName: 'Jana Schulze', department: 'Bürgeramt' });
  });

  it('is a 404 for someone who left and for an unknown id, a 400 for a malformed one', async () => {
    const caller = await t.make.person();
    const gone = await t.make.person({ active: false });
    const left = await t.get(caller, `/api/v1/people/${gone.id}`);
    expect(left.statusCode).toBe(404);
    expect(left.body.code).toBe('NOT_FOUND');
    const unknown = await t.get(caller, '/api/v1/people/7c9e6679-7425-40de-944b-e07fc1f90ae7');
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.get(caller, '/api/v1/people/not-an-id');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
  });

  it('asks for sign-in first', async () => {
    const person = await t.make.person();
    expect((await t.get(undefined, `/api/v1/people/${person.id}`)).statusCode).toBe(401);
  });
});

describe('the departments, to choose the one that owns a zone', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('lists every department by name to a signed-in person, and nothing without sign-in', async () => {
    const building = await t.make.department({ name: 'Gebäudewirtschaft' });
    const office = await t.make.department({ name: 'Bürgeramt' });
    const response = await t.get(await t.make.person(), '/api/v1/departments');
    expect(response.statusCode).toBe(200);
    expect(response.body).toEqual([
      { id: office.id, name: 'Bürgeramt' },
      { id: building.id, name: 'Gebäudewirtschaft' },
    ]);
    expect((await t.get(undefined, '/api/v1/departments')).statusCode).toBe(401);
  });
});
