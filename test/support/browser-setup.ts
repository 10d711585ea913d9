// A browser test drives a real Chromium against a real server: far slower than Jest's 5 s default.
jest.setTimeout(60_000);
