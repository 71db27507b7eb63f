// A longer fuzz run on demand: `npm run fuzz` (NB_FUZZ_RUNS, default 1000 runs per property;
// NB_FUZZ_SEED, default a new random seed, printed so a failure can be replayed).
import { spawnSync } from 'node:child_process';

const seed = process.env.NB_FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.NB_FUZZ_RUNS ?? '1000';
console.log(
  `fuzz: seed ${seed}, ${runs} runs per property (replay: NB_FUZZ_SEED=${seed} npm run fuzz)`,
);
const result = spawnSync('npx', ['web-test-runner', 'test/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, NB_FUZZ_SEED: seed, NB_FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
