// The browser-test watchdog: runs web-test-runner (or any command) as a child process, echoes
// its output as it comes, and ends it when it makes no progress for a set time, so a browser
// that hangs can never stall `npm test` or CI.
//
// Progress is any output on stdout or stderr, or any message the runner sends over the IPC
// channel: scripts/test/wtr-progress.mjs sends one whenever a test finishes, and whenever a test file
// starts, finishes or changes state in a browser. When the limit passes with none of these, the
// watchdog says which test file(s) each browser was in and the last test each finished, ends the
// whole process tree (the runner, its browsers, WebKitWebDriver, Xvfb) and reports the run as
// stalled. It never starts the run again.
import { execFileSync, spawn } from 'node:child_process';

export const DEFAULT_IDLE_SECONDS = 120;

/** The limit in seconds: $NB_WATCHDOG_SECONDS when set (a positive number), else 120. */
export function idleSeconds(env = process.env) {
  const raw = env.NB_WATCHDOG_SECONDS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_IDLE_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(`NB_WATCHDOG_SECONDS must be a positive number of seconds, not "${raw}".`);
  return seconds;
}

/** What a session status means, in the watchdog's message. */
const DOING = {
  INITIALIZING: 'opening the test page',
  TEST_STARTED: 'running its tests',
  TEST_FINISHED: 'collecting its results',
};

/**
 * Every running process as `{ pid, ppid, zombie, started, name }` (`started`: the start time `ps`
 * prints, so a pid that ended and was reused is never taken for the one we saw).
 */
function processTable() {
  let out;
  try {
    out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,stat=,lstart=,comm='], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return [];
  }
  const row = /^(\d+)\s+(\d+)\s+(\S+)\s+(\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4})\s*(.*)$/;
  return out
    .split('\n')
    .map((line) => line.trim().match(row))
    .filter(Boolean)
    .map(([, pid, ppid, stat, started, name]) => ({
      pid: Number(pid),
      ppid: Number(ppid),
      zombie: stat.startsWith('Z'),
      started,
      name: name.trim(),
    }));
}

/** `pid` and all its descendants (by parent pid, so detached children are included). */
export function processTree(pid, table = processTable()) {
  const children = new Map();
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const tree = table.filter((p) => p.pid === pid);
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i].pid) ?? []));
  return tree;
}

