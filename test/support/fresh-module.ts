/**
 * A module loaded anew, with its own copies of everything it imports: its tables built again and its caches empty.
 *
 * Why: mutation testing (StrykerJS) switches a mutant on when a test starts and runs only the tests during which the
 * mutated code ran. A table a module builds as it loads, or a result it caches, is made once for the whole file,
 * so only one test would be credited with it. Loading the module inside each test (in `beforeEach` or the test)
 * makes each test that reads the table or the result one of its tests.
 *
 *   let layout: typeof import("../../../src/core/templates/layout");
 *   beforeEach(() => (layout = freshModule(() => require("../../../src/core/templates/layout"))));
 */
export function freshModule<T>(load: () => T): T {
  let loaded: T | undefined;
  jest.isolateModules(() => {
    loaded = load();
  });
  return loaded as T;
}
