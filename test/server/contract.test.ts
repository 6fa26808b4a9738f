import { afterAll, beforeAll, describe } from 'vitest';
import { createHttpStore, type HttpStore } from '../../src/data/httpStore';
import { defineStoreContract } from '../../src/data/storeContract';
import { apiToken, withBearer } from './authSupport';
import { injectFetch, openTestDatabase, testDatabaseChoices, type TestDatabase } from './harness';

// The store contract every adapter passes (src/data/storeContract.ts), now against the
// real server: the unchanged HTTP client, the Fastify app, and each database.

const choices = testDatabaseChoices();

for (const choice of choices) {
  describe(`server on ${choice}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await openTestDatabase(choice);
    }, 600_000);
    afterAll(() => database?.close());

    defineStoreContract(`HTTP against the server (${choice})`, async ({ now }) => {
      await database.reset();
      const app = await database.app({ now });
      // Signed in as a script would be (an admin's API token: the contract saves the campaign
      // target too, which only admins may), so the contract runs unchanged.
      const fetcher = withBearer(injectFetch(app), await apiToken(database.db, 'admin'));
      const opened: HttpStore[] = [];
      const open = () => {
        const store = createHttpStore({ baseUrl: `http://server.test/api`, fetch: fetcher });
        opened.push(store);
        return store;
      };
      return { store: open(), openTab: open, dispose: () => opened.forEach((store) => store.close()) };
    });
  });
}
