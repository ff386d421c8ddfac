/**
 * What a zod schema says of a value, in the short forms the schema tests compare: whether it passes, and where and
 * why it is refused. Shared so each test file checks its schema the same way.
 */
import type { z } from "zod";

/** Whether the schema lets the value in. */
export const passes = (schema: z.ZodType, x: unknown): boolean => schema.safeParse(x).success;

/** The issues of a refused value as "code@path" ("invalid_format@code", "custom@" for the object itself); none if it passes. */
export const issuesWhere = (schema: z.ZodType, x: unknown): string[] => {
  const r = schema.safeParse(x);
  return r.success ? [] : r.error.issues.map((i) => `${i.code}@${i.path.join(".")}`);
};
