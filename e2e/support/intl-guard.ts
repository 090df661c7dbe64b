import { afterAll, afterEach, expect } from "vitest";
import { takeHydrationErrors, takeIntlErrors } from "./browser";

// Each part of the site sends the browser only its own messages (lib/i18n/client-messages.ts): a
// client component that asks for one it was not sent logs a next-intl error, which fails the test.
// A page whose server HTML React cannot hydrate fails the test too.
const check = () => {
  expect(takeIntlErrors(), "next-intl errors in the browser").toEqual([]);
  expect(takeHydrationErrors(), "React hydration errors in the browser").toEqual([]);
};
afterEach(check);
// What a file's last page logged after its last test (or a beforeAll's page, if nothing ran).
afterAll(check);
