// The province's clock (UTC+7), where reports are filled and read: a workbook date read as local time instead of as
// the zone-less day it is would be 7 hours off there and pass unnoticed on a UTC machine. Test workers inherit it.
process.env.TZ = "Asia/Ho_Chi_Minh";

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
