(function (exports, require, module, __filename, __dirname) {
'use strict';

var require$$1 = require('node:child_process');
var fs = require('node:fs');
var node_os = require('node:os');
var path = require('node:path');
var cli = require('./cli-main.cjs');

/**
 * The opa subprocess, for the authoring tools only (`policy build`, `policy test`, a Rego
 * directory given as `--policy`): how it is run, and its failures turned into GateErrors once.
 */
const OPA_TIMEOUT_MS = 120_000;
const OPA_VERSION = 'v1.22.3';
/**
 * Where `npm run policy:tools` (scripts/install-policy-tools.sh) caches the pinned opa: the same
 * directory the script computes.
 */
function cachedOpaDir(env = process.env) {
    const cache = env.UPDATE_GATE_TOOLS_CACHE ??
        path.join(env.XDG_CACHE_HOME ?? path.join(node_os.homedir(), '.cache'), 'update-gate', 'tools');
    return path.join(cache, `opa-${OPA_VERSION}-regal-v0.42.0`, 'bin');
}
/** How to get opa on PATH: the cached copy when there is one, else how to install it. */
function installOpa(env = process.env) {
    const dir = cachedOpaDir(env);
    if (fs.existsSync(path.join(dir, 'opa')))
        return `a cached copy is in ${dir}: export PATH="${dir}:$PATH"`;
    return (`install opa ${OPA_VERSION}: in a clone of update-gate, \`npm run policy:tools\` builds it into ${dir} and prints that directory (put it on PATH); ` +
        `in a workflow, open-policy-agent/setup-opa@v2 with version 1.22.3; elsewhere, go install github.com/open-policy-agent/opa@${OPA_VERSION}`);
}
/** For evaluating with a Rego directory: get opa, or prebuild the bundle where opa is. */
const opaInstallHint = () => `${installOpa()}; or prebuild the policy with \`update-gate policy build <dir>\` where opa is, and pass the bundle.tar.gz`;
/** What opa did not do that OPA does: the opa first on PATH is another program. */
const notOpa = (what) => `the opa on PATH is not Open Policy Agent (opa ${what} ${what === 'build' ? 'wrote no bundle' : 'gave no JSON answer'}): ${installOpa()}`;
function renamePaths(text, rename) {
    if (!rename)
        return text;
    let out = text;
    for (const [from, to] of [...rename].sort(([a], [b]) => b.length - a.length))
        out = out.split(from).join(to);
    return out;
}
function execOpa(args, timeout, cwd) {
    return new Promise((resolvePromise, reject) => {
        // env: this realm's process.env (a test runner may give the module its own copy).
        const options = {
            timeout,
            maxBuffer: 64 * 1024 * 1024,
            env: process.env,
            ...(cwd ? { cwd } : {})
        };
        require$$1.execFile('opa', args, options, (error, stdout, stderr) => {
            if (error)
                reject(Object.assign(error, { stdout, stderr }));
            else
                resolvePromise({ stdout, stderr, code: 0 });
        });
    });
}
/**
 * The errors of `opa eval --format json` (`{"errors": [{message, code, location}]}`), one line
 * each as opa build words them (`file:row: code: message`); undefined for any other output.
 */
function jsonErrors(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(parsed?.errors))
        return undefined;
    return parsed.errors
        .map(e => {
        const at = e.location?.file ? `${e.location.file}:${e.location.row ?? '?'}: ` : '';
        return `${at}${e.code ? `${e.code}: ` : ''}${e.message ?? ''}`;
    })
        .join('\n');
}
/** Runs opa, turning a missing binary, a time-out or a refusal into a POLICY_BUILD GateError. */
async function runOpa(args, options) {
    const timeout = options.timeoutMs ?? OPA_TIMEOUT_MS;
    try {
        return await execOpa(args, timeout, options.cwd);
    }
    catch (error) {
        const failure = error;
        const where = { file: options.file };
        if (failure.code === 'ENOENT') {
            throw new cli.GateError('POLICY_BUILD', `opa is not on PATH, so ${options.purpose ?? 'the Rego directory cannot be compiled'}: ${options.hint ?? opaInstallHint()}`, where);
        }
        if (failure.killed) {
            throw new cli.GateError('POLICY_BUILD', `opa ${args[0]} did not finish within ${timeout / 1000} s`, where);
        }
        const stdout = failure.stdout ?? '';
        const stderr = failure.stderr ?? '';
        if (typeof failure.code === 'number' && options.accept?.includes(failure.code)) {
            return { stdout, stderr, code: failure.code };
        }
        const said = renamePaths([stderr, jsonErrors(stdout) ?? stdout].filter(Boolean).join('\n'), options.rename);
        const lines = (await explainUnavailable(said)).trim().split('\n');
        const [first = '', ...more] = lines[0] ? lines : [failure.message.split('\n')[0] ?? ''];
        const err = new cli.GateError('POLICY_BUILD', more.length > 0
            ? `opa ${args[0]} refused the policy:`
            : `opa ${args[0]} refused the policy: ${first}`, { ...where, ...(more.length > 0 ? { details: [first, ...more] } : {}) });
        throw Object.assign(err, { stdout, stderr });
    }
}
/** The capabilities file the gate builds and tests against: what this host can run. */
function capabilitiesFile() {
    return path.join(cli.builtInPolicyDir(), 'capabilities.json');
}
/**
 * The opa build the gate uses: wasm target, the decision entrypoint (and, extending the built-in
 * policy, the entrypoint the host reads the contributions and the decision through), the host's
 * capabilities.
 */
function opaBuildArgs(output, files, options = {}) {
    return [
        'build',
        '--target',
        'wasm',
        '--entrypoint',
        cli.DECISION_ENTRYPOINT,
        ...(options.replaces ? [] : ['--entrypoint', cli.EVALUATION_ENTRYPOINT]),
        '--capabilities',
        capabilitiesFile(),
        '--output',
        output,
        ...files
    ];
}
/** OPA's own builtins (`opa capabilities --current`), read once: to tell a typo from a refusal. */
let opaBuiltins;
async function knownBuiltins() {
    opaBuiltins ??= execOpa(['capabilities', '--current'], OPA_TIMEOUT_MS)
        .then(run => {
        const caps = JSON.parse(run.stdout);
        return new Set((caps.builtins ?? []).map(b => b.name));
    })
        .catch(() => new Set());
    return opaBuiltins;
}
/**
 * opa reports a builtin the capabilities file leaves out as `undefined function http.send`,
 * which reads as a typo: say it is OPA's, but not available in the gate's policy runtime.
 */
async function explainUnavailable(output) {
    const names = [...output.matchAll(/undefined function ([A-Za-z_][\w.]*)/g)].map(m => m[1]);
    if (names.length === 0)
        return output;
    const known = await knownBuiltins();
    return output.replace(/undefined function ([A-Za-z_][\w.]*)/g, (whole, name) => known.has(name)
        ? `${name} is not available in the gate's policy runtime (an OPA builtin the wasm host cannot run; allowed: dist/policy/capabilities.json, docs/policy-authoring.md)`
        : whole);
}

exports.OPA_VERSION = OPA_VERSION;
exports.cachedOpaDir = cachedOpaDir;
exports.capabilitiesFile = capabilitiesFile;
exports.explainUnavailable = explainUnavailable;
exports.installOpa = installOpa;
exports.notOpa = notOpa;
exports.opaBuildArgs = opaBuildArgs;
exports.opaInstallHint = opaInstallHint;
exports.runOpa = runOpa;
})
