import { DirectorySync, Person } from '@platzbuch/directory';
import { TEST_TENANT } from '../support/factories';
import { FakeGraph, GRAPH_TOKEN } from '../support/graph-fake';
import { TEST_CLIENT_ID, TestIdentityProvider } from '../support/identity-provider';
import { TestApp } from '../support/test-app';

describe('Graph credentials through client credentials (MSAL)', () => {
  let idp: TestIdentityProvider;
  let graph: FakeGraph;
  let t: TestApp;

  beforeAll(async () => {
    idp = await TestIdentityProvider.start();
    idp.appToken = GRAPH_TOKEN;
    graph = await FakeGraph.start();
    t = await TestApp.start({
      auth: 'entra',
      env: { ...graph.env({ staticToken: false }), ...idp.env(), ENTRA_CLIENT_SECRET: 'sync-secret' },
    });
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
    await idp.close();
  });

  it('asks the tenant for an app token with the secret, for Graph’s .default scope, and reads Graph with it', async () => {
    const [user] = graph.addUsers(3);
    const run = await t.app.get(DirectorySync).runRound('admin');
    expect(run).toMatchObject({ state: 'completed', created: 3 });
    expect(await t.db.getRepository(Person).countBy({ tenantId: TEST_TENANT, objectId: user.id })).toBe(1);
    expect(idp.tokenRequests).toEqual([
      expect.objectContaining({
        grant_type: 'client_credentials',
        client_id: TEST_CLIENT_ID,
        client_secret: 'sync-secret',
        scope: `${new URL(graph.baseUrl).origin}/.default`,
      }),
    ]);
    // MSAL keeps the token: a second round asks for none.
    await t.app.get(DirectorySync).runRound('schedule');
    expect(idp.tokenRequests).toHaveLength(1);
  });
});
