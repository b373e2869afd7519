#!/usr/bin/env node
'use strict';

/**
 * Start-up of the bundled entry points (bin/update-gate.js, dist/index.js): runs their CommonJS
 * bundle (dist/cli-main.cjs, dist/index-main.cjs) through a V8 code cache written after a run, so
 * that the next run skips compiling every function the last one used. (Node's own compile cache
 * is written before the code runs and holds the top level only; and every module the runs load
 * goes through this one.)
 *
 * The cache is an optimisation only: it lives in the user's temporary directory
 * (`update-gate-code-cache-<uid>`, mode 0700, refused unless owned by this user), is keyed by the
 * bundle's sha256, Node's version and the run's profile (the CLI command, the Action's event),
 * is checked by V8 (which rejects data from another V8 or other flags), and any failure to read
 * or write it is ignored. UPDATE_GATE_CODE_CACHE=off disables it, and so does V8 instrumenting
 * the run (coverage, an inspector: instrumented).
 *
 * A cache holds only what the run that wrote it compiled. One written by a run that did little
 * (stopped at an input error, an Action event with nothing to gate) would otherwise leave every
 * later run of its profile compiling the rest anew, for good. So a cache file starts with its
 * generation and how the run that wrote it ended: the first run of a profile writes generation
 * 1, the next run writes it again as generation 2 (holding both what it was given and what that
 * run compiled), and after that only a run that went further than the runs that wrote its
 * caches writes them again (cacheOutgrown): one that loaded a file they did not (a chunk they
 * never required, such as the schema validators of a run that stopped before reading the
 * package), or one that ended with a decision where they stopped at an error. A cache only grows
 * towards what the runs use. (No measure of V8's heap: loading node:v8 for one costs every run
 * more than the rare rewrite it would spare.)
 *
 * A cache file is named `<place>-<key>.bin`: its place is the file's path, Node's version and
 * the profile; its key adds the file's bytes. Each rebuild of a checkout gives new keys for the
 * same places, so a run that writes caches removes the cache files of other builds: every other
 * key of a place it wrote, files of the earlier naming (`<key>.bin`), and cache files nobody
 * wrote for PRUNE_AFTER_DAYS (those of a checkout since removed; a checkout still in use only
 * writes its caches again). Writes are rare (a profile's first two runs), and so is pruning.
 */
// Node's modules through process.getBuiltinModule (Node 22.3 and later), not `import`: an ES
// module importing a builtin makes the loader build a module facade for each (several ms of
// start-up); the bundle then requires the same modules at no extra cost.
const { isAscii } = process.getBuiltinModule('node:buffer');
const { createHash } = process.getBuiltinModule('node:crypto');
const { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } = process.getBuiltinModule('node:fs');
const nodeModule = process.getBuiltinModule('node:module');
const { tmpdir } = process.getBuiltinModule('node:os');
const { basename, dirname, join } = process.getBuiltinModule('node:path');
const { Script } = process.getBuiltinModule('node:vm');
const { fileURLToPath } = process.getBuiltinModule('node:url');
/** The cache directory, created if need be; null when it cannot be trusted or made. */
function cacheDir() {
    const uid = process.getuid?.();
    const dir = join(tmpdir(), `update-gate-code-cache-${uid ?? 'user'}`);
    try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const info = lstatSync(dir);
        if (!info.isDirectory())
            return null;
        // Another user's directory, or one others may write to, could plant code: not used.
        if (uid !== undefined && (info.uid !== uid || (info.mode & 0o022) !== 0))
            return null;
        return dir;
    }
    catch {
        return null;
    }
}
/**
 * Whether a run stopped before a decision: the CLI's exit codes 2 (an input or usage error) and 3
 * (an internal error). (The Action ends with 0 or 1; what it leaves undone, it leaves to the
 * chunks it did not require.)
 */
const stoppedEarly = (exitCode) => exitCode >= 2;
/** The files this process ran with a cache file, whose caches are written at exit (writeCaches). */
const toWrite = [];
/** A cache file of another place that no run has written for this long is removed. */
const PRUNE_AFTER_DAYS = 30;
/**
 * Removes, from the cache directory `dir`, the cache files of other builds (see the top of this
 * file): `written` holds the names of the cache files this run wrote, by place. Best effort: a
 * file another process removed first, or that cannot be removed, is left to the next write.
 */
