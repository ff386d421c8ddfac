/* eslint-disable no-undef */
// webpack loader for src/functions/functions.ts, run after custom-functions-metadata-plugin's own loader: that one
// appends one `CustomFunctions.associate("ID", fn);` line per function. Where office.js could not be loaded at all
// (the pane says why, src/taskpane/boot.ts), CustomFunctions does not exist and those lines would throw: each is
// made to run only when it does.
module.exports = function guardAssociate(source) {
  return source.replace(/^CustomFunctions\.associate\(/gm, 'if (typeof CustomFunctions !== "undefined") CustomFunctions.associate(');
};
