// Each e2e file starts the whole application on a database of its own, the embedded one included
// (initdb in WebAssembly): on a busy 2-core machine that alone can take several seconds, more than
// Jest's 5 s default. Set here because `testTimeout` is not a per-project option.
jest.setTimeout(30_000);