function prune(dir, written) {
    const old = Date.now() - PRUNE_AFTER_DAYS * 24 * 60 * 60 * 1000;
    let names;
    try {
        names = readdirSync(dir);
    }
    catch {
        return;
    }
    for (const name of names) {
        const cache = /^(?:([0-9a-f]{16})-)?[0-9a-f]{32}\.bin$/.exec(name);
        if (!cache)
            continue;
        const file = join(dir, name);
        try {
            const place = cache[1];
            const kept = place === undefined ? undefined : written.get(place);
            const stale = place === undefined || // the earlier naming
                (kept !== undefined ? kept !== name : statSync(file).mtimeMs < old);
            if (stale)
                unlinkSync(file);
        }
        catch {
            // Gone already, or not ours to remove: left as it is.
        }
    }
}
/**
 * The header before V8's data in a cache file: the generation (written by a profile's first run,
 * or later), whether the run that wrote it stopped before a decision (1) or not (0), then zeros
 * up to 8 bytes, so that V8's data starts pointer-aligned (V8 copies data that is not before
 * reading it).
 */
const HEADER_BYTES = 8;
const FIRST = 1;
const LATER = 2;
/**
 * The memory every file a run loads (bundles, chunks, their caches) is read into, one file after
 * the other, grown as needed. Each is done with before the next is read: its text decoded into a
 * string (a copy) and hashed, or its cache deserialised by V8 (which keeps none of the bytes). A
 * run so touches the pages of its largest file once, rather than fresh memory for every file:
 * each first touch of a page is a page fault, a few microseconds each.
 */
let scratch = Buffer.allocUnsafeSlow(0);
/** The bytes of `file`, in `scratch`: valid until the next read. */
function readScratch(file) {
    const fd = openSync(file, 'r');
    try {
        const size = fstatSync(fd).size;
        if (scratch.length < size)
            scratch = Buffer.allocUnsafeSlow(size);
        let length = 0;
        for (let n = -1; length < size && n !== 0; length += n) {
            n = readSync(fd, scratch, length, size - length, length);
        }
        return scratch.subarray(0, length);
    }
    finally {
        closeSync(fd);
    }
}
/**
 * Whether this run went further than the runs that wrote its caches: it loaded a file that had
 * no cache (or one V8 refused), or it ended with a decision where a cache's writer stopped.
 */
const cacheOutgrown = (stopped) => toWrite.some(f => !f.accepted || (f.byStopped && !stopped));
/**
 * Writes, once the run is over (when a script holds every function the run compiled), the cache
 * of each file that had none (or whose cache V8 refused) or whose cache a profile's first run
 * wrote, and of every file when the run went further than the runs that wrote the caches. One
 * exit listener for all the files a run loads.
 */
function writeCaches(exitCode) {
    const stopped = stoppedEarly(exitCode);
    const outgrown = cacheOutgrown(stopped);
    const written = new Map();
    for (const { script, cacheFile, place, accepted, generation } of toWrite) {
        if (accepted && generation === LATER && !outgrown)
            continue;
        try {
            const temp = `${cacheFile}.${process.pid}.tmp`;
            const header = Buffer.alloc(HEADER_BYTES);
            header[0] = accepted ? LATER : FIRST;
            header[1] = stopped ? 1 : 0;
            writeFileSync(temp, Buffer.concat([header, script.createCachedData()]), { mode: 0o600 });
            renameSync(temp, cacheFile);
            written.set(place, basename(cacheFile));
        }
        catch {
            // A cache that cannot be written is only a slower next start.
        }
    }
    if (written.size > 0)
        prune(dirname(toWrite[0].cacheFile), written);
}
/**
 * Whether V8 instruments this run's code: block coverage (NODE_V8_COVERAGE, as c8 and Node's test
 * runner set it) or an inspector from the start (--inspect, --inspect-brk...). Coverage compiles
 * every function with block counters; a cache written from that code would be read, counters and
 * all, by every later run of the build, each slowed by counting blocks (the runs that write
 * caches again serialize what they read). Such runs neither read nor write caches.
 */
