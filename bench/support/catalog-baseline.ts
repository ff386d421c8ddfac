// Baseline for the bundle-size goal: the plan catalog (its data and the zod schemas that validate it) alone,
// which the custom functions exist to serve.
import { getCatalog } from "../../src/core/plan/catalog";

Object.assign(globalThis, { ttxCatalog: getCatalog });