/** Those of `procs` still running: same pid and start time, not a zombie. */
function stillRunning(procs) {
  const now = new Map(processTable().map((p) => [p.pid, p]));
  return procs.filter((p) => {
    const q = now.get(p.pid);
    return q && q.started === p.started && !q.zombie;
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM to each of `procs`, then SIGKILL to any still running after `graceMs`. */
async function endProcesses(procs, graceMs = 3000) {
  const send = (list, signal) => {
    for (const p of list) {
      try {
        process.kill(p.pid, signal);
      } catch {
        // already gone
      }
    }
  };
  send(procs, 'SIGTERM');
  const until = Date.now() + graceMs;
  while (Date.now() < until && stillRunning(procs).length > 0) await sleep(100);
  send(stillRunning(procs), 'SIGKILL');
}

/**
 * Ends `pid` and every process below it. The tree is read before the first signal (a killed
 * parent's children move to init).
 */
export const killTree = (pid, graceMs = 3000) => endProcesses(processTree(pid), graceMs);

/**
 * Runs `cmd args` with stdout and stderr piped (and echoed as they arrive) and an IPC channel.
 * Resolves `{ status, out, stalled }`: `out` is everything printed on stdout; `stalled` is the
 * watchdog's message when it ended the run (then `status` is 1), else undefined. Processes the
 * runner leaves running when it exits (its browsers, after a crash) are ended, and named.
 *
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ idleMs: number, env?: NodeJS.ProcessEnv, label?: string, censusMs?: number,
 *   stdout?: NodeJS.WritableStream, stderr?: NodeJS.WritableStream }} options `censusMs`: how
 *   often the processes below the runner are listed (5 s), to end any it leaves behind.
 */
export function runWatched(cmd, args, options) {
  const { idleMs, env = process.env, label = cmd } = options;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    // Every process seen below the runner (pid and start time), read every few seconds: if the
    // runner dies without closing its browsers (killed, crashed), they are ended when it is.
    const seen = new Map();
    const noteTree = () => {
      for (const p of processTree(child.pid))
        if (p.pid !== child.pid) seen.set(`${p.pid} ${p.started}`, p);
    };
    const census = setInterval(noteTree, options.censusMs ?? 5000);
    const chunks = [];
    let last = Date.now();
    let stalled;
    /** browser name → Map(test file → { status, since }) for files not finished yet. */
    const open = new Map();
    /** browser name → number of its test files finished. */
    const done = new Map();
    /** browser name → { title, at } of the last test it finished. */
    const lastTest = new Map();
    const browser = (name) => {
      if (!open.has(name)) open.set(name, new Map());
      if (!done.has(name)) done.set(name, 0);
      return open.get(name);
    };

    child.stdout.on('data', (chunk) => {
      last = Date.now();
      chunks.push(chunk);
      stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      last = Date.now();
      stderr.write(chunk);
    });
    child.on('message', (message) => {
      if (message?.type === 'nb-wtr-start') {
        for (const name of message.browsers ?? []) browser(name);
      } else if (message?.type === 'nb-wtr-test') {
        last = Date.now();
        browser(message.browser);
        lastTest.set(message.browser, { title: message.title, at: Date.now() });
      } else if (message?.type === 'nb-wtr-session') {
        last = Date.now();
        const files = browser(message.browser);
        if (message.status === 'FINISHED') {
          files.delete(message.file);
          done.set(message.browser, done.get(message.browser) + 1);
        } else if (message.status === 'SCHEDULED') files.delete(message.file);
        else if (files.get(message.file)?.status !== message.status)
          files.set(message.file, { status: message.status, since: Date.now() });
      }
    });
    child.on('error', (error) => {
      stderr.write(`${label} could not start: ${error.message}\n`);
      finish(1, null);
    });

    const timer = setInterval(
      async () => {
        const idle = Date.now() - last;
        if (idle < idleMs || stalled) return;
        clearInterval(timer);
        noteTree();
        stalled = describe(idle);
        stderr.write(`\n${stalled}\n`);
        await killTree(child.pid);
      },
      Math.min(1000, Math.max(50, idleMs / 4)),
    );

    function describe(idle) {
      const s = (ms) => `${Math.round(ms / 1000)} s`;
      const lines = [
        `Watchdog: ${label} made no progress for ${s(idle)} (no test finished, no test file ` +
          `started or finished, no output), so it was stopped and this stage fails. ` +
          `Where each browser was:`,
      ];
      if (open.size === 0) lines.push('  (no browser had started a test file)');
      for (const [name, files] of open) {
        const where = [...files].map(
          ([file, { status, since }]) =>
            `${file} (${DOING[status] ?? status} for ${s(Date.now() - since)})`,
        );
        const test = lastTest.get(name);
        lines.push(
          `  ${name}: ${where.length ? `in ${where.join(', ')}` : 'no test file open'}` +
            ` — ${done.get(name)} test file(s) finished before` +
            (test ? `; last test finished ${s(Date.now() - test.at)} ago: "${test.title}"` : ''),
        );
      }
      lines.push(
        `The limit is ${s(idleMs)} (NB_WATCHDOG_SECONDS). A browser that hangs again in the same ` +
          `file points at that file; see ACCESSIBILITY.md, "Browsers".`,
      );
      return lines.join('\n');
    }

    let finished = false;
    let lingering;
    const finish = async (code, signal) => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      clearInterval(census);
      clearTimeout(lingering);
      if (signal && !stalled) stderr.write(`\n${label} was ended by ${signal} from outside.\n`);
      const left = stillRunning([...seen.values()]);
      if (left.length > 0) {
        const names = [...new Set(left.map((p) => p.name))].join(', ');
        stderr.write(`${label} left ${left.length} process(es) running (${names}); ending them.\n`);
        await endProcesses(left);
      }
      resolve({
        status: stalled ? 1 : (code ?? (signal ? 1 : 0)),
        out: Buffer.concat(chunks).toString(),
        stalled,
      });
    };
    child.on('close', finish);
    // A process the runner left behind may keep its output pipes open: stop waiting 10 s after
    // the runner itself has exited, and say so.
    child.on('exit', (code, signal) => {
      if (stalled) return;
      clearInterval(timer);
      lingering = setTimeout(() => {
        stderr.write(`\n${label} exited but a process it started still holds its output.\n`);
        finish(code, signal);
      }, 10_000);
    });
  });
}
