/**
 * Reports made on the version-1 template (every row of the group, no role column, header at row 13) are in
 * circulation: units filled them for 2025 and keep sending them. Tests of the consolidation rules use them on
 * purpose, with the addresses people typed into; the current layout has its own tests (template writers, roles).
 */
export const V1 = { version: "1.0.0" } as const;