const instrumented = () => process.env.NODE_V8_COVERAGE !== undefined ||
    [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some(arg => arg.startsWith('--inspect'));
/** How Node wraps a CommonJS module's source; the bundles are built so wrapped (rollup.config.js). */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';
/**
 * A CommonJS module's source as a Script whose code can be cached: as read when it was built
 * wrapped (no copy of it is made), else wrapped here as Node does.
 */
const wrapped = (source) => source.startsWith(WRAPPER) ? source : `${WRAPPER} ${source}\n})`;
/**
 * Runs the CommonJS file at `url` (a bundle with no top-level exports the caller needs) with the
 * code cache of `profile`. The chunks it requires lazily (`./<name>.cjs` beside it: the Sigstore
 * verifier, the GitHub client...) go through the same cache, each with its own file, so a run
 * that loads one does not compile its functions again on every start.
 */
function runCached(url, profile) {
    const file = fileURLToPath(url);
    const off = process.env.UPDATE_GATE_CODE_CACHE === 'off' || instrumented();
    const dir = off ? null : cacheDir();
    if (dir)
        process.once('exit', writeCaches);
    const base = nodeModule.createRequire(file);
    const here = dirname(file);
    // The bundles require their chunks as `./<name>.cjs`; anything else is Node's: its own modules
    // (all the bundles require) straight from it, without the module loader's resolution.
    const require = ((id) => {
        if (!/^\.\/[A-Za-z0-9._-]+\.cjs$/.test(id))
            return process.getBuiltinModule(id) ?? base(id);
        const chunk = join(here, id.slice(2));
        return (base.cache[chunk] ?? load(chunk, profile, dir, require)).exports;
    });
    Object.assign(require, {
        resolve: base.resolve,
        cache: base.cache,
        main: base.main,
        extensions: base.extensions
    });
    load(file, profile, dir, require);
}
/** Compiles `file` with its cached code (written at exit when there was none), then runs it. */
function load(file, profile, dir, require) {
    const bytes = readScratch(file);
    // The bundles are ASCII (non-ASCII characters escaped at build time): a one-byte string, read
    // without UTF-8 decoding, and hashed as bytes.
    const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    const runKey = `${process.version}\0${process.arch}\0${profile}\0`;
    const key = createHash('sha256').update(runKey).update(bytes).digest('hex').slice(0, 32);
    const place = createHash('sha256').update(runKey).update(file).digest('hex').slice(0, 16);
    const cacheFile = dir ? join(dir, `${place}-${key}.bin`) : null;
    let cachedData;
    let generation = 0;
    let byStopped = false;
    if (cacheFile) {
        try {
            const file = readScratch(cacheFile);
            generation = file[0] ?? 0;
            byStopped = file[1] === 1;
            // A file of another layout is no cache: written anew at exit.
            const known = (generation === FIRST || generation === LATER) &&
                (file[1] ?? 2) <= 1 &&
                file.length > HEADER_BYTES &&
                file.subarray(2, HEADER_BYTES).every(byte => byte === 0);
            cachedData = known ? file.subarray(HEADER_BYTES) : undefined;
        }
        catch {
            cachedData = undefined;
        }
    }
    const script = new Script(wrapped(source), {
        filename: file,
        ...(cachedData ? { cachedData } : {})
    });
    const accepted = cachedData !== undefined && !script.cachedDataRejected;
    if (cacheFile)
        toWrite.push({ script, cacheFile, place, accepted, generation, byStopped });
    // Registered (before it runs, as Node does) as the module it is, so that a chunk requiring the
    // bundle (for code they share) gets this instance rather than running the bundle a second time.
    const module = new nodeModule.Module(file);
    module.filename = file;
    require.cache[file] = module;
    const run = script.runInThisContext();
    run(module.exports, require, module, file, dirname(file));
    module.loaded = true;
    return module;
}
/** The CLI's profile: its command (`evaluate`, `policy`, \u2026), so each has the functions it uses. */
const cliProfile = (argv) => {
    const command = argv.find(a => !a.startsWith('-')) ?? 'none';
    return /^[a-z-]{1,20}$/.test(command) ? `cli-${command}` : 'cli-other';
};

/**
 * bin/update-gate.js: starts the CLI bundle (dist/cli-main.cjs, from src/cli.ts) through the code
 * cache. Built by rollup into the bin file itself (rollup.config.js), a CommonJS script: a run
 * loads one file before the bundle.
 */
runCached(new URL('../dist/cli-main.cjs', require('node:url').pathToFileURL(__filename).href), cliProfile(process.argv.slice(2)));
