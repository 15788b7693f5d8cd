// ok: CLK101

// Runs a task and answers the fallback when it fails.
export async function orElse<T>(task: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await task()
  } catch {
    return fallback
  }
}
