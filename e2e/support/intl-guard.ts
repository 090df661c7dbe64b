import { afterEach, expect } from "vitest";
import { takeIntlErrors } from "./browser";

// Each part of the site sends the browser only its own messages (lib/i18n/client-messages.ts): a
// client component that asks for one it was not sent logs a next-intl error, which fails the test.
afterEach(() => {
  expect(takeIntlErrors(), "next-intl errors in the browser").toEqual([]);
});
