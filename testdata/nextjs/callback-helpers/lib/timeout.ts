// ok: CLK101

// Runs a task, giving up after ms: what it does is the task's.
export async function withTimeout<T>(task: () => Promise<T>, ms: number): Promise<T> {
  const timer = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error('timed out')), ms)
  })
  return Promise.race([task(), timer])
}
