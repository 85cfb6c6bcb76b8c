import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dtype } from '../../engine/index.ts';
import type { OptimizerName, Tensor } from '../../model/index.ts';

/**
 * Debian's Python, which has python3-torch (`scripts/ensure-debian-packages.mjs` installs it);
 * not the pyenv `python3` that may come first on PATH and has no torch.
 */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const CHECK_SCRIPTS = fileURLToPath(new URL('./checkScripts.py', import.meta.url));

/** Steps of one optimizer that `checkScripts.py` takes on a case's batch, from the exported weights. */
export interface ScriptSteps {
  optimizer: OptimizerName;
  lr: number;
  l2: number;
  count: number;
}

/** An exported script and the batch to run it on (rows of inputs and of targets), in float32 (as it runs) or float64. */
export interface ScriptCase {
  script: string;
  dtype: Dtype;
  x: number[][];
  target: number[][];
  /** Whether to run it in training mode too: the batch's gradients, then `steps` (false: the forward pass alone). */
  training: boolean;
  steps: ScriptSteps[];
  /** Whether to run the script's own `train()` for one epoch over the batch's rows. */
  epoch: boolean;
}

/** What the script computed, tensors keyed by state-dict name (`dense1.weight`). */
export interface ScriptResult {
  output: number[][];
  /** With `training`: the loss and every parameter's gradient on the batch. */
  loss?: number;
  grads?: Record<string, Tensor>;
  /** With `training`: the parameters and floating-point buffers (BatchNorm's running statistics) after each entry of the case's `steps`, in order. */
  steps?: Record<string, Tensor>[];
  /** With `epoch`: what `train()` printed. */
  epoch?: string;
}

/**
 * Test helper: runs every case in one Python process (importing torch takes a second or two,
 * so the checks are batched). Throws with Python's own error output when a script fails.
 */
export function runScriptsWithPytorch(cases: readonly ScriptCase[], workDir: string): ScriptResult[] {
  const casesFile = join(workDir, 'cases.json');
  writeFileSync(casesFile, JSON.stringify(cases));
  return JSON.parse(runSystemPython([CHECK_SCRIPTS, casesFile], workDir)) as ScriptResult[];
}

/** Runs Debian's Python with `args` in `cwd` and returns what it printed; throws with its error output when it fails. */
export function runSystemPython(args: readonly string[], cwd: string): string {
  const run = spawnSync(SYSTEM_PYTHON, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300_000 });
  if (run.error) throw new Error(`could not run ${SYSTEM_PYTHON}: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`${SYSTEM_PYTHON} ${args.join(' ')} exited with ${run.status}:\n${run.stderr}`);
  return run.stdout;
}
