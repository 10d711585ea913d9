import { TestApp } from '../support/test-app';

describe('GET /api/v1/people?query=', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('gives any signed-in person id, name and department of active people only, paged', async () => {
    const department = await t.make.department({ name: 'Bürgeramt' });
    const colleague = await t.make.person();
    for (let n = 0; n < 3; n++)
      await t.make.person({
        displayName: `Anna Schmidt ${n}`,
        departmentId: department.id,
        jobTitle: 'Leitung',
      });
    await t.make.person({ displayName: 'Anna Schmidt (ausgeschieden)', active: false });

    const first = await t.get(colleague, '/api/v1/people?query=anna%20schmidt&limit=2');
    expect(first.statusCode).toBe(200);
    expect(first.body).toHaveLength(2);
    expect(Object.keys(first.body[0]).sort()).toEqual(['department', 'displayName', 'id']);
    expect(first.body[0]).toMatchObject({ displayName: 'Anna Schmidt 0', department: 'Bürgeramt' });
    const next = /<([^>]+)>;\s*rel="next"/.exec(String(first.headers.link))?.[1];
    expect(next).toBeDefined();
    const second = await t.get(colleague, next!.replace(/^https?:\/\/[^/]+/, ''));
    expect(second.body.map((row: { displayName: string }) => row.displayName)).toEqual(['Anna Schmidt 2']);
  });

  it('needs a sign-in and a query of at least two characters', async () => {
    const person = await t.make.person();
    expect((await t.get(undefined, '/api/v1/people?query=anna')).statusCode).toBe(401);
    expect((await t.get(person, '/api/v1/people?query=a')).statusCode).toBe(400);
    expect((await t.get(person, '/api/v1/people')).statusCode).toBe(400);
    expect((await t.get(person, '/api/v1/people?query=%25%25&cursor=!!')).statusCode).toBe(400);
  });
});
