/**
 * Writes app/tokens.css, the design tokens of lib/domain/design/tokens.ts as CSS custom properties.
 *   npm run tokens
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { tokensCss } from "../lib/domain/design/tokens-css";

const target = path.join(import.meta.dirname, "..", "app", "tokens.css");
writeFileSync(target, tokensCss());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
