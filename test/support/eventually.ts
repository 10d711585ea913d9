/**
 * Retries an assertion until it passes or `timeoutMs` is over: for what arrives a moment later
 * (debounced saves in the web client, notices between instances through Redis).
 */
export async function eventually(assertion: () => Promise<void>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
