(function (exports, require, module, __filename, __dirname) {
'use strict';

var require$$1 = require('node:worker_threads');
var cli = require('./cli-main.cjs');

var _documentCurrentScript = typeof document !== 'undefined' ? document.currentScript : null;
/**
 * Evaluates a custom policy in a worker thread (dist/policy-worker.mjs) with a time limit and
 * memory limits, so a runaway policy ends as an error instead of hanging or exhausting the run.
 * The built-in policy is evaluated in process; only policies a team supplies come here. Loaded
 * only for them (runner.ts imports this module on demand).
 */
const isReady = (reply) => reply.id === -1;
/** Default time limit of one evaluation of a custom policy. */
const DEFAULT_POLICY_TIMEOUT_MS = 10_000;
/** V8 limits of the worker (the wasm memory maximum bounds the policy's own heap). */
const RESOURCE_LIMITS = {
    maxOldGenerationSizeMb: 256,
    maxYoungGenerationSizeMb: 32,
    stackSizeMb: 4
};
/** dist/policy-worker.mjs beside the bundled entry points, or in the checkout's dist/ (distFile). */
function policyWorkerFile() {
    const found = cli.distFile((typeof document === 'undefined' ? require('u' + 'rl').pathToFileURL(__filename).href : (_documentCurrentScript && _documentCurrentScript.tagName.toUpperCase() === 'SCRIPT' && _documentCurrentScript.src || new URL('cli-worker-runner.cjs', document.baseURI).href)), 'policy-worker.mjs');
    if (!found) {
        throw new cli.GateError('POLICY_LOAD', 'the policy worker (dist/policy-worker.mjs) is missing; run npm run build');
    }
    return found;
}
class WorkerRunner {
    bundle;
    sha256;
    module;
    imports;
    worker;
    nextId = 0;
    /** The data document the worker holds, as JSON text: unchanged data is not sent again. */
    workerData;
    timeoutMs;
    constructor(bundle, sha256, module, imports, options) {
        this.bundle = bundle;
        this.sha256 = sha256;
        this.module = module;
        this.imports = imports;
        this.timeoutMs = options.timeoutMs ?? DEFAULT_POLICY_TIMEOUT_MS;
    }
    get name() {
        return this.bundle.name;
    }
    /** Starts the worker on the compiled module and waits until it has checked it. */
    static async open(bundle, sha256, module, options = {}) {
        const probe = new WorkerRunner(bundle, sha256, module, [], options);
        const imports = await probe.ready(probe.start());
        const runner = new WorkerRunner(bundle, sha256, module, imports, options);
        runner.worker = probe.worker;
        return runner;
    }
    start() {
        const worker = new require$$1.Worker(policyWorkerFile(), {
            workerData: { module: this.module, name: this.bundle.name },
            resourceLimits: RESOURCE_LIMITS
        });
        worker.unref();
        this.workerData = undefined;
        // A late error (after a time-out) must not become an uncaught 'error' event.
        worker.on('error', () => undefined);
        this.worker = worker;
        return worker;
    }
    /**
     * The worker's first reply: the module's imports, or why it cannot run it. Loading (the
     * module's start function, its `builtins` export) runs policy code, so it has the time limit
     * of an evaluation: a worker that does not answer within it is stopped.
     */
    ready(worker) {
        const file = this.bundle.name;
        return new Promise((resolve, reject) => {
            const fail = (error) => {
                done();
                void worker.terminate();
                this.worker = undefined;
                reject(error);
            };
            const done = () => {
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('exit', onExit);
            };
            const timer = setTimeout(() => fail(new cli.GateError('POLICY_LOAD', `the policy did not load within ${this.timeoutMs / 1000} s and was stopped (a start function or builtins export that does not return?)`, { file })), this.timeoutMs);
            const onMessage = (reply) => {
                if (!isReady(reply))
                    return;
                if (!reply.ok)
                    return fail(new cli.GateError(reply.code, reply.message, { file }));
                done();
                resolve(reply.imports);
            };
            const onExit = (code) => fail(new cli.GateError('POLICY_LOAD', `the policy worker exited (code ${code})`, { file }));
            worker.on('message', onMessage);
            worker.on('exit', onExit);
        });
    }
    async evaluate(data, input) {
        const { resultSet, contributions } = await this.run({ ...this.bundle.data, ...data }, input);
        cli.checkContributions(this, contributions);
        return cli.checkOutput$1(this, resultSet);
    }
    /** Evaluates the contributions (when built in) and decision entrypoints: opa-wasm's result sets. */
    run(data, input) {
        const worker = this.worker ?? this.start();
        const id = this.nextId++;
        const file = this.bundle.name;
        return new Promise((resolve, reject) => {
            const finish = (error, value) => {
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('error', onError);
                worker.off('exit', onExit);
                if (error)
                    reject(error);
                else
                    resolve(value ?? { resultSet: undefined, contributions: undefined });
            };
            const stop = () => {
                if (this.worker === worker)
                    this.worker = undefined;
                void worker.terminate();
            };
            const outOfMemory = () => `the policy ran out of memory (limits: ${(cli.memoryFor(inputBuffer.byteLength).maximum * 64) / 1024} MiB wasm memory for this input, ${RESOURCE_LIMITS.maxOldGenerationSizeMb} MiB heap) and was stopped`;
            const timer = setTimeout(() => {
                stop();
                finish(new cli.GateError('POLICY_EVAL', `the policy did not finish within ${this.timeoutMs / 1000} s and was stopped (a runaway policy?)`, { file }));
            }, this.timeoutMs);
            const onMessage = (reply) => {
                if (isReady(reply)) {
                    // A restarted worker's check of the module (that passed when the runner opened).
                    if (!reply.ok) {
                        stop();
                        finish(new cli.GateError('POLICY_LOAD', reply.message, { file }));
                    }
                }
                else if (reply.id === id) {
                    if (reply.ok)
                        finish(undefined, { resultSet: reply.resultSet, contributions: reply.contributions });
                    else if (reply.message.includes('opa_malloc')) {
                        // The wasm memory maximum: the module cannot grow, the evaluation is over.
                        stop();
                        finish(new cli.GateError('POLICY_EVAL', `${outOfMemory()} (${reply.message})`, { file }));
                    }
                    else
                        finish(new cli.GateError('POLICY_EVAL', `policy evaluation failed: ${reply.message}`, { file }));
                }
            };
            const onError = (error) => {
                stop();
                const message = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                    ? outOfMemory()
                    : `policy evaluation failed: ${error.message}`;
                finish(new cli.GateError('POLICY_EVAL', message, { file }));
            };
            const onExit = (code) => {
                if (this.worker === worker)
                    this.worker = undefined;
                finish(new cli.GateError('POLICY_EVAL', `the policy worker exited (code ${code})`, { file }));
            };
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.on('exit', onExit);
            const dataText = JSON.stringify(data);
            const dataBuffer = dataText === this.workerData ? null : encode(dataText);
            this.workerData = dataText;
            const inputBuffer = encode(JSON.stringify(input));
            const transfer = dataBuffer ? [inputBuffer, dataBuffer] : [inputBuffer];
            worker.postMessage({ id, data: dataBuffer, input: inputBuffer }, transfer);
        });
    }
    async close() {
        const worker = this.worker;
        this.worker = undefined;
        if (worker)
            await worker.terminate();
    }
}
/** UTF-8 bytes in a buffer of their own, so that it can be transferred to the worker. */
function encode(text) {
    const bytes = new TextEncoder().encode(text);
    return bytes.buffer.byteLength === bytes.byteLength
        ? bytes.buffer
        : bytes.slice().buffer;
}

exports.DEFAULT_POLICY_TIMEOUT_MS = DEFAULT_POLICY_TIMEOUT_MS;
exports.WorkerRunner = WorkerRunner;
exports.policyWorkerFile = policyWorkerFile;
})
