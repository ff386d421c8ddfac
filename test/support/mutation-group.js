/**
 * The mutation group a run is about (bench/mutation/groups.json): the one TTX_MUTATE_GROUP names, strict when unset
 * (npx stryker run, tools that load the configuration). Read by stryker.config.mjs and jest.mutate.config.js, so the
 * modules mutated and the tests run are always one group's.
 */
const { groups } = require("../../bench/mutation/groups.json");

const name = process.env.TTX_MUTATE_GROUP || "strict";
const group = groups[name];
if (!group) throw new Error(`TTX_MUTATE_GROUP must name a group of bench/mutation/groups.json: ${Object.keys(groups).join(", ")}`);

module.exports = { name, group };
