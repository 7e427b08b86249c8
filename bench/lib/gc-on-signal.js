/**
 * Preloaded into a process under measurement (`node --expose-gc -r bench/lib/gc-on-signal.js ...`):
 * SIGUSR2 runs a full garbage collection, so a benchmark reads the memory live objects hold rather
 * than whatever garbage the last burst left. Benchmark-only; never part of a service.
 */
process.on('SIGUSR2', () => global.gc?.());
