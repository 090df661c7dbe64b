/**
 * The design tokens as CSS custom properties: the text of app/tokens.css, which `npm run tokens`
 * writes and tokens-css.test.ts compares with this. Pure.
 */
import { COLOUR, FONT_SIZE, RADIUS, SEVERITY, SPACE, TONE, VERDICT } from "./tokens";

const kebab = (name: string) => name.replace(/_/g, "-").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).toLowerCase();

/** Every custom property, name (with its `--`) to value, in the order they are written. */
export function tokenProperties(): [string, string][] {
  return [
    ...Object.entries(COLOUR).map(([name, value]): [string, string] => [`--${kebab(name)}`, value]),
    ...Object.entries(TONE).flatMap(([tone, t]): [string, string][] => [
      [`--${tone}-ink`, t.ink],
      [`--${tone}-bg`, t.bg],
      [`--${tone}-edge`, t.edge],
    ]),
    ...Object.entries(VERDICT).flatMap(([verdict, v]): [string, string][] => [
      [`--verdict-${kebab(verdict)}`, v.background],
      [`--verdict-${kebab(verdict)}-text`, v.text],
    ]),
    ...Object.entries(SEVERITY).flatMap(([severity, s]): [string, string][] => [
      [`--severity-${severity.toLowerCase()}-bg`, s.background],
      [`--severity-${severity.toLowerCase()}-ink`, s.text],
    ]),
    ...Object.entries(RADIUS).map(([name, px]): [string, string] => [`--radius-${kebab(name)}`, `${px}px`]),
    ...Object.entries(FONT_SIZE).map(([name, rem]): [string, string] => [`--font-size-${kebab(name)}`, `${rem}rem`]),
    ...Object.entries(SPACE).map(([name, rem]): [string, string] => [`--space-${kebab(name)}`, `${rem}rem`]),
  ];
}

/** The whole of app/tokens.css. */
export function tokensCss(): string {
  const lines = tokenProperties().map(([name, value]) => `  ${name}: ${value};`);
  return [
    "/* Generated from lib/domain/design/tokens.ts by `npm run tokens`: do not edit by hand. */",
    "",
    ":root {",
    ...lines,
    "}",
    "",
  ].join("\n");
}
