(function (exports, require, module, __filename, __dirname) {
'use strict';

var fs = require('node:fs');
var os = require('os');
var require$$0 = require('crypto');
var fs$1 = require('fs');
var node_os = require('node:os');
var path = require('node:path');
var nc = require('node:crypto');
var require$$0$1 = require('node:util');
var require$$0$2 = require('node:stream');
var promises = require('node:stream/promises');
var require$$1 = require('node:url');

var _documentCurrentScript = typeof document !== 'undefined' ? document.currentScript : null;
function _interopNamespaceDefault(e) {
	var n = Object.create(null);
	if (e) {
		Object.keys(e).forEach(function (k) {
			if (k !== 'default') {
				var d = Object.getOwnPropertyDescriptor(e, k);
				Object.defineProperty(n, k, d.get ? d : {
					enumerable: true,
					get: function () { return e[k]; }
				});
			}
		});
	}
	n.default = e;
	return Object.freeze(n);
}

var os__namespace = /*#__PURE__*/_interopNamespaceDefault(os);
var require$$0__namespace = /*#__PURE__*/_interopNamespaceDefault(require$$0);
var fs__namespace = /*#__PURE__*/_interopNamespaceDefault(fs$1);

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

function getAugmentedNamespace(n) {
  if (Object.prototype.hasOwnProperty.call(n, '__esModule')) return n;
  var f = n.default;
	if (typeof f == "function") {
		var a = function a () {
			var isInstance = false;
      try {
        isInstance = this instanceof a;
      } catch (e) {}
			if (isInstance) {
        return Reflect.construct(f, arguments, this.constructor);
			}
			return f.apply(this, arguments);
		};
		a.prototype = f.prototype;
  } else a = {};
  Object.defineProperty(a, '__esModule', {value: true});
	Object.keys(n).forEach(function (k) {
		var d = Object.getOwnPropertyDescriptor(n, k);
		Object.defineProperty(a, k, d.get ? d : {
			enumerable: true,
			get: function () {
				return n[k];
			}
		});
	});
	return a;
}

/**
 * Typed errors with codes, as in sigstore-js. An input error names the file, the field (a JSON
 * path such as `evidence[2].time`) and what was expected; it ends the run as `error` (exit 2),
 * never as an approval. Anything else that escapes is an internal error (exit 3).
 */
class GateError extends Error {
    code;
    file;
    field;
    /** Lines under the message: the items of a list (each problem of a policy's output...). */
    details;
    constructor(code, message, where = {}) {
        // A safety net: messages quote bounded excerpts (`excerpt`, `clip`), so this rarely cuts.
        super(clip(message, MAX_MESSAGE_CHARS));
        this.name = 'GateError';
        this.code = code;
        this.file = where.file === undefined ? undefined : clip(where.file, MAX_PLACE_CHARS);
        this.field = where.field === undefined ? undefined : clip(where.field, MAX_PLACE_CHARS);
        this.details = (where.details ?? []).slice(0, MAX_DETAILS).map(d => clip(d, MAX_MESSAGE_CHARS));
    }
    /**
     * `file: field: message`, the line a user sees, then each detail indented on a line of its
     * own. A line break or other control character inside any part (a path, a quoted value) is
     * written as an escape, so no input can start a line (one that reads like the gate's).
     */
    describe() {
        const place = [this.file, this.field].filter(Boolean).join(': ');
        const head = oneLine(place ? `${place}: ${this.message}` : this.message);
        return [head, ...this.details.map(d => `  ${oneLine(d)}`)].join('\n');
    }
}
/** Most detail lines a GateError shows. */
const MAX_DETAILS = 40;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES = { '\n': '\\n', '\r': '\\r' };
/**
 * `text` with each control character that can end or rewrite a line (C0 but the tab, C1, line
 * and paragraph separators) escaped.
 */
function oneLine(text) {
    return text.replace(CONTROL, c => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Longest message a GateError carries; anything longer is cut (it quotes input, never all of it). */
const MAX_MESSAGE_CHARS = 2000;
const MAX_PLACE_CHARS = 500;
/** `text` cut to at most `max` UTF-16 units, marked with `\u2026` when cut (never halving a pair). */
function clip(text, max = 100) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${text.slice(0, end)}\u2026`;
}
/**
 * A bounded excerpt of an input value for an error message: JSON-like, at most `max` characters,
 * nesting shown to a few levels only. Never stringifies the whole value, so neither a long nor a
 * deeply nested value can make the message huge or overflow the stack.
 */
function excerpt(value, max = 100) {
    const out = [];
    let length = 0;
    const push = (s) => {
        out.push(s);
        length += s.length;
        return length <= max;
    };
    const walk = (v, depth) => {
        if (typeof v === 'string')
            return push(JSON.stringify(clip(v, max)));
        if (v === null || typeof v !== 'object')
            return push(v === undefined ? 'undefined' : String(v));
        const isArray = Array.isArray(v);
        const entries = isArray
            ? v.map(x => [null, x])
            : Object.entries(v).map(([k, x]) => [k, x]);
        if (entries.length === 0)
            return push(isArray ? '[]' : '{}');
        if (depth >= EXCERPT_DEPTH)
            return push(isArray ? '[\u2026]' : '{\u2026}');
        if (!push(isArray ? '[' : '{'))
            return false;
        for (const [i, [key, x]] of entries.entries()) {
            if (i > 0 && !push(','))
                return false;
            if (key !== null && !push(`${JSON.stringify(clip(key, max))}:`))
                return false;
            if (!walk(x, depth + 1))
                return false;
        }
        return push(isArray ? ']' : '}');
    };
    walk(value, 0);
    return clip(out.join(''), max);
}
const EXCERPT_DEPTH = 4;
const isGateError = (error) => error instanceof GateError;
/** The message of anything thrown: opa-wasm and some libraries throw plain `{ message }` objects. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'object' && error !== null && 'message' in error)
        return String(error.message);
    return String(error);
}

/**
 * A long text in slices, for writing it out piece by piece: a stream encodes each write into a
 * buffer of its own size, so a 150 MB report written at once costs a 150 MB buffer on top of
 * the string (and, in the CLI, of the policy's wasm memory still alive); written in slices it
 * costs one slice. A slice never ends between the two halves of a surrogate pair (each half
 * written alone would be encoded as U+FFFD), so the slices encode to the bytes of the whole text.
 */
/** Characters per slice: 1 Mi. */
const SLICE_CHARS = 1 << 20;
function* textSlices(text, size = SLICE_CHARS) {
    for (let start = 0; start < text.length;) {
        let end = Math.min(text.length, start + Math.max(2, size));
        const last = text.charCodeAt(end - 1);
        if (last >= 0xd800 && last <= 0xdbff && end < text.length)
            end--;
        yield text.slice(start, end);
        start = end;
    }
}

/**
 * Standard output and error of the entry points (the CLI's, and the Action's with @actions/core's
 * writes: rollup.config.js), written with fs.writeSync rather than through process.stdout and
 * process.stderr. A write has reached the file, pipe or terminal when the call returns, on every
 * system (Node's stdout is asynchronous on some pipes, e.g. macOS's), so the process can exit as
 * soon as its last line is written; and a run never builds Node's stdio streams, a cost every
 * start paid before (docs/action.md, Performance).
 */
/** Waits `ms` milliseconds without returning to the event loop. */
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
/**
 * Writes all of `text` (UTF-8) to the descriptor `fd` before returning, in slices (a long report
 * is not encoded into one buffer of its size). A descriptor left non-blocking by another program
 * (EAGAIN when the pipe is full) is waited on and written again. When its reader has gone (EPIPE:
 * `update-gate \u2026 | head`), the rest of the text is dropped: nobody is left to read it, and the
 * exit code still carries the decision. Any other failure (a full disk under a redirect) throws an
 * Error naming the stream and the system's code: the run then ends as an internal error.
 */
function writeAllSync(fd, text) {
    for (const slice of textSlices(text)) {
        const bytes = Buffer.from(slice, 'utf8');
        for (let written = 0; written < bytes.length;) {
            try {
                written += fs.writeSync(fd, bytes, written);
            }
            catch (error) {
                const code = error.code;
                if (code === 'EPIPE')
                    return;
                if (code !== 'EAGAIN')
                    throw new Error(`could not write to ${streamName(fd)}: ${code ?? messageOf(error)}`, {
                        cause: error
                    });
                pause(1);
            }
        }
    }
}
const streamName = (fd) => fd === 1 ? 'standard output' : fd === 2 ? 'standard error' : `descriptor ${fd}`;

// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}

/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    writeAllSync(1, cmd.toString() + os__namespace.EOL);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}

// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs__namespace.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs__namespace.appendFileSync(filePath, `${toCommandValue(message)}${os__namespace.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${require$$0__namespace.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os__namespace.EOL}${convertedValue}${os__namespace.EOL}${delimiter}`;
}

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
// export const {open} = 'fs'
process.platform === 'win32';
fs__namespace.constants.O_RDONLY;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
process.platform === 'win32';

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
os.platform();
os.arch();

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return val.trim();
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    writeAllSync(1, os__namespace.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    writeAllSync(1, message + os__namespace.EOL);
}

/**
 * node:fs's asynchronous calls as promises, made from its callback API: nothing in the bundles
 * imports `node:fs/promises`, because loading it loads Node's readline, REPL history and file
 * watcher modules (a few ms of every start-up, for a module that only wraps these same calls).
 * Local documents are read synchronously (fs-safe.ts: a thread hop costs more than reading a small
 * file); these are for writes, temporary folders and the authoring tools.
 */
require$$0$1.promisify(fs.access);
const copyFile = require$$0$1.promisify(fs.copyFile);
const mkdir = require$$0$1.promisify(fs.mkdir);
const mkdtemp = require$$0$1.promisify(fs.mkdtemp);
const readFile = require$$0$1.promisify(fs.readFile);
const readdir = require$$0$1.promisify(fs.readdir);
const realpath = require$$0$1.promisify(fs.realpath);
const rm = require$$0$1.promisify(fs.rm);
const stat = require$$0$1.promisify(fs.stat);
const writeFile = require$$0$1.promisify(fs.writeFile);
require$$0$1.promisify(fs.open);
require$$0$1.promisify(fs.close);

/**
 * Safe file access inside a root directory (security invariant 3): every path is relative to the
 * root, `..` and absolute paths are refused, and a symlink whose real path leaves the root is
 * refused. Documents are read with a size bound (invariant 4); artifacts are read in buffers by verify.
 *
 * Writes (the authoring commands') go to a new temporary file beside the target, then replace it
 * by a rename: no symlink on the way is followed, and no partial file is left (writeInside).
 *
 * Synchronous: a thread hop costs more than reading a small local file, so files are read with
 * node:fs's *Sync calls (no file can block them: see OPEN_FLAGS); an artifact's digest too, in
 * buffers, letting the event loop run between them (src/verify/digest.ts).
 */
const DEFAULT_MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
const errnoCode$1 = (error) => typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
/** Checks a package-relative path and returns it normalised to `/` separators. */
function checkRelativePath(rel, where) {
    const outside = (why) => new GateError('PATH_OUTSIDE_ROOT', `path '${clip(rel, 200)}' ${why}; paths are relative to the root`, where);
    if (rel.includes('\0'))
        throw outside('contains a NUL byte');
    if (path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) {
        throw outside('is absolute');
    }
    // `trust:keys/a.pub`, `data:x.yaml`, `report:r.json` name the inputs from outside a package in a
    // report's inputDigests (and `name:` is the shape of a URL): a file named so could stand in
    // for one of them there.
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(rel)) {
        throw outside('starts with a `name:` prefix, as reports name inputs from outside a package');
    }
    const segments = rel.split(/[\\/]+/).filter(s => s !== '' && s !== '.');
    if (segments.includes('..'))
        throw outside("contains '..'");
    if (segments.length === 0)
        throw outside('names no file');
    return segments.join('/');
}
/** Real path of a root directory; FILE_NOT_FOUND when it does not exist. */
function realRoot(dir, where = { file: dir }) {
    try {
        return fs.realpathSync.native(dir);
    }
    catch (error) {
        if (errnoCode$1(error) === 'ENOENT' || errnoCode$1(error) === 'ENOTDIR') {
            throw new GateError('FILE_NOT_FOUND', `directory '${dir}' does not exist`, where);
        }
        throw new GateError('FILE_UNREADABLE', `cannot read '${dir}': ${String(error)}`, where);
    }
}
const isInside = (root, real) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
/**
 * Resolves `rel` inside `root` (a real path). Returns the real path, or null when nothing exists
 * there (a dangling symlink counts as missing). PATH_OUTSIDE_ROOT when it leaves the root.
 */
function resolveInside(root, rel, where) {
    const clean = checkRelativePath(rel, where);
    const joined = path.join(root, ...clean.split('/'));
    let real;
    try {
        real = fs.realpathSync.native(joined);
    }
    catch (error) {
        const code = errnoCode$1(error);
        // Missing, or a dangling symlink: nothing is read either way.
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        if (code === 'ELOOP') {
            throw new GateError('FILE_UNREADABLE', `path '${clip(rel, 200)}' is a symlink loop`, where);
        }
        throw new GateError('FILE_UNREADABLE', `cannot resolve '${clip(rel, 200)}': ${String(error)}`, where);
    }
    if (!isInside(root, real)) {
        throw new GateError('PATH_OUTSIDE_ROOT', `path '${clip(rel, 200)}' resolves (through a symlink) outside the root`, where);
    }
    return real;
}
/** What a file that is not a regular file is, for the error that refuses it. */
function notRegular(info) {
    if (info.isFile())
        return null;
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isDirectory())
        return 'a directory';
    if (info.isSymbolicLink())
        return 'a symbolic link';
    return 'a special file';
}
const refuse = (what, where) => new GateError('FILE_UNREADABLE', `is ${what}, not a regular file; only regular files are read`, where);
// Non-blocking, so that even a FIFO swapped in after the check cannot block the open; no link
// following for the same reason. (Neither flag exists on Windows, where FIFOs are no files.)
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
/**
 * A file opened for reading: positional reads (returning the bytes read), its status, and close.
 * A descriptor is a number the system reuses once closed, so close closes it once and later calls
 * do nothing (closing it again could close another file opened meanwhile).
 */
class OpenFile {
    fd;
    closed = false;
    constructor(fd) {
        this.fd = fd;
    }
    read(buffer, offset, length, position) {
        return fs.readSync(this.fd, buffer, offset, length, position);
    }
    stat() {
        return fs.fstatSync(this.fd);
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        fs.closeSync(this.fd);
    }
}
/**
 * Opens a regular file by its real path for reading. The type is checked (without following a
 * link) before the open, the open is non-blocking, and the type is checked again on the handle:
 * a FIFO, socket or device is refused (FILE_UNREADABLE naming the file), never opened so that it
 * could block or stream without end.
 */
function openRegularFile(real, where) {
    let before;
    try {
        before = fs.lstatSync(real);
    }
    catch (error) {
        throw new GateError('FILE_UNREADABLE', `cannot read: ${errnoCode$1(error) ?? String(error)}`, where);
    }
    const kind = notRegular(before);
    if (kind !== null)
        throw refuse(kind, where);
    let handle;
    try {
        handle = new OpenFile(fs.openSync(real, OPEN_FLAGS));
    }
    catch (error) {
        const code = errnoCode$1(error);
        if (code === 'ELOOP')
            throw refuse('a symbolic link', where);
        throw new GateError('FILE_UNREADABLE', `cannot open: ${code ?? String(error)}`, where);
    }
    try {
        const after = handle.stat();
        const changed = notRegular(after);
        if (changed !== null)
            throw refuse(changed, where);
        if (after.ino !== before.ino || after.dev !== before.dev) {
            throw new GateError('FILE_UNREADABLE', 'changed while it was being opened', where);
        }
        return handle;
    }
    catch (error) {
        handle.close();
        if (error instanceof GateError)
            throw error;
        throw new GateError('FILE_UNREADABLE', `cannot read: ${errnoCode$1(error) ?? String(error)}`, where);
    }
}
/**
 * Reads a regular file by its real path, refusing it when larger than maxBytes. The size is
 * checked on the open handle and again while reading, so a growing file cannot bypass it.
 */
function readBounded(real, maxBytes, where) {
    const handle = openRegularFile(real, where);
    try {
        const info = handle.stat();
        const tooLarge = () => new GateError('FILE_TOO_LARGE', `is larger than the limit of ${maxBytes} bytes for a document`, where);
        if (info.size > maxBytes)
            throw tooLarge();
        const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 1)));
        let total = 0;
        for (;;) {
            if (total === buffer.length) {
                if (total > maxBytes)
                    throw tooLarge();
                break;
            }
            const bytesRead = handle.read(buffer, total, buffer.length - total, total);
            if (bytesRead === 0)
                break;
            total += bytesRead;
        }
        if (total > maxBytes)
            throw tooLarge();
        return buffer.subarray(0, total);
    }
    catch (error) {
        if (error instanceof GateError)
            throw error;
        throw new GateError('FILE_UNREADABLE', `cannot read: ${errnoCode$1(error) ?? String(error)}`, where);
    }
    finally {
        handle.close();
    }
}
/** Resolves and reads a document inside root; null when the file does not exist. */
function readInside(root, rel, maxBytes, where) {
    const clean = checkRelativePath(rel, where);
    const real = resolveInside(root, clean, where);
    if (real === null)
        return null;
    const bytes = readBounded(real, maxBytes, { ...where, file: clean });
    return { path: clean, bytes, sha256: sha256Hex(bytes) };
}
const sha256Hex = (bytes) => nc.createHash('sha256').update(bytes).digest('hex');

/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "\u0085";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
({
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name))});

var yamlLibrary$1;
var hasRequiredYamlLibrary;

function requireYamlLibrary () {
	if (hasRequiredYamlLibrary) return yamlLibrary$1;
	hasRequiredYamlLibrary = 1;
	// The `yaml` library, required on first use rather than at start-up: loading it sets up its
	// schemas and node classes (a few ms of every run), while a run whose YAML the js-yaml fast path
	// reads (src/shared/parse.ts) never calls it. CommonJS, because only a require() can be
	// deferred without making its callers asynchronous; the bundle keeps it lazy.
	let lib;
	yamlLibrary$1 = () => (lib ??= require("./index-yaml.cjs"));
	return yamlLibrary$1;
}

var yamlLibraryExports = requireYamlLibrary();
var yamlLibrary = /*@__PURE__*/getDefaultExportFromCjs(yamlLibraryExports);

const DEFAULT_MAX_ALIAS_COUNT = 50;
/**
 * Deepest nesting of arrays/objects (JSON) or collections (YAML) accepted. Evidence documents
 * nest a handful of levels (SLSA provenance about ten); deeper input is refused as PARSE_ERROR
 * before any recursive step (composer, duplicate-key scan, schema validation, messages) sees it.
 */
const MAX_NESTING_DEPTH = 64;
const tooDeep = (file, field) => new GateError('PARSE_ERROR', `is nested more than ${MAX_NESTING_DEPTH} levels deep (arrays and objects); refused before parsing`, { file, field });
/** A string's end or an escape in it. */
const QUOTE_OR_BACKSLASH = /["\\]/g;
/**
 * The index of the `"` that closes the JSON string whose opening `"` is at `open` (the character
 * after each backslash skipped), or `text.length` when none does. The search is the regular
 * expression engine's, not a loop over each character: most of a signed document's text is in
 * long strings (base64 payloads, certificates).
 */
function stringEnd(text, open) {
    QUOTE_OR_BACKSLASH.lastIndex = open + 1;
    for (;;) {
        const found = QUOTE_OR_BACKSLASH.exec(text);
        if (found === null)
            return text.length;
        if (text.charCodeAt(found.index) === 0x22 /* " */)
            return found.index;
        QUOTE_OR_BACKSLASH.lastIndex = found.index + 2;
    }
}
/** True when JSON text nests `[`/`{` deeper than `limit` (strings skipped). Iterative. */
function jsonTextTooDeep(text, limit = MAX_NESTING_DEPTH) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            i = stringEnd(text, i);
        }
        else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
            if (++depth > limit)
                return true;
        }
        else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
            depth--;
        }
    }
    return false;
}
/**
 * A YAML text's CST, parsed once, or null when its collections nest deeper than `limit` (judged
 * on the CST, iteratively). `onNewLine` is the parser's (a LineCounter's `addNewLine`).
 */
function yamlTokens(text, onNewLine, limit = MAX_NESTING_DEPTH) {
    const tokens = Array.from(new (yamlLibrary().Parser)(onNewLine).parse(text));
    return cstTooDeep(tokens, limit) ? null : tokens;
}
/** True when the CST tokens' collections nest deeper than `limit`. Iterative. */
function cstTooDeep(tokens, limit = MAX_NESTING_DEPTH) {
    // The CST parser keeps its own explicit stack; only the composer (which builds nodes) recurses.
    const stack = tokens.map(token => [token, 0]);
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        const [token, depth] = next;
        if (token.type === 'document') {
            if (token.value)
                stack.push([token.value, depth]);
        }
        else if (token.type === 'block-map' ||
            token.type === 'block-seq' ||
            token.type === 'flow-collection') {
            if (depth + 1 > limit)
                return true;
            for (const item of token.items) {
                if (item.key)
                    stack.push([item.key, depth + 1]);
                if (item.value)
                    stack.push([item.value, depth + 1]);
            }
        }
    }
    return false;
}
/**
 * True when a parsed value (arrays and objects) nests deeper than `limit`. Iterative; stops at
 * the limit, so even a cyclic value ends. Used after YAML aliases are expanded (an alias can put
 * a deep collection inside another).
 */
function valueTooDeep(value, limit = MAX_NESTING_DEPTH) {
    const stack = [[value, 0]];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        const [v, depth] = next;
        if (v === null || typeof v !== 'object')
            continue;
        if (depth + 1 > limit)
            return true;
        for (const child of Array.isArray(v) ? v : Object.values(v))
            stack.push([child, depth + 1]);
    }
    return false;
}
const utf8$1 = new TextDecoder('utf-8', { fatal: true });
function decodeUtf8(bytes, file, field) {
    try {
        return utf8$1.decode(bytes);
    }
    catch {
        throw new GateError('PARSE_ERROR', 'is not valid UTF-8 text', { file, field });
    }
}
/** `a.b[3].c` from path segments. */
function fieldPath(segments, base = '') {
    let out = base;
    for (const s of segments) {
        if (typeof s === 'number')
            out += `[${s}]`;
        else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(s))
            out += out === '' ? s : `.${s}`;
        else
            out += `[${JSON.stringify(clip(s, 100))}]`;
    }
    return out;
}
/**
 * Walks a parsed YAML document's mappings depth first (depth is bounded before this runs) and
 * returns the field path where `check` first reports a problem: `'key'` for the pair's own path
 * (a repeated key), `'map'` for the map's (a key that is a collection or an alias). `keyOf`
 * names a pair's key in the paths below it.
 */
function findYamlKeyProblem(node, segments, check, keyOf) {
    const { isMap, isSeq } = yamlLibrary();
    if (isMap(node)) {
        const seen = new Set();
        for (const pair of node.items) {
            const key = keyOf(pair);
            const problem = check(pair, key, seen);
            if (problem === 'key')
                return fieldPath([...segments, key]);
            if (problem === 'map')
                return fieldPath(segments) || '(document)';
            seen.add(key);
            const found = findYamlKeyProblem(pair.value, [...segments, key], check, keyOf);
            if (found)
                return found;
        }
    }
    else if (isSeq(node)) {
        for (let i = 0; i < node.items.length; i++) {
            const found = findYamlKeyProblem(node.items[i], [...segments, i], check, keyOf);
            if (found)
                return found;
        }
    }
    return null;
}
/** The field path of the first repeated mapping key in a parsed YAML document. */
const findDuplicateYamlKey = (node) => findYamlKeyProblem(node, [], (_pair, key, seen) => (seen.has(key) ? 'key' : null), pair => (yamlLibrary().isScalar(pair.key) ? String(pair.key.value) : String(pair.key)));
/**
 * The field path of the first map with a key that is a collection or an alias (`? [a, b]: x`,
 * `*a: x`). Evidence keys are plain scalars; the YAML library would stringify such a key (and
 * warn on stderr) rather than fail.
 */
const findNonScalarYamlKey = (node) => findYamlKeyProblem(node, [], pair => (pair.key !== null && !yamlLibrary().isScalar(pair.key) ? 'map' : null), pair => (yamlLibrary().isScalar(pair.key) ? String(pair.key.value) : ''));
/** The YAML 1.2 core schema only; duplicate keys and every problem are errors. */
const YAML_OPTIONS = {
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
    merge: false,
    // Problems are errors here, never warnings the library prints on stderr.
    logLevel: 'error'
};
/**
 * The one document of a parsed text, composed from its CST. A text with errors, warnings or a
 * second document is handed to `parseDocument`, which words its problems (line, column, the
 * line itself) and reports a second document, exactly as it does for any text.
 */
function composeDocument(tokens, text) {
    const { Composer, parseDocument } = yamlLibrary();
    const docs = Array.from(new Composer(YAML_OPTIONS).compose(tokens, true, text.length));
    const doc = docs[0];
    if (docs.length !== 1 || !doc || doc.errors.length > 0 || doc.warnings.length > 0)
        return parseDocument(text, YAML_OPTIONS);
    return doc;
}
/**
 * The YAML library's message as one line: its first, which names the problem, the line and the
 * column (the code frame below it quotes the input over several lines).
 */
const yamlReason = (message) => clip((message.split('\n')[0] ?? '').replace(/:\s*$/, ''), 300);
/**
 * Texts the fast path leaves to the `yaml` path: a tag (`!`), an anchor or alias (`&`, `*`), a
 * byte order mark, a directive or document marker (a line starting with `%`, `---` or `...`:
 * the fast path reads one document), a carriage return alone (which the `yaml` path refuses,
 * refuseLoneCarriageReturn), and a flow
 * collection followed on its line by anything but a comma, a closing bracket or a comment (js-yaml
 * reads some such lines the `yaml` path refuses). The syntax characters are looked for outside
 * comment lines (fastDeclines).
 */
const FAST_DECLINES = /\ufeff|\r(?!\n)/;
const SYNTAX_DECLINES = /[!&*]|^(?:%|---|\.\.\.)|[\]}](?![ \t]*(?:$|[\r\n,\]}]|[ \t]#))/m;
/**
 * Lines whose first character other than a space or a tab is `#`, to the line feed (YAML's line
 * break; `^` of a multiline regex would also start a line after U+2028 or U+2029).
 */
const COMMENT_LINES = /(?<![^\n])[ \t]*#[^\n]*/g;
/**
 * Whether the fast path declines `text` (FAST_DECLINES, SYNTAX_DECLINES). A line whose first
 * character other than blanks is `#` is a comment, or text of a block scalar, to both parsers:
 * what it holds is no syntax, so `approvers[].keys` or an alias sign in a comment does not send
 * the text to the `yaml` path. It is so unless a quoted scalar spans lines (a `#` line can then
 * close it and go on with syntax): when any other line holds a quote, every line is looked at.
 */
function fastDeclines(text) {
    if (FAST_DECLINES.test(text))
        return true;
    if (!text.includes('#'))
        return SYNTAX_DECLINES.test(text);
    const uncommented = text.replace(COMMENT_LINES, '');
    return SYNTAX_DECLINES.test(/["']/.test(uncommented) ? text : uncommented);
}
/** Longest mapping key the fast path hands back; the `yaml` path refuses implicit keys over 1024 characters. */
const FAST_MAX_KEY_CHARS = 1000;
/**
 * yamlFastPath's read with the parser events it was built from (js-yaml's `load` is these two
 * steps): where each node starts, for places in the text (src/shared/index-places.ts).
 */
function yamlFastRead(text) {
    if (fastDeclines(text))
        return undefined;
    let value;
    let events;
    try {
        // js-yaml counts one level more than valueTooDeep does; fastValueIsPlain holds the limit.
        events = parseEvents(text, { maxDepth: MAX_NESTING_DEPTH + 1 });
        const documents = constructFromEvents(events, { maxAliases: 0, source: text });
        // One document, as `load` requires.
        if (documents.length !== 1)
            return undefined;
        value = documents[0];
    }
    catch {
        return undefined;
    }
    return fastValueIsPlain(value) ? { value, events } : undefined;
}
/** No collection nested deeper than MAX_NESTING_DEPTH, no key `null` or over FAST_MAX_KEY_CHARS. Iterative. */
function fastValueIsPlain(value) {
    const stack = [[value, 0]];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        const [v, depth] = next;
        if (v === null || typeof v !== 'object')
            continue;
        if (depth + 1 > MAX_NESTING_DEPTH)
            return false;
        if (Array.isArray(v)) {
            for (const child of v)
                stack.push([child, depth + 1]);
            continue;
        }
        for (const [key, child] of Object.entries(v)) {
            if (key === 'null' || key.length > FAST_MAX_KEY_CHARS)
                return false;
            stack.push([child, depth + 1]);
        }
    }
    return true;
}
/**
 * Parses one YAML document (core schema) into plain data: js-yaml where it reads the text as
 * the `yaml` path does (yamlFastPath), else the `yaml` path.
 */
function parseYaml(text, file, options = {}) {
    return readYaml(text, file, options).value;
}
/**
 * parseYaml's value, and the fast path's read when it was the fast path that read the text (its
 * events place the index's items: src/shared/index-places.ts).
 */
function readYaml(text, file, options = {}) {
    const fast = yamlFastRead(text);
    return { value: fast ? fast.value : parseYamlDocument(text, file, options), fast };
}
/** A carriage return that no line feed follows. */
const LONE_CR = /\r(?!\n)/;
/**
 * Refuses a text with a carriage return alone. YAML 1.2 reads one as a line break (js-yaml and
 * PyYAML do), but the `yaml` library ends a comment only at a line feed: `a: 1 # c\u23ceb: 2` (\u23ce a
 * lone CR) is `{a: 1}` to it and `{a: 1, b: 2}` to them, so one signed text would mean two
 * things. Line breaks are LF or CRLF. The line is counted in line feeds.
 */
function refuseLoneCarriageReturn(text, file) {
    const found = LONE_CR.exec(text);
    if (found === null)
        return;
    const line = text.slice(0, found.index).split('\n').length;
    throw new GateError('PARSE_ERROR', `has a carriage return not followed by a line feed on line ${line}; YAML line breaks must be LF or CRLF (YAML readers disagree on what a lone CR ends)`, { file });
}
/**
 * Parses one YAML document (core schema) into plain data with the `yaml` library: every error
 * worded in one line (the problem, line and column; the field of a duplicate or non-scalar key), aliases
 * counted against `maxAliasCount`.
 */
function parseYamlDocument(text, file, options = {}) {
    refuseLoneCarriageReturn(text, file);
    let doc;
    try {
        // The text is parsed once: the depth check reads the CST the composer then builds from.
        const tokens = Array.from(new (yamlLibrary().Parser)().parse(text));
        if (cstTooDeep(tokens))
            throw tooDeep(file);
        doc = composeDocument(tokens, text);
    }
    catch (error) {
        if (error instanceof GateError)
            throw error;
        throw new GateError('PARSE_ERROR', `is not valid YAML: ${yamlReason(messageOf(error))}`, {
            file
        });
    }
    const first = doc.errors[0];
    if (first) {
        if (first.code === 'DUPLICATE_KEY' || doc.errors.some(e => e.code === 'DUPLICATE_KEY')) {
            const field = findDuplicateYamlKey(doc.contents) ?? undefined;
            const error = doc.errors.find(e => e.code === 'DUPLICATE_KEY') ?? first;
            throw new GateError('DUPLICATE_KEY', `duplicate mapping key (each key may appear once): ${yamlReason(error.message)}`, { file, field });
        }
        throw new GateError('PARSE_ERROR', `is not valid YAML: ${yamlReason(first.message)}`, { file });
    }
    const warning = doc.warnings[0];
    if (warning) {
        // Unknown tags and the like: evidence is data, nothing is interpreted beyond the core schema.
        throw new GateError('PARSE_ERROR', `is not plain YAML: ${yamlReason(warning.message)}`, {
            file
        });
    }
    const collectionKey = findNonScalarYamlKey(doc.contents);
    if (collectionKey !== null) {
        throw new GateError('PARSE_ERROR', 'has a mapping key that is a collection or an alias; keys must be plain scalars', { file, field: collectionKey });
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT });
    }
    catch (error) {
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw new GateError('ALIAS_LIMIT', `uses YAML aliases beyond the limit of ${options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT} (alias expansion bomb?): ${clip(error.message, 300)}`, { file });
        }
        if (error instanceof RangeError)
            throw tooDeep(file);
        throw new GateError('PARSE_ERROR', `is not valid YAML: ${yamlReason(messageOf(error))}`, {
            file
        });
    }
    if (valueTooDeep(value))
        throw tooDeep(file);
    return value;
}
/**
 * Scans syntactically valid JSON for a repeated key within one object; returns its field path.
 * Iterative, so deep nesting cannot overflow the stack.
 */
function findDuplicateJsonKey(text, base = '') {
    const stack = [];
    const segments = () => {
        const out = [];
        for (const f of stack) {
            if (f.type === 'array')
                out.push(f.index);
            else if (f.current !== null)
                out.push(f.current);
        }
        return out;
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            const j = stringEnd(text, i);
            const start = i;
            i = j;
            const top = stack[stack.length - 1];
            if (top?.type === 'object' && top.expectKey) {
                const key = JSON.parse(text.slice(start, j + 1));
                if (top.keys.has(key)) {
                    top.current = key;
                    return fieldPath(segments(), base);
                }
                top.keys.add(key);
                top.current = key;
                top.expectKey = false;
            }
        }
        else if (c === '{') {
            stack.push({ type: 'object', keys: new Set(), expectKey: true, current: null });
        }
        else if (c === '[') {
            stack.push({ type: 'array', index: 0 });
        }
        else if (c === '}' || c === ']') {
            stack.pop();
        }
        else if (c === ',') {
            const top = stack[stack.length - 1];
            if (top?.type === 'object')
                top.expectKey = true;
            else if (top?.type === 'array')
                top.index++;
        }
    }
    return null;
}
/** Parses JSON strictly: syntax errors are PARSE_ERROR, repeated keys DUPLICATE_KEY. */
function parseJson(text, file, field) {
    if (jsonTextTooDeep(text))
        throw tooDeep(file, field);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new GateError('PARSE_ERROR', `is not valid JSON: ${clip(messageOf(error), 300)}`, {
            file,
            field
        });
    }
    const duplicate = findDuplicateJsonKey(text, field ?? '');
    if (duplicate !== null) {
        throw new GateError('DUPLICATE_KEY', 'duplicate object key (each key may appear once)', {
            file,
            field: duplicate
        });
    }
    return value;
}

/**
 * A YAML document read from a file once and handed on: the Action's collect stage reads the
 * trust configuration for its GitHub logins, and the load stage takes the same read (with the
 * same bounds) rather than reading and parsing the file again. Nothing here validates.
 */
/**
 * Reads and parses a YAML file, refusing it past maxBytes or maxAliasCount; errors name `label`
 * (FILE_NOT_FOUND when nothing exists at `file`).
 */
function readYamlFile(file, label, bounds = {}) {
    const maxBytes = bounds.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
    const maxAliasCount = bounds.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
    const real = realRoot(file, { file: label });
    const bytes = readBounded(real, maxBytes, { file: label });
    const value = parseYaml(decodeUtf8(bytes, label), label, { maxAliasCount });
    return { file, label, real, bytes, value, maxBytes, maxAliasCount };
}

/** The event payload (GITHUB_EVENT_PATH) lacks what the event needs, at `field`. */
const payloadError = (message, field) => new GateError('USAGE', message, { file: 'GITHUB_EVENT_PATH', field });
/** The payload's repository.default_branch, or a payload error naming the `event` (release, push). */
function defaultBranchOf(payload, event) {
    const branch = payload.repository?.default_branch;
    if (typeof branch !== 'string' || !branch) {
        throw payloadError(`the ${event} event has no repository.default_branch`, 'repository.default_branch');
    }
    return branch;
}
/**
 * The event payload's `key` object when it is one and `complete` holds for it; else a payload
 * error: the event payload has no `key` (`what` says with which fields).
 */
function payloadObject(payload, key, what = '', complete = () => true) {
    const value = payload[key];
    if (!value || typeof value !== 'object' || !complete(value)) {
        throw payloadError(`the event payload has no ${key}${what}`, key);
    }
    return value;
}
/** The HTTP status of an Octokit error, when it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** An entry of a list the API answered without a valid `field` (or not an object at all). */
const entryError = (what, index, field) => new GateError('GITHUB_API', `GitHub API ${what}: entry ${index} has no valid ${field}`);
/** The API answered `what` with something other than `expected` (e.g. an object for a list). */
const shapeError = (what, expected) => new GateError('GITHUB_API', `GitHub API ${what}: the answer has an unexpected shape, not ${expected}`);
/** Turns any failure of an API call into a one-line GateError naming what was asked. */
function apiError(what, error) {
    if (error instanceof GateError)
        return error;
    const status = statusOf(error);
    // A timeout surfaces as the fetch's TimeoutError/AbortError, or wrapped (as `cause`) by Octokit.
    const names = [error, error?.cause].map(e => e?.name);
    let reason;
    if (names.includes('TimeoutError') || names.includes('AbortError'))
        reason = 'timed out';
    else if (status !== undefined && status !== 500)
        reason = `HTTP ${status}`;
    else
        reason = status === 500 ? `HTTP 500 or network error` : 'network error';
    const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 200) : '';
    return new GateError('GITHUB_API', `GitHub API ${what} failed: ${reason}${detail ? ` (${detail})` : ''}`);
}
/** Runs one API call, converting failures. */
async function api(what, call) {
    try {
        return await call();
    }
    catch (error) {
        throw apiError(what, error);
    }
}

/** A parsed JSON value that is an object: not null, not an array. */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Streaming downloads from the GitHub API to disk: bytes go to the file as they arrive, a
 * SHA-256 is computed on the way, and a size bound stops hostile or runaway responses.
 */
function bodyStream(body, label) {
    if (!body || typeof body.getReader !== 'function') {
        throw new GateError('GITHUB_API', `download of ${label} returned no body`);
    }
    return require$$0$2.Readable.fromWeb(body);
}
/** Counts (and hashes) the bytes going through; fails past `maxBytes`. */
function meter(maxBytes, label) {
    const hash = nc.createHash('sha256');
    let size = 0;
    const stream = new require$$0$2.Transform({
        transform(chunk, _encoding, done) {
            size += chunk.length;
            if (size > maxBytes) {
                done(new GateError('FILE_TOO_LARGE', `larger than ${maxBytes} bytes`, { file: label }));
                return;
            }
            hash.update(chunk);
            done(null, chunk);
        }
    });
    return { stream, size: () => size, sha256: () => hash.digest('hex') };
}
function downloadFailed(error, label) {
    if (error instanceof GateError)
        return error;
    const name = error?.name;
    const reason = name === 'TimeoutError' || name === 'AbortError' ? 'timed out' : 'failed';
    return new GateError('GITHUB_API', `download of ${label} ${reason}`);
}
/** Writes a response body (web stream) to `file`, hashing it; fails past `maxBytes`. */
async function streamToFile(body, file, maxBytes, label) {
    const source = bodyStream(body, label);
    await mkdir(path.dirname(file), { recursive: true });
    const counted = meter(maxBytes, label);
    try {
        await promises.pipeline(source, counted.stream, fs.createWriteStream(file));
    }
    catch (error) {
        throw downloadFailed(error, label);
    }
    return { file, size: counted.size(), sha256: counted.sha256() };
}
/** Reads a response body (web stream) into memory, hashing it; fails past `maxBytes`. */
async function streamToBuffer(body, maxBytes, label) {
    const source = bodyStream(body, label);
    const counted = meter(maxBytes, label);
    const chunks = [];
    try {
        await promises.pipeline(source, counted.stream, async (chunksIn) => {
            for await (const chunk of chunksIn)
                chunks.push(chunk);
        });
    }
    catch (error) {
        throw downloadFailed(error, label);
    }
    return { bytes: Buffer.concat(chunks), sha256: counted.sha256() };
}

/**
 * Reading a repository at a given commit through the contents API, never through a checkout:
 * the PR head (evidence) and the base commit (trust) are fetched into separate temp dirs.
 * Paths are checked before anything is written, sizes and counts are bounded, symlinks and
 * submodules are not followed.
 */
const LIMITS = {
    /** One evidence or trust file. */
    fileBytes: 16 * 1024 * 1024,
    /** All files of one package. */
    packageBytes: 64 * 1024 * 1024,
    /** Files in one package. */
    packageFiles: 500,
    /** Directory depth inside one package. */
    depth: 8
};
/** A repository-relative path that is safe to fetch and to mirror on disk. */
function isSafeRepoPath(path) {
    if (!path || path.startsWith('/') || path.includes('\\') || path.includes('\0'))
        return false;
    return path.split('/').every(part => part !== '' && part !== '.' && part !== '..');
}
/** Joins repository paths, normalised; '' is the repository root. */
const repoJoin = (...parts) => path.posix
    .normalize(parts.filter(Boolean).join('/'))
    .replace(/^\.\/?$/, '')
    .replace(/\/+$/, '');
const contentsPath = (path) => path.split('/').map(encodeURIComponent).join('/');
/** Where the repository path `repoPath` goes under the local directory `destDir`. */
const localPath = (destDir, repoPath) => path.join(destDir, ...repoPath.split('/'));
/** Downloads one file's raw bytes to `dest`. Returns null when the file does not exist. */
async function fetchFile(client, at, path, dest, maxBytes = LIMITS.fileBytes) {
    if (!isSafeRepoPath(path)) {
        throw new GateError('PATH_OUTSIDE_ROOT', 'not a plain relative path', { file: path });
    }
    let response;
    try {
        response = await client.request(`GET /repos/{owner}/{repo}/contents/${contentsPath(path)}`, {
            owner: at.owner,
            repo: at.repo,
            ref: at.ref,
            headers: { accept: 'application/vnd.github.raw+json' },
            request: { parseSuccessResponseBody: false }
        });
    }
    catch (error) {
        if (statusOf(error) === 404)
            return null;
        throw apiError(`reading ${path} at ${at.ref}`, error);
    }
    const got = await streamToFile(response.data, dest, maxBytes, path);
    return { size: got.size, sha256: got.sha256 };
}
/** The most entries the contents API lists of one directory; it says nothing of the others. */
const CONTENTS_LIST_MAX = 1000;
/**
 * A listing at the API's limit may have been cut short: an error naming `file` (and `field`),
 * never a listing taken as whole.
 */
function refuseCutListing(entries, use) {
    if (entries.length < CONTENTS_LIST_MAX)
        return;
    const place = use.listed
        ? ` in ${use.listed.dir || '/'} at ${use.listed.at.ref.slice(0, 12)}`
        : '';
    throw new GateError('FILE_TOO_LARGE', `${entries.length} entries${place}, and the contents API lists at most ${CONTENTS_LIST_MAX}: ${use.fix}`, { file: use.file, ...(use.field ? { field: use.field } : {}) });
}
/**
 * The entry named `name` in the listing of `dir` at `at`; undefined when the listing does not
 * hold it. An entry a listing at the limit lacks may still be there: refuseCutListing.
 */
function listedEntry(entries, name, where) {
    const { dir, at, ...use } = where;
    const entry = entries.find(e => e.name === name);
    if (!entry)
        refuseCutListing(entries, { ...use, listed: { dir, at } });
    return entry;
}
/** What the contents API answers for a path that is not a directory: that one entry. */
const NOT_A_DIRECTORY = new Set(['file', 'symlink', 'submodule']);
/**
 * Lists one directory; null when it does not exist (or is a file, symlink or submodule). Any
 * other answer than a list or such an entry is an error, never taken for "no directory".
 */
async function listDir(client, at, path) {
    const what = `listing ${path || '/'} at ${at.ref}`;
    let data;
    try {
        const response = await client.request(path
            ? `GET /repos/{owner}/{repo}/contents/${contentsPath(path)}`
            : 'GET /repos/{owner}/{repo}/contents', { owner: at.owner, repo: at.repo, ref: at.ref });
        data = response.data;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return null;
        throw apiError(what, error);
    }
    if (!Array.isArray(data)) {
        if (isObject(data) && typeof data.type === 'string' && NOT_A_DIRECTORY.has(data.type))
            return null;
        throw shapeError(what, 'a list of entries or one file');
    }
    return data.map((entry, i) => {
        if (!isObject(entry))
            throw entryError(what, i, 'entry');
        const { type, name, path: entryPath } = entry;
        if (typeof type !== 'string')
            throw entryError(what, i, 'type');
        if (typeof name !== 'string')
            throw entryError(what, i, 'name');
        if (typeof entryPath !== 'string')
            throw entryError(what, i, 'path');
        // A directory listing gives a submodule `type: file` (GitHub keeps it for compatibility); it
        // is the `file` without a download URL. Read as a file, its "bytes" would be GitHub's JSON
        // about the submodule.
        const submodule = type === 'file' && entry.download_url === null;
        return { type: submodule ? 'submodule' : type, name, path: entryPath };
    });
}
/**
 * Mirrors a directory of the repository (an evidence package) into `destDir`.
 * Returns the files written (path relative to `dir`, sha256 of the bytes written) and the
 * repository paths skipped (symlinks, submodules).
 */
async function fetchDirectory(client, at, dir, destDir) {
    const files = [];
    const skipped = [];
    let total = 0;
    const walk = async (sub, depth) => {
        if (depth > LIMITS.depth) {
            throw new GateError('FILE_TOO_LARGE', `directories nested deeper than ${LIMITS.depth}`, {
                file: repoJoin(dir, sub)
            });
        }
        const entries = await listDir(client, at, repoJoin(dir, sub));
        if (!entries)
            throw new GateError('FILE_NOT_FOUND', `directory not readable at ${at.ref}: HTTP 404`, {
                file: repoJoin(dir, sub)
            });
        // A package read without the rest of a cut listing would be judged on less than it holds.
        refuseCutListing(entries, {
            file: repoJoin(dir, sub),
            fix: 'the package may hold more than was listed'
        });
        for (const entry of entries) {
            const rel = sub ? `${sub}/${entry.name}` : entry.name;
            const full = repoJoin(dir, rel);
            if (!isSafeRepoPath(rel) || entry.name.includes('/') || entry.path !== full) {
                throw new GateError('PATH_OUTSIDE_ROOT', 'unexpected entry name from the contents API', {
                    file: full
                });
            }
            if (entry.type === 'dir') {
                await walk(rel, depth + 1);
            }
            else if (entry.type === 'file') {
                if (files.length >= LIMITS.packageFiles) {
                    throw new GateError('FILE_TOO_LARGE', `more than ${LIMITS.packageFiles} files`, {
                        file: dir
                    });
                }
                const got = await fetchFile(client, at, full, localPath(destDir, rel));
                if (!got)
                    throw new GateError('FILE_NOT_FOUND', `listed but not readable at ${at.ref}: HTTP 404`, {
                        file: full
                    });
                total += got.size;
                if (total > LIMITS.packageBytes) {
                    throw new GateError('FILE_TOO_LARGE', `package larger than ${LIMITS.packageBytes} bytes`, { file: dir });
                }
                files.push({ path: rel, sha256: got.sha256 });
            }
            else {
                skipped.push(full);
            }
        }
    };
    await walk('', 0);
    return { files, skipped };
}
/** The warning for each entry fetchDirectory skipped (a symlink or submodule is not followed). */
const skippedFindings = (skipped) => skipped.map(path => ({
    rule: 'gate.entry_skipped',
    severity: 'warning',
    message: `${path} is a symlink or submodule; it was not followed.`,
    file: path
}));
/**
 * Pages through a list endpoint, with a bound on the number of items, and reads the items as the
 * API answered them with `read`, which checks the fields it reads (entryError names an entry
 * without).
 */
async function paginateAll(client, route, params, what, read, maxItems = 10_000) {
    const entries = await api(what, async () => {
        const items = [];
        for await (const page of client.paginate.iterator(route, { ...params, per_page: 100 })) {
            if (!Array.isArray(page.data))
                throw shapeError(what, 'a list');
            items.push(...page.data);
            if (items.length > maxItems)
                throw new GateError('GITHUB_API', `${what}: more than ${maxItems} items`);
        }
        return items;
    });
    return read(entries, what);
}

/** Reviews read of one pull request at most; more is an error, not a partial list. */
const MAX_REVIEWS = 3000;
/** Activities of a PR's head branch read at most; more is an error, not a partial log. */
const MAX_BRANCH_ACTIVITIES = 3000;
/** Environment reviews of one run at most. */
const MAX_DEPLOYMENT_APPROVALS = 1000;
const GIT_SHA$1 = /^[0-9a-f]{40}$/;
/** The review states that set a reviewer's state on GitHub; COMMENTED and PENDING do not. */
const COUNTING_STATES = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/** The reviewers' associations with the repository whose reviews count (docs/action.md). */
const REVIEWER_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
const APPROVAL_STATES = new Set([
    'approved',
    'rejected',
    'pending'
]);
const sameLogin = (a, b) => b !== null && a.toLowerCase() === b.toLowerCase();
/**
 * Per reviewer, the latest review (GitHub lists them in chronological order) whose state counts,
 * sorted by login. A review by a deleted account (user null) belongs to no one and is left out.
 * The reviews are as `GET .../pulls/{n}/reviews` lists them; the fields read (state, user.login,
 * commit_id, submitted_at) are checked.
 */
function latestReviews(reviews, author, what = 'listing the reviews') {
    const byLogin = new Map();
    reviews.forEach((r, i) => {
        if (!isObject(r))
            throw entryError(what, i, 'review');
        if (typeof r.state !== 'string')
            throw entryError(what, i, 'state');
        const state = r.state.toUpperCase();
        if (!COUNTING_STATES.has(state))
            return;
        if (r.user === null)
            return;
        const login = isObject(r.user) ? r.user.login : undefined;
        if (typeof login !== 'string' || login === '')
            throw entryError(what, i, 'user.login');
        if (typeof r.author_association !== 'string')
            throw entryError(what, i, 'author_association');
        // Only a reviewer with a standing in the repository counts (any GitHub user may review a
        // public repository's PR, under any login the trust configuration names once it is free).
        if (!REVIEWER_ASSOCIATIONS.has(r.author_association))
            return;
        const commitId = r.commit_id ?? null;
        if (commitId !== null && !(typeof commitId === 'string' && GIT_SHA$1.test(commitId)))
            throw entryError(what, i, 'commit_id');
        const submittedAt = typeof r.submitted_at === 'string' ? r.submitted_at : null;
        byLogin.set(login.toLowerCase(), {
            login,
            state,
            commitId,
            submittedAt,
            byAuthor: sameLogin(login, author)
        });
    });
    return [...byLogin.values()].sort((a, b) => a.login.toLowerCase() < b.login.toLowerCase() ? -1 : 1);
}
/**
 * The run's environment reviews as facts, in GitHub's order. They are as
 * `GET .../actions/runs/{id}/approvals` lists them; the fields read (state, user.login,
 * environments[].name, comment) are checked.
 */
function deploymentApprovals(approvals, authors, what = 'reading the deployment approvals') {
    const started = typeof authors === 'string' ? [authors] : (authors ?? []);
    const out = [];
    approvals.forEach((a, i) => {
        if (!isObject(a))
            throw entryError(what, i, 'approval');
        const state = a.state;
        if (!APPROVAL_STATES.has(state))
            throw entryError(what, i, 'state');
        if (a.user === null)
            return;
        const login = isObject(a.user) ? a.user.login : undefined;
        if (typeof login !== 'string' || login === '')
            throw entryError(what, i, 'user.login');
        if (!Array.isArray(a.environments))
            throw entryError(what, i, 'environments');
        const environments = a.environments.map((e) => {
            const name = isObject(e) ? e.name : undefined;
            if (typeof name !== 'string')
                throw entryError(what, i, 'environments[].name');
            return name;
        });
        out.push({
            login,
            state,
            environments: environments.sort(),
            comment: typeof a.comment === 'string' ? a.comment : '',
            byAuthor: started.some(a => sameLogin(login, a))
        });
    });
    return out;
}
/**
 * Who moved `branch` (`refs/heads/<name>`) and whether one of them made `headSha` its tip, from
 * the branch's activities as `GET /repos/{owner}/{repo}/activity?ref=<branch>` lists them. An
 * activity of another ref (an API that ignored the filter) says nothing of this branch and is
 * left out; one by a deleted account (actor null) names no one. The fields read (ref, after,
 * actor.login) are checked.
 */
function branchPushes(activities, repository, branch, headSha, what = 'reading the activity of the head branch') {
    const logins = new Map();
    let headPushed = false;
    activities.forEach((a, i) => {
        if (!isObject(a))
            throw entryError(what, i, 'activity');
        if (typeof a.ref !== 'string')
            throw entryError(what, i, 'ref');
        if (typeof a.after !== 'string')
            throw entryError(what, i, 'after');
        if (a.ref !== branch)
            return;
        if (a.actor !== null) {
            const login = isObject(a.actor) ? a.actor.login : undefined;
            if (typeof login !== 'string' || login === '')
                throw entryError(what, i, 'actor.login');
            if (!logins.has(login.toLowerCase()))
                logins.set(login.toLowerCase(), login);
        }
        if (a.after === headSha)
            headPushed = true;
    });
    return {
        branch: `${repository}:${branch}`,
        logins: [...logins].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, login]) => login),
        headPushed
    };
}
/** Whether a trust document (parsed, not validated) maps any approver to a GitHub login (approvers[].github). */
function mapsGitHubLogin(trust) {
    const approvers = trust?.approvers;
    return (Array.isArray(approvers) &&
        approvers.some(a => typeof a?.github === 'string'));
}
/** The policy's `input.github`: what GitHub authenticates, read from a pull request or a run. */
function githubContext(event, ref, subject, author, approvals) {
    return {
        event,
        repository: `${ref.owner}/${ref.repo}`,
        ...subject,
        headSha: ref.headSha,
        evidenceSha: ref.evidenceSha,
        author,
        ...approvals
    };
}
async function pullRequestReviews(client, pr, event) {
    const reviews = await paginateAll(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { owner: pr.owner, repo: pr.repo, pull_number: pr.number }, `listing the reviews of PR #${pr.number}`, (entries, what) => latestReviews(entries, pr.author, what), MAX_REVIEWS);
    const pushes = pr.head ? await headBranchPushes(client, pr.head, pr.headSha) : NO_BRANCH;
    // A pull request's evidence is read at the head the payload names (pull-request.ts).
    return githubContext(event, { ...pr, evidenceSha: pr.headSha }, { pullRequest: pr.number }, pr.author, {
        reviews,
        deploymentApprovals: [],
        pushes
    });
}
/** A PR whose head repository is gone (a deleted fork): no log says who pushed to it. */
const NO_BRANCH = { branch: null, logins: [], headPushed: false };
/** The pushes to a PR's head branch, from its repository's activity log (every page). */
function headBranchPushes(client, head, headSha) {
    const branch = `refs/heads/${head.ref}`;
    const repository = `${head.owner}/${head.repo}`;
    return paginateAll(client, 'GET /repos/{owner}/{repo}/activity', { owner: head.owner, repo: head.repo, ref: branch }, `reading the activity of ${repository}:${branch}`, (entries, what) => branchPushes(entries, repository, branch, headSha, what), MAX_BRANCH_ACTIVITIES);
}
async function runDeploymentApprovals(client, run, event) {
    const what = `reading the deployment approvals of run ${run.runId}`;
    const approvals = await api(what, async () => {
        const response = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { owner: run.owner, repo: run.repo, run_id: run.runId });
        const data = response.data;
        if (!Array.isArray(data))
            throw new Error('the answer is not a list');
        if (data.length > MAX_DEPLOYMENT_APPROVALS)
            throw new GateError('GITHUB_API', `${what}: more than ${MAX_DEPLOYMENT_APPROVALS} items`);
        return data;
    });
    return githubContext(event, run, { runId: run.runId }, run.actor, {
        reviews: [],
        deploymentApprovals: deploymentApprovals(approvals, [...(run.authors ?? []), ...(run.actor ? [run.actor] : [])], what)
    });
}
/** Events whose run's environment deployment approvals are read. */
const RUN_APPROVAL_EVENTS = new Set(['release', 'workflow_dispatch', 'deployment']);
/** `input.github`, or undefined when the event has no approvals or the trust maps no login. */
async function collectApprovals(req) {
    const onRun = RUN_APPROVAL_EVENTS.has(req.eventName);
    if (!req.pullRequest && !onRun)
        return undefined;
    const trust = req.trust();
    if (!trust || !mapsGitHubLogin(trust.value))
        return undefined;
    const { owner, repo } = req;
    if (req.pullRequest) {
        if (!GIT_SHA$1.test(req.pullRequest.headSha)) {
            throw payloadError('expected a 40-character commit sha', 'pull_request.head.sha');
        }
        return pullRequestReviews(await req.client(), { owner, repo, ...req.pullRequest }, req.event);
    }
    const runId = Number(req.run.runId);
    if (!req.run.runId || !/^[1-9][0-9]{0,18}$/.test(req.run.runId) || !Number.isSafeInteger(runId)) {
        throw new GateError('USAGE', `the trust configuration maps GitHub logins to approvers, so the run's deployment approvals are read: expected the run id, got "${req.run.runId ?? ''}"`, { field: 'GITHUB_RUN_ID' });
    }
    const headSha = req.run.sha ?? '';
    if (!GIT_SHA$1.test(headSha)) {
        throw new GateError('USAGE', `expected a 40-character commit sha, got "${headSha}"`, {
            field: 'GITHUB_SHA'
        });
    }
    return runDeploymentApprovals(await req.client(), {
        owner,
        repo,
        runId,
        headSha,
        evidenceSha: req.evidenceSha(),
        actor: req.run.actor || null,
        authors: req.run.authors ?? []
    }, req.event);
}

/**
 * The commit a workspace's git checkout is at, read from its `.git` directory as
 * actions/checkout leaves it, without a git binary: `HEAD` holds a commit (a detached checkout)
 * or names a ref (`ref: refs/heads/main`), resolved through the ref's own file or `packed-refs`.
 * On a workspace event this is the commit the evidence was read at, which a deployment approval
 * of the run (for GITHUB_SHA) is bound to (docs/action.md, "Approvals GitHub authenticates").
 *
 * null when the workspace is no such checkout: no `.git` directory (none, or a worktree's or
 * submodule's `.git` file), or a `HEAD` or ref that names no commit. Files are read inside
 * `.git` only, bounded; one that is not a regular file, or resolves outside, is an error naming
 * it, never followed.
 */
const GIT_SHA = /^[0-9a-f]{40}$/;
/** A ref a checkout's HEAD may name: under refs/, segments that start with no dot (never `..`). */
const REF_NAME = /^refs\/(?:[A-Za-z0-9_+@-][A-Za-z0-9._+@-]*\/)*[A-Za-z0-9_+@-][A-Za-z0-9._+@-]*$/;
/** Symbolic refs followed at most (git's own limit is 5). */
const MAX_SYMREF_DEPTH = 5;
/** HEAD and a loose ref are one line. */
const MAX_REF_FILE_BYTES = 4096;
function checkoutCommit(workspace) {
    const gitDir = path.join(workspace, '.git');
    let isDirectory;
    try {
        isDirectory = fs.lstatSync(gitDir).isDirectory();
    }
    catch {
        return null;
    }
    if (!isDirectory)
        return null;
    const read = (rel, maxBytes) => {
        const got = readInside(gitDir, rel, maxBytes, { file: `.git/${rel}` });
        return got === null ? null : got.bytes.toString('utf8');
    };
    let name = 'HEAD';
    for (let depth = 0; depth <= MAX_SYMREF_DEPTH; depth++) {
        const line = (read(name, MAX_REF_FILE_BYTES) ?? packedRef(read, name) ?? '').trim();
        if (GIT_SHA.test(line))
            return line;
        const target = /^ref: (.+)$/.exec(line)?.[1];
        if (target === undefined || !REF_NAME.test(target))
            return null;
        name = target;
    }
    return null;
}
/** The commit `packed-refs` gives for `name` (a line `<sha> <name>`), or null. */
function packedRef(read, name) {
    if (name === 'HEAD')
        return null;
    const packed = read('packed-refs', DEFAULT_MAX_DOCUMENT_BYTES) ?? '';
    for (const line of packed.split('\n')) {
        const [sha, ref] = line.trim().split(' ');
        if (ref === name && sha !== undefined && GIT_SHA.test(sha))
            return sha;
    }
    return null;
}

/** The layout of an evidence package (docs/evidence-format.md). */
/** The index every package directory (or release) holds; the collect and load stages look for it. */
const INDEX_FILE = 'update-evidence.yaml';
/**
 * Attestations of one digest read (one page of GitHub's attestations API, its maximum per_page),
 * and so the SLSA statements naming a manifest artifact verified for one item at most (more in a
 * package's file is malformed input). Anyone who can attest to the repository can add one for
 * the digest: a bound below a page would let them make the gate refuse it.
 */
const MAX_ATTESTATIONS = 100;

/**
 * The files a trust configuration names beside itself, relative to its own directory: each key's
 * `publicKeyFile` and `sigstore.trustedRoot`. Read from the document as parsed, not validated
 * (the load stage validates it): what the Action fetches with the trust file, and what the CLI
 * keeps `--output` from overwriting.
 */
function trustFileNames(raw) {
    const doc = raw;
    const keys = Array.isArray(doc?.keys) ? doc.keys.slice(0, 1000) : [];
    return [
        ...keys.map(k => k?.publicKeyFile),
        doc?.sigstore?.trustedRoot
    ].filter((n) => typeof n === 'string');
}

/**
 * The trust configuration is owned by whoever runs the gate: on a PR it is read from the base
 * commit, on a release from the default branch, always through the API into its own temp dir
 * (never from the change under review). The files it names (`publicKeyFile`,
 * `sigstore.trustedRoot`, relative to the trust file) come along from the same commit.
 */
/** The files a trust document names (trustFileNames), as repository paths; unsafe ones dropped. */
function namedFilesOf(trustText, trustPath) {
    let doc;
    try {
        doc = yamlLibrary().parse(trustText, { maxAliasCount: 50, uniqueKeys: true });
    }
    catch {
        return []; // the load stage reports the parse error with its location
    }
    const dir = path.posix.dirname(trustPath);
    const out = [];
    for (const file of trustFileNames(doc)) {
        if (!isSafeRepoPath(file))
            continue;
        const full = path.posix.normalize(dir === '.' ? file : `${dir}/${file}`);
        if (isSafeRepoPath(full))
            out.push(full);
    }
    return [...new Set(out)];
}
/** Refuses a path from the Action's inputs (`input`) that is not relative to the repository root. */
function assertRepoPath(path, what, input, shown = path) {
    if (!isSafeRepoPath(path)) {
        throw new GateError('PATH_OUTSIDE_ROOT', `${what} must be relative to the repository root`, {
            file: shown,
            field: `input ${input}`
        });
    }
}
/** The local path under `destDir` of a path the Action's inputs (`input`) name, checked first. */
function checkedLocal(destDir, path, what, input, shown = path) {
    assertRepoPath(path, what, input, shown);
    return localPath(destDir, path);
}
/** What the Action's inputs (`input`) name is not at the trusted commit. */
const notFoundAt = (what, at, file, input) => new GateError('FILE_NOT_FOUND', `${what} not found at ${at.ref.slice(0, 12)}`, {
    file,
    field: `input ${input}`
});
const listingAt = (client, at) => {
    const asked = new Map();
    return dir => {
        const known = asked.get(dir);
        if (known)
            return known;
        const got = listDir(client, at, dir);
        asked.set(dir, got);
        return got;
    };
};
/**
 * A configuration file as the trusted commit holds it: its directory's entry. A symlink or
 * submodule is no configuration file (fetchConfigFile).
 */
async function configEntry(at, path$1, listing, field) {
    const dir = path.posix.dirname(path$1) === '.' ? '' : path.posix.dirname(path$1);
    const entries = await listing(dir);
    return entries
        ? listedEntry(entries, path.posix.basename(path$1), {
            dir,
            at,
            file: path$1,
            field,
            fix: 'the file cannot be told from a symlink; move the configuration to a smaller directory'
        })
        : undefined;
}
/** A symlink or submodule where the configuration needs a plain file (fetchConfigFile). */
const notAPlainFile = (path, at, field) => new GateError('PATH_OUTSIDE_ROOT', `a symlink or submodule at ${at.ref.slice(0, 12)}, not a plain file; the gate reads its configuration only from plain files, so that a change to it is a change to the configured paths. Replace it with the file itself`, { file: path, field });
/**
 * Fetches one configuration file from the trusted commit (null when the commit has none). Only a
 * plain file is read: the contents API answers a symlink with the bytes of the file it points
 * to, so a linked configuration would be whatever that other path holds, and a change to it
 * would pass the change control, which compares the configured paths (touchesConfiguration).
 */
async function fetchConfigFile(client, at, path, dest, listing, field, maxBytes) {
    const entry = await configEntry(at, path, listing, field);
    if (!entry)
        return null;
    if (entry.type !== 'file')
        throw notAPlainFile(path, at, field);
    return fetchFile(client, at, path, dest, maxBytes);
}
const fetchTrust = async (client, at, trustPath, destDir) => {
    assertRepoPath(trustPath, 'the trust path', 'trust');
    const local = (p) => localPath(destDir, p);
    const listing = listingAt(client, at);
    if (!(await fetchConfigFile(client, at, trustPath, local(trustPath), listing, 'input trust'))) {
        throw notFoundAt('trust configuration', at, trustPath, 'trust');
    }
    const named = namedFilesOf(fs.readFileSync(local(trustPath), 'utf8'), trustPath);
    for (const file of named) {
        // A missing file is left to the load stage, which names the field that points to it.
        await fetchConfigFile(client, at, file, local(file), listing, 'input trust');
    }
    return { file: local(trustPath), repoPaths: [trustPath, ...named] };
};
/**
 * A policy named by path (a bundle.tar.gz, a .wasm, or a directory of Rego), read from the
 * same trusted commit as the trust configuration.
 */
const fetchPolicy = async (client, at, policyPath, destDir) => {
    const path = policyPath.replace(/\/+$/, '');
    const local = checkedLocal(destDir, path, 'the policy path', 'policy', policyPath);
    const listing = listingAt(client, at);
    if (await listing(path)) {
        // A policy read without a file it links to would decide otherwise, unseen.
        const { skipped } = await fetchDirectory(client, at, path, local);
        if (skipped[0] !== undefined)
            throw notAPlainFile(skipped[0], at, 'input policy');
        return { local, repoPath: path, isDirectory: true };
    }
    if (await fetchConfigFile(client, at, path, local, listing, 'input policy', 64 * 1024 * 1024)) {
        return { local, repoPath: path, isDirectory: false };
    }
    throw notFoundAt('policy', at, path, 'policy');
};
/**
 * Data files (the `data` input) merged into the policy's data document, read from the same
 * trusted commit as the trust configuration and the policy. Order is kept: later files win.
 */
const fetchDataFiles = async (client, at, dataPaths, destDir) => {
    const out = [];
    const fetched = new Set();
    const listing = listingAt(client, at);
    for (const path of dataPaths) {
        const local = checkedLocal(destDir, path, 'a data file path', 'data');
        if (!fetched.has(path)) {
            if (!(await fetchConfigFile(client, at, path, local, listing, 'input data'))) {
                throw notFoundAt('data file', at, path, 'data');
            }
            fetched.add(path);
        }
        out.push({ local, repoPath: path });
    }
    return out;
};
/** A retained report holds a whole policy output (as the load stage bounds it). */
const MAX_REPORT_BYTES$1 = 64 * 1024 * 1024;
/**
 * Retained reports (the `approved-reports` input): report files, or directories whose `*.json`
 * files are reports (subdirectories are not read, as for `--approved-reports`), read from the same
 * trusted commit as the trust configuration, never from the change under review. The load stage
 * validates each file and names it by its repository path.
 */
const fetchReports = async (client, at, paths, destDir) => {
    const out = [];
    const listing = listingAt(client, at);
    for (const path$1 of new Set(paths)) {
        // A file also inside a named folder is the same file at the same commit; the load stage reads it once.
        const local = checkedLocal(destDir, path$1, 'a retained report path', 'approved-reports');
        const entries = await listing(path$1);
        if (entries) {
            // Fewer reports read would mean fewer flags: a directory that may be cut short is an error.
            refuseCutListing(entries, {
                file: path$1,
                field: 'input approved-reports',
                fix: 'split the reports into directories of fewer entries and name each'
            });
            await mkdir(local, { recursive: true });
            for (const entry of entries) {
                if (!entry.name.endsWith('.json'))
                    continue;
                // A report left unread would be a flag left unraised.
                if (entry.type !== 'file')
                    throw notAPlainFile(entry.path, at, 'input approved-reports');
                if (entry.name.includes('/') || entry.path !== `${path$1}/${entry.name}`) {
                    throw new GateError('PATH_OUTSIDE_ROOT', 'unexpected entry name from the contents API', {
                        file: entry.path,
                        field: 'input approved-reports'
                    });
                }
                const got = await fetchFile(client, at, entry.path, path.join(local, entry.name), MAX_REPORT_BYTES$1);
                if (!got)
                    throw new GateError('FILE_NOT_FOUND', `listed but not readable at ${at.ref}: HTTP 404`, {
                        file: entry.path,
                        field: 'input approved-reports'
                    });
            }
            out.push({ local, repoPath: path$1, isDirectory: true });
        }
        else if (await fetchConfigFile(client, at, path$1, local, listing, 'input approved-reports', MAX_REPORT_BYTES$1)) {
            out.push({ local, repoPath: path$1, isDirectory: false });
        }
        else {
            throw notFoundAt('retained report (file or directory)', at, path$1, 'approved-reports');
        }
    }
    return out;
};
/** Whether a changed repository path is part of the gate's configuration. */
function touchesConfiguration(changed, trust, policy, data = [], reports = []) {
    if (trust.repoPaths.includes(changed))
        return true;
    if (data.some(d => d.repoPath === changed))
        return true;
    if (reports.some(r => r.isDirectory ? changed.startsWith(`${r.repoPath}/`) : changed === r.repoPath))
        return true;
    if (!policy)
        return false;
    return policy.isDirectory
        ? changed.startsWith(`${policy.repoPath}/`)
        : changed === policy.repoPath;
}

/**
 * The one place the gate's configuration (trust configuration and its key files, the policy when
 * it is a path, the data files, the retained reports) is read from a trusted commit through the API, for every event
 * that reads it from GitHub (pull_request, pull_request_target, merge_group, push, release).
 * Each part goes into its own temp dir; the report names each by repository path and commit,
 * never by the temp copy, so the same inputs give the same report.
 */
/** The part of what collect hands the gate that the configuration gives, alike for every event. */
const configurationFields = (config) => ({
    trustFile: config.trust.file,
    trustSource: config.trustSource,
    ...(config.policy ? { policy: config.policy.local } : {}),
    policySource: config.policySource,
    dataFiles: config.data.map(d => d.local),
    dataSources: config.dataSources,
    approvedReports: config.reports.map(r => r.local),
    approvedReportSources: config.reports.map(r => r.repoPath)
});
const ZERO_SHA = /^0{40}$/;
const isZeroSha = (sha) => typeof sha === 'string' && ZERO_SHA.test(sha);
const COMMIT_SHA = /^[0-9a-f]{40}$/;
/**
 * The git object a ref or an annotated tag points at, as the git database API answers `asked`
 * (shapeError otherwise).
 */
function pointedObject(data, asked) {
    const object = isObject(data) && isObject(data.object) ? data.object : {};
    const { type, sha } = object;
    if (typeof type !== 'string' || typeof sha !== 'string' || !COMMIT_SHA.test(sha)) {
        throw shapeError(asked, 'an object with a type and a 40-character sha');
    }
    return { type, sha };
}
/** `ref` points at a `type` (a tree, a blob...) where a commit was expected. */
const notACommit = (asked, ref, type) => new GateError('GITHUB_API', `GitHub API ${asked}: ${ref} points at a ${type}, not a commit`);
/** Annotated tags pointing at annotated tags are followed this far, no further. */
const MAX_TAG_DEPTH = 8;
/**
 * The commit a branch or a tag names now, so that every read uses the same one: read by its full
 * name (refs/heads/<name>, refs/tags/<name>), through the annotated tag objects on the way. A
 * short name is ambiguous where a branch and a tag share it (git takes the tag): whoever may push
 * a tag named like the default branch must not choose the commit the gate configuration is read
 * from, nor a branch named like a release tag the package; and a tag moved while the run reads
 * cannot mix two commits' files.
 */
async function resolveRef(client, at, kind, name) {
    const ref = `${kind === 'branch' ? 'heads' : 'tags'}/${name}`;
    const asked = `resolving ${kind} ${name} (refs/${ref}) to a commit`;
    return api(asked, async () => {
        const response = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...at, ref });
        let object = pointedObject(response.data, asked);
        for (let depth = 0; object.type === 'tag'; depth++) {
            if (depth === MAX_TAG_DEPTH) {
                throw new GateError('GITHUB_API', `GitHub API ${asked}: refs/${ref} reaches no commit within ${MAX_TAG_DEPTH} annotated tags`);
            }
            const tagObject = await client.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
                ...at,
                tag_sha: object.sha
            });
            object = pointedObject(tagObject.data, asked);
        }
        if (object.type !== 'commit')
            throw notACommit(asked, `refs/${ref}`, object.type);
        return object.sha;
    });
}
/** The commit at the tip of `branch` (resolveRef). */
const resolveBranch = (client, owner, repo, branch) => resolveRef(client, { owner, repo }, 'branch', branch);
/** The commit tag `tag` names (resolveRef), never a branch of the same name. */
const resolveTag = (client, owner, repo, tag) => resolveRef(client, { owner, repo }, 'tag', tag);
/** `path at <commit>`: how a report names a configuration file. */
const sourceLabel = (repoPath, at) => `${repoPath} at ${at.ref}`;
/**
 * The configuration at the default branch's tip (resolveBranch, then fetchConfiguration): what a
 * release, and a workspace event with configuration-from: default-branch, are judged by.
 */
async function fetchDefaultBranchConfiguration(client, repository, defaultBranch, inputs, tempRoot) {
    const ref = await resolveBranch(client, repository.owner, repository.repo, defaultBranch);
    return fetchConfiguration(client, { ...repository, ref }, inputs, tempRoot);
}
/** Reads trust, policy, data and retained reports at one commit, each into its own temp dir under tempRoot. */
async function fetchConfiguration(client, at, inputs, tempRoot) {
    // Each part in its own temporary folder below tempRoot.
    const into = async (part, fetch) => fetch(await mkdtemp(path.join(tempRoot, `update-gate-${part}-`)));
    const trust = await into('trust', dir => fetchTrust(client, at, inputs.trust, dir));
    const policy = inputs.policy === 'builtin'
        ? undefined
        : await into('policy', dir => fetchPolicy(client, at, inputs.policy, dir));
    const data = inputs.data.length
        ? await into('data', dir => fetchDataFiles(client, at, inputs.data, dir))
        : [];
    const reports = inputs.reports.length
        ? await into('reports', dir => fetchReports(client, at, inputs.reports, dir))
        : [];
    return {
        at,
        trust,
        ...(policy ? { policy } : {}),
        data,
        reports,
        trustSource: sourceLabel(inputs.trust, at),
        policySource: policy ? sourceLabel(policy.repoPath, at) : 'built-in',
        dataSources: data.map(d => sourceLabel(d.repoPath, at)),
        touches: path => touchesConfiguration(path, trust, policy, data, reports)
    };
}

/**
 * A small glob for package directories (repository- or workspace-relative, '/'-separated):
 * `*` matches within one path segment, `**` any number of segments, `?` one character.
 * `**` alone matches every directory, the root included.
 */
function globToRegExp(glob) {
    const clean = glob
        .trim()
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '');
    if (clean === '' || clean === '.')
        return /^$/;
    let out = '';
    const parts = clean.split('/');
    parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        if (part === '**') {
            out += last ? '(?:.*)' : '(?:[^/]+/)*';
            return;
        }
        for (const ch of part) {
            if (ch === '*')
                out += '[^/]*';
            else if (ch === '?')
                out += '[^/]';
            else
                out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
        if (!last)
            out += '/';
    });
    // `s`: `.` matches line terminators too; a directory name may hold one, and a glob that
    // skipped it would leave a package unjudged.
    return new RegExp(`^${out}$`, 's');
}
const isGlob = (pattern) => /[*?]/.test(pattern);
/** Patterns from a multi-line or comma-separated input. */
function splitPatterns(input) {
    return input
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(Boolean);
}
function matchesAny(path, patterns) {
    return patterns.some(p => globToRegExp(p).test(path));
}

/**
 * The complete list of what changed between two commits, from their git trees (one recursive
 * tree per commit, compared path by path). Used where a list API stops early: the PR files API
 * lists at most 3000 files and the compare API at most 300; merge_group and push have no list
 * at all. A tree GitHub answers as truncated cannot be compared completely: that is an error,
 * never a partial list; so is an answer of another shape or an entry without a path, type or sha.
 */
/** What a checkout holds at a tree entry's path: a symlink or a submodule is not a plain file. */
const entryKind = (entry) => entry.mode === '120000'
    ? 'symlink'
    : entry.type === 'commit' || entry.mode === '160000'
        ? 'submodule'
        : 'other';
/** Path -> entry for every entry of the commit's tree, recursively. */
async function fetchTree(client, at) {
    const what = `reading the git tree of ${at.owner}/${at.repo} at ${at.ref}`;
    const data = await api(what, async () => {
        const response = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
            owner: at.owner,
            repo: at.repo,
            tree_sha: at.ref,
            recursive: '1'
        });
        return response.data;
    });
    if (!isObject(data) || typeof data.truncated !== 'boolean' || !Array.isArray(data.tree)) {
        throw shapeError(what, 'a tree with a list of entries and whether it is truncated');
    }
    if (data.truncated) {
        throw new GateError('GITHUB_API', `GitHub API ${what}: the tree is truncated (too many entries), so the change cannot be listed completely`);
    }
    const out = new Map();
    data.tree.forEach((entry, i) => {
        if (!isObject(entry))
            throw entryError(what, i, 'entry');
        const { path, type, sha, mode } = entry;
        if (typeof path !== 'string')
            throw entryError(what, i, 'path');
        if (typeof type !== 'string')
            throw entryError(what, i, 'type');
        if (typeof sha !== 'string')
            throw entryError(what, i, 'sha');
        if (mode !== undefined && typeof mode !== 'string')
            throw entryError(what, i, 'mode');
        out.set(path, { type, sha, ...(mode ? { mode } : {}) });
    });
    return out;
}
/** Every file (blob, or submodule) added, modified or removed from `base` to `head`. */
function diffTrees(base, head) {
    const out = [];
    const isFile = (e) => e !== undefined && e.type !== 'tree';
    for (const [path, entry] of head) {
        if (!isFile(entry))
            continue;
        const before = base.get(path);
        if (!isFile(before))
            out.push({ filename: path, status: 'added' });
        else if (before.sha !== entry.sha ||
            before.type !== entry.type ||
            before.mode !== entry.mode)
            out.push({ filename: path, status: 'modified' });
    }
    for (const [path, entry] of base) {
        if (isFile(entry) && !isFile(head.get(path)))
            out.push({ filename: path, status: 'removed' });
    }
    return out.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}
/** The complete change between two commits (each may live in its own repository, e.g. a fork). */
async function diffCommits(client, base, head) {
    const [baseTree, headTree] = [await fetchTree(client, base), await fetchTree(client, head)];
    return { changed: diffTrees(baseTree, headTree), headTree };
}

/**
 * A change under review (a pull request, a merge group, a push): which evidence packages does it
 * add or change, read at the head commit through the API, judged with the configuration of the
 * commit it is based on. Shared by every event that gates a change.
 *
 * - A package is the nearest directory above a changed file that holds update-evidence.yaml at
 *   the head; `evidence` (globs) narrows which directories count. A plain path must name a
 *   package at the head (or one the change removes), touched or not.
 * - Fails closed: a directory the head must hold (it contains a file the change adds or keeps)
 *   that the API does not serve is an error naming the directory and the HTTP status, never
 *   "no package".
 * - A change that edits the gate configuration (trust, a key file it names, the policy, a data
 *   file) gets a violation: it needs its own review and cannot pass the gate in the same change.
 */
const MAX_CANDIDATE_DIRS = 500;
/**
 * A GitHub Actions workflow file, or a file of a local action under .github/actions/ that a
 * workflow uses: the gate's own workflow is among them, and under `on: pull_request` the
 * change's version of it (and of the actions it uses) runs, with the inputs it chooses.
 */
const isWorkflowFile = (path) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || /^\.github\/actions\//i.test(path);
/** The directories above a path, nearest first, ending with '' (the root). */
const ancestors = (path$1) => {
    const out = [];
    let dir = path.posix.dirname(path$1);
    for (;;) {
        out.push(dir === '.' ? '' : dir);
        if (dir === '.' || dir === '/' || dir === '')
            break;
        dir = path.posix.dirname(dir);
    }
    return out;
};
async function collectChange(client, req) {
    const { head, config } = req;
    // Paths the head holds: what the change adds or keeps, under their new names.
    const atHead = new Set();
    const changed = new Set();
    for (const f of req.changed) {
        changed.add(f.filename);
        if (f.previous_filename)
            changed.add(f.previous_filename);
        if (f.status !== 'removed')
            atHead.add(f.filename);
    }
    const findings = [];
    const configurationChanged = [...changed]
        .filter(p => config.touches(p) || isWorkflowFile(p))
        .sort();
    for (const p of configurationChanged) {
        findings.push({
            rule: 'gate.trust_changed',
            severity: 'violation',
            message: isWorkflowFile(p)
                ? `${req.noun} changes ${p}, a workflow or a local action a workflow uses: the workflow running the gate supplies its inputs (trust, policy, data, evidence, fail-on) from the change under review on pull_request. That change needs its own review and cannot pass the gate in the same change; protect the workflow files (docs/action.md, "The workflow file").`
                : `${req.noun} changes ${p}, part of the gate configuration (trust, policy or data) that judges it. That change needs its own review and cannot pass the gate in the same change; the evidence was judged with the configuration at ${config.at.ref}.`,
            file: p
        });
    }
    const patterns = splitPatterns(req.evidence || '**');
    const listings = new Map();
    const listing = (dir) => {
        let got = listings.get(dir);
        if (!got) {
            if (listings.size >= MAX_CANDIDATE_DIRS) {
                throw new GateError('GITHUB_API', `${req.subject} touches more than ${MAX_CANDIDATE_DIRS} directories`);
            }
            got = listDir(client, head, dir);
            listings.set(dir, got);
        }
        return got;
    };
    const notListed = (dir) => new GateError('GITHUB_API', `GitHub API listing ${dir || '/'} at ${head.ref} failed: HTTP 404; the change touches a file in it, so the evidence there cannot be read`, { file: dir || '/' });
    const dirHasIndex = async (dir, mustExist) => {
        if (req.headTree) {
            return req.headTree.get(dir ? `${dir}/${INDEX_FILE}` : INDEX_FILE)?.type === 'blob';
        }
        const entries = await listing(dir);
        // A removed file's directory may be gone; one holding a file the head keeps may not.
        if (entries === null && mustExist)
            throw notListed(dir);
        if (!entries)
            return false;
        // A symlink is an index too (as in a git tree, where it is a blob): fetching the package then
        // skips it and the package is an error, never "no package".
        const index = listedEntry(entries, INDEX_FILE, {
            dir,
            at: head,
            file: dir ? `${dir}/${INDEX_FILE}` : INDEX_FILE,
            fix: 'whether the directory holds an evidence package cannot be read; keep a package directory under 1000 entries'
        });
        return index?.type === 'file' || index?.type === 'symlink';
    };
    /** What the head holds at a path the change adds or keeps: missing is an error, never skipped. */
    const kindAtHead = async (path$1) => {
        if (req.headTree) {
            const entry = req.headTree.get(path$1);
            if (entry && entry.type !== 'tree')
                return entryKind(entry);
        }
        else {
            const dir = path.posix.dirname(path$1) === '.' ? '' : path.posix.dirname(path$1);
            const entries = await listing(dir);
            if (entries === null)
                throw notListed(dir);
            const entry = listedEntry(entries, path.posix.basename(path$1), {
                dir,
                at: head,
                file: path$1,
                fix: 'what the change made of this file cannot be read; keep the directory under 1000 entries'
            });
            if (entry && entry.type !== 'dir')
                return entry.type === 'symlink' || entry.type === 'submodule' ? entry.type : 'other';
        }
        throw new GateError('GITHUB_API', `listed as changed (${req.listedBy}) but not a file at ${head.ref}; the change cannot be determined completely`, { file: path$1 });
    };
    // A changed path under the evidence patterns that is a symlink or a submodule at the head: a
    // checkout sees a directory (perhaps a package) there, which the API does not follow.
    for (const f of req.changed) {
        if (f.status === 'removed')
            continue;
        const path = f.filename;
        if (!isSafeRepoPath(path))
            continue;
        if (!matchesAny(path, patterns) && !ancestors(path).some(d => matchesAny(d, patterns)))
            continue;
        const kind = await kindAtHead(path);
        if (kind === 'symlink') {
            throw new GateError('PATH_OUTSIDE_ROOT', `a symlink at ${head.ref} under the evidence patterns (${patterns.join(', ')}); a checkout would read the package it points to, which the gate does not judge. Expected a plain file or directory: replace the symlink with the package itself, or narrow the input evidence`, { file: path });
        }
        if (kind === 'submodule') {
            findings.push({
                rule: 'gate.entry_skipped',
                severity: 'warning',
                message: `${req.noun} changes the submodule ${path} under the evidence patterns; its contents are not read, so any package in it is not judged.`,
                file: path
            });
        }
    }
    const packageDirs = new Set();
    const removedPackages = [];
    for (const path$1 of [...changed].sort()) {
        for (const dir of ancestors(path$1)) {
            if (!matchesAny(dir, patterns))
                continue;
            // A directory the API cannot be asked about safely is not skipped: it may hold a package.
            if (dir !== '' && !isSafeRepoPath(dir)) {
                throw new GateError('PATH_OUTSIDE_ROOT', 'the change touches a path that cannot be read safely through the API', { file: path$1 });
            }
            // Every package whose directory holds the file is judged: a package nested in another's
            // directory does not stand in for the one around it.
            if (await dirHasIndex(dir, atHead.has(path$1)))
                packageDirs.add(dir);
        }
        if (path.posix.basename(path$1) === INDEX_FILE &&
            req.changed.some(f => f.filename === path$1 && f.status === 'removed')) {
            removedPackages.push(path.posix.dirname(path$1) === '.' ? '' : path.posix.dirname(path$1));
        }
    }
    for (const dir of removedPackages) {
        if (!packageDirs.has(dir)) {
            findings.push({
                rule: 'gate.package_removed',
                severity: 'info',
                message: `${req.noun} removes the evidence package ${dir || '(repository root)'}; there is nothing to evaluate for it.`,
                file: dir ? `${dir}/${INDEX_FILE}` : INDEX_FILE
            });
        }
    }
    // A plain path the change leaves alone is not judged (by design), but one that names no package
    // at the head is a mistyped input that would otherwise judge nothing on every change.
    for (const entry of patterns) {
        if (isGlob(entry))
            continue;
        const dir = repoJoin(entry);
        if (removedPackages.includes(dir) || (await dirHasIndex(dir, false)))
            continue;
        throw new GateError('FILE_NOT_FOUND', `no ${INDEX_FILE} there at ${head.ref}; expected an evidence package directory`, { file: entry, field: 'input evidence' });
    }
    const packages = [];
    for (const dir of [...packageDirs].sort()) {
        const dest = await mkdtemp(path.join(req.tempRoot, 'update-gate-pkg-'));
        const got = await fetchDirectory(client, head, dir, dest);
        findings.push(...skippedFindings(got.skipped));
        packages.push({ repoPath: dir, packageDir: dest, inRepository: true });
    }
    return {
        source: req.source,
        subject: req.subject,
        packages,
        ...configurationFields(config),
        change: { event: req.event, gateConfigurationChanged: configurationChanged },
        checked: { patterns, changedFiles: changed.size, listedBy: req.listedBy },
        findings,
        ...(req.pullRequest ? { pullRequest: req.pullRequest } : {})
    };
}

/**
 * pull_request / pull_request_target / pull_request_review (a review is gated as its PR): the
 * change is the PR's files.
 *
 * - The changed files are those between the payload's base and head commits, never the PR as it
 *   stands when the run asks (a push after the event, or a review run long after it, would list
 *   another commit's files against the head judged): the compare API
 *   (`compare/{base.sha}...{head.sha}`, from their merge base to the head, as a PR shows it;
 *   renamed files count under both names, removed files mark their package as changed). That API
 *   lists at most 300 files: when it lists that many, the complete change is taken from the git
 *   trees of the merge base and the head commit instead (never a partial list).
 * - Package files are fetched from the head commit through the contents API, never from a
 *   checkout, so the workflow need not (and under pull_request_target must not) check out the
 *   PR. The trust configuration, policy and data come from the base commit.
 */
/** GitHub's compare API lists at most this many files of a comparison. */
const MAX_COMPARE_FILES = 300;
const SHA$1 = /^[0-9a-f]{40}$/;
/**
 * The PR files or compare API's entries as changed files: each an object with a filename, a status and,
 * when renamed, a previous_filename, all strings (entryError names an entry without).
 */
function changedFiles(entries, what) {
    return entries.map((entry, i) => {
        if (!isObject(entry))
            throw entryError(what, i, 'file');
        const { filename, status, previous_filename: previous } = entry;
        if (typeof filename !== 'string' || filename === '')
            throw entryError(what, i, 'filename');
        if (typeof status !== 'string' || status === '')
            throw entryError(what, i, 'status');
        if (previous !== undefined && previous !== null && typeof previous !== 'string')
            throw entryError(what, i, 'previous_filename');
        return { filename, status, ...(previous ? { previous_filename: previous } : {}) };
    });
}
const collectPullRequest = async (client, payload, options) => {
    const pr = payloadObject(payload, 'pull_request', ' with head and base', p => typeof p.number === 'number' && !!p.head?.sha && !!p.base?.sha);
    for (const side of ['head', 'base']) {
        if (!SHA$1.test(pr[side].sha)) {
            throw payloadError('expected a 40-character commit sha', `pull_request.${side}.sha`);
        }
    }
    const base = { owner: options.owner, repo: options.repo, ref: pr.base.sha };
    // The head commit is readable from the head repository; when a fork is gone, the base
    // repository still serves it (refs/pull/N/head).
    const head = pr.head.repo
        ? { owner: pr.head.repo.owner.login, repo: pr.head.repo.name, ref: pr.head.sha }
        : { owner: options.owner, repo: options.repo, ref: pr.head.sha };
    if (pr.head.repo && (typeof pr.head.ref !== 'string' || pr.head.ref === ''))
        throw payloadError('expected the head branch name', 'pull_request.head.ref');
    const headBranch = pr.head.repo ? { owner: head.owner, repo: head.repo, ref: pr.head.ref } : null;
    // The change between the two commits the payload names (both immutable), in the base
    // repository, which serves the commits of its forks' PRs. One request without paging
    // parameters: paging is for the comparison's commits, and a file list cut to a page would read
    // as a complete change smaller than 300 files (a pass for what it leaves out).
    const what = `comparing ${pr.base.sha.slice(0, 7)}...${pr.head.sha.slice(0, 7)} (PR #${pr.number})`;
    const compared = await api(what, async () => {
        const response = await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            owner: options.owner,
            repo: options.repo,
            basehead: `${pr.base.sha}...${pr.head.sha}`
        });
        return response.data;
    });
    const mergeBase = compared
        ?.merge_base_commit?.sha;
    const files = compared?.files;
    if (typeof mergeBase !== 'string' || !SHA$1.test(mergeBase) || !Array.isArray(files)) {
        throw shapeError(what, 'a comparison with its merge base commit and a list of files');
    }
    let changed = changedFiles(files, what);
    let listedBy = `the compare API for ${pr.base.sha.slice(0, 7)}...${pr.head.sha.slice(0, 7)} (${changed.length} files)`;
    let headTree;
    if (changed.length >= MAX_COMPARE_FILES) {
        const from = { owner: options.owner, repo: options.repo, ref: mergeBase };
        ({ changed, headTree } = await diffCommits(client, from, head));
        listedBy = `the git trees of the merge base ${mergeBase.slice(0, 7)} and the head ${pr.head.sha.slice(0, 7)} (the compare API lists at most ${MAX_COMPARE_FILES} files)`;
    }
    const config = await fetchConfiguration(client, base, options, options.tempRoot);
    return collectChange(client, {
        source: 'pull_request',
        subject: `PR #${pr.number} (${pr.head.sha.slice(0, 7)})`,
        noun: 'This PR',
        event: payload.action ? `${options.eventName}.${String(payload.action)}` : options.eventName,
        head,
        changed,
        ...(headTree ? { headTree } : {}),
        listedBy,
        evidence: options.evidence,
        config,
        tempRoot: options.tempRoot,
        pullRequest: { owner: options.owner, repo: options.repo, number: pr.number, headBranch }
    });
};

/**
 * merge_group and push: the change is everything between two commits, listed from their git
 * trees (complete, unlike the compare API's 300 files), judged like a pull request: packages
 * the change adds or changes are read at the head commit through the API, and the trust
 * configuration, policy and data come from the commit the change is based on, never from the
 * commit under test:
 *
 * - merge_group: `merge_group.base_sha` -> `merge_group.head_sha`;
 * - push: `before` -> `after`; when `before` is all zeros (a new branch or tag), the default
 *   branch's commit -> `after`. A push that deletes a ref has nothing to gate.
 *
 * A push's configuration is read at `before` only when the push updates the default branch.
 * On any other ref `before` is that ref's previous tip, which an earlier push may have given an
 * edited trust file (flagged then, but left on the ref): the next push would be judged by it.
 * There the configuration comes from the default branch's commit.
 */
const SHA = /^[0-9a-f]{40}$/;
function shaField(value, field) {
    if (typeof value !== 'string' || !SHA.test(value)) {
        throw payloadError('expected a 40-character commit sha', field);
    }
    return value;
}
async function collectBetween(client, options, what, baseSha, headSha, configSha = baseSha) {
    const at = (ref) => ({ owner: options.owner, repo: options.repo, ref });
    const { changed, headTree } = await diffCommits(client, at(baseSha), at(headSha));
    const config = await fetchConfiguration(client, at(configSha), options, options.tempRoot);
    return collectChange(client, {
        ...what,
        head: at(headSha),
        changed,
        headTree,
        listedBy: `the git trees of ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}`,
        evidence: options.evidence,
        config,
        tempRoot: options.tempRoot
    });
}
const collectMergeGroup = async (client, payload, options) => {
    const group = payloadObject(payload, 'merge_group');
    const base = shaField(group.base_sha, 'merge_group.base_sha');
    const head = shaField(group.head_sha, 'merge_group.head_sha');
    return collectBetween(client, options, {
        source: 'merge_group',
        subject: `merge group ${head.slice(0, 7)}`,
        noun: 'This merge group',
        event: `merge_group.${String(payload.action ?? 'checks_requested')}`
    }, base, head);
};
/** null: the push deletes a ref, nothing to gate. */
const collectPush = async (client, payload, options) => {
    if (isZeroSha(payload.after) || payload.deleted === true)
        return null;
    const after = shaField(payload.after, 'after');
    const defaultBranch = defaultBranchOf(payload, 'push');
    const defaultTip = () => resolveBranch(client, options.owner, options.repo, defaultBranch);
    let before;
    let configSha;
    if (isZeroSha(payload.before)) {
        before = configSha = await defaultTip();
        if (before === after) {
            throw payloadError(`the push creates ${String(payload.ref)} at the default branch's own commit: there is no earlier commit to read the gate configuration from`, 'before');
        }
    }
    else {
        before = shaField(payload.before, 'before');
        configSha = payload.ref === `refs/heads/${defaultBranch}` ? before : await defaultTip();
    }
    return collectBetween(client, options, {
        source: 'push',
        subject: `push ${after.slice(0, 7)} to ${String(payload.ref ?? '')}`.trim(),
        noun: 'This push',
        event: 'push'
    }, before, after, configSha);
};

/**
 * release (published; see docs/action.md for why only that type): the release's assets are the artifacts under
 * review. Each is downloaded streaming to disk and digested on the way; when GitHub reports a
 * `digest` for the asset, the bytes must match it (else the run is an error: the download is
 * not what GitHub holds). The evidence package is the `evidence` directory of the repository at
 * the commit the release tag names (resolved once, refs/tags/<tag>, so that a tag moved while the
 * run reads cannot mix two commits' files), or, when `evidence` is empty, the assets themselves
 * (a flat package with update-evidence.yaml among them). The trust configuration, policy and
 * data come from the default branch's commit (resolved once, refs/heads/<branch>), never from
 * the tag under review.
 *
 * Every asset is handed to the policy as a fact (`input.release.assets`: name, size, sha256), and
 * so is every file of the package (`input.release.packageFiles`: path in the package, sha256);
 * the policy decides what an asset that neither the signed manifest lists nor the package holds,
 * or that is named like a package file but holds other bytes, means (the built-in policy: a
 * violation named by the asset).
 */
const ASSET_LIMITS = {
    count: 200,
    bytes: 4 * 1024 * 1024 * 1024,
    /** Per asset download, covering the whole body. */
    timeoutMs: 15 * 60 * 1000
};
/**
 * The release assets API's entries: each an object with an integer id and a name, a string state
 * when given and a string (or null) digest when given (entryError names an entry without).
 */
function releaseAssets(entries, what) {
    return entries.map((entry, i) => {
        if (!isObject(entry))
            throw entryError(what, i, 'asset');
        const { id, name, state, digest } = entry;
        if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0)
            throw entryError(what, i, 'id');
        if (typeof name !== 'string')
            throw entryError(what, i, 'name');
        if (state !== undefined && state !== null && typeof state !== 'string')
            throw entryError(what, i, 'state');
        if (digest !== undefined && digest !== null && typeof digest !== 'string')
            throw entryError(what, i, 'digest');
        return {
            id,
            name,
            ...(typeof state === 'string' ? { state } : {}),
            ...(digest !== undefined ? { digest } : {})
        };
    });
}
const SAFE_ASSET_NAME = /^[A-Za-z0-9._+@=,~-]+$/;
async function downloadAsset(client, owner, repo, asset, dir) {
    let response;
    try {
        response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner,
            repo,
            asset_id: asset.id,
            headers: { accept: 'application/octet-stream' },
            request: {
                parseSuccessResponseBody: false,
                signal: AbortSignal.timeout(ASSET_LIMITS.timeoutMs)
            }
        });
    }
    catch (error) {
        throw apiError(`downloading release asset ${asset.name}`, error);
    }
    const got = await streamToFile(response.data, path.join(dir, asset.name), ASSET_LIMITS.bytes, `release asset ${asset.name}`);
    if (typeof asset.digest === 'string' && asset.digest) {
        const [algorithm, hex] = asset.digest.split(':');
        if (algorithm === 'sha256' && hex) {
            if (hex.toLowerCase() !== got.sha256) {
                throw new GateError('GITHUB_API', `downloaded bytes have sha256 ${got.sha256}, GitHub reports ${asset.digest}`, { file: `release asset ${asset.name}` });
            }
        }
    }
    return got;
}
const collectRelease = async (client, payload, options) => {
    const release = payloadObject(payload, 'release', ' with id and tag_name', r => typeof r.id === 'number' && typeof r.tag_name === 'string');
    const tempRoot = options.tempRoot;
    const assetsDir = await mkdtemp(path.join(tempRoot, 'update-gate-assets-'));
    const config = await fetchDefaultBranchConfiguration(client, options, options.defaultBranch, options, tempRoot);
    // The payload's asset list can be stale; the API's is authoritative.
    const assets = await paginateAll(client, 'GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner: options.owner, repo: options.repo, release_id: release.id }, `listing the assets of release ${release.tag_name}`, releaseAssets, ASSET_LIMITS.count);
    const names = new Set();
    for (const asset of assets) {
        if (!SAFE_ASSET_NAME.test(asset.name) ||
            asset.name === '.' ||
            asset.name === '..' ||
            names.has(asset.name)) {
            throw new GateError('PATH_OUTSIDE_ROOT', 'release asset name is not a plain file name', {
                file: `release asset ${asset.name}`
            });
        }
        names.add(asset.name);
        if (asset.state && asset.state !== 'uploaded') {
            throw new GateError('GITHUB_API', `release asset is ${asset.state}, not uploaded`, {
                file: `release asset ${asset.name}`
            });
        }
    }
    const downloaded = [];
    for (const asset of assets) {
        const got = await downloadAsset(client, options.owner, options.repo, asset, assetsDir);
        downloaded.push({ name: asset.name, size: got.size, sha256: got.sha256 });
    }
    downloaded.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const releaseFacts = (packageFiles) => ({
        tag: release.tag_name,
        assets: downloaded,
        packageFiles: [...packageFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    });
    const findings = [];
    let pkg;
    let readAt;
    if (options.evidence) {
        const dir = repoJoin(options.evidence);
        if (isGlob(options.evidence) ||
            splitPatterns(options.evidence).length > 1 ||
            (dir !== '' && !isSafeRepoPath(dir))) {
            throw new GateError('USAGE', 'on a release, evidence must be one directory of the repository', {
                field: 'input evidence'
            });
        }
        const dest = await mkdtemp(path.join(tempRoot, 'update-gate-pkg-'));
        readAt = await resolveTag(client, options.owner, options.repo, release.tag_name);
        const at = { owner: options.owner, repo: options.repo, ref: readAt };
        const got = await fetchDirectory(client, at, dir, dest);
        findings.push(...skippedFindings(got.skipped));
        pkg = {
            repoPath: dir,
            packageDir: dest,
            artifactsDir: assetsDir,
            inRepository: true,
            release: releaseFacts(got.files)
        };
    }
    else if (names.has(INDEX_FILE)) {
        await mkdir(assetsDir, { recursive: true });
        pkg = {
            repoPath: `release ${release.tag_name} assets`,
            packageDir: assetsDir,
            artifactsDir: assetsDir,
            inRepository: false,
            // The package is the assets themselves: each package file is the asset of its name.
            release: releaseFacts(downloaded.map(a => ({ path: a.name, sha256: a.sha256 })))
        };
    }
    else {
        throw new GateError('FILE_NOT_FOUND', `release ${release.tag_name} has no ${INDEX_FILE} asset; set the evidence input to the package directory`, { field: 'input evidence' });
    }
    return {
        source: 'release',
        subject: `release ${release.tag_name}${readAt ? ` (${readAt.slice(0, 7)})` : ''}`,
        ...(readAt ? { evidenceCommit: readAt } : {}),
        packages: [pkg],
        ...configurationFields(config),
        findings
    };
};

/**
 * workflow_dispatch and any other event without a change to compare (not push or merge_group,
 * see push.ts): the evidence is in the checked-out workspace
 * (GITHUB_WORKSPACE). `evidence` is package directories or globs relative to it, each of which
 * must name a package; empty means every directory holding update-evidence.yaml. The trust file is read from the workspace too:
 * on these events the checkout is the code the repository owner runs, not a change under review.
 */
const SKIP_DIRS = new Set(['.git', 'node_modules']);
/** Directories the search for packages reads at most; past it the run is an error, not a pass. */
const MAX_DIRS = 20_000;
const toPosix = (p) => p.split(path.sep).join('/');
function insideWorkspace(root, path$1, field) {
    if (path.isAbsolute(path$1) && !path$1.startsWith(root)) {
        throw new GateError('PATH_OUTSIDE_ROOT', 'must be inside the workspace', { file: path$1, field });
    }
    const full = path.resolve(root, path$1);
    let real;
    try {
        real = fs.realpathSync.native(full);
    }
    catch {
        throw new GateError('FILE_NOT_FOUND', 'not found in the workspace', { file: path$1, field });
    }
    const rel = path.relative(root, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
        throw new GateError('PATH_OUTSIDE_ROOT', 'resolves outside the workspace', {
            file: path$1,
            field
        });
    }
    return real;
}
/** A plain `evidence` entry: a directory inside the workspace holding the index. */
function packageDirectory(root, path$1) {
    const dir = insideWorkspace(root, path$1, 'input evidence');
    const where = { file: path$1, field: 'input evidence' };
    if (!fs.statSync(dir).isDirectory()) {
        throw new GateError('USAGE', 'is a file; expected an evidence package directory', where);
    }
    if (!fs.statSync(path.join(dir, INDEX_FILE), { throwIfNoEntry: false })?.isFile()) {
        throw new GateError('FILE_NOT_FOUND', `has no ${INDEX_FILE}; expected an evidence package directory`, where);
    }
    return toPosix(path.relative(root, dir));
}
/**
 * The directories holding an index that match `patterns`, searched from each pattern's literal
 * base (`evidence/**` from evidence/), symlinks not followed. A search that would read more than
 * MAX_DIRS directories is an error: a package it never reached would go unjudged.
 */
function findPackages(root, patterns) {
    const found = new Set();
    let seen = 0;
    const walk = (dir) => {
        if (++seen > MAX_DIRS) {
            throw new GateError('USAGE', `the search for evidence packages read ${MAX_DIRS} directories without an end (at ${toPosix(path.relative(root, dir))}); name the packages, or a narrower glob such as evidence/**, so that none is missed`, { file: patterns.join(','), field: 'input evidence' });
        }
        const entries = fs.readdirSync(dir, { withFileTypes: true });
        const rel = toPosix(path.relative(root, dir));
        if (entries.some(e => e.isFile() && e.name === INDEX_FILE) && matchesAny(rel, patterns))
            found.add(rel);
        // Code-unit order, as the found list is sorted: the same walk in every locale, and no ICU
        // collator set up (tens of ms at a run's first localeCompare).
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (e.isDirectory() && !SKIP_DIRS.has(e.name))
                walk(path.join(dir, e.name));
        }
    };
    const bases = [...new Set(patterns.map(globBase))].sort();
    for (const base of bases) {
        // A base inside another base is searched with it.
        if (bases.some(b => b !== base && (b === '' || base.startsWith(`${b}/`))))
            continue;
        const dir = base ? path.join(root, ...base.split('/')) : root;
        if (fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory())
            walk(dir);
    }
    return [...found].sort();
}
/** The leading path segments of a glob that hold no glob syntax: where its matches can be. */
const globBase = (pattern) => {
    const segments = pattern.split('/');
    const literal = segments.findIndex(s => /[*?[\]{}]/.test(s));
    return segments.slice(0, literal === -1 ? segments.length : literal).join('/');
};
function workspaceRoot(workspace) {
    try {
        return fs.realpathSync.native(workspace);
    }
    catch {
        throw new GateError('FILE_NOT_FOUND', 'workspace directory not found', {
            file: workspace,
            field: 'GITHUB_WORKSPACE'
        });
    }
}
function collectWorkspace(options) {
    const root = workspaceRoot(options.workspace);
    const trustFile = insideWorkspace(root, options.trust, 'input trust');
    if (!fs.lstatSync(trustFile).isFile()) {
        throw new GateError('FILE_NOT_FOUND', 'not a file', {
            file: options.trust,
            field: 'input trust'
        });
    }
    const policy = options.policy === 'builtin' ? undefined : insideWorkspace(root, options.policy, 'input policy');
    const dataFiles = [];
    for (const path of options.data ?? []) {
        const file = insideWorkspace(root, path, 'input data');
        if (!fs.lstatSync(file).isFile()) {
            throw new GateError('FILE_NOT_FOUND', 'not a file', { file: path, field: 'input data' });
        }
        dataFiles.push(file);
    }
    // Files or directories: the load stage reads them and names each by its workspace path.
    const reports = options.reports ?? [];
    const approvedReports = [];
    for (const path of reports) {
        approvedReports.push(insideWorkspace(root, path, 'input approved-reports'));
    }
    return {
        source: 'workspace',
        subject: 'workspace',
        packages: packagesIn(root, options.evidence),
        trustFile,
        trustSource: `${toPosix(path.relative(root, trustFile))} in the workspace`,
        ...(policy ? { policy } : {}),
        policySource: policy ? `${toPosix(path.relative(root, policy))} in the workspace` : 'built-in',
        dataFiles,
        dataSources: dataFiles.map(f => `${toPosix(path.relative(root, f))} in the workspace`),
        approvedReports,
        approvedReportSources: approvedReports.map(f => toPosix(path.relative(root, f))),
        findings: []
    };
}
/**
 * The workspace's evidence packages (as collectWorkspace finds them, first), judged by the
 * configuration `readConfiguration` reads elsewhere (configuration-from: default-branch): the
 * checkout may be any ref the run was dispatched on or the workflow chose.
 */
async function collectWorkspaceWith(workspace, evidence, readConfiguration) {
    const packages = packagesIn(workspaceRoot(workspace), evidence);
    return {
        source: 'workspace',
        subject: 'workspace',
        packages,
        ...configurationFields(await readConfiguration()),
        findings: []
    };
}
function packagesIn(root, evidence) {
    // Every entry counts: a plain path names one package, and a glob that matches none is as
    // wrong as a path that is not there (several entries once let a missing one pass unnoticed).
    const entries = splitPatterns(evidence || '**');
    const plain = entries.filter(p => !isGlob(p)).map(p => packageDirectory(root, p));
    const globs = entries.filter(isGlob);
    const found = globs.length > 0 ? findPackages(root, globs) : [];
    for (const glob of globs) {
        const matches = globToRegExp(glob);
        if (!found.some(dir => matches.test(dir))) {
            throw new GateError('FILE_NOT_FOUND', `no directory holding ${INDEX_FILE} matches it`, {
                file: glob,
                field: 'input evidence'
            });
        }
    }
    const dirs = [...new Set([...plain, ...found])];
    return dirs.map(dir => ({
        repoPath: dir,
        packageDir: dir ? path.join(root, ...dir.split('/')) : root,
        inRepository: true
    }));
}

/**
 * The collect stage for the Action: turn the triggering event into local directories holding
 * each evidence package and the trust configuration (see docs/action.md, "Where files come from").
 */
/** Where workspace events read the configuration (the Action's `configuration-from`). */
const CONFIGURATION_FROM = ['checkout', 'default-branch'];
/** Events gated as a pull request: evidence from the head, configuration from the base. */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);
const RELEASE_EVENTS = new Set(['release']);
/**
 * Events gated on the workspace (the checkout the workflow chose): runs someone with write access
 * starts, on a ref of the repository. Any other event is an error naming it: an event about a
 * pull request (pull_request_review_comment, issue_comment, workflow_run...) would otherwise read
 * the trust configuration from a checkout of the change under review. '' is a run outside
 * GitHub Actions (docs/action.md, "Running it locally").
 */
const WORKSPACE_EVENTS = new Set([
    '',
    'workflow_dispatch',
    'schedule',
    'repository_dispatch',
    'workflow_call',
    'deployment'
]);
/** Release actions after which there are no assets left to gate. */
const RELEASE_GONE = new Set(['deleted', 'unpublished']);
/**
 * null: the event has nothing to gate (e.g. a deleted release). The approvals GitHub
 * authenticates (PR reviews, a run's deployment approvals) come with it as `github`, and the trust
 * configuration, when read for them, as `trustRead` (the load stage takes it rather than reading
 * the file again).
 */
async function collect(request) {
    const collected = await collectEvent(request);
    if (!collected)
        return null;
    let trustRead;
    const [owner = '', repo = ''] = request.repository.split('/');
    const pr = request.payload.pull_request;
    const github = await collectApprovals({
        eventName: request.eventName,
        event: request.payload.action
            ? `${request.eventName}.${String(request.payload.action)}`
            : request.eventName,
        owner,
        repo,
        ...(PR_EVENTS.has(request.eventName) && collected.pullRequest
            ? {
                pullRequest: {
                    number: collected.pullRequest.number,
                    headSha: String(pr?.head?.sha),
                    author: typeof pr?.user?.login === 'string' ? pr.user.login : null,
                    head: collected.pullRequest.headBranch
                }
            }
            : {}),
        run: runOf(request),
        trust: () => {
            if (trustRead === undefined) {
                try {
                    trustRead = readYamlFile(collected.trustFile, collected.trustSource);
                }
                catch {
                    trustRead = null;
                }
            }
            return trustRead;
        },
        // A workspace event reads the evidence from the checkout: the commit it is at.
        evidenceSha: () => collected.evidenceCommit ??
            (collected.source === 'workspace' ? checkoutCommit(request.workspace) : null),
        client: request.client
    });
    const trust = trustRead;
    return { ...collected, ...(github ? { github } : {}), ...(trust ? { trustRead: trust } : {}) };
}
/**
 * The run with every login that started it (separation of duties: none of their approvals of
 * the run counts): GITHUB_ACTOR and GITHUB_TRIGGERING_ACTOR (a re-run by another keeps the
 * first), the event's sender and, on a release, the release's author.
 */
function runOf(request) {
    const run = request.run ?? {};
    const login = (value) => typeof value?.login === 'string'
        ? [value.login]
        : [];
    const payload = request.payload;
    const authors = [
        ...(run.authors ?? (run.actor ? [run.actor] : [])),
        ...login(payload.sender),
        ...(RELEASE_EVENTS.has(request.eventName)
            ? login(payload.release?.author)
            : [])
    ];
    return { ...run, authors: [...new Set(authors)] };
}
async function collectEvent(request) {
    const [owner, repo] = request.repository.split('/');
    const needRepo = () => {
        if (!owner || !repo) {
            throw new GateError('USAGE', `expected owner/repo, got "${request.repository}"`, {
                field: 'GITHUB_REPOSITORY'
            });
        }
        return { owner, repo };
    };
    const fromApi = () => ({
        ...needRepo(),
        evidence: request.evidence,
        trust: request.trust,
        policy: request.policy,
        data: request.data,
        reports: request.reports,
        tempRoot: request.tempRoot()
    });
    if (PR_EVENTS.has(request.eventName)) {
        return collectPullRequest(await request.client(), request.payload, {
            ...fromApi(),
            eventName: request.eventName
        });
    }
    if (request.eventName === 'merge_group') {
        return collectMergeGroup(await request.client(), request.payload, fromApi());
    }
    if (request.eventName === 'push') {
        return collectPush(await request.client(), request.payload, fromApi());
    }
    if (RELEASE_EVENTS.has(request.eventName)) {
        if (RELEASE_GONE.has(String(request.payload.action)))
            return null;
        const defaultBranch = defaultBranchOf(request.payload, 'release');
        return collectRelease(await request.client(), request.payload, {
            ...fromApi(),
            defaultBranch
        });
    }
    if (!WORKSPACE_EVENTS.has(request.eventName)) {
        const gated = [...PR_EVENTS, 'merge_group', 'push', ...RELEASE_EVENTS, ...WORKSPACE_EVENTS];
        throw new GateError('USAGE', `the Action does not gate ${request.eventName} events; expected one of ${gated.filter(Boolean).join(', ')} (docs/action.md, "Where the files come from")`, { field: 'GITHUB_EVENT_NAME' });
    }
    if (request.configurationFrom !== 'default-branch') {
        return collectWorkspace({
            workspace: request.workspace,
            evidence: request.evidence,
            trust: request.trust,
            policy: request.policy,
            data: request.data,
            reports: request.reports
        });
    }
    const defaultBranch = defaultBranchOf(request.payload, request.eventName);
    return collectWorkspaceWith(request.workspace, request.evidence, async () => fetchDefaultBranchConfiguration(await request.client(), needRepo(), defaultBranch, request, request.tempRoot()));
}

/**
 * The attestations GitHub already holds for an artifact (`actions/attest-build-provenance`):
 * `GET /repos/{owner}/{repo}/attestations/sha256:{digest}`, as `gh attestation verify --repo`
 * asks it. Each answer is bounded (bytes, attestations), checked for its shape and handed to the
 * gate as parsed bundles; the verify stage verifies them like any Sigstore bundle. Any failure
 * (HTTP error, a body that is not the documented list, an entry without its bundle) is a
 * GateError: the run ends as an error, never as an approval. An empty list is no attestation,
 * which leaves the package without provenance (the policy's finding).
 *
 * The repository asked is the caller's (CLI flag, the release's own) or the trust
 * configuration's (src/gate.ts resolves it), never one the evidence package names.
 */
const ATTESTATION_LIMITS = {
    /** One answer (one page of attestations for one digest). */
    bytes: 16 * 1024 * 1024,
    /** Attestations read per digest. */
    count: MAX_ATTESTATIONS
};
/**
 * The REST API version whose answers carry each bundle inline (later versions may give only a
 * `bundle_url`, which the gate does not follow).
 */
const ATTESTATIONS_API_VERSION = '2022-11-28';
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** `owner/repo`, checked; `field` names where it was given. */
function parseRepository(value, field) {
    const [owner, repo, ...rest] = value.trim().split('/');
    if (rest.length > 0 ||
        !owner ||
        !repo ||
        !OWNER.test(owner) ||
        !REPO.test(repo) ||
        repo === '.' ||
        repo === '..') {
        throw new GateError('USAGE', `expected a GitHub repository as owner/repo, got "${value}"`, {
            field
        });
    }
    return { owner, repo };
}
const attestationsOrigin = (owner, repo) => `github-attestations-api:${owner}/${repo}`;
/** The bundles of one answer, its shape checked (`{attestations: [{bundle, ...}]}`). */
function bundlesOfAnswer(raw, label) {
    const list = isObject(raw) ? raw.attestations : undefined;
    if (!Array.isArray(list)) {
        throw new GateError('GITHUB_API', 'the answer is not a list of attestations ({"attestations": [...]})', { file: label, field: 'attestations' });
    }
    if (list.length > ATTESTATION_LIMITS.count) {
        throw new GateError('GITHUB_API', `holds ${list.length} attestations; at most ${ATTESTATION_LIMITS.count} are read`, { file: label, field: 'attestations' });
    }
    return list.map((entry, i) => {
        const bundle = isObject(entry) ? entry.bundle : undefined;
        if (isObject(bundle))
            return bundle;
        const onlyUrl = isObject(entry) && typeof entry.bundle_url === 'string';
        throw new GateError('GITHUB_API', onlyUrl
            ? `has no inline bundle, only a bundle_url (not followed; the gate asks API version ${ATTESTATIONS_API_VERSION}, whose answers carry the bundle)`
            : "must be the attestation's Sigstore bundle (a JSON object)", { file: label, field: `attestations[${i}].bundle` });
    });
}
/** Asks GitHub for the attestations of one digest in one repository. */
async function fetchAttestations(client, owner, repo, sha256) {
    if (!/^[0-9a-f]{64}$/.test(sha256)) {
        throw new GateError('USAGE', `not a sha256 digest: "${sha256}"`, { field: 'subject_digest' });
    }
    const label = `github:${owner}/${repo}/attestations/sha256:${sha256}`;
    let response;
    try {
        response = await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            owner,
            repo,
            subject_digest: `sha256:${sha256}`,
            per_page: ATTESTATION_LIMITS.count,
            predicate_type: 'provenance',
            headers: {
                accept: 'application/vnd.github+json',
                'x-github-api-version': ATTESTATIONS_API_VERSION
            },
            request: { parseSuccessResponseBody: false }
        });
    }
    catch (error) {
        const failed = apiError(`listing the attestations of sha256:${sha256} in ${owner}/${repo}`, error);
        if (error?.status === 404) {
            throw new GateError('GITHUB_API', `${failed.message}: the repository does not exist or the token cannot read it (the token needs attestations: read)`);
        }
        throw failed;
    }
    const body = await streamToBuffer(response.data, ATTESTATION_LIMITS.bytes, label);
    const raw = parseJson(decodeUtf8(body.bytes, label), label);
    return { label, sha256: body.sha256, bundles: bundlesOfAnswer(raw, label) };
}
/** The attestations of one repository, through a client made only when first asked. */
function githubAttestations(client, repository, field) {
    const { owner, repo } = parseRepository(repository, field);
    return {
        origin: attestationsOrigin(owner, repo),
        bundlesFor: async (sha256) => fetchAttestations(await client(), owner, repo, sha256)
    };
}

/**
 * Where a file the build writes to dist/ (the built-in policy, the policy worker) is found at run
 * time: beside the bundled code that asks for it, or, run from sources (ts-jest, the bench's
 * compiled sources), in dist/ of the update-gate checkout holding that code. No other directory
 * is searched: a file missing from the package is an error, never one found elsewhere.
 */
/** The checkout that holds `dir`: the nearest directory above it whose package.json is ours. */
function checkoutOf(dir) {
    for (let at = dir;; at = path.dirname(at)) {
        try {
            const pkg = JSON.parse(fs.readFileSync(path.join(at, 'package.json'), 'utf8'));
            if (pkg.name === 'update-gate')
                return at;
        }
        catch {
            // No package.json here, or not JSON: look further up.
        }
        if (path.dirname(at) === at)
            return undefined;
    }
}
/** `relative` (a path under dist/) for the code at `moduleUrl`; undefined when it is in neither place. */
function distFile(moduleUrl, relative) {
    const here = path.dirname(require$$1.fileURLToPath(moduleUrl));
    const beside = path.join(here, relative);
    if (fs.existsSync(beside))
        return beside;
    const checkout = checkoutOf(here);
    const built = checkout === undefined ? undefined : path.join(checkout, 'dist', relative);
    return built !== undefined && fs.existsSync(built) ? built : undefined;
}

/** The built-in policy shipped in dist/policy: where it is and how it is read. */
/** dist/policy/ beside the bundled entry points, or in the checkout's dist/ (distFile). */
function builtInPolicyDir() {
    const wasm = distFile((typeof document === 'undefined' ? require('u' + 'rl').pathToFileURL(__filename).href : (_documentCurrentScript && _documentCurrentScript.tagName.toUpperCase() === 'SCRIPT' && _documentCurrentScript.src || new URL('index-main.cjs', document.baseURI).href)), path.join('policy', 'policy.wasm'));
    if (!wasm) {
        throw new GateError('POLICY_LOAD', 'the built-in policy is missing (no dist/policy/policy.wasm beside the gate or in its checkout); run npm run build');
    }
    return path.dirname(wasm);
}
/** The names that select the built-in policy (`--policy`, the Action's `policy` input). */
const isBuiltInPolicyName = (name) => name === 'builtin' || name === 'built-in';
/** Read synchronously: the policy ships beside the code, and a thread hop costs more than the read. */
function readBuiltInPolicy() {
    const dir = builtInPolicyDir();
    const wasm = fs.readFileSync(path.join(dir, 'policy.wasm'));
    const dataFile = path.join(dir, 'data.json');
    const data = fs.existsSync(dataFile)
        ? JSON.parse(fs.readFileSync(dataFile, 'utf8'))
        : {};
    return { name: 'built-in', wasm, data, builtIn: true };
}

/**
 * A team name, the last segment of its package path (update_gate.custom.<team>), and the name of
 * a control of a team's own (update_gate.controls.<name>).
 */
const TEAM_NAME = /^[a-z][a-z0-9_]*$/;
const DECISION_ENTRYPOINT = 'update_gate/decision/result';
/**
 * What team packages contribute (team -> findings/violations/conditions/exclusions -> entries),
 * validated by the host against the schema's `customFinding` ... $defs. A replacement or a bare
 * module may have neither this nor EVALUATION_ENTRYPOINT (then nothing is checked). A policy
 * built by an earlier version to extend the built-in one has it beside the decision's.
 */
const CONTRIBUTIONS_ENTRYPOINT = 'update_gate/contract/contributions';
/**
 * `{contributions, result}`: the contributions and the decision from one evaluation, what the
 * host reads of a policy that extends the built-in one (and of the built-in one) when it has it.
 */
const EVALUATION_ENTRYPOINT = 'update_gate/contract/evaluation';

/** Reading an `opa build -t wasm` bundle (bundle.tar.gz): its policy.wasm and data.json. */
const MAX_WASM_BYTES = 64 * 1024 * 1024;
const MAX_DATA_BYTES = 16 * 1024 * 1024;
/**
 * What a bundle may decompress to: its policy.wasm, its data.json and room for the rest of what
 * opa writes (the manifest, the Rego sources), in at most so many entries. A bundle over either
 * is refused as soon as it passes it, so a small archive of gigabytes costs neither time nor
 * memory.
 */
const BUNDLE_LIMITS = { bytes: 2 * (MAX_WASM_BYTES + MAX_DATA_BYTES), entries: 10_000 };
/**
 * Reads policy.wasm and data.json out of an `opa build -t wasm` bundle, and whether opa wrote
 * `.rego` sources into it under `sourcesRoot/` (false unless asked).
 */
async function readWasmBundle(file, { limits = BUNDLE_LIMITS, sourcesRoot } = {}) {
    const files = new Map();
    let holdsSources = false;
    const isSource = (name) => sourcesRoot !== undefined && name.startsWith(`${sourcesRoot}/`) && name.endsWith('.rego');
    // Only prebuilt bundles need tar and gzip: loaded here, not at start-up.
    const [{ extract }, { createGunzip }] = await Promise.all([
        Promise.resolve().then(function () { return require('./index-index.cjs'); }).then(function (n) { return n.index; }),
        Promise.resolve().then(function () { return /*#__PURE__*/_interopNamespaceDefault(require('node:zlib')); })
    ]);
    const entries = extract();
    const tooLarge = (what) => new GateError('FILE_TOO_LARGE', `the bundle is over ${what} when decompressed`, { file });
    let total = 0;
    const bounded = new require$$0$2.Transform({
        transform(chunk, _encoding, callback) {
            total += chunk.byteLength;
            callback(total > limits.bytes ? tooLarge(`${limits.bytes} bytes`) : null, chunk);
        }
    });
    let count = 0;
    const reading = (async () => {
        for await (const entry of entries) {
            if (++count > limits.entries)
                throw tooLarge(`${limits.entries} entries`);
            const name = entry.header.name.replace(/^\.?\/+/, '');
            const limit = name === 'policy.wasm' ? MAX_WASM_BYTES : MAX_DATA_BYTES;
            if (entry.header.type === 'file' && isSource(name))
                holdsSources = true;
            if ((name === 'policy.wasm' || name === 'data.json') && entry.header.type === 'file') {
                if ((entry.header.size ?? 0) > limit) {
                    throw new GateError('FILE_TOO_LARGE', `${name} is over ${limit} bytes`, { file });
                }
                const chunks = [];
                for await (const chunk of entry)
                    chunks.push(chunk);
                files.set(name, Buffer.concat(chunks));
            }
            else {
                entry.resume();
            }
        }
    })();
    const failures = (await Promise.allSettled([
        promises.pipeline(fs.createReadStream(file), createGunzip(), bounded, entries),
        reading
    ])).flatMap(r => (r.status === 'rejected' ? [r.reason] : []));
    // A limit or a size refused ends both the stream and the reading: its error is the one to say.
    const refused = failures.find(error => error instanceof GateError);
    if (refused)
        throw refused;
    if (failures[0]) {
        throw new GateError('POLICY_LOAD', `not an OPA bundle (gzipped tar): ${failures[0].message}`, {
            file
        });
    }
    const wasm = files.get('policy.wasm');
    if (!wasm) {
        throw new GateError('POLICY_LOAD', 'the bundle has no policy.wasm: build it with `opa build -t wasm` (or `update-gate policy build`)', {
            file
        });
    }
    let data = {};
    const dataJson = files.get('data.json');
    if (dataJson) {
        try {
            data = JSON.parse(dataJson.toString('utf8'));
        }
        catch {
            throw new GateError('PARSE_ERROR', 'data.json in the bundle is not valid JSON', { file });
        }
    }
    return { name: file, wasm, data, holdsSources };
}

/** File helpers of the authoring commands (they write into a team's or a supplier's folder). */
/** Whether anything exists at `path` (the commands never overwrite). */
async function exists(path) {
    try {
        await stat(path);
        return true;
    }
    catch {
        return false;
    }
}

/**
 * Where a policy comes from: the built-in one in dist/, a prebuilt OPA wasm bundle
 * (`bundle.tar.gz` from `opa build -t wasm`), a bare `.wasm` module, or a directory of `.rego`
 * files compiled at run time with the `opa` on PATH against this project's capabilities.
 */
/**
 * The .rego files of a directory, sorted. Only these go to opa: a JSON or YAML file beside them
 * (a data file, the copied schemas) would otherwise load as data. A symbolic link is followed,
 * to a file or a directory, wherever it points; each real file and directory is read once (a
 * second link to one adds nothing), and a link to a directory that holds it (a loop) or a `.rego`
 * link to nothing is an error naming the link.
 */
async function regoFiles(dir, options = {}) {
    let root;
    try {
        root = await realpath(dir);
        if (!(await stat(root)).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new GateError('FILE_NOT_FOUND', 'not a readable directory of .rego files', { file: dir });
    }
    const files = [];
    const seen = new Set([root]);
    const walk = async (at, ancestors) => {
        const entries = (await readdir(at, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            const path$1 = path.join(at, entry.name);
            const isRego = entry.name.endsWith('.rego') && (options.tests || !entry.name.endsWith('_test.rego'));
            const info = entry.isSymbolicLink() ? await stat(path$1).catch(() => undefined) : entry;
            if (!info) {
                if (!isRego)
                    continue;
                throw new GateError('POLICY_BUILD', 'a symbolic link to nothing (a .rego link whose target does not exist)', { file: path$1 });
            }
            if (!info.isDirectory() && !(info.isFile() && isRego))
                continue;
            const real = await realpath(path$1);
            if (ancestors.includes(real))
                throw new GateError('POLICY_BUILD', `a symbolic link to a directory that holds it (a loop through ${real})`, { file: path$1 });
            if (seen.has(real))
                continue;
            seen.add(real);
            if (info.isDirectory())
                await walk(path$1, [...ancestors, real]);
            else
                files.push(path$1);
        }
    };
    await walk(dir, [root]);
    return files.sort();
}
/** The root the built-in sources are staged under; no team directory takes it. */
const BUILT_IN_ROOT = 'update-gate';
/** The built-in policy's non-test sources, shipped in dist/policy/rego/ for extension. */
async function builtInSources() {
    const dir = path.join(builtInPolicyDir(), 'rego');
    const files = await regoFiles(dir);
    if (files.length === 0) {
        throw new GateError('POLICY_LOAD', 'the built-in Rego sources are missing from dist/policy/rego; run npm run build', { file: builtInPolicyDir() });
    }
    return { root: BUILT_IN_ROOT, dir, files };
}
/** How a path reads in messages: relative to the working directory. */
const shown = (file) => path.relative(process.cwd(), file) || file;
/** A package path as Rego writes it: `update_gate.custom.ops`, `update_gate.custom["a b"]`. */
const packageName = (path) => path
    .map((s, i) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? `${i > 0 ? '.' : ''}${s}` : `[${JSON.stringify(s)}]`)
    .join('');
/**
 * The package path of each file as opa parses it, without `data` (`['update_gate', 'custom',
 * 'ops']`); undefined for a file opa cannot parse, which the compile (build, test, eval) that
 * follows reports as it reports any syntax error, at its file and line.
 */
async function packagePaths(files, where, advice) {
    const { notOpa, runOpa } = await Promise.resolve().then(function () { return require('./index-opa.cjs'); }); // child_process: only for Rego
    return mapBounded(files, OPA_PARSE_CONCURRENCY, async (file) => {
        const args = ['parse', '--format', 'json', file];
        const { stdout, code } = await runOpa(args, { file: where, accept: [1], ...advice });
        if (code !== 0)
            return undefined;
        let path;
        try {
            path = JSON.parse(stdout).package?.path;
        }
        catch {
            path = undefined;
        }
        if (!Array.isArray(path))
            throw new GateError('POLICY_BUILD', notOpa('parse'), { file: where });
        return path.slice(1).map(term => String(term.value));
    });
}
/** opa processes parsing at once: a policy of hundreds of files does not start hundreds. */
const OPA_PARSE_CONCURRENCY = 8;
/** `map` of an async function over `items`, at most `limit` calls at a time, results in order. */
async function mapBounded(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
/** The built-in controls' package names (`signing`, \u2026): a control of a team's own may not reuse one. */
let builtInControls;
const builtInControlNames = (advice) => (builtInControls ??= (async () => {
    const { dir } = await builtInSources();
    const { notOpa, runOpa } = await Promise.resolve().then(function () { return require('./index-opa.cjs'); });
    const { stdout } = await runOpa(['inspect', '--format', 'json', dir], { file: dir, ...advice });
    let namespaces;
    try {
        namespaces = JSON.parse(stdout).namespaces;
    }
    catch {
        throw new GateError('POLICY_BUILD', notOpa('parse'), { file: dir });
    }
    const prefix = 'data.update_gate.controls.';
    return Object.keys(namespaces)
        .filter(n => n.startsWith(prefix))
        .map(n => n.slice(prefix.length))
        .sort();
})().catch((error) => {
    builtInControls = undefined; // opa missing now may be on PATH at the next build
    throw error;
}));
/**
 * Whether the files replace the built-in policy (one declares package `update_gate.decision`),
 * and, when they extend it, that each declares a package of the extension namespace: a team
 * package `update_gate.custom.<team>` or a control of its own `update_gate.controls.<name>` that
 * is no built-in control. Any other package (`trust`, `update_gate.requirements`,
 * `update_gate.contract`, ...) would redefine what the built-in decision reads, so it is an error
 * naming the file and the package. Packages are read as opa parses them, whatever the syntax
 * (`update_gate["decision"]` is `update_gate.decision`).
 */
async function checkPackages(files, where, advice) {
    const paths = await packagePaths(files, where, advice);
    if (paths.some(p => p?.length === 2 && p[0] === 'update_gate' && p[1] === 'decision'))
        return true;
    const controls = await builtInControlNames(advice);
    const problems = files.flatMap((file, i) => {
        const path = paths[i];
        if (!path)
            return [];
        const [root, space, name, ...rest] = path;
        const allowed = root === 'update_gate' &&
            rest.length === 0 &&
            name !== undefined &&
            TEAM_NAME.test(name) &&
            (space === 'custom' || (space === 'controls' && !controls.includes(name)));
        return allowed ? [] : [`${shown(file)}: package ${packageName(path)}`];
    });
    if (problems.length > 0) {
        throw new GateError('POLICY_BUILD', `a policy that extends the built-in one may declare only package update_gate.custom.<team> and update_gate.controls.<name> (a control of its own, not a built-in one: ${controls.join(', ')}), <team> and <name> matching ${TEAM_NAME.source.slice(1, -1)} (a file declaring update_gate.decision replaces the built-in policy instead):`, { file: where, details: problems });
    }
    return false;
}
/**
 * The sources a build (or, with tests, a test run) of these directories compiles: the
 * directories' own files, plus the built-in sources unless one of them defines
 * `update_gate.decision` (a replacement). Each directory is staged under its name, or its name
 * with `-<n>` when another directory (or the built-in sources, `update-gate`) has it.
 */
async function policySources(dirs, options = {}) {
    const roots = new Set([BUILT_IN_ROOT]);
    const own = await Promise.all(dirs.map(async (dir) => {
        const base = path.basename(dir) || 'policy';
        let root = base;
        for (let n = 1; roots.has(root); n++)
            root = `${base}-${n}`;
        roots.add(root);
        return { root, dir, files: await regoFiles(dir, options) };
    }));
    const ownFiles = own.flatMap(g => g.files);
    const policy = ownFiles.filter(f => !f.endsWith('_test.rego'));
    // Tests alone (of the built-in policy, say) can be run; a build needs a policy file.
    if (ownFiles.length === 0 || (!options.tests && policy.length === 0)) {
        const tests = options.tests
            ? []
            : (await Promise.all(dirs.map(d => regoFiles(d, { tests: true })))).flat();
        throw new GateError('POLICY_BUILD', tests.length > 0
            ? `the policy directory holds only _test.rego files (${tests.length}); a build needs a policy file (package update_gate.custom.<team>)`
            : 'the policy directory holds no .rego file', { file: dirs.join(', ') });
    }
    const replaces = policy.length > 0 && (await checkPackages(policy, dirs.join(', '), options.opa ?? {}));
    const groups = replaces ? own : [await builtInSources(), ...own];
    return { files: groups.flatMap(g => g.files), groups, replaces };
}
/** The name `file` of `group` is staged under, as opa writes it into a bundle. */
const stagedName = (group, file) => path.join(group.root, path.relative(group.dir, file)).split(path.sep).join('/');
/**
 * The data path (a top-level key of the bundle's data.json) where a bundle built by
 * `update-gate policy build` records the built-in sources it was compiled with.
 */
const BUILD_STAMP = 'update-gate-build';
/** sha256 of the built-in sources, by staged name and content, as a bundle records them. */
async function builtInSourcesDigest() {
    const shipped = await builtInSources();
    const hash = nc.createHash('sha256');
    for (const file of [...shipped.files].sort()) {
        hash
            .update(`${stagedName(shipped, file)}\0`)
            .update(await readFile(file))
            .update('\0');
    }
    return `sha256:${hash.digest('hex')}`;
}
/**
 * A prebuilt bundle holding the built-in sources (`update-gate policy build` of a policy that
 * extends the built-in one) decides with the built-in policy it was built with. Built by another
 * version of the gate, it would decide without this one's rules (a trust field it does not read
 * passing unseen): refused unless its stamp names this gate's built-in sources. (opa rewrites
 * the sources it writes into a bundle, so they are not compared as files.) A bundle without them
 * (one that replaces the built-in policy) decides by its own rules alone.
 */
async function checkBuiltInSources(bundle, holdsThem, stamp) {
    if (!holdsThem)
        return;
    const recorded = isObject(stamp) ? stamp.builtInSources : undefined;
    if (recorded === (await builtInSourcesDigest()))
        return;
    throw new GateError('POLICY_LOAD', `${recorded === undefined ? 'holds the built-in policy without the record of which (it was not built by `update-gate policy build`, or by a version of it that wrote none)' : 'was built with another version of the built-in policy'}; it would not decide as this gate does: rebuild it with this version's \`update-gate policy build\``, { file: bundle, field: `data.json ${BUILD_STAMP}` });
}
/** The bundle's data without the build stamp (which no policy reads). */
function withoutStamp(data) {
    const { [BUILD_STAMP]: stamp, ...rest } = data;
    return { stamp, data: rest };
}
/**
 * Copies policy sources into `stage` under short relative names, `<root>/<path>` (opa names
 * modules by the path it is given). Never overwrites a staged file. Resolves to the staged
 * names, in order, and staged name -> the user's path.
 */
async function stageSources(groups, stage) {
    const rename = new Map();
    const staged = [];
    for (const group of groups) {
        const { root, files } = group;
        for (const file of files) {
            const name = stagedName(group, file);
            await mkdir(path.join(stage, path.dirname(name)), { recursive: true });
            try {
                await copyFile(file, path.join(stage, name), fs.constants.COPYFILE_EXCL);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                throw new GateError('POLICY_BUILD', `would be staged as ${name}, which another source has`, {
                    file
                });
            }
            staged.push(name);
            rename.set(name, root === BUILT_IN_ROOT ? file : shown(file));
        }
    }
    return { staged, rename };
}
/**
 * Compiles directories of Rego into a bundle. Extending (the default) compiles them together
 * with the built-in policy sources; a directory that defines `update_gate.decision` replaces them.
 * opa names each module in the bundle by the path it was given, so the sources are staged under
 * relative names (`update-gate/...` for the built-in ones, `<dir name>/...` for the team's): the
 * bundle holds no path of the machine that built it, and opa's messages name the user's files.
 * Resolves to whether the policy replaces the built-in one.
 */
async function buildRegoDirectory(dir, output, options = {}) {
    const dirs = (Array.isArray(dir) ? dir : [dir]).map(d => path.resolve(d));
    const { groups, replaces } = await policySources(dirs, { opa: options });
    const { notOpa, opaBuildArgs, runOpa } = await Promise.resolve().then(function () { return require('./index-opa.cjs'); }); // child_process: only for Rego
    const stage = await mkdtemp(path.join(node_os.tmpdir(), 'update-gate-build-'));
    try {
        const { staged, rename } = await stageSources(groups, stage);
        if (!replaces) {
            // Which built-in sources the bundle holds, for the gate that loads it (checkBuiltInSources):
            // opa puts a data file's document at the root of the bundle's data.json.
            const stamp = `${BUILD_STAMP}.json`;
            await writeFile(path.join(stage, stamp), `${JSON.stringify({ [BUILD_STAMP]: { builtInSources: await builtInSourcesDigest() } })}\n`);
            staged.push(stamp);
        }
        await runOpa(opaBuildArgs(path.resolve(output), staged, { replaces }), {
            file: dirs.join(', '),
            cwd: stage,
            rename,
            ...(options.hint ? { hint: options.hint } : {})
        });
        if (!(await exists(output)))
            throw new GateError('POLICY_BUILD', notOpa('build'), { file: dirs.join(', ') });
    }
    finally {
        await rm(stage, { recursive: true, force: true });
    }
    return { replaces };
}
/** Resolves the `--policy` / `policy` value to a loadable bundle. */
async function readPolicy(source) {
    if (source === undefined || source === '' || isBuiltInPolicyName(source))
        return readBuiltInPolicy();
    const path$1 = path.resolve(source);
    let info;
    try {
        info = await stat(path$1);
    }
    catch {
        throw new GateError('FILE_NOT_FOUND', 'policy not found: expected a .rego directory, a bundle.tar.gz or a .wasm file', {
            file: source
        });
    }
    if (info.isDirectory()) {
        const work = await mkdtemp(path.join(node_os.tmpdir(), 'update-gate-policy-'));
        try {
            const bundle = path.join(work, 'bundle.tar.gz');
            await buildRegoDirectory(path$1, bundle);
            const { wasm, data } = await readWasmBundle(bundle);
            return { name: source, wasm, data: withoutStamp(data).data };
        }
        finally {
            await rm(work, { recursive: true, force: true });
        }
    }
    if (source.endsWith('.rego'))
        throw new GateError('POLICY_LOAD', `is a single Rego file; a Rego policy is given as its directory (${path.dirname(source)})`, { file: source });
    if (source.endsWith('.wasm')) {
        if (info.size > MAX_WASM_BYTES)
            throw new GateError('FILE_TOO_LARGE', `over ${MAX_WASM_BYTES} bytes`, { file: source });
        return { name: source, wasm: await readFile(path$1), data: {} };
    }
    const bundle = await readWasmBundle(path$1, { sourcesRoot: BUILT_IN_ROOT });
    const { stamp, data } = withoutStamp(bundle.data);
    await checkBuiltInSources(source, bundle.holdsSources, stamp);
    return { name: source, wasm: bundle.wasm, data };
}

const REPORT_VERSION = 'update-gate.dev/report/v1';

var schemaValidators = {};

var hasRequiredSchemaValidators;

function requireSchemaValidators () {
	if (hasRequiredSchemaValidators) return schemaValidators;
	hasRequiredSchemaValidators = 1;
	(function (exports) {
		const twoStages = (setUpAccept, setUpReport) => {
		  let accept, report;
		  const validate = (data, context) => {
		    accept ??= setUpAccept();
		    if (accept(data, context)) {
		      validate.errors = null;
		      return true;
		    }
		    report ??= setUpReport();
		    validate.errors = report(data, context) ? [] : report.errors;
		    return false;
		  };
		  validate.errors = null;
		  return validate;
		};
		const loaded = {};
		Object.defineProperty(exports, "updateEvidence", { enumerable: true, get: () => (loaded.updateEvidence ??= twoStages(() => require("./index-validators-package.cjs").updateEvidence(), () => require("./index-validators-package-errors.cjs").updateEvidence())) });
		Object.defineProperty(exports, "trust", { enumerable: true, get: () => (loaded.trust ??= twoStages(() => require("./index-validators-package.cjs").trust(), () => require("./index-validators-package-errors.cjs").trust())) });
		Object.defineProperty(exports, "policyInput", { enumerable: true, get: () => (loaded.policyInput ??= twoStages(() => require("./index-validators-policy-input.cjs").policyInput(), () => require("./index-validators-policy-input-errors.cjs").policyInput())) });
		Object.defineProperty(exports, "policyTrustData", { enumerable: true, get: () => (loaded.policyTrustData ??= twoStages(() => require("./index-validators-policy-trust-data.cjs").policyTrustData(), () => require("./index-validators-policy-trust-data-errors.cjs").policyTrustData())) });
		Object.defineProperty(exports, "policyOutput", { enumerable: true, get: () => (loaded.policyOutput ??= twoStages(() => require("./index-validators-package.cjs").policyOutput(), () => require("./index-validators-package-errors.cjs").policyOutput())) });
		Object.defineProperty(exports, "customFinding", { enumerable: true, get: () => (loaded.customFinding ??= twoStages(() => require("./index-validators-custom.cjs").customFinding(), () => require("./index-validators-custom-errors.cjs").customFinding())) });
		Object.defineProperty(exports, "customViolation", { enumerable: true, get: () => (loaded.customViolation ??= twoStages(() => require("./index-validators-custom.cjs").customViolation(), () => require("./index-validators-custom-errors.cjs").customViolation())) });
		Object.defineProperty(exports, "customCondition", { enumerable: true, get: () => (loaded.customCondition ??= twoStages(() => require("./index-validators-custom.cjs").customCondition(), () => require("./index-validators-custom-errors.cjs").customCondition())) });
		Object.defineProperty(exports, "customExclusion", { enumerable: true, get: () => (loaded.customExclusion ??= twoStages(() => require("./index-validators-custom.cjs").customExclusion(), () => require("./index-validators-custom-errors.cjs").customExclusion())) });
		Object.defineProperty(exports, "customQuestion", { enumerable: true, get: () => (loaded.customQuestion ??= twoStages(() => require("./index-validators-custom.cjs").customQuestion(), () => require("./index-validators-custom-errors.cjs").customQuestion())) });
		Object.defineProperty(exports, "dsseEnvelope", { enumerable: true, get: () => (loaded.dsseEnvelope ??= twoStages(() => require("./index-validators-package.cjs").dsseEnvelope(), () => require("./index-validators-package-errors.cjs").dsseEnvelope())) });
		Object.defineProperty(exports, "verificationSummary", { enumerable: true, get: () => (loaded.verificationSummary ??= twoStages(() => require("./index-validators-verification-summary.cjs").verificationSummary(), () => require("./index-validators-verification-summary-errors.cjs").verificationSummary())) });
		Object.defineProperty(exports, "signingEvent", { enumerable: true, get: () => (loaded.signingEvent ??= twoStages(() => require("./index-validators-package.cjs").signingEvent(), () => require("./index-validators-package-errors.cjs").signingEvent())) });
		Object.defineProperty(exports, "releaseApproval", { enumerable: true, get: () => (loaded.releaseApproval ??= twoStages(() => require("./index-validators-package.cjs").releaseApproval(), () => require("./index-validators-package-errors.cjs").releaseApproval())) });
		Object.defineProperty(exports, "rollbackRecoveryTests", { enumerable: true, get: () => (loaded.rollbackRecoveryTests ??= twoStages(() => require("./index-validators-package.cjs").rollbackRecoveryTests(), () => require("./index-validators-package-errors.cjs").rollbackRecoveryTests())) });
		Object.defineProperty(exports, "affectedVersions", { enumerable: true, get: () => (loaded.affectedVersions ??= twoStages(() => require("./index-validators-package.cjs").affectedVersions(), () => require("./index-validators-package-errors.cjs").affectedVersions())) });
		Object.defineProperty(exports, "customerNotification", { enumerable: true, get: () => (loaded.customerNotification ??= twoStages(() => require("./index-validators-package.cjs").customerNotification(), () => require("./index-validators-package-errors.cjs").customerNotification())) });
		Object.defineProperty(exports, "deploymentRecords", { enumerable: true, get: () => (loaded.deploymentRecords ??= twoStages(() => require("./index-validators-package.cjs").deploymentRecords(), () => require("./index-validators-package-errors.cjs").deploymentRecords())) });
		Object.defineProperty(exports, "updateManifest", { enumerable: true, get: () => (loaded.updateManifest ??= twoStages(() => require("./index-validators-package.cjs").updateManifest(), () => require("./index-validators-package-errors.cjs").updateManifest())) });
		Object.defineProperty(exports, "riskAcceptance", { enumerable: true, get: () => (loaded.riskAcceptance ??= twoStages(() => require("./index-validators-package.cjs").riskAcceptance(), () => require("./index-validators-package-errors.cjs").riskAcceptance())) });
		Object.defineProperty(exports, "testResult", { enumerable: true, get: () => (loaded.testResult ??= twoStages(() => require("./index-validators-package.cjs").testResult(), () => require("./index-validators-package-errors.cjs").testResult())) });
		Object.defineProperty(exports, "report", { enumerable: true, get: () => (loaded.report ??= twoStages(() => require("./index-validators-report.cjs").report(), () => require("./index-validators-report-errors.cjs").report())) });
		Object.defineProperty(exports, "requirementsOverride", { enumerable: true, get: () => (loaded.requirementsOverride ??= twoStages(() => require("./index-validators-requirements-override.cjs").requirementsOverride(), () => require("./index-validators-requirements-override-errors.cjs").requirementsOverride())) }); 
	} (schemaValidators));
	return schemaValidators;
}

var schemaValidatorsExports = requireSchemaValidators();
var generated = /*@__PURE__*/getDefaultExportFromCjs(schemaValidatorsExports);

/**
 * RFC 3339 date-times, shared by the load stage (which normalises evidence times) and the host
 * builtin `time.parse_rfc3339_ns` (which must accept exactly what OPA accepts).
 */
/** Go's time.RFC3339 as OPA parses it: upper-case T and Z, a zone, at most 9 fraction digits. */
const STRICT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;
/** RFC 3339 section 5.6 also allows lower-case t and z and, by its note, a space separator. */
const LENIENT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})?$/;
const isLeapYear = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in a month of the proleptic Gregorian calendar, as Go counts them (year 0000 is leap). */
const daysInMonth = (year, month) => month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
function parseRfc3339(value, mode) {
    const match = (mode === 'strict' ? STRICT : LENIENT).exec(value);
    if (!match)
        return 'syntax';
    const [, ys, mos, ds, hs, mis, ss, fraction = '', zone] = match;
    if (zone === undefined)
        return 'no-zone';
    const [y, mo, d, h, mi, s] = [ys, mos, ds, hs, mis, ss].map(Number);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
        return 'calendar';
    if (fraction.length > 9)
        return 'fraction';
    let offsetMinutes = 0;
    if (zone.toUpperCase() !== 'Z') {
        const [oh, om] = zone.slice(1).split(':').map(Number);
        if (oh > 23 || om > 59)
            return 'offset';
        offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
    }
    const date = new Date(0);
    date.setUTCFullYear(y, mo - 1, d);
    date.setUTCHours(h, mi - offsetMinutes, s, 0);
    return { epochSecondMs: date.getTime(), fraction };
}

/**
 * RFC 3339 timestamps: a zone is required; values are normalised to UTC with a `Z` suffix.
 * Sub-second digits are kept exactly (trailing zeros dropped, at most 9 digits), so the same
 * instant always gives the same string. Compare times with a time builtin, not as strings.
 */
const ZONE_EXPECTED = 'must be an RFC 3339 date-time with a zone (e.g. 2026-10-02T10:00:00Z)';
/** True when the value is a date-time in every respect except that it has no zone. */
const isZonelessDateTime = (value) => typeof value === 'string' && parseRfc3339(value, 'lenient') === 'no-zone';
const PROBLEM = {
    syntax: value => `${ZONE_EXPECTED}, got '${value}'`,
    'no-zone': value => `${ZONE_EXPECTED}; '${value}' has no zone`,
    calendar: value => `${ZONE_EXPECTED}; '${value}' is not a valid date-time`,
    fraction: value => `'${value}' has more than 9 fractional-second digits`,
    offset: value => `'${value}' has an invalid zone offset`
};
function normaliseTimestamp(value, where) {
    const parsed = parseRfc3339(value, 'lenient');
    if (typeof parsed === 'string') {
        throw new GateError('INVALID_TIME', PROBLEM[parsed](clip(value, 80)), where);
    }
    const utc = new Date(parsed.epochSecondMs);
    const year = utc.getUTCFullYear();
    if (year < 0 || year > 9999) {
        throw new GateError('INVALID_TIME', `'${clip(value, 80)}' is outside the years 0000 to 9999 once in UTC`, where);
    }
    return writeUtc(utc, parsed.fraction);
}
/**
 * A Date's instant (years 0000 to 9999) in the form normaliseTimestamp writes, to the
 * millisecond: the times the gate reads from Date objects (a Sigstore bundle's log and
 * timestamp times, a certificate's validity) are written as the times it reads from text.
 */
const utcTimestamp = (date) => writeUtc(date, pad(date.getUTCMilliseconds(), 3));
/**
 * Instants in time order, each written as utcTimestamp writes it. (Their strings do not sort in
 * time order: `\u2026:05Z` sorts after `\u2026:05.5Z`.)
 */
const utcTimestampsInOrder = (dates) => [...dates].sort((a, b) => a.getTime() - b.getTime()).map(utcTimestamp);
/**
 * `utc`'s date and time to the second, then `fraction` (sub-second digits) without its trailing
 * zeros. Written from the UTC getters, not toISOString: toISOString sets up V8's date formatting
 * at its first call (a cost every run would pay) and writes a year outside 0000-9999 in an
 * expanded form that is no RFC 3339 time.
 */
function writeUtc(utc, fraction) {
    const trimmed = fraction.replace(/0+$/, '');
    return (`${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}` +
        `T${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}` +
        `${trimmed ? `.${trimmed}` : ''}Z`);
}
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** -1, 0 or 1: how two times as normaliseTimestamp writes them stand in time. */
function compareTimestamps(a, b) {
    // `YYYY-MM-DDTHH:MM:SS` sorts as text; the fraction, without trailing zeros, does once padded.
    const key = (t) => {
        const [seconds, fraction = ''] = t.slice(0, -1).split('.');
        return `${seconds}.${fraction.padEnd(9, '0')}`;
    };
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : 0;
}
const normaliseOptionalTimestamp = (value, where) => value === null || value === undefined ? null : normaliseTimestamp(value, where);

/**
 * Validators compiled at build time from schemas/ (scripts/build-validators.mjs), by the name of
 * their export: each is set up the first time it is read, so a run pays only for the ones it uses.
 */
const VALIDATORS = {
    'update-evidence': 'updateEvidence',
    trust: 'trust',
    'policy-input': 'policyInput',
    'policy-trust-data': 'policyTrustData',
    'policy-output': 'policyOutput',
    'custom-finding': 'customFinding',
    'custom-violation': 'customViolation',
    'custom-condition': 'customCondition',
    'custom-exclusion': 'customExclusion',
    'custom-question': 'customQuestion',
    'dsse-envelope': 'dsseEnvelope',
    'verification-summary': 'verificationSummary',
    'signing-event': 'signingEvent',
    'release-approval': 'releaseApproval',
    'rollback-recovery-tests': 'rollbackRecoveryTests',
    'affected-versions': 'affectedVersions',
    'customer-notification': 'customerNotification',
    'deployment-records': 'deploymentRecords',
    'update-manifest': 'updateManifest',
    'risk-acceptance': 'riskAcceptance',
    'test-result': 'testResult',
    report: 'report',
    'requirements-override': 'requirementsOverride'
};
const validator = (schema) => generated[VALIDATORS[schema]];
const pointerToSegments = (pointer) => pointer
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(s => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
const valueAt = (data, segments) => {
    let v = data;
    for (const s of segments) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[s];
    }
    return v;
};
function describe$1(error, data, base) {
    const segments = pointerToSegments(error.instancePath);
    const field = (extra = []) => fieldPath([...segments, ...extra], base) || '(document)';
    const p = error.params;
    switch (error.keyword) {
        case 'if':
        case 'anyOf':
            return null; // the branch errors say more
        case 'required':
            return { field: field([String(p.missingProperty)]), message: 'is required', zoneless: false };
        case 'additionalProperties':
            return {
                field: field([String(p.additionalProperty)]),
                message: 'is not an allowed field here',
                zoneless: false
            };
        case 'false schema':
            return { field: field(), message: 'is not allowed for this evidence kind', zoneless: false };
        case 'format': {
            const value = valueAt(data, segments);
            if (p.format === 'date-time') {
                return {
                    field: field(),
                    message: `${ZONE_EXPECTED}, got ${excerpt(value)}`,
                    zoneless: isZonelessDateTime(value)
                };
            }
            return { field: field(), message: `must be a valid ${String(p.format)}`, zoneless: false };
        }
        case 'pattern': {
            const value = excerpt(valueAt(data, segments));
            const pattern = String(p.pattern);
            if (pattern.includes('[0-9a-f]{64}')) {
                return {
                    field: field(),
                    message: `must be a lower-case hex SHA-256 (64 characters), got ${value}`,
                    zoneless: false
                };
            }
            if (pattern.startsWith('^(0|[1-9]')) {
                return {
                    field: field(),
                    message: `must be a version MAJOR.MINOR.PATCH (e.g. 5.4.3), got ${value}`,
                    zoneless: false
                };
            }
            return { field: field(), message: `must match ${pattern}, got ${value}`, zoneless: false };
        }
        case 'const':
            return {
                field: field(),
                message: `must be ${excerpt(p.allowedValue)}`,
                zoneless: false
            };
        case 'enum':
            return {
                field: field(),
                message: `must be one of ${p.allowedValues.map(v => excerpt(v)).join(', ')}`,
                zoneless: false
            };
        case 'type': {
            const parent = (error.parentSchema ?? {});
            const got = excerpt(valueAt(data, segments));
            if (parent.pattern?.startsWith('^(0|[1-9]')) {
                return {
                    field: field(),
                    message: `must be a version MAJOR.MINOR.PATCH (e.g. 5.4.3), got ${got}`,
                    zoneless: false
                };
            }
            if (parent.format === 'date-time') {
                return { field: field(), message: `${ZONE_EXPECTED}, got ${got}`, zoneless: false };
            }
            return { field: field(), message: `must be ${String(p.type)}, got ${got}`, zoneless: false };
        }
        case 'oneOf':
            return {
                field: field(),
                message: 'must match exactly one alternative (e.g. publicKey or publicKeyFile, not both)',
                zoneless: false
            };
        default:
            return { field: field(), message: error.message ?? `fails ${error.keyword}`, zoneless: false };
    }
}
/**
 * Every problem of `data` against a schema, each with the field path (under `base`) and what was
 * expected; empty when it is valid.
 */
function schemaProblems(schema, data, base = '') {
    const validate = validator(schema);
    if (validate(data))
        return [];
    const all = (validate.errors ?? [])
        .map(e => describe$1(e, data, base))
        .filter((d) => d !== null);
    const specific = all.filter(d => !d.message.startsWith('must be null'));
    const list = specific.length > 0 ? specific : all;
    const unique = new Map(list.map(d => [`${d.field} ${d.message}`, d]));
    return unique.size > 0
        ? [...unique.values()].map(({ field, message }) => ({ field, message }))
        : [{ field: base || '(document)', message: 'does not match the schema' }];
}
/**
 * Validates `data` and throws SCHEMA_VIOLATION (INVALID_TIME for a time without a zone) naming
 * `file`, the first offending field and what was expected, plus a count of further problems.
 */
function validateOrThrow(schema, data, file, base = '') {
    const validate = validator(schema);
    if (validate(data))
        return;
    const all = (validate.errors ?? [])
        .map(e => describe$1(e, data, base))
        .filter((d) => d !== null);
    // Prefer specific errors over `must be null` from the null branch of `x | null`.
    const specific = all.filter(d => !d.message.startsWith('must be null'));
    const list = specific.length > 0 ? specific : all;
    const zoneless = list.find(d => d.zoneless);
    const first = zoneless ??
        list[0] ?? {
        field: base || '(document)',
        message: 'does not match the schema'};
    const others = list.filter(d => d !== first);
    const more = others.length
        ? ` (and ${others.length} more: ${others
            .slice(0, 3)
            .map(d => `${d.field} ${d.message}`)
            .join('; ')}${others.length > 3 ? '; \u2026' : ''})`
        : '';
    throw new GateError(zoneless ? 'INVALID_TIME' : 'SCHEMA_VIOLATION', `${first.message}${more}`, {
        file,
        field: first.field
    });
}

/**
 * Data files (`--data`, the Action's `data` input): merged into the policy's data document.
 * Under `update_gate` the gate reads two keys: `requirements`, which overrides the trust
 * configuration's requirements key by key, and `parameters.<team>`, a team package's settings.
 * Anything else under `update_gate` would shadow the policy's own packages, so it is refused.
 */
function validateDataFile(data, file) {
    if (!('update_gate' in data))
        return;
    const gate = data.update_gate;
    if (!isObject(gate)) {
        throw new GateError('SCHEMA_VIOLATION', 'update_gate must be an object', {
            file,
            field: 'update_gate'
        });
    }
    for (const key of Object.keys(gate)) {
        if (key !== 'requirements' && key !== 'parameters') {
            throw new GateError('SCHEMA_VIOLATION', 'under update_gate a data file may set only requirements and parameters.<team>', { file, field: `update_gate.${key}` });
        }
    }
    if ('requirements' in gate) {
        const requirements = gate.requirements;
        if (!isObject(requirements)) {
            throw new GateError('SCHEMA_VIOLATION', 'must be an object', {
                file,
                field: 'update_gate.requirements'
            });
        }
        // The bounds are trust.schema.json's (a derived schema: every key optional).
        validateOrThrow('requirements-override', requirements, file, 'update_gate.requirements');
    }
    if ('parameters' in gate) {
        const parameters = gate.parameters;
        if (!isObject(parameters) || !Object.values(parameters).every(isObject)) {
            throw new GateError('SCHEMA_VIOLATION', 'must map each team to an object', {
                file,
                field: 'update_gate.parameters'
            });
        }
    }
}
/** Deep merge: objects merge key by key, anything else (arrays included) is replaced. */
function merge(base, over) {
    if (!isObject(base) || !isObject(over))
        return over;
    const out = { ...base };
    for (const [key, value] of Object.entries(over))
        out[key] = merge(out[key], value);
    return out;
}
/** The data files in order, later ones winning. */
function mergeDataFiles(files) {
    return files.reduce((acc, data) => merge(acc, data), {});
}
/** Data files are the gate runner's, like the trust file: bounded, parsed like any evidence. */
function readDataFile(path, file) {
    let real;
    try {
        real = realRoot(path, { file });
    }
    catch (error) {
        if (error instanceof GateError && error.code === 'FILE_NOT_FOUND')
            throw new GateError('FILE_NOT_FOUND', 'data file does not exist; give an existing JSON or YAML file (or leave the data option out)', { file });
        throw error;
    }
    const bytes = readBounded(real, 4 * 1024 * 1024, { file });
    const data = parseYaml(decodeUtf8(bytes, file), file);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new GateError('SCHEMA_VIOLATION', 'a data file must hold an object at its top level', {
            file
        });
    }
    if ('trust' in data) {
        throw new GateError('SCHEMA_VIOLATION', '`trust` is reserved for the trust configuration; use another top-level key', {
            file,
            field: 'trust'
        });
    }
    validateDataFile(data, file);
    return { data: data, sha256: sha256Hex(bytes) };
}

/**
 * The custom-package contract at its source: every entry a team package contributes
 * (`findings`, `violations`, `conditions`, `exclusions`, `questions` of `update_gate.custom.<team>`) is
 * validated against the `$defs` of schemas/policy-output.schema.json. `policy test` and the
 * evaluate stage use this one check, so a malformed entry gets the same message in both: the
 * package, the rule, the entry's index, the field and the shape expected.
 */
const KINDS = {
    findings: {
        schema: 'custom-finding',
        shape: '{rule: string, severity: "violation"|"gap"|"warning"|"info", message: string, evidence?: [string], configuration?: string, waivable?: boolean}'
    },
    violations: {
        schema: 'custom-violation',
        shape: 'a message string, or {rule: string, message: string, evidence?: [string], configuration?: string, waivable?: boolean}'
    },
    conditions: {
        schema: 'custom-condition',
        shape: '{id: string, text: string, configuration?: string|null, followUpBy?: string|null}'
    },
    exclusions: {
        schema: 'custom-exclusion',
        shape: '{configuration: string, reason: string, id?: string}'
    },
    questions: {
        schema: 'custom-question',
        shape: 'a question id: "approved-before-signing"|"signed-by-authorized-key"|"affected-versions-mapped"|"rollback-recovery-tested"|"decisions-retained"'
    }
};
/**
 * One line per problem, sorted by package, rule and entry:
 * `update_gate.custom.ops findings[1] (rule "ops.x"): message is required; expected {\u2026}`.
 * `contributions` is the value of `update_gate.contract.contributions` (team -> rule -> entries).
 */
function contributionProblems(contributions) {
    if (!isObject(contributions))
        return [];
    const problems = [];
    for (const team of Object.keys(contributions).sort()) {
        // The team names a control and is shown in every report: only the documented names.
        if (!TEAM_NAME.test(team)) {
            problems.push(`update_gate.custom[${JSON.stringify(team)}]: the team name must match ${TEAM_NAME.source.slice(1, -1)}`);
            continue;
        }
        const rules = contributions[team];
        if (!isObject(rules))
            continue;
        for (const kind of Object.keys(KINDS)) {
            if (!(kind in rules))
                continue;
            const where = `update_gate.custom.${team} ${kind}`;
            const entries = rules[kind];
            const { schema, shape } = KINDS[kind];
            if (!Array.isArray(entries)) {
                problems.push(`${where}: must be a set (\`${kind} contains \u2026\`), got ${JSON.stringify(entries)}`);
                continue;
            }
            entries.forEach((entry, index) => {
                const base = `${kind}[${index}]`;
                let found = schemaProblems(schema, entry, base);
                // A violation may be a bare message: an object's problems are its own, not "must be string".
                if (kind === 'violations' && isObject(entry))
                    found = found.filter(p => !(p.field === base && p.message.startsWith('must be string')));
                const rule = isObject(entry) && typeof entry.rule === 'string'
                    ? ` (rule ${JSON.stringify(entry.rule)})`
                    : '';
                for (const p of found) {
                    const field = p.field === base ? 'the entry' : p.field.slice(base.length).replace(/^\./, '');
                    problems.push(`update_gate.custom.${team} ${base}${rule}: ${field} ${p.message}; expected ${shape}`);
                }
            });
        }
    }
    return problems;
}
/** Throws POLICY_OUTPUT listing every malformed contribution, naming the policy. */
function checkContributions(policy, resultSet) {
    const first = Array.isArray(resultSet)
        ? resultSet[0]
        : undefined;
    const problems = contributionProblems(first?.result);
    if (problems.length === 0)
        return;
    throw new GateError('POLICY_OUTPUT', `${problems.length} custom contribution(s) do not meet the contract (schemas/policy-output.schema.json, ${CONTRIBUTIONS_ENTRYPOINT}):`, { file: policy.name, details: problems.map(p => `- ${p}`) });
}

/**
 * Holds a policy's answer to the output contract: a policy that returns nothing, or something
 * malformed, is an error, never a decision.
 */
const validateOutput = validator('policy-output');
/** The first result of the entrypoint, held to the output contract. */
function checkOutput(policy, resultSet) {
    const first = Array.isArray(resultSet)
        ? resultSet[0]
        : undefined;
    if (first === undefined || first.result === undefined) {
        throw new GateError('POLICY_OUTPUT', `${DECISION_ENTRYPOINT} is undefined for this input: the policy made no decision`, {
            file: policy.name
        });
    }
    const output = first.result;
    if (!validateOutput(output)) {
        const problems = (validateOutput.errors ?? [])
            .slice(0, 5)
            .map(e => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
            .join('; ');
        throw new GateError('POLICY_OUTPUT', `the policy output does not meet the output contract: ${problems}`, {
            file: policy.name,
            field: validateOutput.errors?.[0]?.instancePath || undefined
        });
    }
    return output;
}

var json;
var hasRequiredJson;

function requireJson () {
	if (hasRequiredJson) return json;
	hasRequiredJson = 1;
	function isValidJSON(str) {
	  if (typeof str !== "string") {
	    return;
	  }
	  try {
	    JSON.parse(str);
	    return true;
	  } catch (err) {
	    if (err instanceof SyntaxError) {
	      return false;
	    }
	    throw err;
	  }
	}

	json = {
	  "json.is_valid": isValidJSON,
	};
	return json;
}

var sprintf = {};

/* global window, exports, define */

var hasRequiredSprintf;

function requireSprintf () {
	if (hasRequiredSprintf) return sprintf;
	hasRequiredSprintf = 1;
	(function (exports) {
		!function() {

		    var re = {
		        not_type: /[^T]/,
		        not_primitive: /[^v]/,
		        number: /[diefg]/,
		        numeric_arg: /[bcdiefguxX]/,
		        json: /[j]/,
		        text: /^[^\x25]+/,
		        modulo: /^\x25{2}/,
		        placeholder: /^\x25(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/,
		        key: /^([a-z_][a-z_\d]*)/i,
		        key_access: /^\.([a-z_][a-z_\d]*)/i,
		        index_access: /^\[(\d+)\]/,
		        sign: /^[+-]/
		    };

		    function sprintf(key) {
		        // `arguments` is not an array, but should be fine for this call
		        return sprintf_format(sprintf_parse(key), arguments)
		    }

		    function vsprintf(fmt, argv) {
		        return sprintf.apply(null, [fmt].concat(argv || []))
		    }

		    function sprintf_format(parse_tree, argv) {
		        var cursor = 1, tree_length = parse_tree.length, arg, output = '', i, k, ph, pad, pad_character, pad_length, is_positive, sign;
		        for (i = 0; i < tree_length; i++) {
		            if (typeof parse_tree[i] === 'string') {
		                output += parse_tree[i];
		            }
		            else if (typeof parse_tree[i] === 'object') {
		                ph = parse_tree[i]; // convenience purposes only
		                if (ph.keys) { // keyword argument
		                    arg = argv[cursor];
		                    for (k = 0; k < ph.keys.length; k++) {
		                        if (arg == undefined) {
		                            throw new Error(sprintf('[sprintf] Cannot access property "%s" of undefined value "%s"', ph.keys[k], ph.keys[k-1]))
		                        }
		                        arg = arg[ph.keys[k]];
		                    }
		                }
		                else if (ph.param_no) { // positional argument (explicit)
		                    arg = argv[ph.param_no];
		                }
		                else { // positional argument (implicit)
		                    arg = argv[cursor++];
		                }

		                if (re.not_type.test(ph.type) && re.not_primitive.test(ph.type) && arg instanceof Function) {
		                    arg = arg();
		                }

		                if (re.numeric_arg.test(ph.type) && (typeof arg !== 'number' && isNaN(arg))) {
		                    throw new TypeError(sprintf('[sprintf] expecting number but found %T', arg))
		                }

		                if (re.number.test(ph.type)) {
		                    is_positive = arg >= 0;
		                }

		                switch (ph.type) {
		                    case 'b':
		                        arg = parseInt(arg, 10).toString(2);
		                        break
		                    case 'c':
		                        arg = String.fromCharCode(parseInt(arg, 10));
		                        break
		                    case 'd':
		                    case 'i':
		                        arg = parseInt(arg, 10);
		                        break
		                    case 'j':
		                        arg = JSON.stringify(arg, null, ph.width ? parseInt(ph.width) : 0);
		                        break
		                    case 'e':
		                        arg = ph.precision ? parseFloat(arg).toExponential(ph.precision) : parseFloat(arg).toExponential();
		                        break
		                    case 'f':
		                        arg = ph.precision ? parseFloat(arg).toFixed(ph.precision) : parseFloat(arg);
		                        break
		                    case 'g':
		                        arg = ph.precision ? String(Number(arg.toPrecision(ph.precision))) : parseFloat(arg);
		                        break
		                    case 'o':
		                        arg = (parseInt(arg, 10) >>> 0).toString(8);
		                        break
		                    case 's':
		                        arg = String(arg);
		                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg);
		                        break
		                    case 't':
		                        arg = String(!!arg);
		                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg);
		                        break
		                    case 'T':
		                        arg = Object.prototype.toString.call(arg).slice(8, -1).toLowerCase();
		                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg);
		                        break
		                    case 'u':
		                        arg = parseInt(arg, 10) >>> 0;
		                        break
		                    case 'v':
		                        arg = arg.valueOf();
		                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg);
		                        break
		                    case 'x':
		                        arg = (parseInt(arg, 10) >>> 0).toString(16);
		                        break
		                    case 'X':
		                        arg = (parseInt(arg, 10) >>> 0).toString(16).toUpperCase();
		                        break
		                }
		                if (re.json.test(ph.type)) {
		                    output += arg;
		                }
		                else {
		                    if (re.number.test(ph.type) && (!is_positive || ph.sign)) {
		                        sign = is_positive ? '+' : '-';
		                        arg = arg.toString().replace(re.sign, '');
		                    }
		                    else {
		                        sign = '';
		                    }
		                    pad_character = ph.pad_char ? ph.pad_char === '0' ? '0' : ph.pad_char.charAt(1) : ' ';
		                    pad_length = ph.width - (sign + arg).length;
		                    pad = ph.width ? (pad_length > 0 ? pad_character.repeat(pad_length) : '') : '';
		                    output += ph.align ? sign + arg + pad : (pad_character === '0' ? sign + pad + arg : pad + sign + arg);
		                }
		            }
		        }
		        return output
		    }

		    var sprintf_cache = Object.create(null);

		    function sprintf_parse(fmt) {
		        if (sprintf_cache[fmt]) {
		            return sprintf_cache[fmt]
		        }

		        var _fmt = fmt, match, parse_tree = [], arg_names = 0;
		        while (_fmt) {
		            if ((match = re.text.exec(_fmt)) !== null) {
		                parse_tree.push(match[0]);
		            }
		            else if ((match = re.modulo.exec(_fmt)) !== null) {
		                parse_tree.push('%');
		            }
		            else if ((match = re.placeholder.exec(_fmt)) !== null) {
		                if (match[2]) {
		                    arg_names |= 1;
		                    var field_list = [], replacement_field = match[2], field_match = [];
		                    if ((field_match = re.key.exec(replacement_field)) !== null) {
		                        field_list.push(field_match[1]);
		                        while ((replacement_field = replacement_field.substring(field_match[0].length)) !== '') {
		                            if ((field_match = re.key_access.exec(replacement_field)) !== null) {
		                                field_list.push(field_match[1]);
		                            }
		                            else if ((field_match = re.index_access.exec(replacement_field)) !== null) {
		                                field_list.push(field_match[1]);
		                            }
		                            else {
		                                throw new SyntaxError('[sprintf] failed to parse named argument key')
		                            }
		                        }
		                    }
		                    else {
		                        throw new SyntaxError('[sprintf] failed to parse named argument key')
		                    }
		                    match[2] = field_list;
		                }
		                else {
		                    arg_names |= 2;
		                }
		                if (arg_names === 3) {
		                    throw new Error('[sprintf] mixing positional and named placeholders is not (yet) supported')
		                }

		                parse_tree.push(
		                    {
		                        placeholder: match[0],
		                        param_no:    match[1],
		                        keys:        match[2],
		                        sign:        match[3],
		                        pad_char:    match[4],
		                        align:       match[5],
		                        width:       match[6],
		                        precision:   match[7],
		                        type:        match[8]
		                    }
		                );
		            }
		            else {
		                throw new SyntaxError('[sprintf] unexpected placeholder')
		            }
		            _fmt = _fmt.substring(match[0].length);
		        }
		        return sprintf_cache[fmt] = parse_tree
		    }

		    /**
		     * export to either browser or node.js
		     */
		    /* eslint-disable quote-props */
		    {
		        exports['sprintf'] = sprintf;
		        exports['vsprintf'] = vsprintf;
		    }
		    if (typeof window !== 'undefined') {
		        window['sprintf'] = sprintf;
		        window['vsprintf'] = vsprintf;
		    }
		    /* eslint-enable quote-props */
		}(); // eslint-disable-line 
	} (sprintf));
	return sprintf;
}

var strings;
var hasRequiredStrings;

function requireStrings () {
	if (hasRequiredStrings) return strings;
	hasRequiredStrings = 1;
	const vsprintf = requireSprintf().vsprintf;

	const sprintf = (s, values) => vsprintf(s, values);

	strings = { sprintf };
	return strings;
}

var regex;
var hasRequiredRegex;

function requireRegex () {
	if (hasRequiredRegex) return regex;
	hasRequiredRegex = 1;
	const regexSplit = (pattern, s) => s.split(RegExp(pattern));

	regex = { "regex.split": regexSplit };
	return regex;
}

var yaml_1;
var hasRequiredYaml;

function requireYaml () {
	if (hasRequiredYaml) return yaml_1;
	hasRequiredYaml = 1;
	let loaded;
	const yaml = { parse: (s) => (loaded ??= require("./index-opa-yaml.cjs")).parse(s), stringify: (d) => (loaded ??= require("./index-opa-yaml.cjs")).stringify(d) };

	// see: https://eemeli.org/yaml/v1/#errors
	const errors = new Set([
	  "YAMLReferenceError",
	  "YAMLSemanticError",
	  "YAMLSyntaxError",
	  "YAMLWarning",
	]);

	function parse(str) {
	  if (typeof str !== "string") {
	    return { ok: false, result: undefined };
	  }

	  const YAML_SILENCE_WARNINGS_CACHED = commonjsGlobal.YAML_SILENCE_WARNINGS;
	  try {
	    // see: https://eemeli.org/yaml/v1/#silencing-warnings
	    commonjsGlobal.YAML_SILENCE_WARNINGS = true;
	    return { ok: true, result: yaml.parse(str) };
	  } catch (err) {
	    // Ignore parser errors.
	    if (err && errors.has(err.name)) {
	      return { ok: false, result: undefined };
	    }
	    throw err;
	  } finally {
	    commonjsGlobal.YAML_SILENCE_WARNINGS = YAML_SILENCE_WARNINGS_CACHED;
	  }
	}

	yaml_1 = {
	  // is_valid is expected to return nothing if input is invalid otherwise
	  // true/false for it being valid YAML.
	  "yaml.is_valid": (str) => typeof str === "string" ? parse(str).ok : undefined,
	  "yaml.marshal": (data) => yaml.stringify(data),
	  "yaml.unmarshal": (str) => parse(str).result,
	};
	return yaml_1;
}

var builtins;
var hasRequiredBuiltins;

function requireBuiltins () {
	if (hasRequiredBuiltins) return builtins;
	hasRequiredBuiltins = 1;
	const json = requireJson();
	const strings = requireStrings();
	const regex = requireRegex();
	const yaml = requireYaml();

	builtins = {
	  ...json,
	  ...strings,
	  ...regex,
	  ...yaml,
	};
	return builtins;
}

var opa$1;
var hasRequiredOpa;

function requireOpa () {
	if (hasRequiredOpa) return opa$1;
	hasRequiredOpa = 1;
	// Copyright 2018 The OPA Authors.  All rights reserved.
	// Use of this source code is governed by an Apache2
	// license that can be found in the LICENSE file.
	const builtIns = requireBuiltins();

	/**
	 * @param {WebAssembly.Memory} mem
	 */
	function stringDecoder(mem) {
	  return function (addr) {
	    const i8 = new Int8Array(mem.buffer);
	    let s = "";
	    while (i8[addr] !== 0) {
	      s += String.fromCharCode(i8[addr++]);
	    }
	    return s;
	  };
	}

	/**
	 * Stringifies and loads an object into OPA's Memory
	 * @param {WebAssembly.Instance} wasmInstance
	 * @param {WebAssembly.Memory} memory
	 * @param {any | ArrayBuffer} value data as `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
	 * @returns {number}
	 */
	function _loadJSON(wasmInstance, memory, value) {
	  if (value === undefined) {
	    return 0;
	  }

	  let valueBuf;
	  if (value instanceof ArrayBuffer) {
	    valueBuf = new Uint8Array(value);
	  } else {
	    const valueAsText = JSON.stringify(value);
	    valueBuf = new TextEncoder().encode(valueAsText);
	  }

	  const valueBufLen = valueBuf.byteLength;
	  const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
	  const memoryBuffer = new Uint8Array(memory.buffer);
	  memoryBuffer.set(valueBuf, rawAddr);

	  const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);

	  if (parsedAddr === 0) {
	    throw "failed to parse json value";
	  }
	  return parsedAddr;
	}

	/**
	 * Dumps and parses a JSON object from OPA's Memory
	 * @param {WebAssembly.Instance} wasmInstance
	 * @param {WebAssembly.Memory} memory
	 * @param {number} addr
	 * @returns {object}
	 */
	function _dumpJSON(wasmInstance, memory, addr) {
	  const rawAddr = wasmInstance.exports.opa_json_dump(addr);
	  return _dumpJSONRaw(memory, rawAddr);
	}

	/**
	 * Parses a JSON object from wasm instance's memory
	 * @param {WebAssembly.Memory} memory
	 * @param {number} addr
	 * @returns {object}
	 */
	function _dumpJSONRaw(memory, addr) {
	  const buf = new Uint8Array(memory.buffer);

	  let idx = addr;

	  while (buf[idx] !== 0) {
	    idx++;
	  }

	  const utf8View = new Uint8Array(memory.buffer, addr, idx - addr);
	  const jsonAsText = new TextDecoder().decode(utf8View);

	  return JSON.parse(jsonAsText);
	}

	const builtinFuncs = builtIns;

	/**
	 * _builtinCall dispatches the built-in function. The built-in function
	 * arguments are loaded from Wasm and back in using JSON serialization.
	 * @param {WebAssembly.Instance} wasmInstance
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinId: number]: string }} builtins
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @param {string} builtin_id
	 */
	function _builtinCall(
	  wasmInstance,
	  memory,
	  builtins,
	  customBuiltins,
	  builtinId,
	) {
	  const builtInName = builtins[builtinId];
	  const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];

	  if (impl === undefined) {
	    throw {
	      message: "not implemented: built-in function " +
	        builtinId +
	        ": " +
	        builtins[builtinId],
	    };
	  }

	  const argArray = Array.prototype.slice.apply(arguments);
	  const args = [];

	  for (let i = 5; i < argArray.length; i++) {
	    const jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
	    args.push(jsArg);
	  }

	  const result = impl(...args);

	  return _loadJSON(wasmInstance, memory, result);
	}

	/**
	 * _importObject builds the WebAssembly.Imports
	 * @param {Object} env
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @returns {WebAssembly.Imports}
	 */
	function _importObject(env, memory, customBuiltins) {
	  const addr2string = stringDecoder(memory);

	  return {
	    env: {
	      memory,
	      opa_abort: function (addr) {
	        throw addr2string(addr);
	      },
	      opa_println: function (addr) {
	        console.log(addr2string(addr));
	      },
	      opa_builtin0: function (builtinId, _ctx) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	        );
	      },
	      opa_builtin1: function (builtinId, _ctx, arg1) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	        );
	      },
	      opa_builtin2: function (builtinId, _ctx, arg1, arg2) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	          arg2,
	        );
	      },
	      opa_builtin3: function (builtinId, _ctx, arg1, arg2, arg3) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	          arg2,
	          arg3,
	        );
	      },
	      opa_builtin4: function (builtinId, _ctx, arg1, arg2, arg3, arg4) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	          arg2,
	          arg3,
	          arg4,
	        );
	      },
	    },
	  };
	}

	/**
	 * _preparePolicy checks the ABI version and loads the built-in functions
	 * @param {Object} env
	 * @param {WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance} wasm
	 * @param {WebAssembly.Memory} memory
	 * @returns { policy: WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance, minorVersion: number }}
	 */
	function _preparePolicy(env, wasm, memory) {
	  env.instance = wasm.instance ? wasm.instance : wasm;

	  // Note: On Node 10.x this value is a number on Node 12.x and up it is
	  // an object with numberic `value` property.
	  const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
	  if (abiVersionGlobal !== undefined) {
	    const abiVersion = typeof abiVersionGlobal === "number"
	      ? abiVersionGlobal
	      : abiVersionGlobal.value;
	    if (abiVersion !== 1) {
	      throw `unsupported ABI version ${abiVersion}`;
	    }
	  } else {
	    console.error("opa_wasm_abi_version undefined"); // logs to stderr
	  }

	  const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
	  let abiMinorVersion;
	  if (abiMinorVersionGlobal !== undefined) {
	    abiMinorVersion = typeof abiMinorVersionGlobal === "number"
	      ? abiMinorVersionGlobal
	      : abiMinorVersionGlobal.value;
	  } else {
	    console.error("opa_wasm_abi_minor_version undefined");
	  }

	  const builtins = _dumpJSON(
	    env.instance,
	    memory,
	    env.instance.exports.builtins(),
	  );

	  /** @type {typeof builtIns} */
	  env.builtins = {};

	  for (const key of Object.keys(builtins)) {
	    env.builtins[builtins[key]] = key;
	  }

	  return { policy: wasm, minorVersion: abiMinorVersion };
	}

	/**
	 * _loadPolicy can take in either an ArrayBuffer or WebAssembly.Module
	 * as its first argument, a WebAssembly.Memory for the second parameter,
	 * and an object mapping string names to additional builtin functions for
	 * the third parameter.
	 * It will return a Promise, depending on the input type the promise
	 * resolves to both a compiled WebAssembly.Module and its first WebAssembly.Instance
	 * or to the WebAssemblyInstance.
	 * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} policyWasm
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @returns {Promise<{ policy: WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance, minorVersion: number }>}
	 */
	async function _loadPolicy(policyWasm, memory, customBuiltins) {
	  const env = {};

	  const isStreaming = policyWasm instanceof Response ||
	    policyWasm instanceof Promise;

	  const importObject = _importObject(env, memory, customBuiltins);

	  const wasm =
	    await (isStreaming
	      ? WebAssembly.instantiateStreaming(policyWasm, importObject)
	      : WebAssembly.instantiate(policyWasm, importObject));

	  return _preparePolicy(env, wasm, memory);
	}

	/**
	 * _loadPolicySync can take in either an ArrayBuffer or WebAssembly.Module
	 * as its first argument, a WebAssembly.Memory for the second parameter,
	 * and an object mapping string names to additional builtin functions for
	 * the third parameter.
	 * It will return a compiled WebAssembly.Module and its first WebAssembly.Instance.
	 * @param {BufferSource | WebAssembly.Module} policyWasm
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @returns {Promise<{ policy: WebAssembly.Instance, minorVersion: number }>}
	 */
	function _loadPolicySync(policyWasm, memory, customBuiltins) {
	  const env = {};

	  if (
	    policyWasm instanceof ArrayBuffer ||
	    policyWasm.buffer instanceof ArrayBuffer
	  ) {
	    policyWasm = new WebAssembly.Module(policyWasm);
	  }

	  const wasm = new WebAssembly.Instance(
	    policyWasm,
	    _importObject(env, memory, customBuiltins),
	  );

	  return _preparePolicy(env, wasm, memory);
	}

	/**
	 * LoadedPolicy is a wrapper around a WebAssembly.Instance and WebAssembly.Memory
	 * for a compiled Rego policy. There are helpers to run the wasm instance and
	 * handle the output from the policy wasm.
	 */
	class LoadedPolicy {
	  /**
	   * Loads and initializes a compiled Rego policy.
	   * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
	   * @param {WebAssembly.Memory} memory
	   */
	  constructor(policy, memory, minorVersion) {
	    this.minorVersion = minorVersion;
	    this.mem = memory;

	    // Depending on how the wasm was instantiated "policy" might be a
	    // WebAssembly Instance or be a wrapper around the Module and
	    // Instance. We only care about the Instance.
	    this.wasmInstance = policy.instance ? policy.instance : policy;

	    this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
	    this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
	    this.dataHeapPtr = this.baseHeapPtr;
	    this.entrypoints = _dumpJSON(
	      this.wasmInstance,
	      this.mem,
	      this.wasmInstance.exports.entrypoints(),
	    );
	  }

	  /**
	   * Evaluates the loaded policy with the given input and
	   * return the result set. This should be re-used for multiple evaluations
	   * of the same policy with different inputs.
	   *
	   * To call a non-default entrypoint in your WASM specify it as the second
	   * param. A list of entrypoints can be accessed with the `this.entrypoints`
	   * property.
	   * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
	   * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
	   */
	  evaluate(input, entrypoint = 0) {
	    // determine entrypoint ID
	    if (typeof entrypoint === "number") ; else if (typeof entrypoint === "string") {
	      if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
	        entrypoint = this.entrypoints[entrypoint];
	      } else {
	        throw `entrypoint ${entrypoint} is not valid in this instance`;
	      }
	    } else {
	      throw `entrypoint value is an invalid type, must be either string or number`;
	    }

	    // ABI 1.2 fastpath
	    if (this.minorVersion >= 2) {
	      // write input into memory, adjust heap pointer
	      let inputBuf = null;
	      let inputLen = 0;
	      let inputAddr = 0;
	      if (input) {
	        if (input instanceof ArrayBuffer) {
	          inputBuf = new Uint8Array(input);
	        } else {
	          const inputAsText = JSON.stringify(input);
	          inputBuf = new TextEncoder().encode(inputAsText);
	        }

	        inputAddr = this.dataHeapPtr;
	        inputLen = inputBuf.byteLength;
	        const delta = inputAddr + inputLen - this.mem.buffer.byteLength;
	        if (delta > 0) {
	          const pages = roundup(delta);
	          this.mem.grow(pages);
	        }
	        const buf = new Uint8Array(this.mem.buffer);
	        buf.set(inputBuf, this.dataHeapPtr);
	      }

	      // opa_eval will update the Instance heap pointer to the value below
	      const heapPtr = this.dataHeapPtr + inputLen;

	      const ret = this.wasmInstance.exports.opa_eval(
	        0,
	        entrypoint,
	        this.dataAddr,
	        inputAddr,
	        inputLen,
	        heapPtr,
	        0,
	      );
	      return _dumpJSONRaw(this.mem, ret);
	    }

	    // Reset the heap pointer before each evaluation
	    this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);

	    // Load the input data
	    const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);

	    // Setup the evaluation context
	    const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
	    this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
	    this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
	    this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);

	    // Actually evaluate the policy
	    this.wasmInstance.exports.eval(ctxAddr);

	    // Retrieve the result
	    const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
	      ctxAddr,
	    );
	    return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
	  }

	  /**
	   * evalBool will evaluate the policy and return a boolean answer
	   * depending on the return code from the policy evaluation.
	   * @deprecated Use `evaluate` instead.
	   * @param {object} input
	   */
	  evalBool(input) {
	    const rs = this.evaluate(input);
	    return rs && rs.length === 1 && rs[0] === true;
	  }

	  /**
	   * Loads data for use in subsequent evaluations.
	   * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
	   */
	  setData(data) {
	    this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
	    this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data);
	    this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
	  }
	}

	function roundup(bytes) {
	  const pageSize = 64 * 1024;
	  return Math.ceil(bytes / pageSize);
	}

	opa$1 = {
	  /**
	   * Takes in either an ArrayBuffer or WebAssembly.Module
	   * and will return a Promise of a LoadedPolicy object which
	   * can be used to evaluate the policy.
	   *
	   * To set custom memory size specify number of memory pages
	   * as second param.
	   * Defaults to 5 pages (320KB).
	   * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
	   * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
	   * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
	   * @returns {Promise<LoadedPolicy>}
	   */
	  async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
	    // back-compat, second arg used to be a number: 'memorySize', with default of 5
	    if (typeof memoryDescriptor === "number") {
	      memoryDescriptor = { initial: memoryDescriptor };
	    }
	    memoryDescriptor.initial = memoryDescriptor.initial || 5;

	    const memory = new WebAssembly.Memory(memoryDescriptor);
	    const { policy, minorVersion } = await _loadPolicy(
	      regoWasm,
	      memory,
	      customBuiltins,
	    );
	    return new LoadedPolicy(policy, memory, minorVersion);
	  },

	  /**
	   * Takes in either an ArrayBuffer or WebAssembly.Module
	   * and will return a LoadedPolicy object which can be
	   * used to evaluate the policy.
	   *
	   * This cannot be used from the main thread in a browser.
	   * You must use the `loadPolicy` function instead, or call
	   * from a worker thread.
	   *
	   * To set custom memory size specify number of memory pages
	   * as second param.
	   * Defaults to 5 pages (320KB).
	   * @param {BufferSource | WebAssembly.Module} regoWasm
	   * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
	   * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
	   * @returns {LoadedPolicy}
	   */
	  loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
	    // back-compat, second arg used to be a number: 'memorySize', with default of 5
	    if (typeof memoryDescriptor === "number") {
	      memoryDescriptor = { initial: memoryDescriptor };
	    }
	    memoryDescriptor.initial = memoryDescriptor.initial || 5;

	    const memory = new WebAssembly.Memory(memoryDescriptor);
	    const { policy, minorVersion } = _loadPolicySync(
	      regoWasm,
	      memory,
	      customBuiltins,
	    );
	    return new LoadedPolicy(policy, memory, minorVersion);
	  },
	  LoadedPolicy,
	};
	return opa$1;
}

var opaExports = requireOpa();
var opa = /*@__PURE__*/getDefaultExportFromCjs(opaExports);

/**
 * @type {opa.loadPolicy}
 */
opa.loadPolicy;

var debug_1;
var hasRequiredDebug;

function requireDebug () {
	if (hasRequiredDebug) return debug_1;
	hasRequiredDebug = 1;

	const debug = (
	  typeof process === 'object' &&
	  process.env &&
	  process.env.NODE_DEBUG &&
	  /\bsemver\b/i.test(process.env.NODE_DEBUG)
	) ? (...args) => console.error('SEMVER', ...args)
	  : () => {};

	debug_1 = debug;
	return debug_1;
}

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	// Note: this is the semver.org version of the spec that it implements
	// Not necessarily the package version of this code.
	const SEMVER_SPEC_VERSION = '2.0.0';

	const MAX_LENGTH = 256;
	const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
	/* istanbul ignore next */ 9007199254740991;

	// Max safe segment length for coercion.
	const MAX_SAFE_COMPONENT_LENGTH = 16;

	// Max safe length for a build identifier. The max length minus 6 characters for
	// the shortest version with a build 0.0.0+BUILD.
	const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;

	// ECMAScript whitespace and line terminators matched by \s.
	const WHITESPACE_CHARACTERS = [
	  '\t',
	  '\n',
	  '\v',
	  '\f',
	  '\r',
	  ' ',
	  '\u00a0',
	  '\u1680',
	  '\u2000',
	  '\u2001',
	  '\u2002',
	  '\u2003',
	  '\u2004',
	  '\u2005',
	  '\u2006',
	  '\u2007',
	  '\u2008',
	  '\u2009',
	  '\u200a',
	  '\u2028',
	  '\u2029',
	  '\u202f',
	  '\u205f',
	  '\u3000',
	  '\ufeff',
	];

	const RELEASE_TYPES = [
	  'major',
	  'premajor',
	  'minor',
	  'preminor',
	  'patch',
	  'prepatch',
	  'prerelease',
	];

	constants = {
	  MAX_LENGTH,
	  MAX_SAFE_COMPONENT_LENGTH,
	  MAX_SAFE_BUILD_LENGTH,
	  MAX_SAFE_INTEGER,
	  WHITESPACE_CHARACTERS,
	  RELEASE_TYPES,
	  SEMVER_SPEC_VERSION,
	  FLAG_INCLUDE_PRERELEASE: 0b001,
	  FLAG_LOOSE: 0b010,
	};
	return constants;
}

var re = {exports: {}};

var hasRequiredRe;

function requireRe () {
	if (hasRequiredRe) return re.exports;
	hasRequiredRe = 1;
	(function (module, exports) {

		const {
		  MAX_SAFE_COMPONENT_LENGTH,
		  MAX_SAFE_BUILD_LENGTH,
		  MAX_LENGTH,
		} = requireConstants();
		const debug = requireDebug();
		exports = module.exports = {};

		// The actual regexps go on exports.re
		const re = exports.re = [];
		const safeRe = exports.safeRe = [];
		const src = exports.src = [];
		const safeSrc = exports.safeSrc = [];
		const t = exports.t = {};
		let R = 0;

		const LETTERDASHNUMBER = '[a-zA-Z0-9-]';

		// Replace some greedy regex tokens to prevent regex dos issues. These regex are
		// used internally via the safeRe object since all inputs in this library get
		// normalized first to trim and collapse all extra whitespace. The original
		// regexes are exported for userland consumption and lower level usage. A
		// future breaking change could export the safer regex only with a note that
		// all input should have extra whitespace removed.
		const safeRegexReplacements = [
		  ['\\s', 1],
		  ['\\d', MAX_LENGTH],
		  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
		];

		const makeSafeRegex = (value) => {
		  for (const [token, max] of safeRegexReplacements) {
		    value = value
		      .split(`${token}*`).join(`${token}{0,${max}}`)
		      .split(`${token}+`).join(`${token}{1,${max}}`);
		  }
		  return value
		};

		const createToken = (name, value, isGlobal) => {
		  const safe = makeSafeRegex(value);
		  const index = R++;
		  debug(name, index, value);
		  t[name] = index;
		  src[index] = value;
		  safeSrc[index] = safe;
		  re[index] = new RegExp(value, isGlobal ? 'g' : undefined);
		  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined);
		};

		// The following Regular Expressions can be used for tokenizing,
		// validating, and parsing SemVer version strings.

		// ## Numeric Identifier
		// A single `0`, or a non-zero digit followed by zero or more digits.

		createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*');
		createToken('NUMERICIDENTIFIERLOOSE', '\\d+');

		// ## Non-numeric Identifier
		// Zero or more digits, followed by a letter or hyphen, and then zero or
		// more letters, digits, or hyphens.

		createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);

		// ## Main Version
		// Three dot-separated numeric identifiers.

		createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})`);

		createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version Identifier
		// A numeric identifier, or a non-numeric identifier.
		// Non-numeric identifiers include numeric identifiers but can be longer.
		// Therefore non-numeric identifiers must go first.

		createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIER]})`);

		createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version
		// Hyphen, followed by one or more dot-separated pre-release version
		// identifiers.

		createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
		}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);

		createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
		}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);

		// ## Build Metadata Identifier
		// Any combination of digits, letters, or hyphens.

		createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`);

		// ## Build Metadata
		// Plus sign, followed by one or more period-separated build metadata
		// identifiers.

		createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
		}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);

		// ## Full Version String
		// A main version, followed optionally by a pre-release version and
		// build metadata.

		// Note that the only major, minor, patch, and pre-release sections of
		// the version string are capturing groups.  The build metadata is not a
		// capturing group, because it should not ever be used in version
		// comparison.

		createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
		}${src[t.PRERELEASE]}?${
		  src[t.BUILD]}?`);

		createToken('FULL', `^${src[t.FULLPLAIN]}$`);

		// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
		// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
		// common in the npm registry.
		createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
		}${src[t.PRERELEASELOOSE]}?${
		  src[t.BUILD]}?`);

		createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`);

		createToken('GTLT', '((?:<|>)?=?)');

		// Something like "2.*" or "1.2.x".
		// Note that "x.x" is a valid xRange identifier, meaning "any version"
		// Only the first item is strictly required.
		createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
		createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);

		createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:${src[t.PRERELEASE]})?${
		                     src[t.BUILD]}?` +
		                   `)?)?`);

		createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:${src[t.PRERELEASELOOSE]})?${
		                          src[t.BUILD]}?` +
		                        `)?)?`);

		createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
		createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);

		// Coercion.
		// Extract anything that could conceivably be a part of a valid semver
		createToken('COERCEPLAIN', `${'(^|[^\\d])' +
		              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
		createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
		createToken('COERCEFULL', src[t.COERCEPLAIN] +
		              `(?:${src[t.PRERELEASE]})?` +
		              `(?:${src[t.BUILD]})?` +
		              `(?:$|[^\\d])`);
		createToken('COERCERTL', src[t.COERCE], true);
		createToken('COERCERTLFULL', src[t.COERCEFULL], true);

		// Tilde ranges.
		// Meaning is "reasonably at or greater than"
		createToken('LONETILDE', '(?:~>?)');

		createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true);
		exports.tildeTrimReplace = '$1~';

		createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
		createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);

		// Caret ranges.
		// Meaning is "at least and backwards compatible with"
		createToken('LONECARET', '(?:\\^)');

		createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true);
		exports.caretTrimReplace = '$1^';

		createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
		createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);

		// A simple gt/lt/eq thing, or just "" to indicate "any version"
		createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
		createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);

		// An expression to strip any whitespace between the gtlt and the thing
		// it modifies, so that `> 1.2.3` ==> `>1.2.3`
		createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
		}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
		exports.comparatorTrimReplace = '$1$2$3';

		// Something like `1.2.3 - 1.2.4`
		// Note that these all use the loose form, because they'll be
		// checked against either the strict or loose comparator form
		// later.
		createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
		                   `\\s+-\\s+` +
		                   `(${src[t.XRANGEPLAIN]})` +
		                   `\\s*$`);

		createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s+-\\s+` +
		                        `(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s*$`);

		// Star ranges basically just allow anything at all.
		createToken('STAR', '(<|>)?=?\\s*\\*');
		// >=0.0.0 is like a star
		createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$');
		createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$'); 
	} (re, re.exports));
	return re.exports;
}

var parseOptions_1;
var hasRequiredParseOptions;

function requireParseOptions () {
	if (hasRequiredParseOptions) return parseOptions_1;
	hasRequiredParseOptions = 1;

	// parse out just the options we care about
	const looseOption = Object.freeze({ loose: true });
	const emptyOpts = Object.freeze({ });
	const parseOptions = options => {
	  if (!options) {
	    return emptyOpts
	  }

	  if (typeof options !== 'object') {
	    return looseOption
	  }

	  return options
	};
	parseOptions_1 = parseOptions;
	return parseOptions_1;
}

var identifiers;
var hasRequiredIdentifiers;

function requireIdentifiers () {
	if (hasRequiredIdentifiers) return identifiers;
	hasRequiredIdentifiers = 1;

	const numeric = /^[0-9]+$/;
	const compareIdentifiers = (a, b) => {
	  if (typeof a === 'number' && typeof b === 'number') {
	    return a === b ? 0 : a < b ? -1 : 1
	  }

	  const anum = numeric.test(a);
	  const bnum = numeric.test(b);

	  if (anum && bnum) {
	    a = +a;
	    b = +b;
	  }

	  return a === b ? 0
	    : (anum && !bnum) ? -1
	    : (bnum && !anum) ? 1
	    : a < b ? -1
	    : 1
	};

	const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);

	identifiers = {
	  compareIdentifiers,
	  rcompareIdentifiers,
	};
	return identifiers;
}

var semver;
var hasRequiredSemver;

function requireSemver () {
	if (hasRequiredSemver) return semver;
	hasRequiredSemver = 1;

	const debug = requireDebug();
	const { MAX_LENGTH, MAX_SAFE_INTEGER } = requireConstants();
	const { safeRe: re, t } = requireRe();

	const parseOptions = requireParseOptions();
	const { compareIdentifiers } = requireIdentifiers();

	const isPrereleaseIdentifier = (prerelease, identifier) => {
	  const identifiers = identifier.split('.');
	  if (identifiers.length > prerelease.length) {
	    return false
	  }

	  for (let i = 0; i < identifiers.length; i++) {
	    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
	      return false
	    }
	  }

	  return true
	};

	class SemVer {
	  constructor (version, options) {
	    options = parseOptions(options);

	    if (version instanceof SemVer) {
	      if (version.loose === !!options.loose &&
	        version.includePrerelease === !!options.includePrerelease) {
	        return version
	      } else {
	        version = version.version;
	      }
	    } else if (typeof version !== 'string') {
	      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
	    }

	    if (version.length > MAX_LENGTH) {
	      throw new TypeError(
	        `version is longer than ${MAX_LENGTH} characters`
	      )
	    }

	    debug('SemVer', version, options);
	    this.options = options;
	    this.loose = !!options.loose;
	    // this isn't actually relevant for versions, but keep it so that we
	    // don't run into trouble passing this.options around.
	    this.includePrerelease = !!options.includePrerelease;

	    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);

	    if (!m) {
	      throw new TypeError(`Invalid Version: ${version}`)
	    }

	    this.raw = version;

	    // these are actually numbers
	    this.major = +m[1];
	    this.minor = +m[2];
	    this.patch = +m[3];

	    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
	      throw new TypeError('Invalid major version')
	    }

	    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
	      throw new TypeError('Invalid minor version')
	    }

	    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
	      throw new TypeError('Invalid patch version')
	    }

	    // numberify any prerelease numeric ids
	    if (!m[4]) {
	      this.prerelease = [];
	    } else {
	      this.prerelease = m[4].split('.').map((id) => {
	        if (/^[0-9]+$/.test(id)) {
	          const num = +id;
	          if (num >= 0 && num < MAX_SAFE_INTEGER) {
	            return num
	          }
	        }
	        return id
	      });
	    }

	    this.build = m[5] ? m[5].split('.') : [];
	    this.format();
	  }

	  format () {
	    this.version = `${this.major}.${this.minor}.${this.patch}`;
	    if (this.prerelease.length) {
	      this.version += `-${this.prerelease.join('.')}`;
	    }
	    return this.version
	  }

	  toString () {
	    return this.version
	  }

	  compare (other) {
	    debug('SemVer.compare', this.version, this.options, other);
	    if (!(other instanceof SemVer)) {
	      if (typeof other === 'string' && other === this.version) {
	        return 0
	      }
	      other = new SemVer(other, this.options);
	    }

	    if (other.version === this.version) {
	      return 0
	    }

	    return this.compareMain(other) || this.comparePre(other)
	  }

	  compareMain (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    if (this.major < other.major) {
	      return -1
	    }
	    if (this.major > other.major) {
	      return 1
	    }
	    if (this.minor < other.minor) {
	      return -1
	    }
	    if (this.minor > other.minor) {
	      return 1
	    }
	    if (this.patch < other.patch) {
	      return -1
	    }
	    if (this.patch > other.patch) {
	      return 1
	    }
	    return 0
	  }

	  comparePre (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    // NOT having a prerelease is > having one
	    if (this.prerelease.length && !other.prerelease.length) {
	      return -1
	    } else if (!this.prerelease.length && other.prerelease.length) {
	      return 1
	    } else if (!this.prerelease.length && !other.prerelease.length) {
	      return 0
	    }

	    let i = 0;
	    do {
	      const a = this.prerelease[i];
	      const b = other.prerelease[i];
	      debug('prerelease compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  compareBuild (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    let i = 0;
	    do {
	      const a = this.build[i];
	      const b = other.build[i];
	      debug('build compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  // preminor will bump the version up to the next minor release, and immediately
	  // down to pre-release. premajor and prepatch work the same way.
	  inc (release, identifier, identifierBase) {
	    if (release.startsWith('pre')) {
	      if (!identifier && identifierBase === false) {
	        throw new Error('invalid increment argument: identifier is empty')
	      }
	      // Avoid an invalid semver results
	      if (identifier) {
	        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
	        if (!match || match[1] !== identifier) {
	          throw new Error(`invalid identifier: ${identifier}`)
	        }
	      }
	    }

	    switch (release) {
	      case 'premajor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor = 0;
	        this.major++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'preminor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'prepatch':
	        // If this is already a prerelease, it will bump to the next version
	        // drop any prereleases that might already exist, since they are not
	        // relevant at this point.
	        this.prerelease.length = 0;
	        this.inc('patch', identifier, identifierBase);
	        this.inc('pre', identifier, identifierBase);
	        break
	      // If the input is a non-prerelease version, this acts the same as
	      // prepatch.
	      case 'prerelease':
	        if (this.prerelease.length === 0) {
	          this.inc('patch', identifier, identifierBase);
	        }
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'release':
	        if (this.prerelease.length === 0) {
	          throw new Error(`version ${this.raw} is not a prerelease`)
	        }
	        this.prerelease.length = 0;
	        break

	      case 'major':
	        // If this is a pre-major version, bump up to the same major version.
	        // Otherwise increment major.
	        // 1.0.0-5 bumps to 1.0.0
	        // 1.1.0 bumps to 2.0.0
	        if (
	          this.minor !== 0 ||
	          this.patch !== 0 ||
	          this.prerelease.length === 0
	        ) {
	          this.major++;
	        }
	        this.minor = 0;
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'minor':
	        // If this is a pre-minor version, bump up to the same minor version.
	        // Otherwise increment minor.
	        // 1.2.0-5 bumps to 1.2.0
	        // 1.2.1 bumps to 1.3.0
	        if (this.patch !== 0 || this.prerelease.length === 0) {
	          this.minor++;
	        }
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'patch':
	        // If this is not a pre-release version, it will increment the patch.
	        // If it is a pre-release it will bump up to the same patch version.
	        // 1.2.0-5 patches to 1.2.0
	        // 1.2.0 patches to 1.2.1
	        if (this.prerelease.length === 0) {
	          this.patch++;
	        }
	        this.prerelease = [];
	        break
	      // This probably shouldn't be used publicly.
	      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
	      case 'pre': {
	        const base = Number(identifierBase) ? 1 : 0;

	        if (this.prerelease.length === 0) {
	          this.prerelease = [base];
	        } else {
	          let i = this.prerelease.length;
	          while (--i >= 0) {
	            if (typeof this.prerelease[i] === 'number') {
	              this.prerelease[i]++;
	              i = -2;
	            }
	          }
	          if (i === -1) {
	            // didn't increment anything
	            if (identifier === this.prerelease.join('.') && identifierBase === false) {
	              throw new Error('invalid increment argument: identifier already exists')
	            }
	            this.prerelease.push(base);
	          }
	        }
	        if (identifier) {
	          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
	          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
	          let prerelease = [identifier, base];
	          if (identifierBase === false) {
	            prerelease = [identifier];
	          }
	          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
	            const prereleaseBase = this.prerelease[identifier.split('.').length];
	            if (isNaN(prereleaseBase)) {
	              this.prerelease = prerelease;
	            }
	          } else {
	            this.prerelease = prerelease;
	          }
	        }
	        break
	      }
	      default:
	        throw new Error(`invalid increment argument: ${release}`)
	    }
	    this.raw = this.format();
	    if (this.build.length) {
	      this.raw += `+${this.build.join('.')}`;
	    }
	    return this
	  }
	}

	semver = SemVer;
	return semver;
}

var semverLibrary;
var hasRequiredSemverLibrary;

function requireSemverLibrary () {
	if (hasRequiredSemverLibrary) return semverLibrary;
	hasRequiredSemverLibrary = 1;
	// The `semver` package's SemVer class, required on first use rather than at start-up: loading it
	// builds every regular expression of the package at every start, while a run that
	// compares no versions under the semver scheme (an evaluation of the seed examples) never calls
	// it. CommonJS, as yaml-library.cjs is, because only a require() can be deferred without making
	// its callers asynchronous; the bundle runs the package's code on the first call (it stays in the
	// bundle, where the keyless signer's chunk finds the rest of the package).
	let SemVer;
	semverLibrary = () => (SemVer ??= requireSemver());
	return semverLibrary;
}

var semverLibraryExports = requireSemverLibrary();
var semverClass = /*@__PURE__*/getDefaultExportFromCjs(semverLibraryExports);

/** SemVer 2.0.0 as semver.org gives it (no leading zeros), plus the optional `v` that OPA accepts. */
const SEMVER$1 = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
class HostBuiltinError extends Error {
    constructor(builtin, message) {
        super(`${builtin}: ${message}`);
        this.name = 'HostBuiltinError';
    }
}
function parseSemver(builtin, value) {
    if (typeof value !== 'string' || !SEMVER$1.test(value)) {
        throw new HostBuiltinError(builtin, `${JSON.stringify(value)} is not a valid SemVer`);
    }
    return new (semverClass())(value);
}
/** `semver.compare(a, b)`: -1, 0 or 1 by SemVer precedence (build metadata ignored). */
function semverCompare(a, b) {
    return parseSemver('semver.compare', a).compare(parseSemver('semver.compare', b));
}
/** `semver.is_valid(x)`: whether x is a SemVer string; false for any other value. */
function semverIsValid(value) {
    return typeof value === 'string' && SEMVER$1.test(value);
}
/** Longest pattern and value `regex.find_n` takes (bounded work on policy data). */
const MAX_REGEX_INPUT = 4096;
/**
 * `regex.find_n(pattern, value, number)`: the first `number` (all when -1) non-overlapping
 * matches of pattern in value, as Go's Regexp.FindAllString gives them. The pattern is compiled
 * as a JavaScript Unicode regular expression: RE2 syntax common to both (classes, alternation,
 * quantifiers, anchors, \d \w \s, \p{\u2026}) behaves the same; RE2-only syntax (e.g. `(?P<n>`)
 * or JavaScript-only syntax (look-around, back-references) is an error, so the call is
 * undefined rather than answering differently from OPA. The policy uses it to segment generic
 * versions (lib.version_cmp).
 */
function regexFindN(pattern, value, number) {
    if (typeof pattern !== 'string' || typeof value !== 'string' || typeof number !== 'number') {
        throw new HostBuiltinError('regex.find_n', 'expected (string, string, number)');
    }
    if (pattern.length > MAX_REGEX_INPUT || value.length > MAX_REGEX_INPUT) {
        throw new HostBuiltinError('regex.find_n', `pattern and value are limited to ${MAX_REGEX_INPUT} characters`);
    }
    if (/\(?P<|\(\?[=!<]|\\[1-9k]/.test(pattern)) {
        throw new HostBuiltinError('regex.find_n', 'pattern uses syntax RE2 and JavaScript read differently');
    }
    let re;
    try {
        re = new RegExp(pattern, 'gu');
    }
    catch (error) {
        throw new HostBuiltinError('regex.find_n', `invalid pattern: ${error instanceof Error ? error.message : String(error)}`);
    }
    const out = [];
    let last = -1;
    for (const m of value.matchAll(re)) {
        if (number >= 0 && out.length >= number)
            break;
        // Go ignores an empty match right after the previous match.
        if (m[0] === '' && m.index === last)
            continue;
        out.push(m[0]);
        last = m.index + m[0].length;
    }
    return out;
}
const RFC3339_PROBLEM = {
    syntax: 'is not an RFC 3339 time',
    'no-zone': 'has no zone',
    calendar: 'is not a valid calendar time',
    fraction: 'has more than 9 fractional-second digits',
    offset: 'has an invalid zone offset'
};
/**
 * Nanoseconds since the Unix epoch of an RFC 3339 time, exact as a BigInt. OPA's own
 * `time.parse_rfc3339_ns` returns the same integer.
 */
function rfc3339ToEpochNs(value) {
    const parsed = parseRfc3339(value, 'strict');
    if (typeof parsed === 'string') {
        throw new HostBuiltinError('time.parse_rfc3339_ns', `${JSON.stringify(value)} ${RFC3339_PROBLEM[parsed]}`);
    }
    return BigInt(parsed.epochSecondMs) * 1000000n + BigInt(parsed.fraction.padEnd(9, '0'));
}
/**
 * `time.parse_rfc3339_ns(x)`. The wasm host exchanges JSON numbers, exact up to 17 significant
 * digits: times at millisecond precision (what the load stage produces) come through exactly.
 */
function timeParseRfc3339Ns(value) {
    if (typeof value !== 'string') {
        throw new HostBuiltinError('time.parse_rfc3339_ns', `expected a string, got ${typeof value}`);
    }
    return Number(rfc3339ToEpochNs(value));
}
/**
 * OPA (without --strict-builtin-errors) makes a builtin call that errors undefined rather than
 * aborting evaluation; opa-wasm turns an `undefined` result into exactly that.
 */
const undefinedOnError = (builtin) => (...args) => {
    try {
        return builtin(...args);
    }
    catch {
        return undefined;
    }
};
/** The host builtins by OPA name, as @open-policy-agent/opa-wasm takes them. */
const hostBuiltins = {
    'semver.compare': undefinedOnError((a, b) => semverCompare(a, b)),
    'semver.is_valid': undefinedOnError(value => semverIsValid(value)),
    'regex.find_n': undefinedOnError((p, v, n) => regexFindN(p, v, n)),
    'time.parse_rfc3339_ns': undefinedOnError(value => timeParseRfc3339Ns(value))
};
/** Builtins the opa-wasm SDK itself implements in JavaScript (src/builtins of the package). */
const SDK_BUILTINS = [
    'json.is_valid',
    'regex.split',
    'sprintf',
    'yaml.is_valid',
    'yaml.marshal',
    'yaml.unmarshal'
];

/** Value tags (`opa_value.type`). */
const NULL = 1;
const BOOLEAN = 2;
const NUMBER = 3;
const STRING = 4;
const ARRAY = 5;
const OBJECT = 6;
const SET = 7;
const STRING_INTERNED = 8;
const BOOLEAN_INTERNED = 9;
/** `opa_number_t.repr` of a number held as a 64-bit integer. */
const NUMBER_REPR_INT = 1;
/** Deeper than any value a policy builds; a bound so that a corrupt value cannot loop. */
const MAX_DEPTH = 10_000;
const utf8 = new TextDecoder();
const exportsOf = (policy) => policy.wasmInstance.exports;
/** `object[key] = value` as JSON.parse sets it: a key `__proto__` is an own property too. */
function setOwn(object, key, value) {
    if (key === '__proto__')
        Object.defineProperty(object, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
        });
    else
        object[key] = value;
}
/**
 * OPA's own JSON text of the value at `addr` (`opa_json_dump`), whatever the module's value
 * layout. The writer allocates in wasm, so it may grow the memory.
 */
function dumpedText(policy, addr) {
    const start = exportsOf(policy).opa_json_dump(addr);
    const bytes = new Uint8Array(policy.mem.buffer);
    const end = bytes.indexOf(0, start);
    if (end < 0)
        throw new Error(`opa value: no end to the text at ${start}`);
    return utf8.decode(bytes.subarray(start, end));
}
/** Reads the value at `addr` (an `opa_value *`) of `policy`'s memory. */
function readValue(policy, addr) {
    // OPA's writer (`dumped`) may grow the memory, which detaches the views: taken anew then.
    let bytes = new Uint8Array(policy.mem.buffer);
    let view = new DataView(policy.mem.buffer);
    const u32 = (at) => view.getUint32(at, true);
    const dumped = (at) => {
        const text = dumpedText(policy, at);
        bytes = new Uint8Array(policy.mem.buffer);
        view = new DataView(policy.mem.buffer);
        return text;
    };
    const string = (at) => {
        const start = u32(at + 8);
        return utf8.decode(bytes.subarray(start, start + u32(at + 4)));
    };
    // Elements of a hash table's buckets (an object's or a set's), in bucket order: the order
    // opa_value_iter, and so OPA's JSON writer, visits them in.
    const elements = (at, next, visit) => {
        const buckets = u32(at + 4);
        const count = u32(at + 8);
        let seen = 0;
        for (let i = 0; i < count; i++) {
            for (let elem = u32(buckets + i * 4); elem !== 0; elem = u32(elem + next)) {
                visit(elem);
                seen++;
            }
        }
        if (seen !== u32(at + 12))
            throw new Error(`opa value: a collection at ${at} is not whole`);
    };
    const read = (at, depth) => {
        if (depth > MAX_DEPTH)
            throw new Error('opa value: nested too deeply');
        const tag = view.getUint8(at);
        switch (tag) {
            case NULL:
                return null;
            case BOOLEAN:
            case BOOLEAN_INTERNED:
                return view.getUint8(at + 1) !== 0;
            case NUMBER:
                return view.getUint8(at + 1) === NUMBER_REPR_INT
                    ? Number(view.getBigInt64(at + 8, true))
                    : JSON.parse(dumped(at));
            case STRING:
            case STRING_INTERNED:
                return string(at);
            case ARRAY: {
                const elems = u32(at + 4);
                const out = new Array(u32(at + 8));
                for (let i = 0; i < out.length; i++)
                    out[i] = read(u32(elems + i * 8 + 4), depth + 1);
                return out;
            }
            case OBJECT: {
                const out = {};
                elements(at, 8, elem => {
                    const key = u32(elem);
                    // A key that is not a string is written as its own JSON text, as OPA's writer does.
                    const name = view.getUint8(key) === STRING || view.getUint8(key) === STRING_INTERNED;
                    setOwn(out, name ? string(key) : dumped(key), read(u32(elem + 4), depth + 1));
                });
                return out;
            }
            case SET: {
                const out = [];
                elements(at, 4, elem => out.push(read(u32(elem), depth + 1)));
                return out;
            }
            default:
                throw new Error(`opa value: unknown tag ${tag} at ${at}`);
        }
    };
    return read(addr, 0);
}
/**
 * Evaluates each entrypoint (by name) with `input` (JSON text) and the data last set, and reads
 * each result set. The input is parsed once, on the heap above the data, which is reset first
 * (as the SDK's evaluate does), so that evaluations do not pile up in memory.
 */
function evaluateEntrypoints(policy, input, entrypoints) {
    const opa = exportsOf(policy);
    const ids = policy.entrypoints;
    opa.opa_heap_ptr_set(policy.dataHeapPtr);
    const text = opa.opa_malloc(input.byteLength);
    new Uint8Array(policy.mem.buffer).set(input, text);
    const parsed = opa.opa_json_parse(text, input.byteLength);
    if (parsed === 0)
        throw new Error('the input is not JSON OPA can parse');
    return entrypoints.map(name => {
        const id = ids[name];
        if (id === undefined)
            throw new Error(`the policy has no entrypoint ${name}`);
        const ctx = opa.opa_eval_ctx_new();
        opa.opa_eval_ctx_set_input(ctx, parsed);
        opa.opa_eval_ctx_set_data(ctx, policy.dataAddr);
        opa.opa_eval_ctx_set_entrypoint(ctx, id);
        const code = opa.eval(ctx);
        if (code !== 0)
            throw new Error(`evaluating ${name} failed (OPA error code ${code})`);
        return readValue(policy, opa.opa_eval_ctx_get_result(ctx));
    });
}

/**
 * Loads a compiled Rego policy (OPA wasm) and checks, before anything is evaluated, that the
 * host can run it: the decision entrypoint exists and every builtin it imports is provided.
 * Used alike in process (the built-in policy) and in the worker (any other policy).
 */
// The package's ESM entry names only loadPolicy; loadPolicySync is on its default export.
const { loadPolicySync } = opa;
/** A wasm page: 64 KiB. */
const PAGE_BYTES = 64 * 1024;
/** wasm32's limit: 65 536 pages, 4 GiB. */
const MAX_PAGES = 65536;
/** Memory of a policy instance in 64 KiB pages: at least 256 MiB whatever the input. */
const MEMORY = { initial: 16, maximum: 4096 };
/**
 * Bytes of wasm memory a policy may use per byte of JSON input. The built-in policy uses about
 * 48 (the input parsed, then what the rules build; `npm run bench`'s scale packages); the
 * limit leaves room for team packages on top.
 */
const MEMORY_PER_INPUT_BYTE = 96;
/**
 * Bytes of wasm memory an instance starts with per byte of JSON input: what the built-in policy
 * uses (about 48) with a margin. OPA's allocator grows the memory one 64 KiB page at a time and
 * each grow costs V8 more the larger the memory is: at 10 000 configurations (400 MiB of heap)
 * growing took three quarters of the evaluation. Pages allocated up front and never touched
 * cost address space, not resident memory.
 */
const INITIAL_MEMORY_PER_INPUT_BYTE = 64;
const pagesFor = (bytes) => Math.ceil(bytes / PAGE_BYTES);
/**
 * The wasm memory for an input of this many bytes of JSON: 256 MiB, or more in proportion to
 * the input, up to wasm32's 4 GiB. The maximum is a bound, not an allocation: the memory grows
 * only as the policy allocates, from an initial size in proportion to the input.
 */
function memoryFor(inputBytes) {
    const maximum = Math.min(MAX_PAGES, Math.max(MEMORY.maximum, pagesFor(inputBytes * MEMORY_PER_INPUT_BYTE)));
    const initial = Math.min(maximum, Math.max(MEMORY.initial, pagesFor(inputBytes * INITIAL_MEMORY_PER_INPUT_BYTE)));
    return { initial, maximum };
}
/**
 * Whether an input needs a new instance: its memory bound is larger than the instance's, or it
 * should start with more memory than the instance has now.
 */
const needsNewInstance = (checked, memory) => memory.maximum > checked.memory.maximum ||
    memory.initial > checked.instance.mem.buffer.byteLength / PAGE_BYTES;
/**
 * What the host evaluates of a module with these entrypoints: the one evaluation of the
 * contributions and the decision (EVALUATION_ENTRYPOINT) when it has it; else, in a module built
 * by an earlier version to extend the built-in policy, the contributions and then the decision;
 * else the decision alone (a replacement or a bare module: no contributions to check).
 */
const hostReads = (entrypoints) => entrypoints.includes(EVALUATION_ENTRYPOINT)
    ? [EVALUATION_ENTRYPOINT]
    : entrypoints.includes(CONTRIBUTIONS_ENTRYPOINT)
        ? [CONTRIBUTIONS_ENTRYPOINT, DECISION_ENTRYPOINT]
        : [DECISION_ENTRYPOINT];
/**
 * Evaluates the instance (its data set) on `input`, JSON text parsed once for every entrypoint
 * read: the decision's result set and the contributions' (checked by the caller before it reads
 * the decision).
 */
function evaluatePolicy(checked, input) {
    const results = evaluateEntrypoints(checked.instance, input, checked.reads);
    if (checked.reads[0] !== EVALUATION_ENTRYPOINT) {
        return {
            resultSet: results.at(-1),
            contributions: checked.reads.length > 1 ? results[0] : undefined
        };
    }
    const [answer] = results[0];
    const value = isObject(answer?.result) ? answer.result : {};
    const resultSet = (key) => (key in value ? [{ result: value[key] }] : []);
    return { resultSet: resultSet('result'), contributions: resultSet('contributions') };
}
/**
 * Compiles the module, once (a worker receives the compiled module, never the bytes). Async, so
 * that the main thread goes on (loading the trust file) meanwhile. With V8's default lazy wasm
 * compilation this step only decodes and validates the module: each function is compiled
 * (Liftoff) at its first call, on the thread that calls it, during the first evaluation, async
 * or not. (Eager compilation, V8's --no-wasm-lazy-compilation, compiles every function of the
 * module, also those an evaluation never calls.)
 */
async function compileModule(wasm, name) {
    try {
        return await WebAssembly.compile(wasm);
    }
    catch (error) {
        throw new GateError('POLICY_LOAD', `not a loadable OPA wasm policy: ${messageOf(error)}`, {
            file: name
        });
    }
}
/** The builtins a module imports, read through the OPA wasm ABI (`builtins`, `opa_json_dump`). */
function importedBuiltins(instance) {
    const { exports } = instance.wasmInstance;
    const names = JSON.parse(dumpedText(instance, exports.builtins()));
    return Object.keys(names).sort();
}
/**
 * What the SDK calls on every OPA wasm module (ABI 1.x). Checked before it runs one: on a module
 * without them it prints to stderr and fails with a message about its own internals.
 */
const OPA_ABI_EXPORTS = [
    'opa_wasm_abi_version',
    'opa_wasm_abi_minor_version',
    'builtins',
    'entrypoints',
    'opa_malloc',
    'opa_heap_ptr_get',
    'opa_heap_ptr_set',
    'opa_json_parse',
    'opa_json_dump',
    'opa_eval_ctx_new',
    'eval'
];
/** Instantiates the module and checks that this host can run it (POLICY_LOAD if not). */
function instantiatePolicy(module, name, memory = MEMORY) {
    const exported = new Set(WebAssembly.Module.exports(module).map(e => e.name));
    const absent = OPA_ABI_EXPORTS.filter(e => !exported.has(e));
    if (absent.length > 0) {
        throw new GateError('POLICY_LOAD', `not an OPA wasm policy: it does not export ${absent.join(', ')} (build it with opa build -t wasm)`, { file: name });
    }
    let instance;
    try {
        instance = loadPolicySync(module, { ...memory }, hostBuiltins);
    }
    catch (error) {
        throw new GateError('POLICY_LOAD', `not a loadable OPA wasm policy: ${messageOf(error)}`, {
            file: name
        });
    }
    const entrypoints = Object.keys((instance.entrypoints ?? {}));
    if (!entrypoints.includes(DECISION_ENTRYPOINT)) {
        throw new GateError('POLICY_LOAD', `the policy has no entrypoint ${DECISION_ENTRYPOINT} (it has: ${entrypoints.join(', ') || 'none'}); build it with -e ${DECISION_ENTRYPOINT}`, { file: name });
    }
    const imports = importedBuiltins(instance);
    const provided = new Set([...Object.keys(hostBuiltins), ...SDK_BUILTINS]);
    const missing = imports.filter(builtin => !provided.has(builtin));
    if (missing.length > 0) {
        throw new GateError('POLICY_LOAD', `the policy calls builtins this host does not provide: ${missing.join(', ')}; build it against policies/capabilities.json`, { file: name });
    }
    return {
        instance,
        imports,
        memory,
        reads: hostReads(entrypoints)
    };
}

/**
 * The run-time side of policies: one interface, two runners. The built-in policy runs in
 * process; any other policy (a team's bundle, wasm or Rego directory) runs in a bounded worker
 * (time limit, memory limits). Authoring tools (opa, bundles) are in src/authoring, not here.
 */
/** The built-in policy, evaluated in process. */
class InProcessRunner {
    bundle;
    sha256;
    module;
    imports;
    checked;
    data;
    constructor(bundle, sha256, checked, module) {
        this.bundle = bundle;
        this.sha256 = sha256;
        this.module = module;
        this.checked = checked;
        this.imports = checked.imports;
    }
    get policy() {
        return this.checked.instance;
    }
    get name() {
        return this.bundle.name;
    }
    /** Sets the data document: the bundle's own data with the run's data over it. */
    setData(data) {
        this.data = { ...this.bundle.data, ...data };
        this.policy.setData(this.data);
    }
    /**
     * Evaluates with the data last set (what `evaluate` does after setting it). The wasm memory
     * is sized to the input (memoryFor): an input larger than the instance's bound or initial
     * memory gets a new instance of the compiled module with larger ones.
     */
    decide(input) {
        const bytes = new TextEncoder().encode(JSON.stringify(input));
        const memory = memoryFor(bytes.byteLength);
        if (this.module && needsNewInstance(this.checked, memory)) {
            this.checked = instantiatePolicy(this.module, this.name, memory);
            if (this.data)
                this.policy.setData(this.data);
        }
        let answer;
        try {
            answer = evaluatePolicy(this.checked, bytes);
        }
        catch (error) {
            throw new GateError('POLICY_EVAL', `policy evaluation failed: ${messageOf(error)}`, {
                file: this.name
            });
        }
        checkContributions(this, answer.contributions);
        return checkOutput(this, answer.resultSet);
    }
    async evaluate(data, input) {
        this.setData(data);
        return this.decide(input);
    }
    async close() { }
}
/**
 * Compiles the policy once and opens its runner: in process for the built-in policy, in a
 * worker (which receives the compiled module and checks it) for any other.
 */
async function openRunner(bundle, options = {}) {
    const sha256 = nc.createHash('sha256').update(bundle.wasm).digest('hex');
    const module = await compileModule(bundle.wasm, bundle.name);
    if (bundle.builtIn)
        return new InProcessRunner(bundle, sha256, instantiatePolicy(module, bundle.name), module);
    const { WorkerRunner } = await Promise.resolve().then(function () { return require('./index-worker-runner.cjs'); });
    return WorkerRunner.open(bundle, sha256, module, options);
}

/**
 * Where things are in a package index (update-evidence.yaml): the line of each evidence item and
 * of each exception. Reports that point at lines (the Action's annotations, SARIF results) share
 * it. Best effort: an unreadable, oversized or malformed index gives no places, never an error
 * (the load stage has already refused such an index with its own error). The Action and the
 * CLI's SARIF take them from the gate, found in the index as the load stage read and parsed it
 * (indexPlacesOfRead); indexPlaces reads the file itself (the tests' reference).
 */
const MAX_INDEX_CHARS = 4 * 1024 * 1024;
/** No places (an index that could not be read or placed). */
const noPlaces = () => ({ evidence: new Map(), exceptions: new Map() });
/** The lists whose items have places. */
const LISTS = ['evidence', 'exceptions'];
/** The index after the node that starts at events[i]. */
function skipNode(events, i) {
    let depth = 0;
    do {
        const type = events[i++].type;
        if (type === EVENT_ID.SEQUENCE || type === EVENT_ID.MAPPING)
            depth++;
        else if (type === EVENT_ID.POP)
            depth--;
    } while (depth > 0);
    return i;
}
/**
 * Where each item of the top-level `evidence` and `exceptions` sequences starts (-1 for an item
 * that is no mapping), from the parser events of a text whose one document is a mapping; null
 * when the events are not so.
 */
function listItemStarts(events, text) {
    const starts = new Map();
    if (events[0]?.type !== EVENT_ID.DOCUMENT || events[1]?.type !== EVENT_ID.MAPPING)
        return null;
    let i = 2;
    while (i < events.length && events[i].type !== EVENT_ID.POP) {
        const key = events[i];
        const name = key.type === EVENT_ID.SCALAR ? getScalarValue(text, key) : null;
        const value = skipNode(events, i);
        if ((name === 'evidence' || name === 'exceptions') &&
            events[value]?.type === EVENT_ID.SEQUENCE) {
            const items = [];
            for (let j = value + 1; events[j].type !== EVENT_ID.POP; j = skipNode(events, j)) {
                const item = events[j];
                items.push(item.type === EVENT_ID.MAPPING ? item.start : -1);
            }
            starts.set(name, items);
        }
        i = skipNode(events, value);
    }
    return starts;
}
/** 1-based line of each offset, as the `yaml` library's LineCounter counts lines (after each line feed). */
function lineOfOffset(text) {
    const feeds = [];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
        feeds.push(at);
    return offset => {
        let low = 0;
        let high = feeds.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (feeds[mid] < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low + 1;
    };
}
const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/**
 * Places in the index as the load stage read it (src/load/package.ts, asked for places): its
 * size in bytes, its text and the fast path's read of that text when there was one. The places
 * indexPlaces finds in the same file, without reading or parsing it a second time.
 */
function indexPlacesOfRead(bytes, text, read) {
    // indexPlaces reads no more than MAX_INDEX_CHARS bytes.
    if (bytes > MAX_INDEX_CHARS)
        return noPlaces();
    return (read && placesOfRead(text, read)) ?? yamlIndexPlaces(text);
}
/** Places from a fast path read of `text`; undefined when an item cannot be placed. */
function placesOfRead(text, read) {
    const places = noPlaces();
    if (!isRecord(read.value))
        return places;
    const index = read.value;
    const starts = listItemStarts(read.events, text);
    if (!starts)
        return undefined;
    const lineOf = lineOfOffset(text);
    const placed = {
        evidence: [],
        exceptions: []
    };
    for (const list of LISTS) {
        const items = index[list];
        if (!Array.isArray(items))
            continue;
        const at = starts.get(list);
        if (!at || at.length !== items.length)
            return undefined;
        for (const [i, item] of items.entries()) {
            if (!isRecord(item))
                continue;
            if (at[i] < 0)
                return undefined;
            placed[list].push({ item, line: lineOf(at[i]) });
        }
    }
    for (const { item, line } of placed.evidence) {
        const { id, file } = item;
        if (typeof id === 'string' && !places.evidence.has(id)) {
            places.evidence.set(id, typeof file === 'string' ? { line, file } : { line });
        }
    }
    for (const { item, line } of placed.exceptions) {
        const { configuration } = item;
        if (typeof configuration === 'string' && !places.exceptions.has(configuration)) {
            places.exceptions.set(configuration, line);
        }
    }
    return places;
}
/** Places in the index text, from the `yaml` library's document. */
function yamlIndexPlaces(text) {
    const places = noPlaces();
    if (text.length > MAX_INDEX_CHARS)
        return places;
    // One parse, as the load stage does (depth judged on the CST the composer then reads): the text
    // is parsed once here, not a second time for the depth check.
    const { Composer, isMap, isSeq, LineCounter } = yamlLibrary();
    const lineCounter = new LineCounter();
    const tokens = yamlTokens(text, lineCounter.addNewLine);
    if (tokens === null)
        return places;
    const docs = Array.from(new Composer({ uniqueKeys: false }).compose(tokens, true, text.length));
    const doc = docs[0];
    // More than one document is an error, as parseDocument reports it.
    if (docs.length !== 1 || !doc || doc.errors.length > 0 || !isMap(doc.contents))
        return places;
    const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const items = (key) => {
        const seq = doc.contents.get(key, true);
        return isSeq(seq) ? seq.items : [];
    };
    for (const item of items('evidence')) {
        if (!isMap(item))
            continue;
        const id = item.get('id');
        const file = item.get('file');
        const line = lineOf(item);
        if (typeof id === 'string' && line !== undefined && !places.evidence.has(id)) {
            places.evidence.set(id, typeof file === 'string' ? { line, file } : { line });
        }
    }
    for (const item of items('exceptions')) {
        if (!isMap(item))
            continue;
        const configuration = item.get('configuration');
        const line = lineOf(item);
        if (typeof configuration === 'string' &&
            line !== undefined &&
            !places.exceptions.has(configuration)) {
            places.exceptions.set(configuration, line);
        }
    }
    return places;
}

/**
 * Canonical identities: the names people type for approvers, signers, builders, risk acceptors
 * and producers, in evidence records, the index and the trust configuration. The load stage
 * canonicalises every one of them, so the policy compares canonical ids only and a spelling
 * variant (`Carol@supplier.example`, a trailing space, a decomposed `\u00e9`) names the same person.
 *
 * Canonical form: trimmed (Unicode white space at both ends), Unicode NFC, and an e-mail address
 * lower-cased whole (every major mail provider treats the local part case-insensitively; the
 * domain is case-insensitive anyway). Invisible and control characters (zero-width joiners and
 * spaces, bidirectional controls, soft hyphens, BOMs, control characters, white space other than
 * U+0020 inside the name, unpaired surrogates) cannot be canonicalised away honestly: they are
 * input errors naming the file and field. Certificate SANs and issuers, and values compared
 * exactly as they were signed (such as a SLSA builder id in signed provenance), are not names
 * that people type and are not changed.
 */
/**
 * The Unicode patterns, made on first use: V8 resolves a property escape's tables when a regular
 * expression is created, about 1.5 ms of start-up for these three when they were module constants.
 */
const unicodePatterns = () => (patterns ??= {
    /** White space at either end, removed (U+FEFF is no white space: it is refused below). */
    EDGE_SPACE: /^\p{White_Space}+|\p{White_Space}+$/gu,
    /** Characters a name may not contain: invisible, control, or white space other than U+0020. */
    HIDDEN: /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|(?! )\p{White_Space}/u,
    /** `local@domain` with a host-name domain: no spaces, slashes or colons (a URL is no e-mail). */
    EMAIL: /^[^\s@/:]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u
});
let patterns;
/**
 * Names of printable ASCII only (U+0020 to U+007E), as most are: their canonical form needs none
 * of the Unicode patterns above (compiling those is a few ms of a run that uses them).
 * Such a name holds no HIDDEN character, its only white space is U+0020, NFC leaves it as it is,
 * and EMAIL matches it as ASCII_EMAIL does (\p{L} and \p{N} in ASCII are letters and digits).
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_EDGE_SPACE = /^ +| +$/g;
const ASCII_EMAIL = /^[^\s@/:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const codePoint$1 = (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
/** True when the canonical form of a name is an e-mail address (and so lower-cased). */
const isEmailAddress = (name) => PRINTABLE_ASCII.test(name) ? ASCII_EMAIL.test(name) : unicodePatterns().EMAIL.test(name);
/**
 * The canonical form of a name (see above); SCHEMA_VIOLATION naming `where` for a name that
 * holds an invisible or control character, or is empty once trimmed.
 */
function canonicalIdentity(value, where) {
    if (PRINTABLE_ASCII.test(value)) {
        const trimmed = value.replace(ASCII_EDGE_SPACE, '');
        if (trimmed === '')
            throw new GateError('SCHEMA_VIOLATION', 'is empty once trimmed', where);
        return ASCII_EMAIL.test(trimmed) ? trimmed.toLowerCase() : trimmed;
    }
    return canonicalUnicodeIdentity(value, where);
}
/** canonicalIdentity without the shortcut for printable ASCII, which gives what this gives. */
function canonicalUnicodeIdentity(value, where) {
    const { EDGE_SPACE, HIDDEN } = unicodePatterns();
    const trimmed = value.replace(EDGE_SPACE, '');
    const hidden = HIDDEN.exec(trimmed);
    if (hidden) {
        throw new GateError('SCHEMA_VIOLATION', `contains an invisible or control character (${codePoint$1(hidden[0])} at position ${hidden.index}); ` +
            'a name must be visible text, as it is compared with other names', where);
    }
    if (trimmed === '')
        throw new GateError('SCHEMA_VIOLATION', 'is empty once trimmed', where);
    const nfc = trimmed.normalize('NFC');
    return isEmailAddress(nfc) ? nfc.toLowerCase().normalize('NFC') : nfc;
}

/**
 * The record kinds. Each may be signed (a detached signature over the YAML record, or the record
 * as an in-toto statement in a DSSE envelope or Sigstore bundle; affected-versions also as a
 * supplier's document with a detached signature): what `requirements.signedRecords` names, and
 * every one of them when the trust file leaves it out.
 */
const RECORD_KINDS = [
    'signing-event',
    'release-approval',
    'rollback-recovery-tests',
    'affected-versions',
    'customer-notification',
    'deployment-records',
    'risk-acceptance'
];
/** Normalises a record of any kind; the caller has validated `raw` against `kind`'s schema. */
const normaliseRecord = (kind, raw, file) => RECORD_NORMALISERS[kind](raw, file);
const t = (value, file, field) => normaliseTimestamp(value, { file, field });
/** A name (signer, approver): canonical, see identity.ts. */
const id = (value, file, field) => canonicalIdentity(value, { file, field });
const tn = (value, file, field) => normaliseOptionalTimestamp(value, { file, field });
/** The fields of `x` that the input takes as they are, in the contract's order. */
const pick = (x, ...keys) => {
    const out = {};
    for (const k of keys)
        out[k] = x[k];
    return out;
};
const RECORD_NORMALISERS = {
    'signing-event': (r, file) => ({
        kind: 'SigningEvent',
        ...pick(r, 'product', 'version'),
        signer: id(r.signer, file, 'signer'),
        keyId: r.keyId,
        time: t(r.time, file, 'time'),
        subject: r.subject
    }),
    'release-approval': (r, file) => ({
        kind: 'ReleaseApproval',
        product: r.product,
        version: r.version,
        approvedArtifacts: r.approvedArtifacts.map(a => ({ name: a.name, sha256: a.sha256 })),
        approvals: r.approvals.map((a, i) => ({
            approver: id(a.approver, file, `approvals[${i}].approver`),
            role: a.role,
            decision: a.decision,
            time: t(a.time, file, `approvals[${i}].time`),
            reference: a.reference ?? null
        }))
    }),
    'rollback-recovery-tests': (r, file) => ({
        kind: 'RollbackRecoveryTests',
        ...pick(r, 'product', 'fromVersion', 'toVersion'),
        rollbackConditions: [...r.rollbackConditions],
        results: r.results.map((x, i) => ({
            ...pick(x, 'configuration', 'hardware', 'test', 'outcome'),
            time: tn(x.time, file, `results[${i}].time`),
            reference: x.reference ?? null
        }))
    }),
    'affected-versions': (r) => ({
        kind: 'AffectedVersions',
        format: 'update-gate',
        product: r.product,
        vulnerabilities: r.vulnerabilities.map(v => ({
            id: v.id,
            record: v.record,
            ranges: v.ranges.map(g => ({ introduced: g.introduced, fixed: g.fixed ?? null })),
            fixedIn: v.fixedIn ?? null,
            remediation: v.remediation
        }))
    }),
    'customer-notification': (r) => ({
        kind: 'CustomerNotification',
        status: r.status,
        scope: {
            product: r.scope.product,
            cohorts: [...r.scope.cohorts],
            configurations: [...r.scope.configurations],
            vulnerabilities: [...r.scope.vulnerabilities]
        },
        audience: r.audience,
        text: r.text
    }),
    'deployment-records': (r, file) => ({
        kind: 'DeploymentRecords',
        ...pick(r, 'product', 'cohort'),
        records: r.records.map((d, i) => ({
            configuration: d.configuration,
            version: d.version,
            time: t(d.time, file, `records[${i}].time`),
            outcome: d.outcome,
            devices: d.devices,
            reference: d.reference ?? null
        })),
        retainedAt: r.retainedAt
    }),
    'risk-acceptance': (r, file) => ({
        kind: 'RiskAcceptance',
        product: r.product,
        toVersion: r.toVersion,
        cohort: r.cohort,
        acceptedBy: id(r.acceptedBy, file, 'acceptedBy'),
        acceptedAt: t(r.acceptedAt, file, 'acceptedAt'),
        exceptions: r.exceptions.map((x, i) => ({
            ...pick(x, 'id', 'configuration', 'hardware', 'reason', 'mitigation', 'remainOn'),
            followUpBy: t(x.followUpBy, file, `exceptions[${i}].followUpBy`),
            waives: x.waives === undefined ? null : [...x.waives].sort()
        }))
    })
};

/**
 * Recognised but declared as something else: a document of a format the gate knows (a CSAF
 * advisory, an OpenVEX document, a Sigstore bundle, one of the gate's own records...) given under
 * another kind or format gets one clear line naming what it looks like and how to declare it,
 * rather than the list of fields the declared format misses. Documents the gate does not read
 * (an SPDX or CycloneDX SBOM, an unsigned in-toto statement) get one line saying so.
 */
const str$1 = (v) => (typeof v === 'string' ? v : null);
/** `SigningEvent` -> `signing-event`. */
const kebab = (pascal) => pascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
/** What a parsed document is, when it is one the gate knows; null otherwise. */
function recognise(raw) {
    if (!isObject(raw))
        return null;
    const doc = raw.document;
    if (isObject(doc) && str$1(doc.csaf_version) !== null) {
        return { what: 'a CSAF document', reads: { kinds: ['affected-versions'], format: 'csaf' } };
    }
    if (str$1(raw['@context'])?.startsWith('https://openvex.dev/ns')) {
        return {
            what: 'an OpenVEX document',
            reads: { kinds: ['affected-versions'], format: 'openvex' }
        };
    }
    if (raw.bomFormat === 'CycloneDX') {
        if (Array.isArray(raw.vulnerabilities) && raw.vulnerabilities.length > 0) {
            return {
                what: 'a CycloneDX VEX document',
                reads: { kinds: ['affected-versions'], format: 'cyclonedx-vex' }
            };
        }
        return {
            what: 'a CycloneDX SBOM without vulnerabilities',
            reads: null,
            instead: 'it says nothing about affected versions; affected-versions reads CycloneDX VEX (a BOM with vulnerabilities[].analysis) with format: cyclonedx-vex'
        };
    }
    if (str$1(raw.spdxVersion) !== null) {
        return {
            what: 'an SPDX SBOM',
            reads: null,
            instead: 'the gate does not read SBOMs; affected-versions reads CSAF, OpenVEX, OSV or CycloneDX VEX'
        };
    }
    if (str$1(raw.mediaType)?.startsWith('application/vnd.dev.sigstore.bundle')) {
        return {
            what: 'a Sigstore bundle',
            reads: {
                kinds: ['build-provenance', 'update-manifest', ...RECORD_KINDS],
                format: 'sigstore-bundle',
                label: 'build-provenance, update-manifest and signed records'
            }
        };
    }
    if (str$1(raw.payloadType) !== null && Array.isArray(raw.signatures)) {
        return {
            what: 'a DSSE envelope',
            reads: {
                kinds: ['build-provenance', ...RECORD_KINDS],
                format: 'dsse',
                label: 'build-provenance and signed records'
            }
        };
    }
    if (str$1(raw._type)?.startsWith('https://in-toto.io/Statement/')) {
        return {
            what: 'an unsigned in-toto statement',
            reads: null,
            instead: 'build provenance must be signed: a DSSE envelope (format: dsse) or a Sigstore bundle (format: sigstore-bundle) holding it'
        };
    }
    if (raw.apiVersion === 'update-gate.dev/v1' && typeof raw.kind === 'string') {
        const kind = kebab(raw.kind);
        if (RECORD_KINDS.includes(kind)) {
            return {
                what: `an update-gate ${raw.kind} record`,
                reads: { kinds: [kind], format: 'update-gate' },
                field: 'kind'
            };
        }
    }
    if (str$1(raw.id) !== null &&
        str$1(raw.modified) !== null &&
        (Array.isArray(raw.affected) || str$1(raw.schema_version) !== null)) {
        return { what: 'an OSV record', reads: { kinds: ['affected-versions'], format: 'osv' } };
    }
    return null;
}
/**
 * Throws one line when `raw` is a known document that `kind` with `format` does not read; returns
 * when it is what was declared or nothing the gate knows (the format's own checks then apply).
 */
function refuseRecognised(raw, kind, format, file) {
    const known = recognise(raw);
    if (!known)
        return;
    const reads = known.reads;
    if (reads && reads.format === format && reads.kinds.includes(kind))
        return;
    const message = reads
        ? `this looks like ${known.what}, not ${kind} in format ${format}; ${reads.label ?? reads.kinds.join(' and ')} ${reads.kinds.length > 1 ? 'read' : 'reads'} it with format: ${reads.format}`
        : `this looks like ${known.what}: ${known.instead}`;
    throw new GateError('SCHEMA_VIOLATION', message, {
        file,
        ...(known.field ? { field: known.field } : {})
    });
}

/** Strict base64 (standard or URL-safe) decoding, shared by the load and verify stages. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;
/** `text` without whitespace and padding when it is standard or URL-safe base64; else null. */
function unpaddedBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (!BASE64.test(compact) && !BASE64URL.test(compact))
        return null;
    const unpadded = compact.replace(/=+$/, '');
    return unpadded.length % 4 === 1 ? null : unpadded;
}
/** Decodes standard or URL-safe base64 strictly (whitespace ignored); null when it is neither. */
function decodeBase64(text) {
    const unpadded = unpaddedBase64(text);
    return unpadded === null
        ? null
        : Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
/**
 * The first string at one of `paths` (dotted, `name[]` for each entry of an array) in `json` that
 * is not base64, with the field's path (array indices written in); null when every one is.
 */
function firstNonBase64(json, paths) {
    const walk = (value, steps, at) => {
        if (steps.length === 0) {
            // Checked, not decoded: the library that reads the document decodes it.
            return typeof value === 'string' && unpaddedBase64(value) === null
                ? { field: at, value }
                : null;
        }
        const [step = '', ...rest] = steps;
        const each = step.endsWith('[]');
        const name = each ? step.slice(0, -2) : step;
        const child = isObject(value) ? value[name] : undefined;
        const field = at === '' ? name : `${at}.${name}`;
        if (!each)
            return walk(child, rest, field);
        if (!Array.isArray(child))
            return null;
        for (const [i, entry] of child.entries()) {
            const found = walk(entry, rest, `${field}[${i}]`);
            if (found)
                return found;
        }
        return null;
    };
    for (const path of paths) {
        const found = walk(json, path.split('.'), '');
        if (found)
            return found;
    }
    return null;
}
/**
 * Refuses a protobuf JSON document (a Sigstore bundle, a trusted root) whose bytes fields at
 * `paths` are not base64: a SCHEMA_VIOLATION naming `file` and the field (under `prefix`, the
 * document's own place in the file). The protobuf libraries decode them with Buffer.from, which
 * skips any character outside the alphabet, where Sigstore's Go tools refuse the document; values
 * that are not strings are left to those libraries.
 */
function requireBase64Fields(json, paths, where) {
    const found = firstNonBase64(json, paths);
    if (!found)
        return;
    throw new GateError('SCHEMA_VIOLATION', `must be base64 (standard or URL-safe alphabet, as protobuf JSON writes bytes), got '${clip(found.value, 40)}'`, {
        file: where.file,
        field: where.prefix === '' ? found.field : `${where.prefix}.${found.field}`
    });
}

/**
 * Version schemes and `vers:` ranges (https://github.com/package-url/vers-spec).
 *
 * - `semver`: SemVer 2.0.0 precedence (the `semver` package; build metadata ignored).
 * - `generic`: the vers spec's `generic` scheme. The spec leaves its ordering open; update-gate
 *   orders a generic version by its segments, split at `.`, `-`, `_`, `+` and `~` and at every
 *   change between digits and letters: numeric segments compare as integers, other segments by
 *   code point, a numeric segment sorts after a non-numeric one, and a version that is a prefix
 *   of another sorts before it (2.4 < 2.4.1, 2.4 < 2.10). The same order is in
 *   policies/lib/lib.rego (lib.version_cmp), so key and identity version ranges in the policy
 *   agree with the ranges the readers evaluate.
 *
 * Ranges are bounded (MAX_VERS_CONSTRAINTS constraints, MAX_VERSION_LENGTH characters a
 * version); anything larger is an input error naming the file and field. A range in a scheme
 * whose order update-gate implements is validated as the vers spec requires (checkCanonical).
 */
const MAX_VERS_CONSTRAINTS = 1000;
const MAX_VERSION_LENGTH = 256;
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const GENERIC = /^[0-9A-Za-z][0-9A-Za-z.+~_-]*$/;
function isValidVersion(scheme, v) {
    if (v.length === 0 || v.length > MAX_VERSION_LENGTH)
        return false;
    return scheme === 'semver' ? SEMVER.test(v) : GENERIC.test(v);
}
/** Segments of a generic version (see the module comment). */
function genericSegments(v) {
    return v.split(/[.\-_+~]/).flatMap(part => part.match(/\d+|\D+/g) ?? []);
}
function compareSegment(a, b) {
    const an = /^\d+$/.test(a);
    const bn = /^\d+$/.test(b);
    if (an && bn) {
        const x = BigInt(a);
        const y = BigInt(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (an !== bn)
        return an ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareGeneric(a, b) {
    const sa = genericSegments(a);
    const sb = genericSegments(b);
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
        const c = compareSegment(sa[i], sb[i]);
        if (c !== 0)
            return c;
    }
    return Math.sign(sa.length - sb.length);
}
/** -1, 0 or 1; throws (plain Error) on a version that is not valid in the scheme. */
function compareVersions(scheme, a, b) {
    if (!isValidVersion(scheme, a) || !isValidVersion(scheme, b)) {
        throw new Error(`not a valid ${scheme} version: ${isValidVersion(scheme, a) ? b : a}`);
    }
    if (scheme !== 'semver')
        return compareGeneric(a, b);
    const SemVer = semverClass();
    return new SemVer(a).compare(new SemVer(b));
}
const where = (file, field) => ({ file, field });
/** Parses `vers:<scheme>/<constraint>|<constraint>\u2026` per the vers spec. */
function parseVers(text, file, field) {
    const m = /^vers:([a-z0-9.+-]+)\/(.*)$/i.exec(text.replace(/\s+/g, ''));
    if (!m) {
        throw new GateError('SCHEMA_VIOLATION', `must be a vers range (vers:<scheme>/<constraints>), got ${JSON.stringify(text.slice(0, 100))}`, where(file, field));
    }
    const scheme = m[1].toLowerCase();
    const body = m[2];
    if (body === '*')
        return { text, scheme, any: true, constraints: [] };
    const parts = body.split('|');
    if (parts.length > MAX_VERS_CONSTRAINTS) {
        throw new GateError('LIMIT_EXCEEDED', `has ${parts.length} constraints; at most ${MAX_VERS_CONSTRAINTS} are read`, where(file, field));
    }
    const percentDecoded = (version) => {
        try {
            return decodeURIComponent(version);
        }
        catch {
            throw new GateError('SCHEMA_VIOLATION', `has a vers constraint with a broken percent-escape (a % not followed by the UTF-8 bytes of a character): ${JSON.stringify(version.slice(0, 100))}`, where(file, field));
        }
    };
    const constraints = parts.map(part => {
        const c = /^(!=|<=|>=|<|>|=)?(.+)$/.exec(part);
        const version = c?.[2] ?? '';
        if (!c || version.length > MAX_VERSION_LENGTH || /[<>=!|*]/.test(version)) {
            throw new GateError('SCHEMA_VIOLATION', `has an invalid vers constraint ${JSON.stringify(part.slice(0, 100))}`, where(file, field));
        }
        return { comparator: (c[1] ?? '='), version: percentDecoded(version) };
    });
    const range = { text, scheme, any: false, constraints };
    const order = versOrder(scheme);
    if (order)
        checkCanonical(range, order, file, field);
    return range;
}
/** vers schemes whose versions are SemVer, so their ranges order as SemVer. */
const SEMVER_VERS = new Set(['semver', 'npm', 'golang', 'cargo', 'hex', 'pub']);
/** The order of a vers scheme's versions where update-gate implements it (else null). */
function versOrder(versScheme) {
    if (versScheme === 'generic')
        return 'generic';
    return SEMVER_VERS.has(versScheme) ? 'semver' : null;
}
const LOWER = new Set(['<', '<=']);
/**
 * The vers spec's validation of a range in a scheme whose order is known: every version valid
 * in the scheme and given once (whatever its comparator); sorted by version, ignoring `!=`, an
 * `=` is followed only by `=`, `>` or `>=`; ignoring `=` and `!=` too, `<`/`<=` and `>`/`>=`
 * alternate. Anything else (`<5.4.0|<5.5.0`) is SCHEMA_VIOLATION: the spec requires tools to
 * report it, and its containment would be meaningless.
 */
function checkCanonical(range, order, file, field) {
    const invalid = (why) => {
        throw new GateError('SCHEMA_VIOLATION', `is not a valid vers range (${JSON.stringify(range.text.slice(0, 100))}): ${why}`, where(file, field));
    };
    for (const c of range.constraints)
        if (!isValidVersion(order, c.version))
            invalid(`${JSON.stringify(c.version.slice(0, 100))} is not a ${order} version`);
    const sorted = [...range.constraints].sort((a, b) => compareVersions(order, a.version, b.version));
    for (let i = 0; i + 1 < sorted.length; i++)
        if (compareVersions(order, sorted[i].version, sorted[i + 1].version) === 0)
            invalid(`version ${sorted[i + 1].version} is given twice; each version occurs once`);
    const pairs = (cs) => cs.slice(1).map((next, i) => [cs[i], next]);
    const bounds = sorted.filter(c => c.comparator !== '!=');
    for (const [c, next] of pairs(bounds))
        if (c.comparator === '=' && LOWER.has(next.comparator))
            invalid(`=${c.version} is followed by ${next.comparator}${next.version}`);
    for (const [c, next] of pairs(bounds.filter(b => b.comparator !== '=')))
        if (LOWER.has(c.comparator) === LOWER.has(next.comparator))
            invalid(`${c.comparator}${c.version} is followed by ${next.comparator}${next.version}; < and > bounds alternate`);
}
/**
 * Whether `version` is in the range, by the vers spec's containment algorithm: an equal `=`
 * constraint contains it, an equal `!=` excludes it; the remaining constraints, sorted by
 * version, form intervals: a first `<`/`<=`, a last `>`/`>=`, and each `>`/`>=` followed by a
 * `<`/`<=`. Throws (plain Error) on a version invalid in the scheme.
 */
function versContains(range, version, scheme) {
    if (range.any)
        return true;
    const cmp = (a, b) => compareVersions(scheme, a, b);
    for (const c of range.constraints) {
        if (c.comparator === '=' && cmp(version, c.version) === 0)
            return true;
        if (c.comparator === '!=' && cmp(version, c.version) === 0)
            return false;
    }
    const rest = range.constraints
        .filter(c => c.comparator !== '=' && c.comparator !== '!=')
        .sort((a, b) => cmp(a.version, b.version));
    const satisfies = (c) => {
        const d = cmp(version, c.version);
        switch (c.comparator) {
            case '<':
                return d < 0;
            case '<=':
                return d <= 0;
            case '>':
                return d > 0;
            case '>=':
                return d >= 0;
            default:
                return false;
        }
    };
    if (rest.length === 0) {
        // Only != constraints: every other version is in the range.
        return range.constraints.length > 0 && range.constraints.every(c => c.comparator === '!=');
    }
    const first = rest[0];
    const last = rest[rest.length - 1];
    if ((first.comparator === '<' || first.comparator === '<=') && satisfies(first))
        return true;
    if ((last.comparator === '>' || last.comparator === '>=') && satisfies(last))
        return true;
    for (let i = 0; i + 1 < rest.length; i++) {
        const lo = rest[i];
        const hi = rest[i + 1];
        if ((lo.comparator === '>' || lo.comparator === '>=') &&
            (hi.comparator === '<' || hi.comparator === '<=') &&
            satisfies(lo) &&
            satisfies(hi))
            return true;
    }
    return false;
}

/** Most statements (product entries times vulnerabilities) one document may expand to. */
const MAX_STATEMENTS = 100_000;
/** Most product-tree nodes (CSAF branches, full product names, relationships) read. */
const MAX_PRODUCT_NODES = 10_000;
/**
 * Most product ids the CSAF flags and impact threats of one document name, product groups
 * expanded (each group once per vulnerability).
 */
const MAX_JUSTIFIED_PRODUCTS = 1_000_000;
const FORMAT_NAME = {
    csaf: 'CSAF 2.0',
    openvex: 'OpenVEX 0.2',
    osv: 'OSV 1.x',
    'cyclonedx-vex': 'CycloneDX VEX'
};
function readJsonDocument(bytes, file) {
    // parseJson refuses nesting deeper than MAX_NESTING_DEPTH (64) before parsing.
    return parseJson(decodeUtf8(bytes, file), file);
}
let modern;
let draft07;
const load = async (which) => {
    const mod = which === '2020'
        ? await Promise.resolve().then(function () { return require('./index-vex-validators-2020.cjs'); }).then(function (n) { return n.vexValidators2020; })
        : await Promise.resolve().then(function () { return require('./index-vex-validators-07.cjs'); }).then(function (n) { return n.vexValidators07; });
    return (mod.default ?? mod);
};
async function validatorFor(format, data) {
    if (format !== 'cyclonedx-vex') {
        modern ??= load('2020');
        return (await modern)[format];
    }
    draft07 ??= load('07');
    const spec = data?.specVersion;
    const name = `cyclonedx_${String(spec).replace('.', '_')}`;
    const v = (await draft07)[name];
    if (!v) {
        throw new GateError('SCHEMA_VIOLATION', `CycloneDX specVersion must be 1.4, 1.5 or 1.6, got ${JSON.stringify(spec)}`, { file: '', field: '/specVersion' });
    }
    return v;
}
function describe(e) {
    const p = e.params;
    if (e.keyword === 'required')
        return { pointer: `${e.instancePath}/${String(p.missingProperty)}`, message: 'is required' };
    if (e.keyword === 'additionalProperties')
        return {
            pointer: `${e.instancePath}/${String(p.additionalProperty)}`,
            message: 'is not allowed here'
        };
    if (e.keyword === 'enum')
        return {
            pointer: e.instancePath,
            message: `must be one of ${p.allowedValues.map(v => JSON.stringify(v)).join(', ')}`
        };
    return { pointer: e.instancePath, message: e.message ?? `fails ${e.keyword}` };
}
/** Validates against the format's published schema; SCHEMA_VIOLATION names format, file, pointer. */
async function validateVex(format, data, file) {
    let validate;
    try {
        validate = await validatorFor(format, data);
    }
    catch (error) {
        if (error instanceof GateError)
            throw new GateError(error.code, `is not a valid ${FORMAT_NAME[format]} document: ${error.message}`, {
                file,
                field: error.field
            });
        throw error;
    }
    if (validate(data))
        return;
    const errors = validate.errors ?? [];
    const first = errors[0];
    let d = first ? describe(first) : { pointer: '', message: 'does not match the schema' };
    // An error inside one alternative of oneOf/anyOf says little: name the choice instead.
    const choice = errors.find(e => (e.keyword === 'oneOf' || e.keyword === 'anyOf') &&
        first?.instancePath.startsWith(e.instancePath));
    if (choice && first !== choice)
        d = {
            pointer: choice.instancePath,
            message: `matches none of the forms the schema allows (first: ${d.pointer} ${d.message})`
        };
    throw new GateError('SCHEMA_VIOLATION', `is not a valid ${FORMAT_NAME[format]} document (published schema): ${d.pointer || '/'} ${d.message}`, { file, field: d.pointer || '/' });
}
/** JSON pointer segment escaping (RFC 6901). */
const ptr = (...segments) => segments.map(s => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

var packageurl$1;
var hasRequiredPackageurl;

function requirePackageurl () {
	if (hasRequiredPackageurl) return packageurl$1;
	hasRequiredPackageurl = 1;
	// packageurl-js, required on first use rather than at start-up: loading it builds an
	// Intl.Collator (ICU collation data, about 7 ms of every run in a CPU profile of the seed
	// package) though only packages that name a purl parse one. CommonJS, because only a require()
	// can be deferred without making its callers asynchronous; the bundle keeps it lazy.
	let lib;
	packageurl$1 = () => (lib ??= require("./index-packageurl-js.cjs"));
	return packageurl$1;
}

var packageurlExports = requirePackageurl();
var packageurl = /*@__PURE__*/getDefaultExportFromCjs(packageurlExports);

/** Product identifiers in documents and indexes: purls (packageurl-js) and CPE 2.3 names. */
/** Parses a purl; a purl that does not parse is an input error naming file and field. */
function parsePurl(text, file, field) {
    try {
        const p = packageurl().PackageURL.fromString(text);
        return {
            type: p.type,
            namespace: p.namespace ?? null,
            name: p.name,
            version: p.version ?? null
        };
    }
    catch (error) {
        throw new GateError('SCHEMA_VIOLATION', `is not a valid package URL (purl): ${error instanceof Error ? error.message : String(error)}`, { file, field });
    }
}
/** Splits a CPE 2.3 formatted string at unescaped colons. */
function parseCpe23(text, file, field) {
    const parts = [];
    let cur = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length) {
            cur += c + text[++i];
        }
        else if (c === ':') {
            parts.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    parts.push(cur);
    if (parts.length !== 13 ||
        parts[0] !== 'cpe' ||
        parts[1] !== '2.3' ||
        !/^[aoh*-]$/.test(parts[2])) {
        throw new GateError('SCHEMA_VIOLATION', `is not a CPE 2.3 formatted string (cpe:2.3:part:vendor:product:version:\u2026, 13 fields), got ${JSON.stringify(text.slice(0, 200))}`, { file, field });
    }
    return {
        part: parts[2],
        vendor: parts[3],
        product: parts[4],
        version: parts[5],
        update: parts[6]
    };
}
/** A CPE attribute's value unbound from the formatted string: `ic22\-firmware` is `ic22-firmware`. */
const unquoted = (field) => field.replace(/\\(.)/g, '$1');
const named = (field) => field === '*' || field === '-' ? null : unquoted(field);
/**
 * The one version a CPE names (its version field, unless ANY `*` or NA `-`), unescaped. A CPE
 * that also names an update (`1.1.0:sp1`) names that update, not the version: it is listed as
 * `1.1.0:sp1`, which no plain version equals.
 */
function cpeVersion(cpe) {
    const version = named(cpe.version);
    const update = named(cpe.update);
    return version !== null && update !== null ? `${version}:${update}` : version;
}

/**
 * CSAF 2.0 (OASIS) VEX and security advisories: the product tree (branches with vendor,
 * product_name and product_version / product_version_range, full product names, relationships)
 * and, per vulnerability, product_status, flags (justifications) and impact threats.
 */
const STATUS = {
    first_affected: 'affected',
    known_affected: 'affected',
    last_affected: 'affected',
    first_fixed: 'fixed',
    fixed: 'fixed',
    known_not_affected: 'not_affected',
    under_investigation: 'under_investigation',
    recommended: null
};
/**
 * Refuses relationships that lead back to themselves (`refersTo`: each relationship's product id
 * to the two products it combines). One depth-first walk over all of them, each product entered
 * once (a chain of N relationships costs N steps, not N\u00b2 as a walk from each one would): a
 * reference to a product still on the walk's path closes a cycle, reported at the relationship
 * it starts from, with the products it goes through.
 */
function refuseCycles(relationships, refersTo, file) {
    const done = new Set();
    const onPath = new Map(); // product id -> its place on the path
    const indexOf = new Map();
    for (const [i, rel] of relationships.entries())
        if (!indexOf.has(rel.full_product_name.product_id))
            indexOf.set(rel.full_product_name.product_id, i);
    for (const rel of relationships) {
        const root = rel.full_product_name.product_id;
        if (done.has(root))
            continue;
        const path = [root];
        const next = [0]; // per path entry, the next reference to follow
        onPath.set(root, 0);
        while (path.length > 0) {
            const id = path.at(-1);
            const refs = refersTo.get(id) ?? [];
            const k = next[next.length - 1];
            if (k === refs.length) {
                path.pop();
                next.pop();
                onPath.delete(id);
                done.add(id);
                continue;
            }
            next[next.length - 1] = k + 1;
            const ref = refs[k];
            const at = onPath.get(ref);
            if (at !== undefined) {
                const through = path.slice(at + 1);
                const named = through.length > 10
                    ? `${through.slice(0, 10).join(', ')} and ${through.length - 10} more`
                    : through.join(', ') || 'itself';
                throw new GateError('SCHEMA_VIOLATION', `relationship ${JSON.stringify(ref)} refers back to itself through ${named} (a cycle in the product tree)`, { file, field: ptr('product_tree', 'relationships', indexOf.get(ref)) });
            }
            if (done.has(ref) || !refersTo.has(ref))
                continue;
            onPath.set(ref, path.length);
            path.push(ref);
            next.push(0);
        }
    }
}
function readCsaf(doc, file) {
    const entries = new Map();
    // CSAF defines each product_id once (mandatory test 6.1.2): a second definition could name
    // another product under the same id, and which one a status meant would depend on order.
    const definedAt = new Map();
    const define = (id, pointer, entry) => {
        const first = definedAt.get(id);
        if (first !== undefined) {
            throw new GateError('SCHEMA_VIOLATION', `product id ${JSON.stringify(clip(id, 100))} is defined twice (${first} and ${pointer}); CSAF defines each product_id once (mandatory test 6.1.2)`, { file, field: `${pointer}/product_id` });
        }
        definedAt.set(id, pointer);
        entries.set(id, entry);
    };
    const tree = doc.product_tree ?? {};
    let nodes = 0;
    const count = (field) => {
        if (++nodes > MAX_PRODUCT_NODES) {
            throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_PRODUCT_NODES} product tree nodes; at most ${MAX_PRODUCT_NODES} are read`, { file, field });
        }
    };
    const helperRef = (fpn, pointer, base) => {
        const helper = fpn.product_identification_helper ?? {};
        const purl = typeof helper.purl === 'string' ? helper.purl : undefined;
        const cpe = typeof helper.cpe === 'string' ? helper.cpe : undefined;
        const parsedPurl = purl
            ? parsePurl(purl, file, `${pointer}/product_identification_helper/purl`)
            : null;
        const parsedCpe = cpe && cpe.startsWith('cpe:2.3:')
            ? parseCpe23(cpe, file, `${pointer}/product_identification_helper/cpe`)
            : null;
        const product = {
            label: `${fpn.product_id} (${fpn.name})`,
            productId: fpn.product_id,
            ...base,
            ...(purl ? { purl } : {}),
            ...(cpe ? { cpe } : {})
        };
        const version = parsedPurl?.version ?? (parsedCpe ? cpeVersion(parsedCpe) : null);
        return {
            product,
            versions: version ? { type: 'list', versions: [version], vers: [] } : { type: 'all' }
        };
    };
    // Branches, depth-first with an explicit stack (no recursion on document data).
    const stack = (tree.branches ?? []).map((b, i) => ({ branch: b, pointer: ptr('product_tree', 'branches', i) }));
    while (stack.length > 0) {
        const { branch, pointer, vendor, name } = stack.pop();
        count(pointer);
        const here = {
            vendor: branch.category === 'vendor' ? branch.name : vendor,
            name: branch.category === 'product_name' ? branch.name : name
        };
        if (branch.product) {
            const base = {
                ...(here.vendor ? { vendor: here.vendor } : {}),
                ...(here.name ? { name: here.name } : {})
            };
            const e = helperRef(branch.product, `${pointer}/product`, base);
            if (branch.category === 'product_version')
                e.versions = { type: 'list', versions: [branch.name], vers: [] };
            else if (branch.category === 'product_version_range') {
                // A vers range is checked here (syntax, size); any other range notation is kept and
                // reported as unsupported by the verify stage.
                if (String(branch.name).startsWith('vers:'))
                    parseVers(branch.name, file, `${pointer}/name`);
                e.versions = { type: 'list', versions: [], vers: [branch.name] };
            }
            define(branch.product.product_id, `${pointer}/product`, e);
        }
        for (const [i, child] of (branch.branches ?? []).entries())
            stack.push({ branch: child, pointer: `${pointer}/branches/${i}`, ...here });
    }
    for (const [i, fpn] of (tree.full_product_names ?? []).entries()) {
        count(ptr('product_tree', 'full_product_names', i));
        const pointer = ptr('product_tree', 'full_product_names', i);
        define(fpn.product_id, pointer, helperRef(fpn, pointer, {}));
    }
    // Relationships name combined products; a chain that leads back to itself is refused.
    const relationships = tree.relationships ?? [];
    const productReference = new Map();
    const refersTo = new Map();
    for (const [i, rel] of relationships.entries()) {
        const pointer = ptr('product_tree', 'relationships', i);
        count(pointer);
        const fpn = rel.full_product_name;
        productReference.set(fpn.product_id, rel.product_reference);
        refersTo.set(fpn.product_id, [rel.product_reference, rel.relates_to_product_reference]);
        define(fpn.product_id, `${pointer}/full_product_name`, helperRef(fpn, `${pointer}/full_product_name`, {}));
    }
    refuseCycles(relationships, refersTo, file);
    // A relationship ("5.4.3 installed_on HW-B") is its product_reference: it takes that
    // product's identity and versions, so a status given to it is a status of that product and
    // version (read as its own product, "5.4.3 installed on HW-B" would match no identifier and an
    // affected status would be dropped as not this product). Chains are followed to their end,
    // each relationship once.
    const inherited = new Set();
    for (const rel of relationships) {
        const chain = [];
        let id = rel.full_product_name.product_id;
        while (productReference.has(id) && !inherited.has(id)) {
            chain.push(id);
            id = productReference.get(id);
        }
        let base = entries.get(id);
        for (const relId of chain.reverse()) {
            const own = entries.get(relId);
            if (base) {
                const product = {
                    ...base.product,
                    label: own.product.label,
                    productId: relId,
                    productReferences: [base.product.productId, ...(base.product.productReferences ?? [])]
                };
                entries.set(relId, { product, versions: base.versions });
            }
            inherited.add(relId);
            base = entries.get(relId);
        }
    }
    const groups = new Map();
    for (const g of tree.product_groups ?? [])
        groups.set(g.group_id, g.product_ids);
    // The justification of each product a vulnerability's flags and impact threats name, directly
    // or through a group: the first flag that names it, else the first impact threat. Computed
    // once per vulnerability (not per statement and flag: that took minutes on a 120 KB
    // document), each group expanded once (a later mention of it names no product first), and
    // bounded over the document.
    let justified = 0;
    const justificationsOf = (v, i) => {
        const byProduct = new Map();
        const expandedGroups = new Set();
        const justifying = (list, k, source, text) => ({
            text: String(text),
            pointer: ptr('vulnerabilities', i, list, k),
            source
        });
        const sources = [
            ...(v.flags ?? []).map((f, k) => justifying('flags', k, f, f.label)),
            ...(v.threats ?? []).flatMap((t, k) => t.category === 'impact' ? [justifying('threats', k, t, t.details)] : [])
        ];
        for (const { text, pointer, source } of sources) {
            const name = (ids) => {
                justified += ids.length;
                if (justified > MAX_JUSTIFIED_PRODUCTS) {
                    throw new GateError('LIMIT_EXCEEDED', `has flags and impact threats naming more than ${MAX_JUSTIFIED_PRODUCTS} products (product groups expanded); at most ${MAX_JUSTIFIED_PRODUCTS} are read`, { file, field: pointer });
                }
                for (const id of ids)
                    if (!byProduct.has(id))
                        byProduct.set(id, text);
            };
            name(source.product_ids ?? []);
            for (const g of source.group_ids ?? []) {
                if (expandedGroups.has(g))
                    continue;
                expandedGroups.add(g);
                name(groups.get(g) ?? []);
            }
        }
        return byProduct;
    };
    const statements = [];
    for (const [i, v] of (doc.vulnerabilities ?? []).entries()) {
        const ids = [
            ...(v.cve ? [v.cve] : []),
            ...(v.ids ?? []).map((x) => String(x.text))
        ];
        const vulnerability = ids[0] ?? `vulnerabilities[${i}]`;
        let justifications;
        const justification = (pid) => {
            justifications ??= justificationsOf(v, i);
            return justifications.get(pid) ?? null;
        };
        for (const [category, list] of Object.entries(v.product_status ?? {})) {
            const status = STATUS[category];
            if (!status)
                continue;
            for (const [j, pid] of list.entries()) {
                if (statements.length >= MAX_STATEMENTS) {
                    throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} product statements`, { file, field: ptr('vulnerabilities', i, 'product_status', category) });
                }
                const e = entries.get(pid) ?? {
                    product: { label: pid, productId: pid },
                    versions: { type: 'all' }
                };
                statements.push({
                    pointer: ptr('vulnerabilities', i, 'product_status', category, j),
                    vulnerability,
                    aliases: ids.slice(1),
                    status,
                    justification: status === 'not_affected' ? justification(pid) : null,
                    product: e.product,
                    versions: e.versions
                });
            }
        }
    }
    return {
        format: 'csaf',
        id: String(doc.document.tracking.id),
        statements,
        unsupported: [],
        caveats: caveatsOf(doc.document.tracking, file)
    };
}
/**
 * A draft, or a document released after the evaluation time, is not final evidence: its fixed
 * and not_affected statements do not count (its content may still change); its affected and
 * under_investigation ones do.
 */
function caveatsOf(tracking, file) {
    const caveats = [];
    if (tracking.status === 'draft') {
        caveats.push({
            effect: 'provisional',
            reason: '/document/tracking/status is draft: a draft is not final evidence that a version is fixed or not affected',
            from: null,
            before: null
        });
    }
    for (const field of ['initial_release_date', 'current_release_date']) {
        const pointer = `/document/tracking/${field}`;
        const released = normaliseTimestamp(String(tracking[field]), { file, field: pointer });
        caveats.push({
            effect: 'provisional',
            reason: `${pointer} is ${released}, after the evaluation time: a document not yet released is not final evidence that a version is fixed or not affected`,
            from: null,
            before: released
        });
    }
    return caveats;
}

/**
 * CycloneDX 1.4-1.6 VEX: `vulnerabilities[].analysis` (state, justification) and `affects`
 * (a bom-ref to a component, with versions or `vers:` ranges and their status).
 */
const STATE = {
    exploitable: 'affected',
    in_triage: 'under_investigation',
    resolved: 'fixed',
    resolved_with_pedigree: 'fixed',
    not_affected: 'not_affected',
    false_positive: 'not_affected'
};
function readCycloneDx(doc, file) {
    const components = new Map();
    const definedAt = new Map();
    const stack = [];
    if (doc.metadata?.component)
        stack.push({ c: doc.metadata.component, pointer: '/metadata/component' });
    for (const [i, c] of (doc.components ?? []).entries())
        stack.push({ c, pointer: ptr('components', i) });
    let nodes = 0;
    while (stack.length > 0) {
        const { c, pointer } = stack.pop();
        if (++nodes > MAX_PRODUCT_NODES) {
            throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_PRODUCT_NODES} components; at most ${MAX_PRODUCT_NODES} are read`, { file, field: pointer });
        }
        const purl = typeof c.purl === 'string' ? c.purl : undefined;
        const cpe = typeof c.cpe === 'string' && c.cpe.startsWith('cpe:2.3:') ? c.cpe : undefined;
        const parsedPurl = purl ? parsePurl(purl, file, `${pointer}/purl`) : null;
        const parsedCpe = cpe ? parseCpe23(cpe, file, `${pointer}/cpe`) : null;
        const vendor = c.supplier?.name ?? c.publisher ?? c.group;
        const product = {
            label: `${c['bom-ref'] ?? pointer} (${c.name}${c.version ? ` ${c.version}` : ''})`,
            name: String(c.name),
            ...(vendor ? { vendor: String(vendor) } : {}),
            ...(purl ? { purl } : {}),
            ...(cpe ? { cpe } : {})
        };
        const version = typeof c.version === 'string'
            ? c.version
            : (parsedPurl?.version ?? (parsedCpe ? cpeVersion(parsedCpe) : null));
        if (typeof c['bom-ref'] === 'string') {
            // A bom-ref is unique in a BOM: a second component under it could be another product,
            // and which one a vulnerability's status meant would depend on order.
            const first = definedAt.get(c['bom-ref']);
            if (first !== undefined) {
                throw new GateError('SCHEMA_VIOLATION', `bom-ref ${JSON.stringify(clip(c['bom-ref'], 100))} names two components (${first} and ${pointer}); a bom-ref is unique in a BOM`, { file, field: `${pointer}/bom-ref` });
            }
            definedAt.set(c['bom-ref'], pointer);
            components.set(c['bom-ref'], { product, version });
        }
        for (const [i, child] of (c.components ?? []).entries())
            stack.push({ c: child, pointer: `${pointer}/components/${i}` });
    }
    // A BOM-Link (urn:cdx:<serial>/<version>#<bom-ref>, the bom-ref percent-encoded) names a
    // component of this BOM when the serial is this BOM's; one into another BOM is not followed.
    const serial = /^urn:uuid:(.+)$/i.exec(String(doc.serialNumber ?? ''))?.[1]?.toLowerCase();
    const component = (ref, pointer) => {
        const exact = components.get(ref);
        if (exact)
            return exact;
        const link = /^urn:cdx:([^/]+)\/[1-9]\d*#(.+)$/.exec(ref);
        if (!link || serial === undefined || link[1].toLowerCase() !== serial)
            return undefined;
        try {
            return components.get(decodeURIComponent(link[2]));
        }
        catch {
            throw new GateError('SCHEMA_VIOLATION', `is a BOM-Link whose bom-ref has a broken percent-escape: ${JSON.stringify(clip(ref, 200))}`, { file, field: pointer });
        }
    };
    const statements = [];
    const add = (s) => {
        if (statements.length >= MAX_STATEMENTS) {
            throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} affects entries`, {
                file,
                field: s.pointer
            });
        }
        statements.push(s);
    };
    for (const [i, v] of (doc.vulnerabilities ?? []).entries()) {
        const vulnerability = String(v.id ?? `vulnerabilities[${i}]`);
        const aliases = (v.references ?? []).map((r) => String(r.id));
        const analysis = v.analysis ?? {};
        const state = STATE[analysis.state];
        const justification = analysis.justification ?? analysis.detail ?? null;
        for (const [j, a] of (v.affects ?? []).entries()) {
            const base = ptr('vulnerabilities', i, 'affects', j);
            const ref = String(a.ref);
            const known = component(ref, `${base}/ref`);
            const product = known?.product ?? { label: ref };
            const said = [];
            if (Array.isArray(a.versions) && a.versions.length > 0) {
                for (const [k, ver] of a.versions.entries()) {
                    const pointer = `${base}/versions/${k}`;
                    if (typeof ver.range === 'string' && ver.range.startsWith('vers:'))
                        parseVers(ver.range, file, `${pointer}/range`);
                    const status = ver.status === 'unaffected'
                        ? state === 'fixed'
                            ? 'fixed'
                            : 'not_affected'
                        : ver.status === 'unknown'
                            ? 'under_investigation'
                            : state === 'under_investigation'
                                ? state
                                : 'affected';
                    said.push({
                        pointer,
                        vulnerability,
                        aliases,
                        status,
                        justification: status === 'not_affected' ? justification : null,
                        product,
                        versions: typeof ver.version === 'string'
                            ? { type: 'list', versions: [ver.version], vers: [] }
                            : { type: 'list', versions: [], vers: [String(ver.range)] }
                    });
                }
            }
            else {
                const status = state ?? 'affected';
                said.push({
                    pointer: base,
                    vulnerability,
                    aliases,
                    status,
                    justification: status === 'not_affected' ? justification : null,
                    product,
                    versions: known?.version
                        ? { type: 'list', versions: [known.version], vers: [] }
                        : { type: 'all' }
                });
            }
            // A status about a component this BOM does not hold cannot be matched to a product; an
            // affected or in-triage one is refused rather than dropped as not this product.
            const blocking = said.find(x => x.status === 'affected' || x.status === 'under_investigation');
            if (!known && blocking) {
                throw new GateError('SCHEMA_VIOLATION', `says ${vulnerability} is ${blocking.status} for ${JSON.stringify(clip(ref, 200))}, which names no component of this BOM (a bom-ref, or a BOM-Link urn:cdx:<this BOM's serialNumber uuid>/<version>#<bom-ref>; a BOM-Link into another BOM is not followed): list the component in this BOM's components`, { file, field: `${base}/ref` });
            }
            for (const x of said)
                add(x);
        }
    }
    const id = doc.serialNumber ? String(doc.serialNumber) : `${file} (no serialNumber)`;
    return { format: 'cyclonedx-vex', id, statements, unsupported: [], caveats: [] };
}

/** OpenVEX 0.2: statements of vulnerability, products (purl @id or identifiers), status. */
function readOpenVex(doc, file) {
    const statements = [];
    for (const [i, s] of (doc.statements ?? []).entries()) {
        const vuln = s.vulnerability ?? {};
        const vulnerability = String(vuln.name ?? vuln['@id'] ?? `statements[${i}]`);
        const aliases = (vuln.aliases ?? []).map(String);
        const status = s.status;
        for (const [j, p] of (s.products ?? []).entries()) {
            if (statements.length >= MAX_STATEMENTS) {
                throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} product statements`, {
                    file,
                    field: ptr('statements', i, 'products')
                });
            }
            const pointer = ptr('statements', i, 'products', j);
            const id = p['@id'];
            const ids = p.identifiers ?? {};
            const purl = ids.purl ?? (id?.startsWith('pkg:') ? id : undefined);
            const cpe = ids.cpe23 ?? (id?.startsWith('cpe:2.3:') ? id : undefined);
            const parsedPurl = purl
                ? parsePurl(purl, file, ids.purl ? `${pointer}/identifiers/purl` : `${pointer}/@id`)
                : null;
            const parsedCpe = cpe
                ? parseCpe23(cpe, file, ids.cpe23 ? `${pointer}/identifiers/cpe23` : `${pointer}/@id`)
                : null;
            const product = {
                label: id ?? purl ?? cpe ?? `statements[${i}].products[${j}]`,
                ...(purl ? { purl } : {}),
                ...(cpe ? { cpe } : {})
            };
            const version = parsedPurl?.version ?? (parsedCpe ? cpeVersion(parsedCpe) : null);
            statements.push({
                pointer,
                vulnerability,
                aliases,
                status,
                justification: status === 'not_affected' ? (s.justification ?? s.impact_statement ?? null) : null,
                product,
                versions: version ? { type: 'list', versions: [version], vers: [] } : { type: 'all' }
            });
        }
    }
    return { format: 'openvex', id: String(doc['@id']), statements, unsupported: [], caveats: [] };
}

/**
 * OSV 1.x: affected packages with SEMVER ranges, ECOSYSTEM ranges of ecosystems whose versions
 * order as SemVer, and listed versions. GIT ranges (they need the repository's commit graph)
 * and ECOSYSTEM ranges of other ecosystems (they need that ecosystem's own ordering) are
 * reported as unsupported, never guessed: an entry holding one and no list of versions makes
 * no statement.
 */
/** Ecosystems whose versions are SemVer 2.0.0 (OSV schema, "Affected ranges"). */
const SEMVER_ECOSYSTEMS = ['Go', 'npm', 'crates.io', 'Hex', 'Pub'];
/** Event kinds in the order the spec's evaluation takes them at one version. */
const EVENT_KINDS = ['introduced', 'fixed', 'last_affected'];
/**
 * The affected intervals of a SEMVER-ordered range by the spec's evaluation (OSV schema,
 * "Evaluation"): a version is affected when the last of the events, sorted by version, that it
 * reaches is an `introduced` (`introduced` and `fixed` reach the versions from theirs on,
 * `last_affected` those after it; at one version `introduced` comes first). Events are not
 * paired in the order written: [introduced 5.0.0, fixed 5.4.3-alpha, introduced 5.4.3-rc.1,
 * fixed 5.4.3-beta] leaves 5.4.3 affected. A `limit` (other than `*`) or an event version that
 * is not SemVer makes the range unsupported; the reason is returned.
 */
function readEvents(events) {
    if (events.some(e => e.limit !== undefined && e.limit !== '*'))
        return 'limit events are not evaluated (the OSV schema defines them for GIT ranges and advises against them on ordered versions)';
    const read = [];
    for (const e of events) {
        const kind = EVENT_KINDS.find(k => e[k] !== undefined);
        if (kind === undefined)
            continue;
        const version = String(e[kind]);
        if (!(kind === 'introduced' && version === '0') && !isValidVersion('semver', version))
            return `${kind} ${JSON.stringify(clip(version, 100))} is not a SemVer version`;
        read.push({ kind, version });
    }
    const cmp = (a, b) => a === b ? 0 : a === '0' ? -1 : b === '0' ? 1 : compareVersions('semver', a, b);
    read.sort((a, b) => cmp(a.version, b.version) || EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind));
    const ranges = [];
    let open = null;
    for (const { kind, version } of read) {
        if (kind === 'introduced')
            open ??= version;
        else if (open !== null) {
            ranges.push({
                introduced: open,
                fixed: kind === 'fixed' ? version : null,
                lastAffected: kind === 'last_affected' ? version : null
            });
            open = null;
        }
    }
    if (open !== null)
        ranges.push({ introduced: open, fixed: null, lastAffected: null });
    return ranges;
}
function readOsv(doc, file) {
    const vulnerability = String(doc.id);
    const aliases = (doc.aliases ?? []).map(String);
    const statements = [];
    const unsupported = [];
    for (const [i, a] of (doc.affected ?? []).entries()) {
        const pkg = a.package ?? {};
        const pointer = ptr('affected', i);
        if (typeof pkg.purl === 'string')
            parsePurl(pkg.purl, file, `${pointer}/package/purl`);
        const product = {
            label: pkg.name ? `${pkg.ecosystem}/${pkg.name}` : `affected[${i}]`,
            ...(pkg.name ? { name: String(pkg.name) } : {}),
            ...(pkg.ecosystem ? { ecosystem: String(pkg.ecosystem) } : {}),
            ...(pkg.purl ? { purl: String(pkg.purl) } : {})
        };
        const ecosystem = String(pkg.ecosystem ?? '').split(':')[0];
        const ranges = [];
        let rangeType = 'SEMVER';
        let events = 0;
        for (const [k, r] of (a.ranges ?? []).entries()) {
            const rp = `${pointer}/ranges/${k}`;
            const semverOrdered = r.type === 'SEMVER' || (r.type === 'ECOSYSTEM' && SEMVER_ECOSYSTEMS.includes(ecosystem));
            if (semverOrdered) {
                events += (r.events ?? []).length;
                if (events > MAX_VERS_CONSTRAINTS) {
                    throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_VERS_CONSTRAINTS} range events; at most ${MAX_VERS_CONSTRAINTS} are read`, { file, field: `${rp}/events` });
                }
            }
            const read = semverOrdered
                ? readEvents(r.events ?? [])
                : r.type === 'GIT'
                    ? 'GIT ranges need the repository commit graph, which the gate does not hold'
                    : `${r.type} ranges of ecosystem ${JSON.stringify(pkg.ecosystem)} need that ecosystem's version order, which the gate does not implement`;
            if (typeof read === 'string') {
                unsupported.push({
                    pointer: rp,
                    vulnerability,
                    aliases,
                    status: 'affected',
                    product,
                    reason: read
                });
                continue;
            }
            if (r.type === 'ECOSYSTEM')
                rangeType = 'ECOSYSTEM';
            ranges.push(...read);
        }
        const versions = (a.versions ?? []).map(String);
        if (versions.length > MAX_VERS_CONSTRAINTS) {
            throw new GateError('LIMIT_EXCEEDED', `lists ${versions.length} versions; at most ${MAX_VERS_CONSTRAINTS} are read`, { file, field: `${pointer}/versions` });
        }
        if (ranges.length === 0 && versions.length === 0)
            continue;
        // A range the gate cannot evaluate may hold any version: without a list of the affected
        // versions, the entry says nothing about which are not (never guessed from the other ranges).
        if (versions.length === 0 && unsupported.some(u => u.pointer.startsWith(`${pointer}/`)))
            continue;
        if (statements.length >= MAX_STATEMENTS) {
            throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} affected entries`, {
                file,
                field: '/affected'
            });
        }
        statements.push({
            pointer,
            vulnerability,
            aliases,
            status: 'affected',
            justification: null,
            product,
            versions: { type: 'osv', rangeType, ranges, versions }
        });
    }
    // A withdrawn record counts for nothing from then on (OSV schema, "withdrawn field"): its
    // statements are set aside, each reported (an `affected` one as a gap).
    const withdrawn = typeof doc.withdrawn === 'string'
        ? normaliseTimestamp(doc.withdrawn, { file, field: '/withdrawn' })
        : null;
    const caveats = withdrawn
        ? [
            {
                effect: 'withdrawn',
                reason: `/withdrawn is ${withdrawn}, not after the evaluation time: the record is withdrawn and counts for nothing`,
                from: withdrawn,
                before: null
            }
        ]
        : [];
    return { format: 'osv', id: vulnerability, statements, unsupported, caveats };
}

/** The armor header of an OpenPGP public key block (RFC 9580, section 6.2). */
const PUBLIC_KEY_BLOCK = '-----BEGIN PGP PUBLIC KEY BLOCK-----';
/** Whether a trust key's text is an ASCII-armored OpenPGP public key rather than a PKIX PEM. */
const isOpenPgpKeyText = (text) => text.trimStart().startsWith(PUBLIC_KEY_BLOCK);
/**
 * Reads one OpenPGP public key (a primary key with its user IDs and subkeys). INVALID_KEY naming
 * the key id when the text is not exactly one public key, or when no part of it can sign: its
 * self-signatures are checked and a revoked primary key refused here; whether the key (or the
 * subkey that signed) was valid when it signed is judged for each signature, at its creation time.
 * The fingerprint is the primary key's (v4: 40 hex digits, v6: 64), as `gpg --fingerprint` shows it.
 */
async function readOpenPgpKey(armored, keyId, where) {
    const name = `key '${clip(keyId, 100)}'`;
    // OpenPGP.js reads the first armored block of a text and ignores the rest: a second one would
    // be a key nobody sees.
    const blocks = armored.split(PUBLIC_KEY_BLOCK).length - 1;
    if (blocks !== 1 || !/-----END PGP PUBLIC KEY BLOCK-----\s*$/.test(armored)) {
        throw new GateError('INVALID_KEY', blocks === 1
            ? `${name}: nothing may follow the OpenPGP public key block's END line`
            : `${name} holds ${blocks} OpenPGP public key blocks; list each key on its own`, where);
    }
    const { readKeys } = await Promise.resolve().then(function () { return require('./index-openpgp.cjs'); });
    let keys;
    try {
        keys = await readKeys({ armoredKeys: armored });
    }
    catch (error) {
        throw new GateError('INVALID_KEY', `${name} is not a valid OpenPGP public key: ${messageOf(error)}`, where);
    }
    if (keys.length !== 1) {
        throw new GateError('INVALID_KEY', `${name} holds ${keys.length} OpenPGP keys; list each key on its own`, where);
    }
    const key = keys[0];
    if (key.isPrivate()) {
        throw new GateError('INVALID_KEY', `${name} is a private key; give the public key only`, where);
    }
    try {
        // No date: whether it can sign at all (self-signatures, key flags, algorithm and size).
        await key.getSigningKey(undefined, null);
    }
    catch (error) {
        throw new GateError('INVALID_KEY', `${name} is an OpenPGP key that cannot sign: ${messageOf(error)}`, where);
    }
    return { key: key, fingerprint: `openpgp:${key.getFingerprint()}` };
}
/**
 * Whether a signature file is a binary OpenPGP signature: its first packet is a signature packet
 * (tag 2, in the old or the new packet format) of a known version (3 to 6). Such a file is not
 * text; anything else binary stays what it was (a raw signature, refused with the conversion to
 * cosign's base64 as its fix).
 */
function isBinaryOpenPgpSignature(bytes) {
    const header = bytes[0] ?? 0;
    let tag;
    let bodyAt;
    if ((header & 0xc0) === 0xc0) {
        tag = header & 0x3f;
        const first = bytes[1] ?? 0;
        bodyAt = first < 192 ? 2 : first < 224 ? 3 : first === 255 ? 6 : -1; // partial lengths: no
    }
    else if ((header & 0xc0) === 0x80) {
        tag = (header >> 2) & 0x0f;
        bodyAt = [2, 3, 5, -1][header & 0x03];
    }
    else
        return false;
    const version = bodyAt < 0 ? 0 : (bytes[bodyAt] ?? 0);
    return tag === 2 && version >= 3 && version <= 6;
}
/** A binary OpenPGP signature as armored text (RFC 9580, section 6.2; the checksum is optional). */
function armoredSignature(bytes) {
    const lines = Buffer.from(bytes)
        .toString('base64')
        .match(/.{1,64}/g) ?? [];
    return ['-----BEGIN PGP SIGNATURE-----', '', ...lines, '-----END PGP SIGNATURE-----', ''].join('\n');
}

/**
 * The evidence-reader registry: one reader per (kind, format). This is the seam where further
 * formats plug in: add a format to the index schema's `format` enum, a reader here, and (for
 * signed content) a verifier in src/verify. Sigstore bundles (`sigstore-bundle`) are read here
 * for update-manifest and build-provenance; affected-versions reads CSAF 2.0, OpenVEX 0.2,
 * OSV 1.x and CycloneDX VEX besides the gate's own YAML record, each with an optional detached
 * signature, as every record kind may be signed.
 */
const document$1 = async () => ({ type: 'document' });
/** The in-toto predicate type of each record kind signed as a statement (docs/evidence-format.md). */
const RECORD_PREDICATE_TYPES = {
    'signing-event': 'https://update-gate.dev/attestation/signing-event/v1',
    'release-approval': 'https://update-gate.dev/attestation/release-approval/v1',
    'risk-acceptance': 'https://update-gate.dev/attestation/risk-acceptance/v1',
    'rollback-recovery-tests': 'https://update-gate.dev/attestation/rollback-recovery-tests/v1',
    'affected-versions': 'https://update-gate.dev/attestation/affected-versions/v1',
    'customer-notification': 'https://update-gate.dev/attestation/customer-notification/v1',
    'deployment-records': 'https://update-gate.dev/attestation/deployment-records/v1'
};
const TEST_RESULT_V01 = 'https://in-toto.io/attestation/test-result/v0.1';
const IN_TOTO_STATEMENT_V1$1 = 'https://in-toto.io/Statement/v1';
const record = (kind) => async (ctx) => {
    const text = decodeUtf8(ctx.file.bytes, ctx.file.path);
    const raw = parseYaml(text, ctx.file.path, { maxAliasCount: ctx.maxAliasCount });
    refuseRecognised(raw, kind, 'update-gate', ctx.file.path);
    validateOrThrow(kind, raw, ctx.file.path);
    return {
        type: 'record',
        record: normaliseRecord(kind, raw, ctx.file.path),
        signed: detachedSignature(ctx, kind)
    };
};
/**
 * A record's (or a supplier's affected-versions document's) optional detached signature over its
 * exact bytes: base64 text as `cosign sign-blob` writes it, or a Sigstore bundle (JSON, a message
 * signature) as `cosign sign-blob --bundle` does.
 */
function detachedSignature(ctx, kind) {
    const rel = ctx.item.signature;
    if (rel === undefined)
        return null;
    const sig = ctx.readOther(rel, {
        file: 'update-evidence.yaml',
        field: `evidence[${ctx.position}].signature`
    });
    if (!sig)
        return {
            carrier: 'signature',
            bytes: ctx.file.bytes,
            file: rel,
            present: false,
            text: null,
            bundles: null
        };
    const bundle = opensWithBrace(sig.bytes);
    return {
        carrier: 'signature',
        bytes: ctx.file.bytes,
        file: sig.path,
        present: true,
        text: bundle ? null : signatureText(sig.bytes, sig.path),
        bundles: bundle ? parseBundleFile(sig, kind) : null
    };
}
/**
 * Whether a signature file is JSON (its first byte after white space is `{`): a Sigstore bundle,
 * read as one, rather than base64 text (whose reading would refuse a bundle as the wrong format).
 */
function opensWithBrace(bytes) {
    for (const b of bytes) {
        if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)
            continue;
        return b === 0x7b;
    }
    return false;
}
/**
 * The record an in-toto statement carries: its predicate is the record itself (the update-gate
 * predicate type of the kind, same schema as the YAML record) or, for rollback and recovery tests,
 * an in-toto test-result v0.1 predicate about one configuration (test-result schema).
 */
function recordFromStatement(kind, payload, file, field) {
    const text = decodeUtf8(payload, file);
    const statement = parseJson(text, file, field);
    const at = (f) => ({ file, field: `${field}.${f}` });
    if (!isObject(statement) || statement._type !== IN_TOTO_STATEMENT_V1$1) {
        throw new GateError('SCHEMA_VIOLATION', `must be an in-toto Statement (_type ${IN_TOTO_STATEMENT_V1$1})`, at('_type'));
    }
    const wanted = RECORD_PREDICATE_TYPES[kind];
    const predicateType = statement.predicateType;
    if (kind === 'rollback-recovery-tests' && predicateType === TEST_RESULT_V01) {
        validateOrThrow('test-result', statement.predicate, file);
        return testResultRecord(statement.predicate, file, `${field}.predicate`);
    }
    if (predicateType !== wanted) {
        throw new GateError('SCHEMA_VIOLATION', `is ${JSON.stringify(predicateType)}; a ${kind} statement has predicate type ${wanted}${kind === 'rollback-recovery-tests' ? ` or ${TEST_RESULT_V01}` : ''}`, at('predicateType'));
    }
    validateOrThrow(kind, statement.predicate, file);
    return normaliseRecord(kind, statement.predicate, file);
}
/**
 * One test-result v0.1 run on one configuration as a RollbackRecoveryTests record. A run whose
 * `result` is FAILED vouches for no test: every test it lists counts as failed, passedTests and
 * warnedTests included (a failed run never yields a passed test, whatever its lists say).
 */
function testResultRecord(predicate, file, field) {
    // The schema requires exactly one descriptor named update-gate:test-target with these annotations.
    const target = predicate.configuration.find(c => c.name === 'update-gate:test-target');
    if (!target)
        throw new GateError('SCHEMA_VIOLATION', 'names no update-gate:test-target', {
            file,
            field: `${field}.configuration`
        });
    const a = target.annotations;
    const time = normaliseTimestamp(a.time, {
        file,
        field: `${field}.configuration.annotations.time`
    });
    const result = (test, outcome) => ({
        configuration: a.configuration,
        hardware: a.hardware,
        test,
        outcome,
        time,
        reference: predicate.url ?? null
    });
    const passed = predicate.result === 'FAILED' ? 'failed' : 'passed';
    return {
        kind: 'RollbackRecoveryTests',
        product: a.product,
        fromVersion: a.fromVersion,
        toVersion: a.toVersion,
        rollbackConditions: [...a.rollbackConditions],
        results: [
            ...(predicate.passedTests ?? []).map(t => result(t, passed)),
            ...(predicate.warnedTests ?? []).map(t => result(t, passed)),
            ...(predicate.failedTests ?? []).map(t => result(t, 'failed'))
        ]
    };
}
/** A record signed as a DSSE envelope holding an in-toto statement. */
const dsseRecord = (kind) => async (ctx) => {
    const envelope = readDsseEnvelope(ctx, kind);
    const payload = decodeBase64(envelope.payload);
    if (payload === null) {
        throw new GateError('PARSE_ERROR', 'is not valid base64', {
            file: ctx.file.path,
            field: 'payload'
        });
    }
    return {
        type: 'record',
        record: recordFromStatement(kind, payload, ctx.file.path, 'payload'),
        signed: { carrier: 'dsse', envelope }
    };
};
/** A record signed as a Sigstore DSSE bundle holding an in-toto statement (one bundle). */
const bundleRecord = (kind) => async (ctx) => {
    const bundles = parseBundleFile(ctx.file, kind);
    if (bundles.length !== 1) {
        throw new GateError('SCHEMA_VIOLATION', `holds ${bundles.length} bundles; a signed record is one bundle`, {
            file: ctx.file.path
        });
    }
    const json = bundles[0].json;
    const env = isObject(json.dsseEnvelope) ? json.dsseEnvelope : null;
    const payload = env && typeof env.payload === 'string' ? decodeBase64(env.payload) : null;
    if (payload === null) {
        throw new GateError('SCHEMA_VIOLATION', 'must be a DSSE bundle holding an in-toto statement (dsseEnvelope.payload, base64)', { file: ctx.file.path, field: 'dsseEnvelope.payload' });
    }
    return {
        type: 'record',
        record: recordFromStatement(kind, payload, ctx.file.path, 'dsseEnvelope.payload'),
        signed: {
            carrier: 'sigstore-bundle',
            bundleFile: { file: ctx.file.path, present: true, sha256: ctx.file.sha256 },
            bundles
        }
    };
};
/**
 * A cosign `.sig` is base64 text and an OpenPGP signature armored text (a binary one is given its
 * armor); a raw DER or Ed25519 signature gets the conversion as its fix, and a JSON document the
 * gate knows (a Sigstore bundle) one line saying how to declare it.
 */
function signatureText(bytes, file) {
    if (isBinaryOpenPgpSignature(bytes))
        return armoredSignature(bytes);
    let text;
    try {
        text = decodeUtf8(bytes, file);
    }
    catch {
        throw new GateError('PARSE_ERROR', 'is binary, but the signature must be base64 text as `cosign sign-blob` writes it; convert it with `openssl base64 -A -in <binary signature> -out ' +
            file +
            '`', { file });
    }
    if (text.trimStart().startsWith('{')) {
        let json = null;
        try {
            json = parseJson(text, file);
        }
        catch {
            // not JSON: the signature check says what is wrong with it
        }
        refuseRecognised(json, 'update-manifest', 'cosign-sign-blob', file);
    }
    return text;
}
const cosignSignBlob = async (ctx) => {
    const rel = ctx.item.signature;
    if (rel === undefined) {
        throw new GateError('SCHEMA_VIOLATION', 'is required for an update-manifest', {
            file: 'update-evidence.yaml',
            field: `evidence[${ctx.position}].signature`
        });
    }
    const sig = ctx.readOther(rel, {
        file: 'update-evidence.yaml',
        field: `evidence[${ctx.position}].signature`
    });
    return {
        type: 'signed-blob',
        format: 'cosign-sign-blob',
        bytes: ctx.file.bytes,
        signature: sig
            ? {
                file: sig.path,
                present: true,
                text: signatureText(sig.bytes, sig.path),
                sha256: sig.sha256
            }
            : { file: rel, present: false, text: null, sha256: null }
    };
};
/** Sigstore bundle media types @sigstore/bundle reads (v0.1, v0.2, v0.3 and its legacy form). */
const SIGSTORE_BUNDLE_MEDIA_TYPES = [
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json'
];
const isSigstoreMediaType = (v) => typeof v === 'string' && v.startsWith('application/vnd.dev.sigstore.bundle');
/** At most this many bundles in one .jsonl file. */
const MAX_BUNDLES_PER_FILE = 1000;
/** One line: is it a Sigstore bundle of a supported media type? One clear line when not. */
function recogniseBundle(raw, file, field, kind) {
    const at = { file, field: field === '' ? 'mediaType' : `${field}.mediaType` };
    if (!isObject(raw)) {
        throw new GateError('SCHEMA_VIOLATION', 'must be a Sigstore bundle (a JSON object)', {
            file,
            ...(field === '' ? {} : { field })
        });
    }
    const mediaType = raw.mediaType;
    if (mediaType === undefined) {
        if (typeof raw.payloadType === 'string' && Array.isArray(raw.signatures)) {
            throw new GateError('SCHEMA_VIOLATION', 'is missing: this is a bare DSSE envelope, not a Sigstore bundle; declare format: dsse', at);
        }
        if (field === '')
            refuseRecognised(raw, kind, 'sigstore-bundle', file);
        throw new GateError('SCHEMA_VIOLATION', 'is required: a Sigstore bundle names its media type (application/vnd.dev.sigstore.bundle.v0.3+json)', at);
    }
    if (!SIGSTORE_BUNDLE_MEDIA_TYPES.includes(mediaType)) {
        throw new GateError('SCHEMA_VIOLATION', isSigstoreMediaType(mediaType)
            ? `a Sigstore bundle of media type ${mediaType} is not supported (supported: v0.1, v0.2, v0.3)`
            : `${JSON.stringify(mediaType)} is not a Sigstore bundle media type`, at);
    }
}
/**
 * `text` as one JSON value that parseJson would accept, or null. JSON.parse alone tells a file of
 * several bundles at once; parseJson's scans (depth, repeated keys) then run only over a text that
 * is one value, not over every line before each is read, and the text is parsed once.
 */
function wholeJson(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return null;
    }
    return jsonTextTooDeep(text) || findDuplicateJsonKey(text) !== null ? null : { json };
}
/**
 * Reads a `.sigstore.json` bundle, or a `.jsonl` file with one bundle per line (as
 * `gh attestation download` writes). Structure beyond the media type is checked by
 * @sigstore/bundle in the verify stage.
 */
function parseBundleFile(file, kind) {
    const text = decodeUtf8(file.bytes, file.path);
    const lines = text.split('\n');
    const nonEmpty = lines.filter(l => l.trim() !== '').length;
    // The whole text is read as one bundle when it is one JSON value; a single line that is not is
    // reported as parseJson reports it.
    const whole = nonEmpty <= 1 && !file.path.endsWith('.jsonl')
        ? { json: parseJson(text, file.path) }
        : wholeJson(text);
    if (whole !== null) {
        recogniseBundle(whole.json, file.path, '', kind);
        return [{ json: whole.json, line: null }];
    }
    if (nonEmpty > MAX_BUNDLES_PER_FILE) {
        throw new GateError('SCHEMA_VIOLATION', `holds ${nonEmpty} bundles; at most ${MAX_BUNDLES_PER_FILE} are accepted`, { file: file.path });
    }
    const bundles = [];
    lines.forEach((l, i) => {
        if (l.trim() === '')
            return;
        const field = `line ${i + 1}`;
        const json = parseJson(l, file.path, field);
        recogniseBundle(json, file.path, field, kind);
        bundles.push({ json, line: i + 1 });
    });
    if (bundles.length === 0) {
        throw new GateError('SCHEMA_VIOLATION', 'holds no Sigstore bundle', { file: file.path });
    }
    return bundles;
}
/**
 * Build provenance the package does not carry, fetched by artifact digest (the GitHub
 * attestations API, src/collect/attestations.ts): one evidence item holding the answer's
 * bundles, each recognised like a line of a bundle file and verified like one.
 */
function fetchedProvenance(fetched, origin, id, position) {
    const bundles = fetched.bundles.map((json, i) => {
        const field = `attestations[${i}].bundle`;
        recogniseBundle(json, fetched.label, field, 'build-provenance');
        return { json, line: i + 1, field };
    });
    return {
        position,
        id,
        kind: 'build-provenance',
        format: 'sigstore-bundle',
        file: fetched.label,
        producer: origin,
        time: null,
        controls: [],
        statement: null,
        present: true,
        sha256: fetched.sha256,
        content: {
            type: 'sigstore-bundle',
            format: 'sigstore-bundle',
            bytes: null,
            bundleFile: { file: fetched.label, present: true, sha256: fetched.sha256 },
            origin,
            bundles
        }
    };
}
const bundleProvenance = async (ctx) => ({
    type: 'sigstore-bundle',
    format: 'sigstore-bundle',
    bytes: null,
    bundleFile: { file: ctx.file.path, present: true, sha256: ctx.file.sha256 },
    origin: 'package',
    bundles: parseBundleFile(ctx.file, 'build-provenance')
});
const bundleManifest = async (ctx) => {
    const rel = ctx.item.signature;
    const where = { file: 'update-evidence.yaml', field: `evidence[${ctx.position}].signature` };
    if (rel === undefined) {
        throw new GateError('SCHEMA_VIOLATION', 'is required for an update-manifest: the Sigstore bundle over the manifest', where);
    }
    const sig = ctx.readOther(rel, where);
    return {
        type: 'sigstore-bundle',
        format: 'sigstore-bundle',
        bytes: ctx.file.bytes,
        bundleFile: sig
            ? { file: sig.path, present: true, sha256: sig.sha256 }
            : { file: rel, present: false, sha256: null },
        origin: 'package',
        bundles: sig ? parseBundleFile(sig, 'update-manifest') : []
    };
};
/** DSSE envelope structure (secure-systems-lab/dsse envelope.md); extra fields are tolerated. */
function readDsseEnvelope(ctx, kind) {
    const text = decodeUtf8(ctx.file.bytes, ctx.file.path);
    let raw;
    try {
        raw = parseJson(text, ctx.file.path);
    }
    catch (error) {
        // `gh attestation download` writes bundles one per line: say so rather than "invalid JSON".
        const first = text.split('\n', 1)[0] ?? '';
        if (/"mediaType"\s*:\s*"application\/vnd\.dev\.sigstore\.bundle/.test(first)) {
            throw new GateError('SCHEMA_VIOLATION', 'is a file of Sigstore bundles (one per line), not a DSSE envelope; declare format: sigstore-bundle', { file: ctx.file.path });
        }
        throw error;
    }
    if (isObject(raw) && isSigstoreMediaType(raw.mediaType)) {
        throw new GateError('SCHEMA_VIOLATION', `is a Sigstore bundle (media type ${raw.mediaType}), not a bare DSSE envelope; declare format: sigstore-bundle`, { file: ctx.file.path, field: 'mediaType' });
    }
    refuseRecognised(raw, kind, 'dsse', ctx.file.path);
    validateOrThrow('dsse-envelope', raw, ctx.file.path);
    const env = raw;
    return {
        payload: env.payload,
        payloadType: env.payloadType,
        signatures: env.signatures.map(s => ({
            ...(s.keyid !== undefined ? { keyid: s.keyid } : {}),
            sig: s.sig,
            ...(typeof s.cert === 'string' ? { cert: s.cert } : {})
        }))
    };
}
const dsse = async (ctx) => ({
    type: 'dsse',
    format: 'dsse',
    envelope: readDsseEnvelope(ctx, 'build-provenance')
});
/**
 * A supplier's affected-version document: bounded JSON, its published schema, then flattened
 * into statements (src/load/vex/); matching and version evaluation happen in src/verify/vex.ts.
 */
const vexDocument = (format, read) => async (ctx) => {
    const raw = readJsonDocument(ctx.file.bytes, ctx.file.path);
    refuseRecognised(raw, 'affected-versions', format, ctx.file.path);
    await validateVex(format, raw, ctx.file.path);
    return {
        type: 'vex',
        document: read(raw, ctx.file.path),
        signed: detachedSignature(ctx, 'affected-versions')
    };
};
/**
 * A record kind: its YAML (with an optional detached signature), or signed as an in-toto
 * statement; `documents`: the other formats the kind reads (a supplier's affected-versions
 * documents, each with an optional detached signature).
 */
const signableRecord = (kind, documents = {}) => ({
    defaultFormat: 'update-gate',
    readers: {
        'update-gate': record(kind),
        dsse: dsseRecord(kind),
        'sigstore-bundle': bundleRecord(kind),
        ...documents
    }
});
const EVIDENCE_READERS = {
    'process-document': { defaultFormat: 'text', readers: { text: document$1 } },
    'recovery-procedure': { defaultFormat: 'text', readers: { text: document$1 } },
    'update-manifest': {
        defaultFormat: 'cosign-sign-blob',
        readers: { 'cosign-sign-blob': cosignSignBlob, 'sigstore-bundle': bundleManifest }
    },
    'build-provenance': {
        defaultFormat: 'dsse',
        readers: { dsse, 'sigstore-bundle': bundleProvenance }
    },
    'signing-event': signableRecord('signing-event'),
    'release-approval': signableRecord('release-approval'),
    'rollback-recovery-tests': signableRecord('rollback-recovery-tests'),
    'affected-versions': signableRecord('affected-versions', {
        csaf: vexDocument('csaf', readCsaf),
        openvex: vexDocument('openvex', readOpenVex),
        osv: vexDocument('osv', readOsv),
        'cyclonedx-vex': vexDocument('cyclonedx-vex', readCycloneDx)
    }),
    'customer-notification': signableRecord('customer-notification'),
    'deployment-records': signableRecord('deployment-records'),
    'risk-acceptance': signableRecord('risk-acceptance')
};

/** Loads an evidence package: index + every evidence file it names, safely and validated. */
const isFile = (p) => fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
const isDirectory = (p) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
function assertUnique(values, file, field, what) {
    const seen = new Set();
    values.forEach((v, i) => {
        if (seen.has(v)) {
            throw new GateError('SCHEMA_VIOLATION', `${what} '${clip(v, 100)}' appears more than once; must be unique`, {
                file,
                field: field(i)
            });
        }
        seen.add(v);
    });
}
/**
 * The checks of an index as a whole, before any evidence is read: its schema, and evidence and
 * configuration ids each unique. `package init` makes them on the index it is about to write.
 */
function checkIndex(raw) {
    validateOrThrow('update-evidence', raw, INDEX_FILE);
    assertUnique(raw.evidence.map(e => e.id), INDEX_FILE, i => `evidence[${i}].id`, 'evidence id');
    assertUnique(raw.scope.configurations.map(c => c.id), INDEX_FILE, i => `scope.configurations[${i}].id`, 'configuration id');
    // Policies key an exception's problems and waivers by its id.
    assertUnique((raw.exceptions ?? []).map(e => e.id), INDEX_FILE, i => `exceptions[${i}].id`, 'exception id');
}
function packageFacts(raw, index) {
    const f = INDEX_FILE;
    const exceptions = (raw.exceptions ?? []).map((e, i) => ({
        id: e.id,
        configuration: e.configuration,
        reason: e.reason,
        mitigation: e.mitigation,
        remainOn: e.remainOn,
        followUpBy: normaliseTimestamp(e.followUpBy, { file: f, field: `exceptions[${i}].followUpBy` }),
        acceptedBy: canonicalIdentity(e.acceptedBy, { file: f, field: `exceptions[${i}].acceptedBy` }),
        acceptedAt: normaliseTimestamp(e.acceptedAt, { file: f, field: `exceptions[${i}].acceptedAt` }),
        ...(e.waives ? { waives: [...e.waives] } : {})
    }));
    const party = (list) => (p, i) => ({
        id: canonicalIdentity(p.id, { file: f, field: `${list}[${i}].id` }),
        name: p.name,
        role: p.role
    });
    return {
        index: INDEX_FILE,
        indexSha256: index.sha256,
        decisionSupported: raw.decisionSupported,
        threats: [...(raw.threats ?? [])],
        controls: [...(raw.controls ?? [])],
        scope: {
            product: raw.scope.product,
            fromVersion: raw.scope.fromVersion,
            toVersion: raw.scope.toVersion,
            cohort: raw.scope.cohort,
            configurations: raw.scope.configurations.map(c => ({
                id: c.id,
                name: c.name,
                hardware: c.hardware
            })),
            vulnerabilities: [...raw.scope.vulnerabilities],
            // The trust configuration decides the scheme; the verify stage sets it (and refuses an
            // index that claims another).
            versionScheme: raw.scope.versionScheme ?? 'semver',
            identifiers: (raw.scope.identifiers ?? []).map((id, i) => {
                const field = `scope.identifiers[${i}]`;
                if (id.purl !== undefined)
                    parsePurl(id.purl, f, `${field}.purl`);
                if (id.cpe !== undefined)
                    parseCpe23(id.cpe, f, `${field}.cpe`);
                return { ...id };
            })
        },
        producers: (raw.producers ?? []).map(party('producers')),
        consumers: (raw.consumers ?? []).map(party('consumers')),
        verificationMethod: [...(raw.verificationMethod ?? [])],
        knownGaps: (raw.knownGaps ?? []).map(g => ({
            id: g.id,
            description: g.description,
            configurations: [...g.configurations]
        })),
        exceptions,
        retention: raw.retention
            ? { owners: [...raw.retention.owners], locations: [...raw.retention.locations] }
            : null
    };
}
/**
 * Reads `<packageDir>/update-evidence.yaml` and every file it names. Input errors throw GateError
 * (FILE_NOT_FOUND for the package or index, PATH_OUTSIDE_ROOT, FILE_TOO_LARGE, FILE_UNREADABLE,
 * PARSE_ERROR, DUPLICATE_KEY, ALIAS_LIMIT, SCHEMA_VIOLATION, INVALID_TIME). An evidence file that
 * the index names but that does not exist is a fact (`present: false`), not an error.
 */
async function loadPackage(packageDir, options = {}) {
    const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
    const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
    const named = options.label ?? packageDir;
    if (path.basename(packageDir) === INDEX_FILE && isFile(packageDir)) {
        throw new GateError('USAGE', `this is the package's index; give the package directory that holds it: ${path.dirname(named)}`, { file: named });
    }
    const root = realRoot(packageDir, { file: named });
    if (!isDirectory(root)) {
        throw new GateError('USAGE', `is a file; give the evidence package directory (the one that holds ${INDEX_FILE})`, { file: named });
    }
    const fileDigests = {};
    const index = readInside(root, INDEX_FILE, maxBytes, { file: INDEX_FILE });
    if (!index) {
        throw new GateError('FILE_NOT_FOUND', `'${named}' has no ${INDEX_FILE}; give the evidence package directory, or start one with \`update-gate package init ${named} --product P --from V --to V\``, { file: INDEX_FILE });
    }
    fileDigests[INDEX_FILE] = index.sha256;
    const text = decodeUtf8(index.bytes, INDEX_FILE);
    const { value: raw, fast } = readYaml(text, INDEX_FILE, { maxAliasCount });
    // Found in this read, before anything else sees the value.
    const places = options.places ? indexPlacesOfRead(index.bytes.length, text, fast) : undefined;
    checkIndex(raw);
    const facts = packageFacts(raw, index);
    const readOther = (rel, where) => {
        const result = readInside(root, rel, maxBytes, where);
        if (result)
            fileDigests[result.path] = result.sha256;
        return result;
    };
    const evidence = [];
    for (const [position, item] of raw.evidence.entries()) {
        const kind = item.kind;
        const field = (name) => `evidence[${position}].${name}`;
        const base = {
            position,
            id: item.id,
            kind,
            producer: canonicalIdentity(item.producer, {
                file: INDEX_FILE,
                field: field('producer')
            }),
            time: normaliseOptionalTimestamp(item.time, { file: INDEX_FILE, field: field('time') }),
            controls: [...(item.controls ?? [])],
            statement: item.statement ?? null
        };
        if (kind === 'assertion') {
            evidence.push({
                ...base,
                format: 'statement',
                file: null,
                present: false,
                sha256: null,
                content: { type: 'none' }
            });
            continue;
        }
        const formats = EVIDENCE_READERS[kind];
        const format = item.format ?? formats.defaultFormat;
        const reader = formats.readers[format];
        if (!reader) {
            throw new GateError('SCHEMA_VIOLATION', `format '${clip(format, 100)}' is not supported for ${kind}; supported: ${Object.keys(formats.readers).join(', ')}`, { file: INDEX_FILE, field: field('format') });
        }
        const where = { file: INDEX_FILE, field: field('file') };
        const file = readOther(item.file, where);
        if (!file) {
            evidence.push({
                ...base,
                format,
                file: path.posix.normalize(String(item.file).replace(/\\/g, '/')),
                present: false,
                sha256: null,
                content: { type: 'none' }
            });
            continue;
        }
        const content = await reader({ file, item, position, maxAliasCount, readOther });
        evidence.push({ ...base, format, file: file.path, present: true, sha256: file.sha256, content });
    }
    let artifactsRoot;
    let artifactsLabel = 'artifacts';
    if (options.artifactsDir !== undefined) {
        artifactsRoot = realRoot(options.artifactsDir, { file: options.artifactsDir });
        artifactsLabel = path.relative(root, artifactsRoot).split(path.sep).join('/');
        if (artifactsLabel === '' ||
            artifactsLabel.startsWith('..') ||
            path.isAbsolute(artifactsLabel)) {
            artifactsLabel = 'artifacts';
        }
    }
    else {
        artifactsRoot = resolveInside(root, 'artifacts', { file: 'artifacts' });
    }
    return {
        root,
        artifactsRoot,
        artifactsLabel,
        facts,
        claimedVersionScheme: raw.scope.versionScheme ?? null,
        evidence,
        fileDigests,
        ...(places ? { places } : {})
    };
}

/**
 * Retained reports (`--approved-reports`): the JSON reports the gate wrote earlier, given back by
 * the gate runner (like the trust file, never by the package under review). Each is read bounded,
 * parsed and held to schemas/report.schema.json; what the policy gets are facts (product, cohort,
 * versions, decision, evaluation time, file). Which reports count as approvals for this update
 * (same product and cohort, approve or conditional, not after the evaluation time) is the
 * policy's rule, fleet.older_than_approved.
 */
/** A report holds a whole policy output; a 10 000-configuration one is a few MiB. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** At most this many report files in all (a retention folder, not an archive). */
const MAX_REPORTS = 10_000;
/**
 * The report files a source names: the file itself, or every `*.json` file directly in a
 * directory (sorted by name; subdirectories are not read). `label` is how errors name it.
 */
function reportFiles(source, label) {
    const where = { file: label, field: '--approved-reports' };
    let real;
    try {
        real = realRoot(source, where);
    }
    catch (error) {
        if (error instanceof GateError && error.code === 'FILE_NOT_FOUND')
            throw new GateError('FILE_NOT_FOUND', 'does not exist; give a report file (update-gate evaluate --format json) or a directory of them', where);
        throw error;
    }
    if (!fs.statSync(real).isDirectory())
        return [{ real, label }];
    const names = fs.readdirSync(real, { withFileTypes: true })
        .filter(e => e.name.endsWith('.json') && (e.isFile() || e.isSymbolicLink()))
        .map(e => e.name)
        .sort();
    if (names.length === 0)
        throw new GateError('FILE_NOT_FOUND', 'holds no report (*.json); give a directory of reports written by update-gate evaluate --format json', where);
    return names.map(name => ({ real: path.join(real, name), label: path.join(label, name) }));
}
/** One report file, schema-valid, as the facts the policy reads. */
function readReport(real, file) {
    const bytes = readBounded(real, MAX_REPORT_BYTES, { file });
    const value = parseJson(decodeUtf8(bytes, file), file);
    const apiVersion = value?.apiVersion;
    if (apiVersion !== REPORT_VERSION)
        throw new GateError('SCHEMA_VIOLATION', `must be ${JSON.stringify(REPORT_VERSION)}, got ${excerpt(apiVersion)}: a retained report is the JSON report of one package (update-gate evaluate --format json; in the Action's report, each packages[].report)`, { file, field: 'apiVersion' });
    validateOrThrow('report', value, file);
    const p = value.package;
    return {
        file,
        sha256: sha256Hex(bytes),
        product: p.product,
        cohort: p.cohort,
        fromVersion: p.fromVersion,
        toVersion: p.toVersion,
        decision: value.result.decision,
        evaluationTime: normaliseTimestamp(value.evaluationTime, { file, field: 'evaluationTime' })
    };
}
/**
 * Reads the retained reports `sources` name (files or directories; `labels`, when given, name
 * them in errors and in the report). Fails closed: a file that is not a valid report is an error
 * naming the file and the field, never skipped.
 */
function loadRetainedReports(sources, labels = sources) {
    const files = sources.flatMap((s, i) => reportFiles(s, labels[i] ?? s));
    if (files.length > MAX_REPORTS)
        throw new GateError('FILE_TOO_LARGE', `${files.length} report files; at most ${MAX_REPORTS} (keep the reports of the cohorts judged)`, { field: '--approved-reports' });
    const seen = new Set();
    const reports = [];
    const digests = {};
    for (const f of files) {
        if (seen.has(f.real))
            continue; // a file named twice (itself and through its folder) counts once
        seen.add(f.real);
        const report = readReport(f.real, f.label);
        reports.push(report);
        digests[`report:${f.label}`] = report.sha256;
    }
    return { reports, digests };
}

/**
 * Whether a pattern is RE2 syntax: what the policy's `regex.match` compiles (OPA's wasm runtime
 * links RE2), checked as the trust file is read. JavaScript's RegExp is the wrong judge in both
 * directions: it accepts what RE2 refuses (a lookahead, a backreference, `\u0041`, `(?<name>`),
 * which then matches no certificate at all, and refuses what RE2 accepts (`(?i)`, `\z`,
 * `[[:alpha:]]`, `\pL`: the syntax of cosign's --certificate-identity-regexp).
 *
 * Follows RE2's syntax reference (github.com/google/re2/wiki/Syntax) and its parser's limits:
 * counted repetitions of at most 1000, nested ones whose counts multiply to at most 1000.
 * test/re2-syntax.test.ts holds it to the policy's own RE2 on every case it knows.
 */
/** A flag group's flags: case-insensitive, multi-line, dot matches newline, ungreedy. */
const FLAGS = new Set(['i', 'm', 's', 'U']);
/** The names of `[[:name:]]`. */
const ASCII_CLASSES = new Set([
    'alnum',
    'alpha',
    'ascii',
    'blank',
    'cntrl',
    'digit',
    'graph',
    'lower',
    'print',
    'punct',
    'space',
    'upper',
    'word',
    'xdigit'
]);
/** Unicode general categories RE2 knows (`\pL`, `\p{Lu}`); scripts are checked apart. */
const CATEGORIES = new Set('C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '));
/** The most a counted repetition may count, alone or nested in others (RE2's parser). */
const MAX_REPEAT = 1000;
/** Escapes that stand for a control character. */
const CONTROL_ESCAPES = new Set(['a', 'f', 'n', 'r', 't', 'v']);
/** Empty-width escapes: beginning of text, word boundary and not, end of text. */
const ASSERTION_ESCAPES = new Set(['A', 'b', 'B', 'z']);
const PERL_CLASSES = new Set(['d', 'D', 's', 'S', 'w', 'W']);
/** Constructs of other regex dialects RE2 does not have, by how they start after `(?`. */
const UNSUPPORTED_GROUPS = [
    ['=', 'lookahead (?='],
    ['!', 'negative lookahead (?!'],
    ['<=', 'lookbehind (?<='],
    ['<!', 'negative lookbehind (?<!'],
    ['<', 'named group (?<'],
    ["'", "named group (?'name'"],
    ['#', 'comment (?#'],
    ['>', 'atomic group (?>'],
    ['|', 'branch reset (?|'],
    ['P=', 'backreference (?P='],
    ['P>', 'subroutine call (?P>']
];
class Re2SyntaxError extends Error {
}
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isOctal = (c) => c !== undefined && c >= '0' && c <= '7';
const isHex = (c) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);
const isAsciiAlnum = (c) => /^[A-Za-z0-9]$/.test(c);
/** A Unicode script name RE2 knows: a long Script value, as JavaScript knows it too. */
function isScript(name) {
    if (!/^[A-Z][a-z]+(?:_[A-Z][a-z]+)*$/.test(name))
        return false;
    try {
        new RegExp(`\\p{Script=${name}}`, 'u');
        return true;
    }
    catch {
        return false;
    }
}
class Scanner {
    re;
    i = 0;
    frames = [{ start: 0, last: null, repeated: false, product: 1 }];
    constructor(re) {
        this.re = re;
    }
    /** Stops at `what`, found at `at`; `why` when RE2 lacks a construct other dialects have. */
    fail(what, at, why) {
        throw new Re2SyntaxError(`${what} at character ${at + 1}${why ? ` (${why})` : ''}`);
    }
    get frame() {
        return this.frames[this.frames.length - 1];
    }
    /** The character (code point) at `i`. */
    at(i) {
        const c = this.re.codePointAt(i);
        return c === undefined ? undefined : String.fromCodePoint(c);
    }
    /** Something a repetition may apply to, whose own counted repetitions multiply to `product`. */
    item(product = 1) {
        this.frame.last = product;
        this.frame.repeated = false;
        this.frame.product = Math.max(this.frame.product, product);
    }
    scan() {
        while (this.i < this.re.length) {
            const start = this.i;
            const c = this.at(this.i);
            this.i += c.length;
            switch (c) {
                case '(':
                    this.openGroup(start);
                    break;
                case ')':
                    this.closeGroup(start);
                    break;
                case '|':
                    this.frame.last = null;
                    this.frame.repeated = false;
                    break;
                case '[':
                    this.characterClass(start);
                    this.item();
                    break;
                case '*':
                case '+':
                case '?':
                    this.repeat(start, c === '+' ? 1 : 0, c === '?' ? 1 : -1);
                    break;
                case '{': {
                    const counts = this.counts();
                    if (counts)
                        this.repeat(start, counts.min, counts.max);
                    else
                        this.item();
                    break;
                }
                case '\\':
                    this.escape(start);
                    break;
                default:
                    this.item();
            }
        }
        if (this.frames.length > 1)
            this.fail('missing closing )', this.frame.start);
    }
    openGroup(start) {
        if (this.re[this.i] === '?') {
            const rest = this.re.slice(this.i + 1);
            for (const [prefix, what] of UNSUPPORTED_GROUPS) {
                if (!rest.startsWith(prefix))
                    continue;
                this.fail(what, start, prefix === '<' ? 'not in RE2: write (?P<name>...)' : 'not in RE2');
            }
            if (rest.startsWith('P<')) {
                const name = /^P<([A-Za-z0-9_]+)>/.exec(rest);
                if (!name)
                    this.fail('invalid named group (?P<', start);
                this.i += 1 + name[0].length;
            }
            else if (!this.flags(start)) {
                // (?flags) opens no group; what comes next may repeat what came before (as in RE2).
                this.frame.repeated = false;
                return;
            }
        }
        this.frames.push({ start, last: null, repeated: false, product: 1 });
    }
    /**
     * Reads `(?flags)` or `(?flags:` after `(`: flags, and at most one `-`, followed by a flag.
     * True when a group follows (`:`).
     */
    flags(start) {
        let j = this.i + 1;
        let negated = false;
        let sawFlag = false;
        for (; j < this.re.length; j++) {
            const c = this.re[j];
            if (FLAGS.has(c)) {
                sawFlag = true;
            }
            else if (c === '-' && !negated) {
                negated = true;
                sawFlag = false;
            }
            else if ((c === ':' || c === ')') && (!negated || sawFlag)) {
                this.i = j + 1;
                return c === ':';
            }
            else
                break;
        }
        const seen = this.re.slice(start, Math.min(j + 1, this.re.length));
        this.fail(`invalid or unsupported group ${seen}`, start);
    }
    closeGroup(start) {
        if (this.frames.length === 1)
            this.fail('unexpected )', start);
        const group = this.frames.pop();
        this.item(group.product);
    }
    /** `{n}`, `{n,}` or `{n,m}` at `i` (after `{`), consumed; null when it is a literal `{`. */
    counts() {
        const m = /^(\d+)(?:(,)(\d*))?\}/.exec(this.re.slice(this.i));
        if (!m)
            return null;
        // RE2 reads a number with a leading zero, or a long one, as no number: `{` is then literal.
        const number = (s) => (s.length > 1 && s[0] === '0') || s.length > 8 ? null : Number(s);
        const min = number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? -1 : number(m[3]);
        if (min === null || max === null)
            return null;
        this.i += m[0].length;
        return { min, max };
    }
    /** A repetition read from `start` (its `{...}` already consumed); then its lazy `?`. */
    repeat(start, min, max) {
        const operator = this.re.slice(start, this.i);
        if (this.frame.repeated)
            this.fail(`repetition of a repetition (${operator})`, start);
        const last = this.frame.last;
        if (last === null)
            this.fail(`nothing to repeat before ${operator}`, start);
        if (operator.startsWith('{')) {
            if (min > MAX_REPEAT || max > MAX_REPEAT || (max !== -1 && max < min)) {
                this.fail(`invalid repetition count ${operator} (at most ${MAX_REPEAT})`, start);
            }
        }
        const count = operator.startsWith('{') ? (max >= 0 ? max : min) : 0;
        const product = count > 0 ? last * count : last;
        if (product > MAX_REPEAT) {
            this.fail(`nested repetition counts over ${MAX_REPEAT} in all (${operator})`, start);
        }
        if (this.re[this.i] === '?')
            this.i++;
        this.frame.last = product;
        this.frame.product = Math.max(this.frame.product, product);
        this.frame.repeated = true;
    }
    /** An escape outside a class, from its `\` at `start`. */
    escape(start) {
        const c = this.at(this.i);
        if (c === undefined)
            this.fail('trailing backslash', start);
        if (c === 'Q') {
            // \Q...\E: literal text, to \E or the end.
            const end = this.re.indexOf('\\E', this.i + 1);
            const text = this.re.slice(this.i + 1, end === -1 ? undefined : end);
            this.i = end === -1 ? this.re.length : end + 2;
            if (text.length > 0)
                this.item();
            return;
        }
        if (ASSERTION_ESCAPES.has(c) || c === 'C' || PERL_CLASSES.has(c)) {
            this.i += 1;
            this.item();
            return;
        }
        if (c === 'p' || c === 'P') {
            this.unicodeClass(start);
            this.item();
            return;
        }
        this.escapedCharacter(start);
        this.item();
    }
    /** `\pN`, `\p{Name}`, `\p{^Name}` (or `\P`) from `\` at `start`. */
    unicodeClass(start) {
        this.i += 1; // p or P
        const c = this.at(this.i);
        if (c === undefined)
            this.fail('missing class name after \\p', start);
        let name;
        if (c === '{') {
            const end = this.re.indexOf('}', this.i);
            if (end === -1)
                this.fail('unterminated \\p{', start);
            name = this.re.slice(this.i + 1, end).replace(/^\^/, '');
            this.i = end + 1;
        }
        else {
            name = c;
            this.i += c.length;
        }
        if (name !== 'Any' && !CATEGORIES.has(name) && !isScript(name)) {
            this.fail(`unknown Unicode class '${name}'`, start);
        }
    }
    /**
     * An escape that stands for one character (a class's range ends may only be these), from `\`
     * at `start`: octal, hexadecimal, a control character or escaped punctuation.
     */
    escapedCharacter(start) {
        const c = this.at(this.i);
        if (c === undefined)
            this.fail('trailing backslash', start);
        this.i += c.length;
        if (c >= '1' && c <= '7' && !isDigit(this.re[this.i])) {
            this.fail(`backreference \\${c}`, start, 'not in RE2');
        }
        if (c >= '0' && c <= '7') {
            for (let n = 0; n < 2 && isOctal(this.re[this.i]); n++)
                this.i++;
            return;
        }
        if (c === 'x') {
            if (this.re[this.i] === '{') {
                const m = /^\{([0-9A-Fa-f]+)\}/.exec(this.re.slice(this.i));
                if (!m || m[1].length > 8 || parseInt(m[1], 16) > 0x10ffff) {
                    this.fail('invalid \\x{...} escape', start);
                }
                this.i += m[0].length;
                return;
            }
            if (!isHex(this.re[this.i]) || !isHex(this.re[this.i + 1])) {
                this.fail('invalid \\x escape (two hex digits, or \\x{...})', start);
            }
            this.i += 2;
            return;
        }
        if (CONTROL_ESCAPES.has(c))
            return;
        if (c.codePointAt(0) < 0x80 && !isAsciiAlnum(c))
            return;
        this.fail(`escape \\${c}`, start, c === 'u' ? 'not in RE2: write \\x{...}' : 'not in RE2');
    }
    /** A bracketed class from its `[` at `start`, to its `]`. */
    characterClass(start) {
        if (this.re[this.i] === '^')
            this.i++;
        let first = true;
        for (;;) {
            const c = this.at(this.i);
            if (c === undefined)
                this.fail('missing closing ]', start);
            if (c === ']' && !first) {
                this.i++;
                return;
            }
            first = false;
            const itemStart = this.i;
            // `[:` up to the next `:]` anywhere after it is a named class, as RE2 reads it, or an error.
            const close = c === '[' && this.re[this.i + 1] === ':' ? this.re.indexOf(':]', this.i + 2) : -1;
            if (close !== -1) {
                const name = this.re.slice(this.i + 2, close);
                if (!ASCII_CLASSES.has(name.replace(/^\^/, ''))) {
                    this.fail(`unknown class [:${name}:]`, itemStart);
                }
                this.i = close + 2;
                continue;
            }
            if (c === '\\') {
                const e = this.re[this.i + 1];
                if (e !== undefined && PERL_CLASSES.has(e)) {
                    this.i += 2;
                    continue;
                }
                if (e === 'p' || e === 'P') {
                    this.i += 1;
                    this.unicodeClass(itemStart);
                    continue;
                }
            }
            this.classCharacter(itemStart);
            // A range, unless the `-` closes the class ([a-]).
            if (this.re[this.i] === '-' &&
                this.re[this.i + 1] !== undefined &&
                this.re[this.i + 1] !== ']') {
                const low = this.re.slice(itemStart, this.i);
                this.i += 1;
                const highStart = this.i;
                this.classCharacter(highStart);
                const high = this.re.slice(highStart, this.i);
                if (codeOf(high) < codeOf(low))
                    this.fail(`invalid range ${low}-${high}`, itemStart);
            }
        }
    }
    /** One character in a class, at `i`: a literal or an escape that stands for one. */
    classCharacter(start) {
        const c = this.at(this.i);
        if (c === undefined)
            this.fail('missing closing ]', start);
        if (c === '\\') {
            this.i += 1;
            this.escapedCharacter(start);
            return;
        }
        this.i += c.length;
    }
}
/** The code point a class character stands for: itself, or its escape's value. */
function codeOf(text) {
    if (!text.startsWith('\\'))
        return text.codePointAt(0);
    const e = text[1];
    if (e === 'x')
        return parseInt(text.replace(/^\\x\{?|\}$/g, ''), 16);
    if (e >= '0' && e <= '7')
        return parseInt(text.slice(1), 8);
    const controls = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    return controls[e] ?? text.codePointAt(1);
}
/** What makes `pattern` not RE2 syntax (with the character where it is), or undefined. */
function re2SyntaxProblem(pattern) {
    try {
        new Scanner(pattern).scan();
        return undefined;
    }
    catch (error) {
        if (error instanceof Re2SyntaxError)
            return error.message;
        throw error;
    }
}

/** Loads the trust configuration: keys parsed with node:crypto, fingerprints of the DER SPKI. */
/** The placeholder an identity's sourceRef may hold for the update's target version. */
const VERSION_PLACEHOLDER = '{version}';
/** The identity fields compared as written, where {version} is refused. */
const VERSIONLESS_IDENTITY_FIELDS = [
    'issuer',
    'subject',
    'subjectPattern',
    'sourceRepository',
    'signerWorkflow',
    'runnerEnvironment'
];
/** `sha256:<hex>` of the DER SubjectPublicKeyInfo. */
const keyFingerprint = (key) => 'sha256:' + sha256Hex(key.export({ type: 'spki', format: 'der' }));
/**
 * The DER SubjectPublicKeyInfo that a PEM text holds when the text is one PUBLIC KEY block and
 * nothing else (non-empty base64 lines that decode exactly, LF or CRLF line ends); null for
 * anything else. Such DER is parsed with its format and type given, which spares OpenSSL's PEM
 * decoding with format detection; any other text (and DER that does not parse) is parsed as PEM
 * as before, so that its key, or its error, is the one PEM parsing gives.
 */
function spkiOfPem(pem) {
    const block = /^-----BEGIN PUBLIC KEY-----\r?\n((?:[A-Za-z0-9+/=]+\r?\n)+)-----END PUBLIC KEY-----\s*$/.exec(pem);
    if (!block)
        return null;
    const body = block[1].replace(/\r?\n/g, '');
    if (body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body))
        return null;
    const der = Buffer.from(body, 'base64');
    return der.toString('base64') === body ? der : null;
}
/** An EC public key's uncompressed point (X then Y, without the 04 byte) as a JWK. */
const ecJwk = (crv, point) => ({
    kty: 'EC',
    crv,
    x: point.subarray(0, point.length / 2).toString('base64url'),
    y: point.subarray(point.length / 2).toString('base64url')
});
/**
 * The DER encoding OpenSSL writes for each supported key, before the key's bytes (a named curve
 * with an uncompressed point, or Ed25519), and those bytes as a JWK. DER of exactly this form is
 * what keyFingerprint would hash (export writes the same bytes back), so its fingerprint needs no
 * export; and its key is imported from the JWK, which spares OpenSSL's DER decoders (set up at a
 * process's first DER key: most of that key's cost). OpenSSL checks the JWK's key as it checks
 * the DER's (a point off the curve is refused), and what it refuses is parsed again as PEM for the
 * error. Any other encoding that parses (a compressed point, say) is parsed as DER and
 * fingerprinted from the export.
 */
const CANONICAL_SPKI = {
    ed25519: {
        prefix: Buffer.from('302a300506032b6570032100', 'hex'),
        length: 44,
        jwk: key => ({ kty: 'OKP', crv: 'Ed25519', x: key.toString('base64url') })
    },
    'ecdsa-p256-sha256': {
        prefix: Buffer.from('3059301306072a8648ce3d020106082a8648ce3d03010703420004', 'hex'),
        length: 91,
        jwk: point => ecJwk('P-256', point)
    },
    'ecdsa-p384-sha384': {
        prefix: Buffer.from('3076301006072a8648ce3d020106052b8104002203620004', 'hex'),
        length: 120,
        jwk: point => ecJwk('P-384', point)
    }
};
/** The algorithm whose canonical DER `der` is, or null. */
function canonicalAlgorithm(der) {
    if (der === null)
        return null;
    for (const [algorithm, { prefix, length }] of Object.entries(CANONICAL_SPKI)) {
        if (der.length === length && der.subarray(0, prefix.length).equals(prefix))
            return algorithm;
    }
    return null;
}
/** The fingerprint of `key`: hashed from `canonical`, its canonical DER when it has one. */
const fingerprintOf = (key, canonical) => canonical !== null ? 'sha256:' + sha256Hex(canonical) : keyFingerprint(key);
/**
 * Parses one PEM public key; INVALID_KEY naming the key id when it is not a supported key. The
 * fingerprint is keyFingerprint's.
 */
function parsePublicKey(pem, keyId, where) {
    if (/PRIVATE KEY/.test(pem)) {
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' is a private key; give the public key only`, where);
    }
    if (!/-----BEGIN PUBLIC KEY-----/.test(pem)) {
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' is not a PEM public key (-----BEGIN PUBLIC KEY-----) or an OpenPGP public key block (-----BEGIN PGP PUBLIC KEY BLOCK-----)`, where);
    }
    let der = spkiOfPem(pem);
    const canonical = canonicalAlgorithm(der);
    let key;
    if (der !== null) {
        try {
            key =
                canonical === null
                    ? nc.createPublicKey({ key: der, format: 'der', type: 'spki' })
                    : nc.createPublicKey({
                        key: CANONICAL_SPKI[canonical].jwk(der.subarray(CANONICAL_SPKI[canonical].prefix.length)),
                        format: 'jwk'
                    });
        }
        catch {
            der = null; // parsed again as PEM below, for the error OpenSSL gives there
        }
    }
    try {
        key ??= nc.createPublicKey({ key: pem, format: 'pem' });
    }
    catch (error) {
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' is not a valid PEM public key: ${messageOf(error)}`, where);
    }
    const parsed = (algorithm, hash) => ({
        key,
        algorithm,
        hash,
        // The canonical DER of the algorithm found, when that is what was parsed.
        fingerprint: fingerprintOf(key, der !== null && canonical === algorithm ? der : null)
    });
    const type = key.asymmetricKeyType;
    if (type === 'ed25519')
        return parsed('ed25519', null);
    if (type === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        if (curve === 'prime256v1')
            return parsed('ecdsa-p256-sha256', 'sha256');
        if (curve === 'secp384r1')
            return parsed('ecdsa-p384-sha384', 'sha384');
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' uses unsupported curve ${curve}; use P-256, P-384 or Ed25519`, where);
    }
    throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' has unsupported type ${type}; use ECDSA P-256, P-384 or Ed25519`, where);
}
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** A Sigstore trusted root's bytes fields (base64 in protobuf JSON): keys, log ids, certificates. */
const TRUSTED_ROOT_BYTES_FIELDS = [
    'tlogs[].publicKey.rawBytes',
    'tlogs[].logId.keyId',
    'ctlogs[].publicKey.rawBytes',
    'ctlogs[].logId.keyId',
    'certificateAuthorities[].certChain.certificates[].rawBytes',
    'timestampAuthorities[].certChain.certificates[].rawBytes'
];
/**
 * Reads the trust configuration (YAML). `publicKeyFile` paths are relative to the trust file's
 * directory and may not leave it. A key is a PKIX PEM (ECDSA P-256/P-384, Ed25519) or an
 * ASCII-armored OpenPGP public key (read asynchronously, by a library loaded only then). Every key is kept, revoked and expired ones too: the policy
 * decides what they are worth. `read`: the file as the collect stage read it (the Action, for its
 * GitHub logins), taken when read by this path with these bounds, rather than read again; it is
 * validated here as a fresh read is.
 */
async function loadTrust(trustFile, options = {}) {
    const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
    const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
    const given = options.read;
    // Named as the caller names it (the Action: its repository path and commit, not the copy).
    const label = given?.file === trustFile ? given.label : (options.label ?? trustFile);
    let read;
    try {
        read =
            given?.file === trustFile &&
                given.maxBytes === maxBytes &&
                given.maxAliasCount === maxAliasCount
                ? given
                : readYamlFile(trustFile, label, { maxBytes, maxAliasCount });
    }
    catch (error) {
        if (error instanceof GateError && error.code === 'FILE_NOT_FOUND') {
            throw new GateError('FILE_NOT_FOUND', `trust configuration '${label}' does not exist`, {
                file: label
            });
        }
        throw error;
    }
    const { real, bytes, value: raw } = read;
    const fileDigests = {
        [`trust:${path.basename(real)}`]: sha256Hex(bytes)
    };
    validateOrThrow('trust', raw, label);
    const dir = path.dirname(real);
    const keys = [];
    const openpgpKeys = [];
    const data = [];
    const seenIds = new Map();
    const seenFingerprints = new Map();
    for (const [i, k] of raw.keys.entries()) {
        const field = (name) => `keys[${i}].${name}`;
        if (seenIds.has(k.id)) {
            throw new GateError('SCHEMA_VIOLATION', `key id '${clip(k.id, 100)}' appears more than once; must be unique`, { file: label, field: field('id') });
        }
        seenIds.set(k.id, i);
        let pem;
        let where = { file: label, field: field('publicKey') };
        if (k.publicKeyFile !== undefined) {
            where = { file: label, field: field('publicKeyFile') };
            const read = readInside(dir, k.publicKeyFile, maxBytes, where);
            if (!read) {
                throw new GateError('FILE_NOT_FOUND', `public key file '${clip(k.publicKeyFile, 200)}' of key '${clip(k.id, 100)}' does not exist`, where);
            }
            fileDigests[`trust:${read.path}`] = read.sha256;
            pem = decodeUtf8(read.bytes, read.path);
        }
        else {
            pem = k.publicKey; // the schema's oneOf: one of publicKey and publicKeyFile
        }
        const once = (fingerprint) => {
            const other = seenFingerprints.get(fingerprint);
            if (other !== undefined) {
                throw new GateError('INVALID_KEY', `key '${clip(k.id, 100)}' is the same public key as '${other}'; list each key once`, where);
            }
            seenFingerprints.set(fingerprint, k.id);
            return fingerprint;
        };
        let fingerprint;
        if (isOpenPgpKeyText(pem)) {
            const openpgp = await readOpenPgpKey(pem, k.id, where);
            fingerprint = once(openpgp.fingerprint);
            openpgpKeys.push({ id: k.id, fingerprint, key: openpgp.key });
        }
        else {
            const parsed = parsePublicKey(pem, k.id, where);
            fingerprint = once(parsed.fingerprint);
            keys.push({
                id: k.id,
                fingerprint,
                algorithm: parsed.algorithm,
                hash: parsed.hash,
                publicKey: parsed.key
            });
        }
        data.push({
            id: k.id,
            fingerprint,
            usage: [...k.usage].sort(),
            products: [...k.products].sort(),
            minVersion: k.minVersion,
            maxVersion: k.maxVersion,
            validFrom: normaliseTimestamp(k.validFrom, { file: label, field: field('validFrom') }),
            validUntil: normaliseTimestamp(k.validUntil, { file: label, field: field('validUntil') }),
            revoked: k.revoked,
            revokedAt: normaliseOptionalTimestamp(k.revokedAt, { file: label, field: field('revokedAt') })
        });
    }
    // Names people type are canonical (identity.ts), as they are in the evidence they meet.
    const approvers = raw.approvers.map((a, i) => ({
        id: canonicalIdentity(a.id, { file: label, field: `approvers[${i}].id` }),
        name: a.name,
        roles: [...a.roles].sort(),
        keys: [...(a.keys ?? [])].sort(),
        identities: [...(a.identities ?? [])].sort(),
        github: a.github ?? null
    }));
    const systems = (list) => (list ?? []).map(x => ({
        id: x.id,
        name: x.name ?? null,
        keys: [...(x.keys ?? [])].sort(),
        identities: [...(x.identities ?? [])].sort(),
        hardware: [...x.hardware].sort()
    }));
    const testSystems = systems(raw.testSystems);
    const deploymentSystems = systems(raw.deploymentSystems);
    const builders = raw.builders.map((b, i) => ({
        id: canonicalIdentity(b.id, { file: label, field: `builders[${i}].id` }),
        keys: b.keys ? [...b.keys].sort() : null
    }));
    const dup = (list, what, name) => {
        const seen = new Set();
        list.forEach((x, i) => {
            if (seen.has(x.id))
                throw new GateError('SCHEMA_VIOLATION', `${what} '${clip(x.id, 100)}' appears more than once; must be unique`, { file: label, field: `${name}[${i}].id` });
            seen.add(x.id);
        });
    };
    dup(approvers, 'approver', 'approvers');
    dup(builders, 'builder', 'builders');
    // One login, key or identity is one person: mapped to two approvers, one review or one
    // signature would authenticate both. (Logins are case-insensitive, as GitHub's.)
    const owners = new Map();
    const onePerson = (value, what, i, field) => {
        const key = `${field}\0${field === 'github' ? value.toLowerCase() : value}`;
        const other = owners.get(key);
        if (other !== undefined && other !== approvers[i].id)
            throw new GateError('SCHEMA_VIOLATION', `${what} '${clip(value, 100)}' is mapped to approver '${clip(other, 100)}' too; one ${what} authenticates one person`, { file: label, field: `approvers[${i}].${field}` });
        owners.set(key, approvers[i].id);
    };
    raw.approvers.forEach((a, i) => {
        if (a.github !== undefined)
            onePerson(a.github, 'GitHub login', i, 'github');
        for (const k of a.keys ?? [])
            onePerson(k, 'key', i, 'keys');
        for (const x of a.identities ?? [])
            onePerson(x, 'identity', i, 'identities');
    });
    const identities = (raw.identities ?? []).map((x, i) => {
        // Only sourceRef expands {version} (policies/lib/lib.rego, expected_value); elsewhere it
        // would be compared as written and match no certificate.
        for (const field of VERSIONLESS_IDENTITY_FIELDS) {
            if (x[field]?.includes(VERSION_PLACEHOLDER)) {
                throw new GateError('SCHEMA_VIOLATION', `${VERSION_PLACEHOLDER} stands for the update's target version only in sourceRef; here it would be compared as written and match no certificate (to pin the tag of the version deployed, set sourceRef: refs/tags/v${VERSION_PLACEHOLDER})`, { file: label, field: `identities[${i}].${field}` });
            }
        }
        // RE2, as the policy matches it (regex.match), not JavaScript's RegExp.
        const problem = x.subjectPattern === undefined ? undefined : re2SyntaxProblem(x.subjectPattern);
        if (problem !== undefined) {
            throw new GateError('SCHEMA_VIOLATION', `is not a valid RE2 expression: ${problem}`, {
                file: label,
                field: `identities[${i}].subjectPattern`
            });
        }
        return {
            id: x.id,
            issuer: x.issuer,
            subject: x.subject ?? null,
            subjectPattern: x.subjectPattern ?? null,
            sourceRepository: x.sourceRepository ?? null,
            sourceRef: x.sourceRef ?? null,
            signerWorkflow: x.signerWorkflow ?? null,
            runnerEnvironment: x.runnerEnvironment ?? null,
            usage: [...x.usage].sort(),
            products: [...x.products].sort(),
            minVersion: x.minVersion,
            maxVersion: x.maxVersion
        };
    });
    dup(identities, 'identity', 'identities');
    dup(testSystems, 'test system', 'testSystems');
    dup(deploymentSystems, 'deployment system', 'deploymentSystems');
    // Who signs for a party names keys and identities of this file: a dangling id is an error.
    const keyIds = new Set(data.map(k => k.id));
    const identityIds = new Set(identities.map(x => x.id));
    const parties = [
        ['approvers', raw.approvers.map(a => ({ keys: a.keys ?? [], identities: a.identities ?? [] }))],
        ['builders', raw.builders.map(b => ({ keys: b.keys ?? [], identities: [] }))],
        [
            'testSystems',
            (raw.testSystems ?? []).map(x => ({ keys: x.keys ?? [], identities: x.identities ?? [] }))
        ],
        [
            'deploymentSystems',
            (raw.deploymentSystems ?? []).map(x => ({
                keys: x.keys ?? [],
                identities: x.identities ?? []
            }))
        ]
    ];
    for (const [list, entries] of parties) {
        entries.forEach((e, i) => {
            e.keys.forEach((k, j) => {
                if (!keyIds.has(k))
                    throw new GateError('SCHEMA_VIOLATION', `names key '${clip(k, 100)}', which is not in keys[]`, {
                        file: label,
                        field: `${list}[${i}].keys[${j}]`
                    });
            });
            e.identities.forEach((k, j) => {
                if (!identityIds.has(k))
                    throw new GateError('SCHEMA_VIOLATION', `names identity '${clip(k, 100)}', which is not in identities[]`, { file: label, field: `${list}[${i}].identities[${j}]` });
            });
        });
    }
    let sigstoreRoot = null;
    if (raw.sigstore?.trustedRoot !== undefined) {
        const where = { file: label, field: 'sigstore.trustedRoot' };
        const read = readInside(dir, raw.sigstore.trustedRoot, maxBytes, where);
        if (!read) {
            throw new GateError('FILE_NOT_FOUND', `Sigstore trusted root '${raw.sigstore.trustedRoot}' does not exist`, where);
        }
        fileDigests[`trust:${read.path}`] = read.sha256;
        const json = parseJson(decodeUtf8(read.bytes, read.path), read.path);
        requireBase64Fields(json, TRUSTED_ROOT_BYTES_FIELDS, { file: read.path, prefix: '' });
        sigstoreRoot = { label: read.path, json };
    }
    const products = (raw.products ?? []).map(p => ({
        id: p.id,
        versionScheme: p.versionScheme
    }));
    dup(products, 'product', 'products');
    // Key version ranges compare in the scheme of each product the key is for.
    const schemeOf = (product) => products.find(p => p.id === product)?.versionScheme ?? 'semver';
    raw.keys.forEach((k, i) => {
        for (const product of k.products) {
            const scheme = schemeOf(product);
            for (const f of ['minVersion', 'maxVersion']) {
                if (!isValidVersion(scheme, String(k[f]))) {
                    throw new GateError('SCHEMA_VIOLATION', `must be a ${scheme} version (the version scheme of product ${product}), got ${JSON.stringify(k[f])}`, { file: label, field: `keys[${i}].${f}` });
                }
            }
        }
    });
    const fleet = raw.fleet === undefined ? undefined : fleetInventory(raw.fleet, label, schemeOf);
    return {
        file: real,
        keys: keys.sort(byId),
        openpgpKeys: openpgpKeys.sort(byId),
        data: {
            keys: data.sort(byId),
            approvers: approvers.sort(byId),
            builders: builders.sort(byId),
            testSystems: testSystems.sort(byId),
            deploymentSystems: deploymentSystems.sort(byId),
            ...(identities.length > 0 ? { identities: identities.sort(byId) } : {}),
            products: products.sort(byId),
            requirements: {
                minimumMaturity: raw.requirements.minimumMaturity,
                requiredControls: [...raw.requirements.requiredControls],
                requiredApprovals: raw.requirements.requiredApprovals,
                // Who must sign what: absent means every record kind (fail closed), [] none.
                signedRecords: [...(raw.requirements.signedRecords ?? RECORD_KINDS)].sort(),
                // The environments whose GitHub deployment approval counts: absent means none (fail closed).
                deploymentApprovalEnvironments: [
                    ...(raw.requirements.deploymentApprovalEnvironments ?? [])
                ].sort()
            },
            ...(raw.requirementOverrides === undefined
                ? {}
                : { requirementOverrides: { mayWeaken: [...raw.requirementOverrides.mayWeaken].sort() } }),
            ...(fleet === undefined ? {} : { fleet })
        },
        sigstoreRoot,
        attestationsRepository: raw.sigstore?.attestationsRepository ?? null,
        fileDigests
    };
}
/** Order by id as Rego orders strings (UTF-8 bytes), not by UTF-16 code units. */
const byIdBytes = (a, b) => Buffer.compare(Buffer.from(a.id), Buffer.from(b.id));
/**
 * The fleet inventory as the policy reads it (data.trust.fleet): one entry per product and
 * cohort, each configuration id once per cohort, defaults written out.
 */
function fleetInventory(raw, file, schemeOf) {
    const cohorts = new Set();
    const downgraded = new Set();
    // Versions compare in the product's scheme, so each must be a version of that scheme.
    const version = (product, value, field) => {
        const scheme = schemeOf(product);
        if (!isValidVersion(scheme, value))
            throw new GateError('SCHEMA_VIOLATION', `must be a ${scheme} version (the version scheme of product ${clip(product, 100)}), got ${JSON.stringify(clip(value, 100))}`, { file, field });
        return value;
    };
    return {
        cohorts: raw.cohorts.map((c, i) => {
            const key = JSON.stringify([c.product, c.cohort]);
            if (cohorts.has(key)) {
                throw new GateError('SCHEMA_VIOLATION', `cohort '${clip(c.cohort, 100)}' of product '${clip(c.product, 100)}' appears more than once; must be unique`, { file, field: `fleet.cohorts[${i}]` });
            }
            cohorts.add(key);
            const ids = new Set();
            const configurations = c.configurations.map((x, j) => {
                if (ids.has(x.id)) {
                    throw new GateError('SCHEMA_VIOLATION', `configuration '${clip(x.id, 100)}' appears more than once in cohort '${clip(c.cohort, 100)}'; must be unique`, { file, field: `fleet.cohorts[${i}].configurations[${j}].id` });
                }
                ids.add(x.id);
                const field = `fleet.cohorts[${i}].configurations[${j}].version`;
                return { id: x.id, hardware: x.hardware, version: version(c.product, x.version, field) };
            });
            return {
                product: c.product,
                cohort: c.cohort,
                allowPartial: c.allowPartial ?? false,
                approvedVersions: (c.approvedVersions ?? []).map((v, k) => version(c.product, v, `fleet.cohorts[${i}].approvedVersions[${k}]`)),
                // Sorted by id in the policy's string order (bytes of UTF-8), so the policy lists covered
                // and not covered configurations in order without sorting them. Non-empty as the schema
                // requires (minItems 1), so the tuple type holds.
                configurations: configurations.sort(byIdBytes)
            };
        }),
        downgrades: (raw.downgrades ?? []).map((d, i) => {
            // One allowance per product: the policy reads the product's reason as one value.
            if (downgraded.has(d.product))
                throw new GateError('SCHEMA_VIOLATION', `product '${clip(d.product, 100)}' appears more than once in fleet.downgrades; must be unique (one allowance and reason per product)`, { file, field: `fleet.downgrades[${i}].product` });
            downgraded.add(d.product);
            return { product: d.product, reason: d.reason };
        })
    };
}

/**
 * SHA-256 of a regular file in constant memory (artifacts are not size-bounded): one reused
 * buffer, positional reads on this thread. A read stream allocates per chunk and runs at a third
 * of the speed; reading on libuv's thread pool while this thread hashes the other of two buffers
 * (what this did before) cost a thread hop per buffer and about 40% more CPU, and on this 2-core
 * machine, with another process busy, 1.6 to 1.7x the wall time of these synchronous reads on a
 * 1 GiB artifact (farm-bench pairs; bench/digest.mjs and ../shared/checks/digest measure the
 * throughput against openssl).
 */
/**
 * 256 KiB: a buffer that stays in the CPU cache between the read that fills it and the hash that
 * reads it. With 4 MiB buffers the CLI on a 1 GiB artifact took 2.2x the wall time it takes with 256 KiB
 * (farm-bench, 7 interleaved pairs).
 */
const DIGEST_BUFFER_BYTES = 256 * 1024;
/**
 * Every this many buffers (64 MiB) the loop lets the event loop run: a signal (a cancelled job's
 * SIGINT or SIGTERM) or a timer is handled within a few tens of milliseconds, not after the
 * whole artifact.
 */
const BUFFERS_PER_TURN = 256;
async function sha256File(realPath, where = { file: realPath }) {
    const hash = nc.createHash('sha256');
    let size = 0;
    // A FIFO, socket or device is refused before it is opened: none can block or stream forever.
    const handle = openRegularFile(realPath, where);
    try {
        const buffer = Buffer.allocUnsafe(DIGEST_BUFFER_BYTES);
        for (let read = 1;; read++) {
            const bytesRead = handle.read(buffer, 0, DIGEST_BUFFER_BYTES, size);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            hash.update(buffer.subarray(0, bytesRead));
            if (read % BUFFERS_PER_TURN === 0)
                await new Promise(resolve => setImmediate(resolve));
        }
    }
    catch (error) {
        throw new GateError('FILE_UNREADABLE', `cannot read: ${messageOf(error)}`, where);
    }
    finally {
        handle.close();
    }
    return { size, sha256: hash.digest('hex') };
}

/**
 * Signature facts: a signature is tried against EVERY trusted key (revoked and expired ones
 * too); the fact records which key verified it, never whether that key is acceptable.
 */
function verifies(key, message, signature) {
    try {
        return nc.verify(key.hash, message, key.publicKey, signature);
    }
    catch {
        return false; // malformed DER, wrong length, \u2026: not a valid signature by this key
    }
}
/** The fact of a signature that did not verify, and why. */
const unverified = (source, reason) => ({
    source,
    verified: false,
    keyId: null,
    keyFingerprint: null,
    algorithm: null,
    reason
});
/** The armor header of an OpenPGP signature (RFC 9580, section 6.2). */
const OPENPGP_SIGNATURE = '-----BEGIN PGP SIGNATURE-----';
/**
 * A detached signature over a file's exact bytes: an ASCII-armored OpenPGP signature, verified
 * against the trust configuration's OpenPGP keys as of the evaluation time (src/verify/openpgp-signature.ts,
 * loaded only then), else a cosign base64 signature against its PKIX keys (signatureFact).
 */
async function detachedSignatureFact(source, message, signatureText, trust, evaluationTime) {
    if (signatureText !== null && signatureText.trimStart().startsWith(OPENPGP_SIGNATURE)) {
        const { openPgpSignatureFact } = await Promise.resolve().then(function () { return require('./index-openpgp-signature.cjs'); });
        return openPgpSignatureFact(source, message, signatureText, trust.openpgpKeys, evaluationTime);
    }
    return signatureFact(source, message, signatureText, trust.keys);
}
/** Verifies a base64 signature over `message` against every key (sorted by id; first wins). */
function signatureFact(source, message, signatureText, keys) {
    if (signatureText === null)
        return unverified(source, 'signature file not found');
    const signature = decodeBase64(signatureText);
    if (signature === null)
        return unverified(source, 'signature is not valid base64');
    if (signature.length === 0)
        return unverified(source, 'signature is empty');
    for (const key of keys) {
        if (verifies(key, message, signature)) {
            return {
                source,
                verified: true,
                keyId: key.id,
                keyFingerprint: key.fingerprint,
                algorithm: key.algorithm,
                reason: null
            };
        }
    }
    return unverified(source, keys.length === 0
        ? 'the trust configuration has no keys'
        : 'no trusted key verifies this signature');
}

/** DSSE envelopes (PAE), in-toto Statement v1 and SLSA Provenance v1 facts. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** DSSE v1 Pre-Authentication Encoding: `DSSEv1 SP LEN(type) SP type SP LEN(body) SP body`. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
        type,
        Buffer.from(` ${payload.length} `, 'utf8'),
        payload
    ]);
}
const str = (v) => (typeof v === 'string' && v !== '' ? v : null);
const obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
/**
 * Verifies every DSSE signature against every trusted key and extracts the statement. The
 * envelope's `keyid` hints are ignored. A signature that carries a certificate is verified
 * through it (`verifyCertificate`), never by a bare key match. `manifestArtifacts` are the
 * computed digests of the package manifest's artifacts (null digest when the artifact is missing).
 */
function verifyDsse(envelope, file, keys, manifestArtifacts, verifyCertificate) {
    const payload = decodeBase64(envelope.payload);
    if (payload === null) {
        throw new GateError('PARSE_ERROR', 'is not valid base64', { file, field: 'payload' });
    }
    const message = pae(envelope.payloadType, payload);
    const signatures = envelope.signatures.map((s, i) => {
        if (typeof s.cert === 'string' && verifyCertificate)
            return verifyCertificate(i, { sig: s.sig, cert: s.cert, keyid: s.keyid ?? '' }, envelope.payloadType, payload);
        const fact = signatureFact(`envelope#${i}`, message, s.sig, keys);
        if (fact.verified || keys.length === 0)
            return fact;
        // A common mistake, named: the signature is over the payload bytes instead of the PAE.
        const overPayload = signatureFact(`envelope#${i}`, payload, s.sig, keys);
        return overPayload.verified
            ? {
                ...fact,
                reason: `key ${overPayload.keyId} signed the payload itself, but a DSSE signature is over PAE(payloadType, payload) = "DSSEv1 <len> <payloadType> <len> <payload>"; sign that (update-gate package sign --provenance, docs/evidence-format.md#dsse-and-pae)`
            }
            : fact;
    });
    return {
        ...statementFacts(payload, file, manifestArtifacts, '', envelope.payloadType),
        signatures
    };
}
/**
 * Facts of an in-toto statement (the DSSE payload): type, predicate type, subjects, SLSA v1
 * fields, and which manifest artifacts are subjects. `field` prefixes error paths (`payload`).
 */
function statementFacts(payload, file, manifestArtifacts, fieldPrefix, payloadType) {
    const pfx = fieldPrefix === '' ? 'payload' : `${fieldPrefix}.payload`;
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
    }
    catch {
        throw new GateError('PARSE_ERROR', 'payload is not valid UTF-8', { file, field: pfx });
    }
    const statement = obj(parseJson(text, file, pfx));
    const type = str(statement._type);
    const predicateType = str(statement.predicateType);
    if (type === null) {
        throw new GateError('SCHEMA_VIOLATION', 'must be a string (in-toto Statement _type)', {
            file,
            field: `${pfx}._type`
        });
    }
    if (predicateType === null) {
        throw new GateError('SCHEMA_VIOLATION', 'must be a string (in-toto predicateType)', {
            file,
            field: `${pfx}.predicateType`
        });
    }
    if (!Array.isArray(statement.subject)) {
        throw new GateError('SCHEMA_VIOLATION', 'must be an array of { name, digest }', {
            file,
            field: `${pfx}.subject`
        });
    }
    const subjects = statement.subject.map((s, i) => {
        const subject = obj(s);
        const digest = obj(subject.digest);
        const sha = typeof digest.sha256 === 'string' ? digest.sha256.toLowerCase() : null;
        if (sha !== null && !/^[0-9a-f]{64}$/.test(sha)) {
            throw new GateError('SCHEMA_VIOLATION', 'must be a hex SHA-256 (64 characters)', {
                file,
                field: `${pfx}.subject[${i}].digest.sha256`
            });
        }
        return {
            name: typeof subject.name === 'string' ? subject.name : '',
            sha256: sha,
            algorithms: Object.keys(digest).sort()
        };
    });
    let slsa = null;
    if (predicateType === SLSA_PROVENANCE_V1) {
        const predicate = obj(statement.predicate);
        const definition = obj(predicate.buildDefinition);
        const run = obj(predicate.runDetails);
        const buildType = str(definition.buildType);
        const builderId = str(obj(run.builder).id);
        if (buildType === null) {
            throw new GateError('SCHEMA_VIOLATION', 'is required by SLSA Provenance v1', {
                file,
                field: `${pfx}.predicate.buildDefinition.buildType`
            });
        }
        if (builderId === null) {
            throw new GateError('SCHEMA_VIOLATION', 'is required by SLSA Provenance v1', {
                file,
                field: `${pfx}.predicate.runDetails.builder.id`
            });
        }
        const workflow = obj(obj(definition.externalParameters).workflow);
        const deps = Array.isArray(definition.resolvedDependencies)
            ? definition.resolvedDependencies
            : [];
        const commit = deps.map(d => str(obj(obj(d).digest).gitCommit)).find(c => c !== null) ?? null;
        const metadata = obj(run.metadata);
        const time = (name) => {
            const v = metadata[name];
            if (v !== undefined && v !== null && typeof v !== 'string') {
                throw new GateError('SCHEMA_VIOLATION', 'must be an RFC 3339 date-time string', {
                    file,
                    field: `${pfx}.predicate.runDetails.metadata.${name}`
                });
            }
            return normaliseOptionalTimestamp(v, {
                file,
                field: `${pfx}.predicate.runDetails.metadata.${name}`
            });
        };
        slsa = {
            buildType,
            builderId,
            sourceRepository: str(workflow.repository),
            sourceRef: str(workflow.ref),
            sourceCommit: commit,
            startedOn: time('startedOn'),
            finishedOn: time('finishedOn')
        };
    }
    const subjectDigests = new Set(subjects.map(s => s.sha256).filter((d) => d !== null));
    return {
        type: 'build-provenance',
        payloadType,
        signatures: [],
        statement: { type, predicateType, subjects },
        slsa,
        artifactsInSubjects: manifestArtifacts.map(a => ({
            name: a.name,
            sha256: a.sha256,
            inSubjects: a.sha256 !== null && subjectDigests.has(a.sha256)
        }))
    };
}

/**
 * The Sigstore public-good trusted root shipped with the gate (dist/sigstore/, from
 * sigstore/trusted_root.public-good.json; origin in sigstore/README.md). Read from disk, never
 * fetched: the default run needs no network.
 */
const PUBLIC_GOOD_ROOT_FILE = 'trusted_root.public-good.json';
const PUBLIC_GOOD_ROOT_LABEL = `sigstore public-good root (built in: ${PUBLIC_GOOD_ROOT_FILE})`;
/** dist/sigstore/ beside the bundled entry points; from sources, the nearest one up the tree. */
function rootFile() {
    const here = path.dirname(require$$1.fileURLToPath((typeof document === 'undefined' ? require('u' + 'rl').pathToFileURL(__filename).href : (_documentCurrentScript && _documentCurrentScript.tagName.toUpperCase() === 'SCRIPT' && _documentCurrentScript.src || new URL('index-main.cjs', document.baseURI).href))));
    const candidates = [path.join(here, 'sigstore', PUBLIC_GOOD_ROOT_FILE)];
    for (let dir = here; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
        candidates.push(path.join(dir, 'dist', 'sigstore', PUBLIC_GOOD_ROOT_FILE));
        candidates.push(path.join(dir, 'sigstore', PUBLIC_GOOD_ROOT_FILE));
    }
    const found = candidates.find(f => fs.existsSync(f));
    if (!found) {
        throw new GateError('FILE_NOT_FOUND', `the built-in Sigstore trusted root is missing (no ${PUBLIC_GOOD_ROOT_FILE} in ${here}/sigstore or any dist/sigstore above it); run npm run build, or name one as sigstore.trustedRoot in the trust configuration`);
    }
    return found;
}
let cached = null;
/** The parsed built-in roots (the object loadPublicGoodRoot returned), told apart by identity. */
const builtIn = new WeakSet();
/**
 * True for the parsed built-in public-good root: the file shipped in dist/, every part of which
 * test/sigstore.test.ts converts to trust material, so a run may convert only the parts a bundle
 * needs. A root named in the trust configuration is not this object.
 */
const isBuiltInRoot = (json) => typeof json === 'object' && json !== null && builtIn.has(json);
/**
 * The built-in root, read once per process. Synchronously, as the package's documents are
 * (src/shared/fs-safe.ts): a thread hop costs more than reading a 7 KB file.
 */
function loadPublicGoodRoot() {
    if (cached)
        return cached;
    const bytes = fs.readFileSync(rootFile());
    // The shipped file, not untrusted input: plain JSON.parse (no duplicate-key scan).
    const json = JSON.parse(bytes.toString('utf8'));
    if (typeof json === 'object' && json !== null)
        builtIn.add(json);
    cached = { label: PUBLIC_GOOD_ROOT_LABEL, json, sha256: sha256Hex(bytes) };
    return cached;
}

const POLICY_INPUT_VERSION = 'update-gate.dev/policy-input/v1';

/** Most "not this product" entries a record lists (the count is always exact). */
const MAX_NOT_THIS_PRODUCT = 50;
const lower = (s) => (s ?? '').toLowerCase();
function identifierLabel(id) {
    if (id.purl)
        return `purl ${id.purl}`;
    if (id.cpe)
        return `cpe ${id.cpe}`;
    if (id.csafProductId)
        return `CSAF product_id ${id.csafProductId}${id.version ? ` (version ${id.version})` : ''}`;
    return `name ${[id.vendor, id.name].filter(Boolean).join(' / ')}${id.ecosystem ? ` (${id.ecosystem})` : ''}`;
}
/** Whether a document's product entry is the product an identifier names. */
function matches(id, p, file) {
    if (id.purl) {
        if (!p.purl)
            return false;
        const a = parsePurl(id.purl, 'update-evidence.yaml', 'scope.identifiers');
        const b = parsePurl(p.purl, file, p.label);
        return a.type === b.type && a.namespace === b.namespace && a.name === b.name;
    }
    if (id.cpe) {
        if (!p.cpe || !p.cpe.startsWith('cpe:2.3:'))
            return false;
        const a = parseCpe23(id.cpe, 'update-evidence.yaml', 'scope.identifiers');
        const b = parseCpe23(p.cpe, file, p.label);
        // Compared as values (unbound), not as written: ic22\-firmware and ic22-firmware are one name.
        const value = (f) => lower(unquoted(f));
        return ['part', 'vendor', 'product'].every(k => value(a[k]) === value(b[k]));
    }
    if (id.csafProductId)
        return p.productId === id.csafProductId || !!p.productReferences?.includes(id.csafProductId);
    if (id.name) {
        if (p.name !== id.name)
            return false;
        if (id.vendor && p.vendor !== id.vendor)
            return false;
        if (id.ecosystem && p.ecosystem !== id.ecosystem)
            return false;
        return true;
    }
    return false;
}
/** SemVer build metadata: what follows `+` (`debug` in 1.1.0+debug), else ''. */
const buildOf = (v) => (v.includes('+') ? v.slice(v.indexOf('+') + 1) : '');
/**
 * How a listed version `x` (valid in the scheme) stands to `v`: the same version, build metadata
 * and all; another build of it (SemVer precedence ignores build metadata, but 1.1.0+debug is not
 * the 1.1.0 that ships); or neither.
 */
function listedAs(scheme, x, v) {
    if (compareVersions(scheme, x, v) !== 0)
        return null;
    return scheme === 'semver' && buildOf(x) !== buildOf(v) ? 'other build' : 'same';
}
/**
 * The listed versions valid in the scheme, and why another is not compared (`V5.4.3` in a
 * semver product): it may be any version, so a statement it is in says nothing sure of those it
 * does not otherwise cover.
 */
function validListed(scheme, listed) {
    const valid = listed.filter(x => isValidVersion(scheme, x));
    const invalid = listed.find(x => !isValidVersion(scheme, x));
    return {
        valid,
        unsupported: invalid === undefined ? null : `version ${JSON.stringify(invalid)} is not a ${scheme} version`
    };
}
/** Statuses that clear a version: said of another build, they say nothing of this one. */
const CLEARING = new Set(['fixed', 'not_affected']);
/** What a statement says about one version. */
function coverage(s, versions, v, scheme) {
    if (versions.type === 'all')
        return { covered: true, status: s.status };
    if (versions.type === 'list') {
        const { valid, unsupported: invalid } = validListed(scheme, versions.versions);
        const listed = valid.map(x => listedAs(scheme, x, v));
        // Another build's fix is not this build's; that it is affected (or under investigation) is.
        if (listed.includes('same') || (listed.includes('other build') && !CLEARING.has(s.status)))
            return { covered: true, status: s.status };
        let unsupported = invalid;
        for (const text of versions.vers) {
            if (!text.startsWith('vers:')) {
                unsupported = `range ${JSON.stringify(text)} is not a vers: range`;
                continue;
            }
            const range = parseVers(text, '', '');
            if (versOrder(range.scheme) !== scheme) {
                unsupported = `range ${text} is in scheme ${range.scheme}; the product's version scheme is ${scheme}`;
                continue;
            }
            try {
                if (versContains(range, v, scheme))
                    return { covered: true, status: s.status };
            }
            catch (error) {
                unsupported = `range ${text}: ${error instanceof Error ? error.message : String(error)}`;
            }
        }
        return unsupported ? { unsupported } : { covered: false, status: null };
    }
    // OSV: affected in a range or listed; past a fixed / last_affected event: fixed; else not affected.
    if (scheme !== 'semver') {
        return {
            unsupported: `OSV ${versions.rangeType} ranges order versions as SemVer; the product's version scheme is ${scheme}`
        };
    }
    if (!isValidVersion('semver', v))
        return { unsupported: `${v} is not a SemVer version` };
    try {
        const cmp = (a, b) => compareVersions('semver', a, b);
        const { valid, unsupported } = validListed('semver', versions.versions);
        if (valid.some(x => cmp(x, v) === 0))
            return { covered: true, status: 'affected' };
        let after = false;
        for (const r of versions.ranges) {
            const fromOk = r.introduced === '0' || cmp(r.introduced, v) <= 0;
            if (!fromOk)
                continue;
            if (r.fixed !== null
                ? cmp(v, r.fixed) < 0
                : r.lastAffected !== null
                    ? cmp(v, r.lastAffected) <= 0
                    : true)
                return { covered: true, status: 'affected' };
            after = true;
        }
        if (unsupported)
            return { unsupported };
        return { covered: true, status: after ? 'fixed' : 'not_affected' };
    }
    catch (error) {
        return { unsupported: error instanceof Error ? error.message : String(error) };
    }
}
const holdsAt = (c, time) => (c.from === null || compareTimestamps(c.from, time) <= 0) &&
    (c.before === null || compareTimestamps(time, c.before) < 0);
function vexRecord(doc, file, scope, scheme, evaluationTime) {
    // Vulnerability ids compare case-insensitively (CVE and GHSA ids do: vuln-2026-014 is
    // VULN-2026-014), and are named as the scope names them, so that the policy sees they are in scope.
    const inScope = new Map(scope.vulnerabilities.map(v => [lower(v), v]));
    const inScopeName = (u) => [u.vulnerability, ...u.aliases].map(v => inScope.get(lower(v))).find(v => v !== undefined);
    // The vulnerabilities in scope the document names, whatever product it names them for.
    const named = new Set([...doc.statements, ...doc.unsupported].flatMap(x => inScopeName(x) ?? []));
    const statements = [];
    const notThisProduct = new Set();
    /** The identifier naming a document entry, else undefined (the entry is listed as not this product). */
    const identifierOf = (product) => {
        const id = scope.identifiers.find(i => matches(i, product, file));
        if (!id)
            notThisProduct.add(product.label);
        return id;
    };
    const unsupported = [];
    for (const u of doc.unsupported) {
        if (!identifierOf(u.product))
            continue;
        unsupported.push({
            statement: u.pointer,
            vulnerability: inScopeName(u) ?? u.vulnerability,
            status: u.status,
            product: u.product.label,
            reason: u.reason
        });
    }
    for (const s of doc.statements) {
        const id = identifierOf(s.product);
        if (!id)
            continue;
        const vulnerability = inScopeName(s);
        if (vulnerability === undefined)
            continue;
        // A withdrawn document says nothing; a provisional one does not clear a version.
        const caveat = doc.caveats.find(c => holdsAt(c, evaluationTime) && (c.effect === 'withdrawn' || CLEARING.has(s.status)));
        if (caveat) {
            unsupported.push({
                statement: s.pointer,
                vulnerability,
                status: s.status,
                product: s.product.label,
                reason: caveat.reason
            });
            continue;
        }
        // A version pin says which version a product_id the document gives no version stands for.
        // It narrows what a fixed or not_affected statement clears to that version, never what an
        // affected or under_investigation one covers: the document said it of every version.
        const versions = s.versions.type === 'all' && id.csafProductId && id.version && CLEARING.has(s.status)
            ? { type: 'list', versions: [id.version], vers: [] }
            : s.versions;
        const say = (v) => {
            const c = coverage(s, versions, v, scheme);
            if ('unsupported' in c) {
                if (!unsupported.some(u => u.statement === s.pointer && u.reason === c.unsupported))
                    unsupported.push({
                        statement: s.pointer,
                        vulnerability,
                        status: s.status,
                        product: s.product.label,
                        reason: c.unsupported
                    });
                return null;
            }
            return c.covered ? c.status : null;
        };
        statements.push({
            vulnerability,
            statement: s.pointer,
            product: s.product.label,
            identifier: identifierLabel(id),
            status: s.status,
            justification: s.justification,
            allVersions: versions.type === 'all',
            versions: versions.type === 'all' ? [] : versions.versions,
            vers: versions.type === 'list' ? versions.vers : [],
            ranges: versions.type === 'osv' ? versions.ranges : [],
            fromVersion: say(scope.fromVersion),
            toVersion: say(scope.toVersion)
        });
    }
    const names = [...notThisProduct].sort();
    return {
        kind: 'VexDocument',
        format: doc.format,
        document: doc.id,
        versionScheme: scheme,
        vulnerabilities: [...named].sort(),
        statements,
        notThisProduct: names.slice(0, MAX_NOT_THIS_PRODUCT),
        notThisProductCount: names.length,
        unsupported
    };
}

/** Turns a loaded package and trust configuration into the policy input: facts, never verdicts. */
async function artifactFact(ctx, name, file, field) {
    const cached = ctx.artifacts.get(name);
    if (cached)
        return { ...cached };
    const label = `${ctx.pkg.artifactsLabel}/${name}`;
    const real = ctx.pkg.artifactsRoot === null
        ? null
        : await resolveInside(ctx.pkg.artifactsRoot, name, { file, field });
    const fact = real
        ? {
            name,
            file: label,
            present: true,
            ...(await sha256File(real, { file: label, field })),
            matches: false
        }
        : { name, file: label, present: false, size: null, sha256: null, matches: false };
    ctx.artifacts.set(name, fact);
    return { ...fact };
}
async function verifyManifest(ctx, ev, content) {
    // The signature is checked on these exact bytes, and the manifest is parsed from the same bytes.
    const signature = await detachedSignatureFact(content.signature.file, content.bytes, content.signature.text, ctx.trust, ctx.evaluationTime);
    return manifestFacts(ctx, ev, content.bytes, signature);
}
async function manifestFacts(ctx, ev, bytes, signature) {
    const file = ev.file ?? '';
    const raw = parseJson(decodeUtf8(bytes, file), file);
    validateOrThrow('update-manifest', raw, file);
    const manifest = raw;
    const artifacts = [];
    const names = new Set();
    for (const [i, a] of manifest.artifacts.entries()) {
        const field = `artifacts[${i}].name`;
        if (names.has(a.name)) {
            throw new GateError('SCHEMA_VIOLATION', `artifact '${clip(a.name, 100)}' appears more than once; must be unique`, { file, field });
        }
        names.add(a.name);
        const fact = await artifactFact(ctx, a.name, file, field);
        fact.matches = fact.present && fact.size === a.size && fact.sha256 === a.sha256;
        artifacts.push(fact);
        if (!ctx.manifestArtifacts.some(m => m.name === a.name)) {
            ctx.manifestArtifacts.push({ name: a.name, sha256: fact.sha256 });
        }
    }
    return {
        type: 'update-manifest',
        manifest: {
            product: manifest.product,
            version: manifest.version,
            artifacts: manifest.artifacts.map(a => ({ name: a.name, size: a.size, sha256: a.sha256 }))
        },
        signatures: [signature],
        artifacts
    };
}
async function sigstoreContext(trust) {
    const module = await Promise.resolve().then(function () { return require('./index-sigstore.cjs'); }).then(function (n) { return n.sigstore; });
    const root = trust.sigstoreRoot ?? loadPublicGoodRoot();
    return { module, trust: { root: root.json, rootLabel: root.label, keys: trust.keys } };
}
const bundleSource = (content, b) => ({
    file: content.bundleFile.file,
    field: b.field ?? (b.line === null ? '' : `line ${b.line}`),
    source: b.line === null ? content.bundleFile.file : `${content.bundleFile.file}#${b.line}`,
    origin: content.origin
});
/**
 * Build provenance from Sigstore bundles. The candidates are the SLSA v1 statements that name a
 * manifest artifact's digest among their subjects, each verified, in the file's (a .jsonl) or the
 * answer's (the GitHub attestations API) order: anyone who can attest to the repository can add
 * one, so which counts is the policy's to judge by its signer (lib.evidence), never the first
 * listed. Without such a statement, the first that names an artifact, else the first, alone (as
 * it is judged: its predicate type or subjects are then the violation).
 */
function verifyBundleProvenance(ctx, content, sigstore) {
    const wanted = new Set(ctx.manifestArtifacts.map(a => a.sha256).filter((d) => d !== null));
    const parsed = content.bundles.map(b => {
        const where = bundleSource(content, b);
        const bundle = sigstore.module.parseBundle(b.json, where);
        if (bundle.content.$case !== 'dsseEnvelope') {
            throw new GateError('SCHEMA_VIOLATION', 'is a message-signature bundle: build provenance is a DSSE bundle holding an in-toto statement', {
                file: where.file,
                field: where.field === '' ? 'messageSignature' : `${where.field}.messageSignature`
            });
        }
        const env = bundle.content.dsseEnvelope;
        const facts = statementFacts(env.payload, where.file, ctx.manifestArtifacts, where.field === '' ? 'dsseEnvelope' : `${where.field}.dsseEnvelope`, env.payloadType);
        return { bundle, where, facts };
    });
    const namesArtifact = (p) => p.facts.statement.subjects.some(s => s.sha256 !== null && wanted.has(s.sha256));
    // An artifact may carry several attestations (an SBOM beside the provenance): SLSA v1 only.
    const slsa = parsed.filter(p => namesArtifact(p) && p.facts.statement.predicateType === SLSA_PROVENANCE_V1);
    const fallback = parsed.find(namesArtifact) ?? parsed[0];
    const candidates = slsa.length > 0 ? slsa : fallback ? [fallback] : [];
    if (candidates.length === 0)
        throw new GateError('SCHEMA_VIOLATION', 'holds no Sigstore bundle', {
            file: content.bundleFile.file
        });
    if (candidates.length > MAX_ATTESTATIONS)
        throw new GateError('SCHEMA_VIOLATION', `holds ${candidates.length} SLSA v1 statements naming a manifest artifact; at most ${MAX_ATTESTATIONS} are judged`, { file: content.bundleFile.file });
    const [verification, ...alternatives] = candidates.map(c => ({
        ...c.facts,
        format: 'sigstore-bundle',
        signatures: [sigstore.module.verifyBundle(c.bundle, null, sigstore.trust, c.where).signature]
    }));
    return { verification: verification, alternatives };
}
/**
 * A message-signature bundle over `bytes`: of several (a .jsonl), the one whose message digest is
 * the digest of the bytes. `what` names the signed thing for the error on a DSSE bundle.
 */
function verifyMessageBundles(content, bytes, sigstore, what) {
    const digest = nc.createHash('sha256').update(bytes).digest();
    const parsed = content.bundles.map(b => {
        const where = bundleSource(content, b);
        return { bundle: sigstore.module.parseBundle(b.json, where), where };
    });
    const chosen = parsed.find(p => p.bundle.content.$case === 'messageSignature' &&
        p.bundle.content.messageSignature.messageDigest?.digest.equals(digest)) ?? parsed[0];
    if (!chosen)
        throw new GateError('SCHEMA_VIOLATION', 'holds no Sigstore bundle', {
            file: content.bundleFile.file
        });
    if (chosen.bundle.content.$case !== 'messageSignature') {
        throw new GateError('SCHEMA_VIOLATION', `is a DSSE bundle: ${what} is signed as a message signature (cosign sign-blob --bundle); a DSSE bundle over it is not supported`, {
            file: chosen.where.file,
            field: chosen.where.field === '' ? 'dsseEnvelope' : `${chosen.where.field}.dsseEnvelope`
        });
    }
    return sigstore.module.verifyBundle(chosen.bundle, bytes, sigstore.trust, chosen.where).signature;
}
async function verifyBundleManifest(ctx, ev, content, sigstore) {
    const bytes = content.bytes ?? Buffer.alloc(0);
    let signature;
    if (!content.bundleFile.present) {
        signature = {
            source: content.bundleFile.file,
            verified: false,
            keyId: null,
            keyFingerprint: null,
            algorithm: null,
            reason: 'signature file not found'
        };
    }
    else {
        signature = verifyMessageBundles(content, bytes, sigstore, 'an update manifest');
    }
    return manifestFacts(ctx, ev, bytes, signature);
}
/**
 * How an item's content is signed: a record's carrier (a detached signature, or the in-toto
 * statement holding it), a supplier document's detached signature; null when it is not signed
 * or is content of another kind.
 */
const signedOf = (c) => c.type === 'record' || c.type === 'vex' ? c.signed : null;
/**
 * How a record (or a supplier's affected-versions document) is signed, as facts: each signature
 * (key or certificate identity, through the same verifiers as manifests and provenance) and, for
 * an in-toto statement, its predicate type and whether its subjects are exactly the signed
 * manifest's artifact digests. Null when unsigned.
 */
async function attestationFact(ctx, ev, sigstore, certificate) {
    const signed = signedOf(ev.content);
    if (signed === null)
        return null;
    const file = ev.file ?? '';
    if (signed.carrier === 'signature') {
        const signatures = signed.bundles !== null && sigstore
            ? [
                verifyMessageBundles({
                    bundleFile: { file: signed.file, present: true, sha256: null },
                    bundles: signed.bundles,
                    origin: 'package'
                }, signed.bytes, sigstore, 'a record')
            ]
            : [
                await detachedSignatureFact(signed.file, signed.bytes, signed.text, ctx.trust, ctx.evaluationTime)
            ];
        return {
            carrier: 'signature',
            file: signed.file,
            signatures,
            payloadType: null,
            predicateType: null,
            subjects: null,
            subjectsMatch: null
        };
    }
    const statement = signed.carrier === 'dsse'
        ? verifyDsse(signed.envelope, file, ctx.trust.keys, ctx.manifestArtifacts, certificate(file))
        : sigstore
            ? verifyBundleProvenance(ctx, {
                origin: 'package',
                ...signed
            }, sigstore).verification
            : (() => {
                throw new Error(`the Sigstore verifier was not loaded for ${file}`);
            })();
    const subjects = statement.statement.subjects.map(x => ({ name: x.name, sha256: x.sha256 }));
    return {
        carrier: signed.carrier,
        file,
        signatures: statement.signatures,
        payloadType: statement.payloadType,
        predicateType: statement.statement.predicateType,
        subjects,
        subjectsMatch: ctx.manifestArtifacts.length === 0 ? null : sameDigests(ctx.manifestArtifacts, subjects)
    };
}
/**
 * Whether a statement's subjects are exactly the signed manifest's artifacts, as sets of sha256
 * digests (two artifacts with the same bytes are one digest): every artifact's digest is a
 * subject's and every subject's an artifact's. No subjects, or an artifact without a computed
 * digest, bind nothing.
 */
function sameDigests(artifacts, subjects) {
    const named = new Set(subjects.map(x => x.sha256));
    const manifest = new Set(artifacts.map(a => a.sha256));
    return (subjects.length > 0 &&
        !manifest.has(null) &&
        !named.has(null) &&
        named.size === manifest.size &&
        [...named].every(d => manifest.has(d)));
}
/**
 * The product's version scheme is the trust configuration's (the buyer's), never the package's:
 * an index that claims another is an input error, and so is a version in scope or in an
 * exception that is not valid in the scheme.
 */
function versionSchemeOf(pkg, trust) {
    const product = pkg.facts.scope.product;
    const scheme = (trust.data.products ?? []).find(p => p.id === product)?.versionScheme ?? 'semver';
    if (pkg.claimedVersionScheme !== null && pkg.claimedVersionScheme !== scheme) {
        throw new GateError('SCHEMA_VIOLATION', `claims version scheme ${pkg.claimedVersionScheme}, but the trust configuration declares ${scheme} for product ${product} (the buyer decides how versions compare)`, { file: INDEX_FILE, field: 'scope.versionScheme' });
    }
    const check = (value, field) => {
        if (!isValidVersion(scheme, value)) {
            throw new GateError('SCHEMA_VIOLATION', `must be a ${scheme} version (the version scheme of product ${product}), got ${JSON.stringify(value)}`, { file: INDEX_FILE, field });
        }
    };
    check(pkg.facts.scope.fromVersion, 'scope.fromVersion');
    check(pkg.facts.scope.toVersion, 'scope.toVersion');
    pkg.facts.exceptions.forEach((e, i) => check(e.remainOn, `exceptions[${i}].remainOn`));
    return scheme;
}
const needsSigstore = (items) => items.some(ev => {
    const c = ev.content;
    const signed = signedOf(c);
    const envelope = c.type === 'dsse' ? c.envelope : signed?.carrier === 'dsse' ? signed.envelope : null;
    return (c.type === 'sigstore-bundle' ||
        signed?.carrier === 'sigstore-bundle' ||
        (signed?.carrier === 'signature' && signed.bundles !== null) ||
        (envelope !== null && envelope.signatures.some(s => s.cert !== undefined)));
});
/**
 * Build provenance fetched for the manifest artifacts' digests: one evidence item per distinct
 * answer that holds attestations (`github-attestations:<artifact>`); no item when there are none,
 * so the package stays without provenance. Errors of the source are the run's errors.
 */
async function fetchProvenance(source, ctx, position) {
    const out = [];
    const seen = new Set();
    for (const artifact of ctx.manifestArtifacts) {
        if (artifact.sha256 === null || seen.has(artifact.sha256))
            continue;
        seen.add(artifact.sha256);
        const answer = await source.bundlesFor(artifact.sha256);
        if (answer.bundles.length === 0 || out.some(ev => ev.sha256 === answer.sha256))
            continue;
        const id = `github-attestations:${artifact.name}`;
        out.push(fetchedProvenance(answer, source.origin, id, position + out.length));
    }
    return out;
}
/**
 * Computes the policy input for one loaded package. Deterministic: the same package, trust and
 * evaluation time give the same result. Throws GateError only for input errors (a malformed
 * manifest or provenance payload, an artifact path leaving the artifacts directory, a bad
 * evaluation time); a failed signature or a changed artifact is a fact, not an error.
 */
async function verifyPackage(pkg, trust, evaluationTime, options = {}) {
    const time = normaliseTimestamp(evaluationTime, { field: 'evaluationTime' });
    const ctx = {
        pkg,
        trust,
        evaluationTime: time,
        artifacts: new Map(),
        manifestArtifacts: []
    };
    const verification = new Map();
    // Manifests first: provenance facts need the manifest artifacts' computed digests.
    for (const ev of pkg.evidence) {
        if (ev.content.type === 'signed-blob')
            verification.set(ev.position, await verifyManifest(ctx, ev, ev.content));
    }
    // The Sigstore verifier is loaded only when a bundle or a certificate-carrying DSSE signature
    // is there, so a run without one does not pay for it.
    let sigstore = needsSigstore(pkg.evidence) ? await sigstoreContext(trust) : null;
    for (const ev of pkg.evidence) {
        if (ev.content.type === 'sigstore-bundle' && ev.kind === 'update-manifest' && sigstore) {
            verification.set(ev.position, await verifyBundleManifest(ctx, ev, ev.content, sigstore));
        }
    }
    const fetched = options.provenance && !pkg.evidence.some(ev => ev.kind === 'build-provenance')
        ? await fetchProvenance(options.provenance, ctx, pkg.evidence.length)
        : [];
    if (fetched.length > 0)
        sigstore ??= await sigstoreContext(trust);
    const items = [...pkg.evidence, ...fetched];
    const loaded = sigstore;
    const certificate = (file) => loaded
        ? (i, s, payloadType, payload) => loaded.module.verifyDsseCertificate({
            payloadType,
            payload,
            sig: decodeBase64(s.sig) ?? Buffer.alloc(0),
            keyid: s.keyid
        }, s.cert, loaded.trust, {
            file,
            field: `signatures[${i}].cert`,
            source: `envelope#${i}`,
            origin: 'package'
        })
        : undefined;
    const attestations = new Map();
    const alternatives = new Map();
    for (const ev of items) {
        if (ev.content.type === 'dsse') {
            const file = ev.file ?? '';
            verification.set(ev.position, verifyDsse(ev.content.envelope, file, trust.keys, ctx.manifestArtifacts, certificate(file)));
        }
        if (ev.content.type === 'sigstore-bundle' && ev.kind === 'build-provenance' && sigstore) {
            const provenance = verifyBundleProvenance(ctx, ev.content, sigstore);
            verification.set(ev.position, provenance.verification);
            if (provenance.alternatives.length > 0)
                alternatives.set(ev.position, provenance.alternatives);
        }
        attestations.set(ev.position, await attestationFact(ctx, ev, sigstore, certificate));
    }
    const scope = {
        ...pkg.facts.scope,
        versionScheme: versionSchemeOf(pkg, trust),
        identifiers: pkg.facts.scope.identifiers ?? []
    };
    const facts = { ...pkg.facts, scope };
    const evidence = items.map(ev => ({
        id: ev.id,
        kind: ev.kind,
        file: ev.file,
        producer: ev.producer,
        time: ev.time,
        controls: [...ev.controls],
        present: ev.present,
        sha256: ev.sha256,
        statement: ev.statement,
        record: ev.content.type === 'record'
            ? ev.content.record
            : ev.content.type === 'vex'
                ? vexRecord(ev.content.document, ev.file ?? '', scope, scope.versionScheme, time)
                : null,
        verification: verification.get(ev.position) ?? null,
        ...(alternatives.has(ev.position) ? { alternatives: alternatives.get(ev.position) } : {}),
        attestation: attestations.get(ev.position) ?? null
    }));
    const digests = { ...pkg.fileDigests, ...trust.fileDigests };
    for (const ev of fetched)
        if (ev.file !== null && ev.sha256 !== null)
            digests[ev.file] = ev.sha256;
    for (const a of ctx.artifacts.values())
        if (a.sha256 !== null)
            digests[a.file] = a.sha256;
    const inputDigests = Object.fromEntries(Object.entries(digests).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
        input: { apiVersion: POLICY_INPUT_VERSION, evaluationTime: time, package: facts, evidence },
        data: { trust: trust.data },
        inputDigests
    };
}

/**
 * The pipeline as one call: load -> verify -> evaluate, shared by the CLI and the Action.
 * (Collect is the caller's: the CLI takes a directory, the Action gathers files from GitHub.)
 * `openGate` loads the trust configuration and compiles the policy once; `evaluate` then runs
 * one evidence package through it.
 */
const NO_REPORTS = { digests: {} };
/** The retained reports, when the gate runner gives any (none: the input has no field). */
const loadReports = (setup) => setup.approvedReports?.length
    ? loadRetainedReports(setup.approvedReports, setup.approvedReportLabels)
    : null;
/** The facts about files and signatures the report shows (the policy judges them). */
function summariseEvidence(evidence) {
    const missing = evidence.flatMap(e => e.file !== null && !e.present ? [{ id: e.id, kind: e.kind, file: e.file }] : []);
    // Manifest and provenance signatures (every candidate attestation's), then the signatures of
    // signed records.
    const signatures = evidence.flatMap(e => [
        ...(e.verification?.signatures ?? []),
        ...(e.alternatives ?? []).flatMap(a => a.signatures),
        ...(e.attestation?.signatures ?? [])
    ].map(s => ({
        evidence: e.id,
        source: s.source.startsWith('envelope#')
            ? `${e.file ?? e.id} (DSSE signature ${s.source.slice('envelope#'.length)})`
            : s.source,
        verified: s.verified,
        keyId: s.keyId,
        reason: s.reason,
        ...(s.bundle || s.method
            ? {
                issuer: s.identity?.issuer ?? null,
                subject: s.identity?.subject ?? null,
                ...(s.identity
                    ? {
                        sourceRepository: s.identity.sourceRepository,
                        sourceRef: s.identity.sourceRef,
                        sourceCommit: s.identity.sourceCommit,
                        buildSignerUri: s.identity.buildSignerUri,
                        runnerEnvironment: s.identity.runnerEnvironment
                    }
                    : {}),
                logIndexes: (s.tlogEntries ?? []).map(t => t.logIndex),
                signedAt: s.signedAt ?? null,
                origin: s.bundle?.origin ?? 'package'
            }
            : {})
    })));
    return { missing, signatures };
}
/** The manifests' artifacts (name, computed digest, whether it matches the manifest). */
function manifestArtifacts(evidence) {
    return evidence.flatMap(e => e.verification?.type === 'update-manifest'
        ? e.verification.artifacts.map(a => ({ name: a.name, sha256: a.sha256, matches: a.matches }))
        : []);
}
async function openGate(setup) {
    const dataPaths = setup.dataFiles ?? [];
    const dataLabels = dataPaths.map((path, i) => setup.dataLabels?.[i] ?? path);
    // The policy module is compiled and validated (WebAssembly.compile, off the main thread) while
    // the trust and data files are read (synchronously, below). Once the policy is read, openRunner
    // starts the compilation before the wait below ends (reactions run in the order they were
    // added); a policy error is reported after any error of the trust and data files, as before.
    const reading = readPolicy(setup.policy);
    const opening = reading.then(bundle => openRunner(bundle, setup.policyTimeoutMs === undefined ? {} : { timeoutMs: setup.policyTimeoutMs }));
    opening.catch(() => undefined); // awaited below; an early rejection is not unhandled
    await reading.catch(() => undefined);
    const trust = await loadTrust(setup.trustFile, {
        ...(setup.trustRead ? { read: setup.trustRead } : {}),
        ...(setup.trustLabel ? { label: setup.trustLabel } : {})
    });
    const dataFiles = dataPaths.map((path, i) => readDataFile(path, dataLabels[i]));
    const reports = loadReports(setup);
    const policy = await opening;
    const extraData = mergeDataFiles(dataFiles.map(d => d.data));
    const dataDigests = {
        ...Object.fromEntries(dataLabels.map((label, i) => [`data:${label}`, dataFiles[i].sha256])),
        ...(reports ?? NO_REPORTS).digests
    };
    return {
        evaluate: (packageDir, options = {}) => evaluatePackage(policy, setup.policyLabel ?? policy.name, trust, extraData, dataDigests, reports, packageDir, options),
        close: () => policy.close()
    };
}
async function evaluatePackage(policy, policyName, trust, extraData, dataDigests, reports, packageDir, options) {
    const evaluationTime = normaliseTimestamp(options.evaluationTime ?? new Date().toISOString(), {
        file: 'evaluation time'
    });
    const pkg = await loadPackage(packageDir, {
        ...(options.artifactsDir ? { artifactsDir: options.artifactsDir } : {}),
        ...(options.onIndexPlaces ? { places: true } : {}),
        ...(options.label ? { label: options.label } : {})
    });
    if (pkg.places)
        options.onIndexPlaces?.(pkg.places);
    const verified = await verifyPackage(pkg, trust, evaluationTime, verifyOptions(options, trust));
    const input = withContext(verified.input, options, reports);
    const result = await policy.evaluate(policyData(extraData, verified.data), input);
    const scope = verified.input.package.scope;
    return {
        apiVersion: REPORT_VERSION,
        evaluationTime,
        package: {
            dir: options.label ?? packageDir,
            product: scope.product,
            fromVersion: scope.fromVersion,
            toVersion: scope.toVersion,
            cohort: scope.cohort
        },
        inputDigests: sortKeys({ ...verified.inputDigests, ...dataDigests }),
        policy: { name: policyName, sha256: policy.sha256 },
        evidence: summariseEvidence(verified.input.evidence),
        artifacts: manifestArtifacts(verified.input.evidence),
        result
    };
}
/** The verified input with what the caller adds: the change, the release, the retained reports, GitHub's approvals. */
const withContext = (input, options, reports) => ({
    ...input,
    ...(reports ? { retainedReports: reports.reports } : {}),
    ...(options.change ? { change: options.change } : {}),
    ...(options.release ? { release: options.release } : {}),
    ...(options.github ? { github: options.github } : {})
});
/**
 * Where attestations are fetched from: the caller's repository, else the trust configuration's
 * `sigstore.attestationsRepository`, else the caller's fallback (the release's own repository);
 * never one the package names.
 */
function verifyOptions(options, trust) {
    const fetch = options.attestations;
    if (!fetch)
        return {};
    const repository = fetch.repository ?? trust.attestationsRepository ?? fetch.fallbackRepository;
    if (!repository) {
        throw new GateError('USAGE', 'no repository to fetch attestations from: give one (--fetch-attestations <owner/repo>) or name it as sigstore.attestationsRepository in the trust configuration', { field: '--fetch-attestations' });
    }
    return { provenance: fetch.open(repository) };
}
/** The data document of one evaluation: the data files, then `trust` (which they cannot set). */
const policyData = (extraData, verified) => ({
    ...extraData,
    ...verified
});
const sortKeys = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Annotations on the evidence files: errors for failed controls (violations), warnings for
 * gaps, warnings and excluded configurations. Lines come from the package index when the
 * finding points at an index entry (an evidence item without a file, an exception): the places
 * the gate found in the index it evaluated (PackageResult.places), not a second read of the
 * file. A finding about an evidence file is put on that file.
 */
const MAX_ANNOTATIONS = 50;
const join2 = (dir, file) => (dir ? `${dir}/${file}` : file);
function annotationsFor(results, findings) {
    const out = [];
    for (const f of findings) {
        if (f.severity === 'info')
            continue;
        out.push({
            level: f.severity === 'violation' ? 'error' : 'warning',
            title: `update-gate ${f.rule}`,
            message: f.message,
            ...(f.file ? { file: f.file } : {})
        });
    }
    for (const r of results) {
        const inRepo = r.pkg.inRepository;
        const index = join2(r.pkg.repoPath, INDEX_FILE);
        if (r.error) {
            out.push({
                level: 'error',
                title: 'update-gate error',
                message: r.error,
                ...(inRepo ? { file: index } : {})
            });
            continue;
        }
        if (!r.report)
            continue;
        const places = r.places ?? noPlaces();
        for (const f of r.report.result.findings) {
            if (f.severity === 'info')
                continue;
            const level = f.severity === 'violation' ? 'error' : 'warning';
            const scope = f.configuration ? ` [${f.configuration}]` : '';
            const a = { level, title: `update-gate ${f.rule}${scope}`, message: f.message };
            if (inRepo) {
                const place = f.evidence.map(id => places.evidence.get(id)).find(Boolean);
                if (place?.file)
                    a.file = join2(r.pkg.repoPath, place.file);
                else if (place) {
                    a.file = index;
                    a.startLine = place.line;
                }
                else
                    a.file = index;
            }
            out.push(a);
        }
        for (const c of r.report.result.configurations) {
            if (c.result !== 'excluded')
                continue;
            const line = places.exceptions.get(c.id);
            const a = {
                level: 'warning',
                title: `update-gate excluded configuration ${c.id}`,
                message: `Configuration ${c.id} is excluded${c.exception ? ` under ${c.exception}` : ''}: ${c.reasons.join('; ') || 'see the report'}`
            };
            if (inRepo) {
                a.file = index;
                if (line !== undefined)
                    a.startLine = line;
            }
            out.push(a);
        }
    }
    return out.slice(0, MAX_ANNOTATIONS);
}

const FAIL_ON = ['reject', 'conditional', 'never'];
/**
 * Whether a decision fails the gate at the chosen threshold. `error` always fails; `none` (the
 * Action found no package to gate) never does.
 */
function failsGate(decision, failOn) {
    if (decision === 'error')
        return true;
    if (failOn === 'never')
        return false;
    if (decision === 'reject')
        return true;
    return failOn === 'conditional' && decision === 'conditional';
}

/**
 * What keyless signing takes (src/report/keyless.ts does the signing and is loaded only when it
 * is asked for; this module holds what the entry points check before a run, without
 * @sigstore/sign).
 */
/** Sigstore's public-good instance (what cosign and @actions/attest use for public repositories). */
const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
const DEFAULT_FIELDS = {
    fulcio: 'Fulcio URL',
    rekor: 'Rekor URL',
    tsa: 'timestamp authority URL',
    token: 'identity token'
};
/** An http(s) URL, or a usage error naming the flag or input it came from. */
function checkServiceUrl(value, field) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new GateError('USAGE', `expected an http(s) URL, got "${value}"`, { field });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new GateError('USAGE', `expected an http(s) URL, got "${value}"`, { field });
    return value.replace(/\/+$/, '');
}

/** The Action's inputs (action.yml), read and checked once. */
const DEFAULT_TRUST = '.github/update-gate/trust.yaml';
const DEFAULT_POLICY = 'builtin';
/**
 * Every path input names a place in the repository (read through the API, or in the checkout on
 * workspace events): the same check on every event, before anything is read.
 */
function repoPath(value, field, what) {
    const clean = value.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    if (clean === '' || clean === '.' ? field !== 'input evidence' : !isSafeRepoPath(clean)) {
        throw new GateError('PATH_OUTSIDE_ROOT', `expected ${what} relative to the repository root, without "..", "." or "//" segments`, { file: value, field });
    }
    return clean === '.' ? '' : clean;
}
/** A `true`/`false` input (default true unless said). */
function booleanInput(name, fallback = 'true') {
    const raw = (getInput(name) || fallback).trim().toLowerCase();
    if (!['true', 'false'].includes(raw)) {
        throw new GateError('USAGE', `expected true or false, got "${raw}"`, {
            field: `input ${name}`
        });
    }
    return raw;
}
/** A comma or newline separated list of repository paths, each checked. */
function pathList(name, what) {
    return getInput(name)
        .split(/[,\n]/)
        .map(p => p.trim())
        .filter(Boolean)
        .map(p => repoPath(p, `input ${name}`, what));
}
function readInputs() {
    const failOn = (getInput('fail-on') || 'reject').trim();
    if (!FAIL_ON.includes(failOn)) {
        throw new GateError('USAGE', `expected reject, conditional or never, got "${failOn}"`, {
            field: 'input fail-on'
        });
    }
    const commentRaw = booleanInput('comment');
    const fetchRaw = booleanInput('fetch-attestations');
    const attestRaw = booleanInput('attest', 'false');
    const url = (name) => {
        const value = getInput(name).trim();
        return value ? checkServiceUrl(value, `input ${name}`) : '';
    };
    const attest = {
        enabled: attestRaw === 'true',
        fulcioUrl: url('fulcio-url'),
        rekorUrl: url('rekor-url'),
        timestampUrl: url('timestamp-url')
    };
    const at = getInput('at').trim() || undefined;
    // Checked here, before anything is fetched; the gate normalises it again, the same way.
    if (at !== undefined)
        normaliseTimestamp(at, { field: 'input at' });
    const policyInput = getInput('policy').trim();
    const policy = !policyInput || isBuiltInPolicyName(policyInput) ? DEFAULT_POLICY : policyInput;
    if (policy !== DEFAULT_POLICY)
        repoPath(policy, 'input policy', 'a path');
    const trust = getInput('trust').trim() || DEFAULT_TRUST;
    repoPath(trust, 'input trust', 'a file path');
    const data = pathList('data', 'a file path');
    const approvedReports = pathList('approved-reports', 'a file or directory path');
    const configurationFrom = (getInput('configuration-from').trim() ||
        'checkout');
    if (!CONFIGURATION_FROM.includes(configurationFrom)) {
        throw new GateError('USAGE', `expected ${CONFIGURATION_FROM.join(' or ')}, got "${configurationFrom}"`, { field: 'input configuration-from' });
    }
    const evidence = getInput('evidence').trim();
    for (const pattern of splitPatterns(evidence)) {
        repoPath(pattern, 'input evidence', 'a directory or glob');
    }
    return {
        evidence,
        trust,
        policy,
        data,
        approvedReports,
        configurationFrom,
        failOn,
        comment: commentRaw === 'true',
        fetchAttestations: fetchRaw === 'true',
        token: getInput('token').trim(),
        at,
        report: getInput('report').trim(),
        sarifFile: getInput('sarif-file').trim(),
        attest
    };
}

const RULE_CATALOG = {
    "affected_versions.contradiction": {
        "title": "Documents contradict each other",
        "description": "Two statements (in one document or in two) disagree about one vulnerability and version: one says affected, the other fixed or not affected. A contradiction is a violation, never resolved by taking the last one.",
        "control": "affected-versions"
    },
    "affected_versions.from_version_not_affected": {
        "title": "From-version not affected",
        "description": "The version being replaced is not in any affected range, so the mapping does not explain the update.",
        "control": "affected-versions"
    },
    "affected_versions.invalid_version": {
        "title": "Invalid version",
        "description": "A version in scope or in a range is not a valid semantic version.",
        "control": "affected-versions"
    },
    "affected_versions.justification_missing": {
        "title": "Not affected without justification",
        "description": "A document says the target version is not affected but gives no justification or impact statement.",
        "control": "affected-versions"
    },
    "affected_versions.missing": {
        "title": "Mapping missing",
        "description": "No affected-versions record in the package.",
        "control": "affected-versions"
    },
    "affected_versions.not_about_product": {
        "title": "Document not about this product",
        "description": "A listed document names a vulnerability in scope, but none of its statements about it is about this product (none matches scope.identifiers). It cannot show the to-version fixed, and what it says of the product under a name no identifier matches must not go unseen: a gap.",
        "control": "affected-versions"
    },
    "affected_versions.not_this_product": {
        "title": "Not this product",
        "description": "Entries of a supplier document that match no scope identifier are ignored; they are listed for the reviewer.",
        "control": "affected-versions"
    },
    "affected_versions.product_mismatch": {
        "title": "Mapping for another product",
        "description": "The record names a product other than the one in scope.",
        "control": "affected-versions"
    },
    "affected_versions.range_unsupported": {
        "title": "Range not evaluated",
        "description": "A range or version the gate cannot evaluate (OSV GIT ranges, ecosystems that do not order as SemVer, a range in another version scheme or not a vers range, a version invalid in the product's scheme) is reported, never guessed. In an affected or under_investigation statement about this product it may hold any version, the to-version too, so the to-version is not shown fixed: a gap. In a fixed or not_affected statement it only fails to clear: a warning.",
        "control": "affected-versions"
    },
    "affected_versions.record_missing": {
        "title": "Vulnerability record missing",
        "description": "An entry does not name its vulnerability record.",
        "control": "affected-versions"
    },
    "affected_versions.to_version_affected": {
        "title": "To-version affected",
        "description": "The target version is still in an affected range, or before the fixed-in version.",
        "control": "affected-versions"
    },
    "affected_versions.to_version_not_covered": {
        "title": "To-version not covered",
        "description": "Supplier documents cover the vulnerability for this product but none says anything about the target version, so it is not shown fixed.",
        "control": "affected-versions"
    },
    "affected_versions.vulnerability_unmapped": {
        "title": "Vulnerability not mapped",
        "description": "A vulnerability in scope has no entry in the mapping.",
        "control": "affected-versions"
    },
    "approval.after_signing": {
        "title": "Approved after signing",
        "description": "An approval is not strictly before every signing time (lib.signing_instants: the signing-event records and the manifest signatures' trusted times).",
        "control": "approval"
    },
    "approval.approver_is_builder": {
        "title": "Approver's key or identity signed",
        "description": "Separation of duties, authenticated: a key or identity the trust configuration maps to an approver made a verified signature of the update manifest (approval.approver_is_signer) or of the build provenance (approval.approver_is_builder), whatever the signing events and the provenance's producer say.",
        "control": "approval"
    },
    "approval.approver_is_signer": {
        "title": "Approver signed",
        "description": "Separation of duties - an approver is also the signer.",
        "control": "approval"
    },
    "approval.approver_unauthorized": {
        "title": "Approver not authorized",
        "description": "An approval by someone who is not a release approver in the trust configuration; it does not count.",
        "control": "approval"
    },
    "approval.artifacts_mismatch": {
        "title": "Approved artifacts differ",
        "description": "The approved artifacts (name and sha256) are not exactly the signed manifest's artifacts.",
        "control": "approval"
    },
    "approval.artifacts_unbound": {
        "title": "Approval not bound to artifacts",
        "description": "No signed manifest to bind the approved artifacts to.",
        "control": "approval"
    },
    "approval.before_build": {
        "title": "Approved before the build",
        "description": "An approval is dated before the build of the artifacts it approves (lib.build_instants: a verified build provenance's start, else its finish): their digests did not exist yet, so it cannot approve them.",
        "control": "approval"
    },
    "approval.deployed_before_approval": {
        "title": "Deployed before approval",
        "description": "A deployment of the target version is not after an approval.",
        "control": "approval"
    },
    "approval.deployed_before_signing": {
        "title": "Deployed before signing",
        "description": "A deployment of the target version is not strictly after every signing time.",
        "control": "approval"
    },
    "approval.insufficient_approvals": {
        "title": "Not enough items",
        "description": "Fewer distinct authorized approvers than the effective requirements.requiredApprovals.",
        "control": "approval"
    },
    "approval.missing": {
        "title": "Approval missing",
        "description": "No release-approval record in the package.",
        "control": "approval"
    },
    "approval.not_signed_by_approver": {
        "title": "Approval not signed by the approver",
        "description": "The trust configuration requires signed release approvals, and an approval by a release approver is in a record that approver did not sign (unsigned, or signed by someone else); it does not count: anyone who writes the package could have written it.",
        "control": "approval"
    },
    "approval.product_mismatch": {
        "title": "Approval for another product",
        "description": "The record names a product other than the one in scope.",
        "control": "approval"
    },
    "approval.rejected": {
        "title": "Approver rejected",
        "description": "An authorized approver recorded a rejection.",
        "control": "approval"
    },
    "approval.signing_time_unknown": {
        "title": "Signing time unknown",
        "description": "No signing-event record and no trusted time on the manifest's signature, so approval-before-signing cannot be checked.",
        "control": "approval"
    },
    "approval.version_mismatch": {
        "title": "Approval for another version",
        "description": "The record names a version other than the target version.",
        "control": "approval"
    },
    "attestation.ambiguous_signer": {
        "title": "One signature, several people",
        "description": "A record's signature is made with a certificate that the identities of more than one approver match (subjects or patterns wider than one person): one signature is one person, so it counts for none of them (lib.signed_by_person_id).",
        "control": "attestation"
    },
    "attestation.hardware_unauthorized": {
        "title": "System not authorized for the hardware",
        "description": "A test or deployment record signed by a system of its kind (testSystems, deploymentSystems) holds results or deployments for hardware that none of its signing systems is authorized for.",
        "control": "attestation"
    },
    "attestation.payload_type": {
        "title": "Payload type not in-toto",
        "description": "A record's DSSE envelope says its payload is something other than an in-toto statement: the signature was made for another kind of message, so it binds no record.",
        "control": "attestation"
    },
    "attestation.signature_invalid": {
        "title": "Signature invalid",
        "description": "A record's signature does not verify (over other bytes, or by a key the trust configuration does not list).",
        "control": "attestation"
    },
    "attestation.signer_untrusted": {
        "title": "Signer not trusted",
        "description": "A record's signature verifies, but with a key not in the trust configuration, a revoked key, a key or identity not authorized for the kind, product or version, a key not valid when the record was signed (lib.signed_times), or a certificate identity that no trusted identity matches.",
        "control": "attestation"
    },
    "attestation.subjects_mismatch": {
        "title": "Subjects of other artifacts",
        "description": "A record's in-toto statement binds digests other than the signed manifest's artifacts.",
        "control": "attestation"
    },
    "attestation.unsigned": {
        "title": "Unsigned records",
        "description": "Records not signed by whom they name, listed (info). When requirements.signedRecords names their kind they do not count and their control is capped at level 3; otherwise they count as before, and the finding says so.",
        "control": "attestation"
    },
    "change.gate_configuration_modified": {
        "title": "Findings",
        "description": "One violation per gate configuration file the change modifies.",
        "control": "change"
    },
    "custom.malformed_contribution": {
        "title": "Custom findings",
        "description": "Findings of team packages (their findings, and their violations with severity violation), control set to custom.<team>. An unknown severity counts as a violation, a finding naming a configuration not in scope is update-wide, and a malformed contribution is a violation, so a broken custom rule fails closed.",
        "control": "custom"
    },
    "decision.control_malformed": {
        "title": "Malformed controls",
        "description": "Packages under data.update_gate.controls with findings but without the rest of the control interface (level, level_reason): each is a blocking violation, so a broken control fails closed instead of dropping out of the decision.",
        "control": "decision"
    },
    "decision.requirement_weakened": {
        "title": "Requirements a data file weakens",
        "description": "The trust file owns the requirements; a data file (data.update_gate.requirements) may strengthen them. Each way the effective requirements (lib.requirements) are weaker than the trust file's is a finding: a lower minimumMaturity or requiredApprovals, a control left out of requiredControls, a record kind left out of signedRecords, a GitHub environment added to deploymentApprovalEnvironments. A blocking violation, or a warning when the trust file lists the key under requirementOverrides.mayWeaken: never silent.",
        "control": "decision"
    },
    "decision.unknown_required_control": {
        "title": "Unknown required controls",
        "description": "A name in requirements.requiredControls that is no control of this policy (its controls, malformed ones included, its team packages' custom.<team>, the change, fleet, timeline, attestation, github and requirements checks). A typo (signin) would leave the control it meant optional, and the update approved without it: a blocking violation of the name instead.",
        "control": "decision"
    },
    "fleet.approved_version_invalid": {
        "title": "Approved version not comparable",
        "description": "An approved version (of the same product and cohort) that is not a version of the product's scheme cannot be compared: flagged, never silently ignored.",
        "control": "fleet"
    },
    "fleet.cohort_unknown": {
        "title": "Cohort unknown",
        "description": "The inventory has no entry for the product and cohort in scope.",
        "control": "fleet"
    },
    "fleet.configuration_not_covered": {
        "title": "Configuration not covered",
        "description": "A configuration of the cohort is missing from the package's scope: neither approved nor silently skipped. Update-wide, so the update is rejected, unless the cohort allows partial updates: then a warning and a condition naming it.",
        "control": "fleet"
    },
    "fleet.configuration_unknown": {
        "title": "Configuration unknown",
        "description": "A configuration in the scope that the cohort's inventory does not know.",
        "control": "fleet"
    },
    "fleet.downgrade_allowed": {
        "title": "Downgrade allowed",
        "description": "A downgrade the trust configuration allows for the product, recorded with its reason: per configuration the inventory says runs a version the to-version is not above, and update-wide when the scope's to-version is not above its from-version.",
        "control": "fleet"
    },
    "fleet.from_version_mismatch": {
        "title": "From-version mismatch",
        "description": "The scope's from-version is not the version the inventory says the configuration runs.",
        "control": "fleet"
    },
    "fleet.hardware_mismatch": {
        "title": "Hardware mismatch",
        "description": "The scope names other hardware for a configuration than the inventory.",
        "control": "fleet"
    },
    "fleet.known_gap": {
        "title": "Known gap of a configuration",
        "description": "A known gap names configurations the supplier says the update does not fully serve: each named configuration in scope has a blocking gap, which only a valid exception of that configuration waives (decision: every valid exception of the configuration waives it, whatever its waives list), so it ends excluded under the exception or rejected. One pass over the gaps and the names they list.",
        "control": "fleet"
    },
    "fleet.known_gap_unknown_configuration": {
        "title": "Known gap names an unknown configuration",
        "description": "A known gap names a configuration that is not in scope (update-wide), nor one of the cohort's a partial update leaves out (excluded, where a gap about it changes nothing).",
        "control": "fleet"
    },
    "fleet.not_upgrade": {
        "title": "Not an upgrade",
        "description": "The update's to-version is not above its from-version in the product's version scheme (a downgrade, or the same version again), or one of them is no version of the scheme so the two cannot be compared (fail closed): update-wide, with or without an inventory, unless the trust configuration's downgrades allow one for the product, then fleet.downgrade_allowed (a warning with its reason).",
        "control": "fleet"
    },
    "fleet.older_than_approved": {
        "title": "Older than an approved version",
        "description": "The to-version is older than the newest version already approved for the product and cohort (retained reports, the inventory's approvedVersions): a rollback past an approval, flagged with where that approval is recorded.",
        "control": "fleet"
    },
    "fleet.rollback": {
        "title": "Rollback",
        "description": "The to-version is not above the version the configuration runs (by semantic-version order): a rollback, unless the trust configuration allows a downgrade of the product.",
        "control": "fleet"
    },
    "github.approval_authenticated": {
        "title": "Approval authenticated by GitHub",
        "description": "A person's approval or risk acceptance counts as signed by them, and how GitHub authenticated it.",
        "control": "github"
    },
    "github.changes_requested": {
        "title": "Changes requested",
        "description": "A mapped approver's review of the pull request, as it stands, requests changes: GitHub blocks the merge on it, so the update is rejected and no approval GitHub authenticates counts until they approve or the review is dismissed.",
        "control": "github"
    },
    "github.deployment_approval_not_counted": {
        "title": "Deployment approval not counted",
        "description": "An approving environment review of the run that does not count, and why.",
        "control": "github"
    },
    "github.deployment_rejected": {
        "title": "Deployment rejected",
        "description": "A mapped approver rejected the run's deployment (any environment): the update is rejected and no approval GitHub authenticates counts for the run.",
        "control": "github"
    },
    "github.review_not_counted": {
        "title": "Review not counted",
        "description": "An approving pull request review that does not count, and why.",
        "control": "github"
    },
    "notification.cohort_missing": {
        "title": "Cohort not covered",
        "description": "The notification does not cover the cohort in scope.",
        "control": "notification"
    },
    "notification.configuration_missing": {
        "title": "Configuration not covered",
        "description": "The notification does not cover a configuration in scope.",
        "control": "notification"
    },
    "notification.missing": {
        "title": "Notification missing",
        "description": "No customer notification in the package.",
        "control": "notification"
    },
    "notification.not_sent": {
        "title": "Notification status",
        "description": "The notification is a draft or approved, not yet sent; recorded for the reviewer.",
        "control": "notification"
    },
    "notification.product_mismatch": {
        "title": "Notification for another product",
        "description": "The notification names a product other than the one in scope.",
        "control": "notification"
    },
    "notification.text_missing": {
        "title": "Notification text missing",
        "description": "The notification has no text for operators.",
        "control": "notification"
    },
    "notification.vulnerability_missing": {
        "title": "Vulnerability not covered",
        "description": "The notification does not cover a vulnerability in scope.",
        "control": "notification"
    },
    "provenance.artifact_not_in_subjects": {
        "title": "Artifact not in subjects",
        "description": "A manifest artifact's computed digest is not among the provenance subjects (a statement without subjects names none). Subjects with digests other than sha256 only are reported by provenance.subjects_without_sha256 instead.",
        "control": "provenance"
    },
    "provenance.builder_not_signer": {
        "title": "Builder claimed by the predicate is not the signer",
        "description": "For keyless provenance the builder is the certificate's identity: a predicate builder.id that names a workflow identity must equal the certificate SAN (a generic builder id such as GitHub's https://github.com/actions/runner/github-hosted is accepted).",
        "control": "provenance"
    },
    "provenance.builder_untrusted": {
        "title": "Builder not trusted",
        "description": "The SLSA builder id is not in data.trust.builders. Applies to key-signed provenance; for provenance signed through certificates only, the certificate identity establishes the builder, trusted or not, and for keyless provenance that did not verify at all the unverified signature is the finding.",
        "control": "provenance"
    },
    "provenance.identity_unauthorized": {
        "title": "Certificate identity not authorized",
        "description": "The matching trusted identity may not sign build provenance for this product and version.",
        "control": "provenance"
    },
    "provenance.identity_untrusted": {
        "title": "Certificate identity not trusted",
        "description": "The envelope verifies through a Sigstore certificate whose identity (issuer, SAN, repository and workflow extensions) matches no identity of the trust configuration.",
        "control": "provenance"
    },
    "provenance.key_unauthorized": {
        "title": "Key not authorized for provenance",
        "description": "The verifying key is unknown, revoked, not for build-provenance, not for this product or version, or not valid when the provenance was signed (its trusted time, else the build's start and finish and the item's time).",
        "control": "provenance"
    },
    "provenance.missing": {
        "title": "Provenance missing",
        "description": "No build provenance in the package.",
        "control": "provenance"
    },
    "provenance.other_attestations": {
        "title": "Other attestations",
        "description": "A build provenance of several candidate attestations naming an artifact (a .jsonl, a GitHub attestations answer; lib.evidence): how many were tried, which one is judged, and why each other one does not count (the first five, in order; the rest counted).",
        "control": "provenance"
    },
    "provenance.payload_type": {
        "title": "Envelope payload type",
        "description": "The DSSE payloadType must be application/vnd.in-toto+json.",
        "control": "provenance"
    },
    "provenance.predicate_type": {
        "title": "Not SLSA Provenance v1",
        "description": "The statement's predicate is not SLSA Provenance v1.",
        "control": "provenance"
    },
    "provenance.signature_unverified": {
        "title": "Signature not verified",
        "description": "No trusted key or Sigstore certificate verifies the envelope.",
        "control": "provenance"
    },
    "provenance.statement_type": {
        "title": "Statement type",
        "description": "The statement _type must be in-toto Statement v1 (v0.1 is not accepted).",
        "control": "provenance"
    },
    "provenance.subjects_unchecked": {
        "title": "No artifacts to check",
        "description": "There is no manifest artifact to look up among the subjects.",
        "control": "provenance"
    },
    "provenance.subjects_without_sha256": {
        "title": "Artifact not in subjects",
        "description": "A manifest artifact's computed digest is not among the provenance subjects (a statement without subjects names none). Subjects with digests other than sha256 only are reported by provenance.subjects_without_sha256 instead.",
        "control": "provenance"
    },
    "provenance.unverifiable": {
        "title": "Provenance not verifiable",
        "description": "A build-provenance item whose envelope could not be read.",
        "control": "provenance"
    },
    "retention.deployment_failed": {
        "title": "Deployment failed",
        "description": "A retained deployment of the target version failed or was rolled back.",
        "control": "retention"
    },
    "retention.deployment_records_missing": {
        "title": "No deployment records",
        "description": "No deployment records; level 5 needs them.",
        "control": "retention"
    },
    "retention.deployment_records_scope_mismatch": {
        "title": "Deployment records of another fleet",
        "description": "A deployment-records record names another product or cohort than the update in scope: it records another fleet's deployments (configuration ids are unique only within a cohort), so none of them counts here.",
        "control": "retention"
    },
    "retention.exception_acceptance_unsigned": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_acceptor_unauthorized": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_expired": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_gap_unlisted": {
        "title": "Exception without known gap",
        "description": "An excepted configuration is not listed in the known gaps.",
        "control": "retention"
    },
    "retention.exception_incomplete": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_mitigation_missing": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_not_kept": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_remain_on_invalid": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_unknown_configuration": {
        "title": "Exception for unknown configuration",
        "description": "An exception names a configuration that is not in scope.",
        "control": "retention"
    },
    "retention.known_gap": {
        "title": "Known gap",
        "description": "A known gap the supplier lists, recorded for the reviewer.",
        "control": "retention"
    },
    "retention.location_missing": {
        "title": "Retention missing",
        "description": "The package names no retention owner or no retention location.",
        "control": "retention"
    },
    "retention.owner_missing": {
        "title": "Retention missing",
        "description": "The package names no retention owner or no retention location.",
        "control": "retention"
    },
    "rollback_recovery.conditions_missing": {
        "title": "Rollback conditions missing",
        "description": "The test record documents no rollback condition.",
        "control": "rollback-recovery"
    },
    "rollback_recovery.hardware_mismatch": {
        "title": "Test on other hardware",
        "description": "A result for a configuration ran on hardware other than the configuration's.",
        "control": "rollback-recovery"
    },
    "rollback_recovery.procedure_missing": {
        "title": "Recovery procedure missing",
        "description": "No recovery-procedure document; tests alone do not tell operators what to do.",
        "control": "rollback-recovery"
    },
    "rollback_recovery.recovery_test_failed": {
        "title": "Test failed",
        "description": "A rollback or recovery test failed on the configuration (rollback_recovery.rollback_test_failed, rollback_recovery.recovery_test_failed).",
        "control": "rollback-recovery"
    },
    "rollback_recovery.recovery_test_missing": {
        "title": "Test missing or not run",
        "description": "No passed rollback or recovery test on the configuration's hardware (rollback_recovery.rollback_test_missing, rollback_recovery.recovery_test_missing).",
        "control": "rollback-recovery"
    },
    "rollback_recovery.result_unsigned": {
        "title": "Result not signed by an authorized test system",
        "description": "The trust configuration requires signed test results, and results for some hardware are not signed by a test system authorized for it (testSystems in the trust configuration): they do not count.",
        "control": "rollback-recovery"
    },
    "rollback_recovery.rollback_test_failed": {
        "title": "Test failed",
        "description": "A rollback or recovery test failed on the configuration (rollback_recovery.rollback_test_failed, rollback_recovery.recovery_test_failed).",
        "control": "rollback-recovery"
    },
    "rollback_recovery.rollback_test_missing": {
        "title": "Test missing or not run",
        "description": "No passed rollback or recovery test on the configuration's hardware (rollback_recovery.rollback_test_missing, rollback_recovery.recovery_test_missing).",
        "control": "rollback-recovery"
    },
    "rollback_recovery.scope_mismatch": {
        "title": "Tests for another update",
        "description": "The test record names another product, from-version or to-version.",
        "control": "rollback-recovery"
    },
    "rollback_recovery.tested_before_build": {
        "title": "Tested before the build",
        "description": "A rollback or recovery result for a configuration in scope is dated before the build of the release (lib.build_instants: a verified build provenance's start, else its finish): it tested something else, not this build.",
        "control": "rollback-recovery"
    },
    "rollback_recovery.tests_missing": {
        "title": "Tests missing",
        "description": "No rollback and recovery test record in the package.",
        "control": "rollback-recovery"
    },
    "signing.artifact_digest_mismatch": {
        "title": "Artifact digest mismatch",
        "description": "An artifact's computed size or digest differs from the signed one.",
        "control": "signing"
    },
    "signing.artifact_missing": {
        "title": "Artifact missing",
        "description": "An artifact named in the manifest is not in the package.",
        "control": "signing"
    },
    "signing.identity_unauthorized": {
        "title": "Certificate identity not authorized",
        "description": "The matching trusted identity may not sign update manifests for this product and version.",
        "control": "signing"
    },
    "signing.identity_untrusted": {
        "title": "Certificate identity not trusted",
        "description": "The manifest verifies through a Sigstore certificate whose identity (issuer, SAN, extensions) matches no identity of the trust configuration.",
        "control": "signing"
    },
    "signing.key_not_valid_at_signing": {
        "title": "Key not valid at signing time",
        "description": "The signing time is outside the key's [validFrom, validUntil].",
        "control": "signing"
    },
    "signing.key_product": {
        "title": "Key for another product",
        "description": "The key is not authorized for the product in scope.",
        "control": "signing"
    },
    "signing.key_revoked": {
        "title": "Key revoked",
        "description": "The key is revoked. A revoked key is never trusted: revocation before signing means the signature was made with a withdrawn key, revocation after signing means the key may have been compromised when it signed, and the gate cannot tell the two apart from the signature.",
        "control": "signing"
    },
    "signing.key_unknown": {
        "title": "Unknown key",
        "description": "A signature names a key that is not in the trust configuration.",
        "control": "signing"
    },
    "signing.key_usage": {
        "title": "Key not for update manifests",
        "description": "The key's usage does not include update-manifest.",
        "control": "signing"
    },
    "signing.key_version": {
        "title": "Key not for this version",
        "description": "The version in scope is outside the key's [minVersion, maxVersion].",
        "control": "signing"
    },
    "signing.manifest_empty": {
        "title": "Manifest without artifacts",
        "description": "The signed manifest lists no artifact.",
        "control": "signing"
    },
    "signing.manifest_missing": {
        "title": "Manifest missing",
        "description": "No update manifest in the package.",
        "control": "signing"
    },
    "signing.manifest_product_mismatch": {
        "title": "Manifest for another product",
        "description": "The signed manifest names a product other than the one in scope.",
        "control": "signing"
    },
    "signing.manifest_unverifiable": {
        "title": "Manifest not verifiable",
        "description": "An update-manifest item whose file or signature could not be read.",
        "control": "signing"
    },
    "signing.manifest_version_mismatch": {
        "title": "Manifest for another version",
        "description": "The signed manifest names a version other than the target version in scope.",
        "control": "signing"
    },
    "signing.release_asset_digest_mismatch": {
        "title": "Release asset digest mismatch",
        "description": "One violation per package file a release asset is named like when the asset holds the bytes of none of them.",
        "control": "signing"
    },
    "signing.signature_extra_unverified": {
        "title": "Extra unverified signature",
        "description": "The manifest carries a signature no trusted key verifies besides a verified one.",
        "control": "signing"
    },
    "signing.signature_unverified": {
        "title": "Signature not verified",
        "description": "No trusted key verifies any signature of the manifest.",
        "control": "signing"
    },
    "signing.signing_event_key_mismatch": {
        "title": "Signing event names another key",
        "description": "The signing event's key is not a key that verified the manifest signature.",
        "control": "signing"
    },
    "signing.signing_event_missing": {
        "title": "Signing event missing",
        "description": "No signing-event record for the manifest, so the signing time is unknown.",
        "control": "signing"
    },
    "signing.signing_event_scope_mismatch": {
        "title": "Signing event of another release",
        "description": "A signing-event record names another product or version than the update in scope: it records the signing of another release, so its time and signer are not taken for this one.",
        "control": "signing"
    },
    "signing.signing_event_time_mismatch": {
        "title": "Signing event disagrees with the trusted time",
        "description": "A signing-event record dated more than 5 minutes from the signature's trusted time (log integrated time or signed timestamp): the trusted time is the signing time.",
        "control": "signing"
    },
    "signing.unlisted_release_asset": {
        "title": "Unlisted release asset",
        "description": "One violation per release asset that is neither a signed artifact nor a package file.",
        "control": "signing"
    },
    "timeline.evidence_from_the_future": {
        "title": "Evidence from the future",
        "description": "A time that records something having happened is later than the evaluation time.",
        "control": "timeline"
    }
};

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = {
    violation: 'error',
    gap: 'warning',
    warning: 'note',
    info: 'note'
};
function ruleInfo(rule, control) {
    return (RULE_CATALOG[rule] ?? {
        title: rule,
        description: `Finding ${rule} of the ${control} control (a rule without METADATA in the built-in policy).`,
        control
    });
}
/** Path segments as a URI reference (spaces and other reserved characters escaped). */
function uriOf(path) {
    return path
        .split('/')
        .map(s => encodeURIComponent(s))
        .join('/');
}
/**
 * `decision` overrides the worst package decision (the Action passes its run decision, which is
 * `error` when a package could not be judged).
 */
function renderSarif(packages, toolVersion, decision) {
    const ruleIds = [
        ...new Set(packages.flatMap(p => p.report.result.findings.map(f => f.rule)))
    ].sort();
    const controlOf = new Map();
    for (const p of packages)
        for (const f of p.report.result.findings)
            controlOf.set(f.rule, f.control);
    const rules = ruleIds.map(id => {
        const info = ruleInfo(id, controlOf.get(id) ?? 'unknown');
        return {
            id,
            name: info.title,
            shortDescription: { text: info.title },
            fullDescription: { text: info.description },
            properties: { control: info.control }
        };
    });
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const results = packages.flatMap(p => p.report.result.findings.map(f => {
        const line = f.evidence.map(id => p.places.evidence.get(id)?.line).find(l => l !== undefined);
        const where = f.configuration ? ` [${f.configuration}]` : '';
        return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: `${f.message}${where}` },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: p.indexUri },
                        ...(line !== undefined ? { region: { startLine: line } } : {})
                    }
                }
            ],
            properties: {
                severity: f.severity,
                control: f.control,
                evidence: f.evidence,
                ...(f.configuration ? { configuration: f.configuration } : {})
            }
        };
    }));
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'update-gate',
                        version: toolVersion,
                        rules
                    }
                },
                results,
                properties: {
                    packages: packages.map(p => ({
                        index: p.indexUri,
                        product: p.report.package.product,
                        fromVersion: p.report.package.fromVersion,
                        toVersion: p.report.package.toVersion,
                        decision: p.report.result.decision,
                        summary: p.report.result.summary,
                        maturity: p.report.result.maturity.level,
                        evaluationTime: p.report.evaluationTime,
                        policy: p.report.policy
                    })),
                    decision: decision ?? worst$1(packages.map(p => p.report.result.decision))
                }
            }
        ]
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
const ORDER = ['approve', 'conditional', 'reject'];
function worst$1(decisions) {
    if (decisions.length === 0)
        return 'none';
    return ORDER[Math.max(...decisions.map(d => ORDER.indexOf(d)))];
}

/** The `sarif-file` input: the run's findings as SARIF 2.1.0, for upload to code scanning. */
async function writeSarifFile(path$1, outcome) {
    const packages = [];
    for (const r of outcome.results) {
        if (!r.report)
            continue;
        packages.push({
            report: r.report,
            places: r.places ?? noPlaces(),
            indexUri: uriOf(path.posix.join(r.pkg.repoPath || '.', INDEX_FILE))
        });
    }
    await mkdir(path.dirname(path$1), { recursive: true });
    await writeFile(path$1, renderSarif(packages, process.env.UPDATE_GATE_VERSION ?? '0.1.0', outcome.decision));
}

/**
 * Where the Action may write its files (`report`, `sarif-file`), checked before anything is read.
 * A relative path is taken from the workspace and may not leave it (no `..`, as every path input);
 * an absolute one must be inside the workspace or RUNNER_TEMP, where the default report goes.
 * Symlinks are followed. Neither may overwrite what the gate judges: the trust, policy, data or
 * approved-reports inputs, or anything in a directory holding update-evidence.yaml.
 */
const errnoCode = (error) => error?.code;
/** The real path of `path`, which need not exist yet: its nearest existing ancestor resolved. */
function realTarget(path$1, where) {
    const rest = [];
    for (let at = path$1;; at = path.dirname(at)) {
        try {
            return path.join(fs.realpathSync.native(at), ...rest);
        }
        catch (error) {
            // Not there yet (a dangling symlink is there: it would be written through to its target).
            const missing = errnoCode(error) === 'ENOENT' && !fs.lstatSync(at, { throwIfNoEntry: false });
            if (!missing || path.dirname(at) === at) {
                throw new GateError('FILE_UNREADABLE', `cannot be resolved: ${osReason(error) ?? messageOf(error)}`, where);
            }
            rest.unshift(path.basename(at));
        }
    }
}
/**
 * An OS error as one line without the path it names (`EISDIR: illegal operation on a directory`);
 * undefined for anything else.
 */
function osReason(error) {
    if (typeof errnoCode(error) !== 'string')
        return undefined;
    return (messageOf(error).split('\n')[0] ?? '').replace(/, \w+(?: '.*')?$/, '');
}
function outputFile(input, given, inputs, places) {
    const where = { file: given, field: `input ${input}` };
    if (!path.isAbsolute(given) && given.split(/[\\/]/).includes('..')) {
        throw new GateError('PATH_OUTSIDE_ROOT', 'expected a path inside the workspace, without ".." segments', where);
    }
    const path$1 = path.resolve(places.workspace, given);
    const real = realTarget(path$1, where);
    const root = [places.workspace, places.runnerTemp]
        .map(r => realTarget(path.resolve(r), where))
        .find(r => isInside(r, real));
    if (root === undefined) {
        throw new GateError('PATH_OUTSIDE_ROOT', 'resolves outside the workspace and RUNNER_TEMP; expected a path inside one of them', where);
    }
    if (fs.statSync(real, { throwIfNoEntry: false })?.isDirectory()) {
        throw new GateError('USAGE', 'is a directory; expected a file path', where);
    }
    const judged = {
        trust: [inputs.trust],
        policy: inputs.policy === DEFAULT_POLICY ? [] : [inputs.policy],
        data: inputs.data,
        'approved-reports': inputs.approvedReports
    };
    for (const [name, paths] of Object.entries(judged)) {
        for (const p of paths) {
            // A policy or approved-reports directory protects every file in it.
            const from = { file: p, field: `input ${name}` };
            const read = realTarget(path.resolve(places.workspace, p), from);
            if (isInside(read, real)) {
                const what = read === real ? 'would overwrite' : 'would write into';
                throw new GateError('USAGE', `${what} ${p} (input ${name}), which the gate reads`, where);
            }
        }
    }
    for (let dir = path.dirname(real); isInside(root, dir); dir = path.dirname(dir)) {
        if (fs.statSync(path.join(dir, INDEX_FILE), { throwIfNoEntry: false })?.isFile()) {
            const name = path.relative(root, dir).split(path.sep).join('/') || '.';
            throw new GateError('USAGE', `would write into the evidence package ${name}, whose files the gate reads`, where);
        }
        if (dir === root)
            break;
    }
    return { input, given, path: path$1 };
}

/**
 * Evidence text (messages, ids, reasons) is supplier-controlled: every renderer passes it
 * through one of these before it reaches a terminal or a pull-request comment.
 */
// C0/C1 controls and DEL, except tab: no terminal escape sequences from evidence.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** A line break of any kind (LF, CRLF, CR, and Unicode's line and paragraph separators). */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
/**
 * Characters that reorder or hide text without showing themselves (bidirectional controls, zero
 * widths, the byte order mark): `\u202E` makes "devorppa" read as "approved".
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const codePoint = (ch) => `<U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
/**
 * Evidence text as one line that shows what it holds: no control characters, each line break
 * shown as \u23ce (a line of its own could pose as a line of the report, or as a CI command), each
 * invisible or reordering character shown by its code point.
 */
function plain(value) {
    return value
        .replace(CONTROL_CHARACTERS, '')
        .replace(LINE_BREAK, ' \u23ce ')
        .replace(INVISIBLE, codePoint);
}
/** `@name` or `@org/team`, a mention where GitHub sees no word character before the `@`. */
const MENTION = /@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?)/g;
const WORD_CHARACTER = /[A-Za-z0-9_]/;
const escapeInline = (text) => text.replace(/[\\`*_{}[\]()<>#|!~]/g, ch => `\\${ch}`).replace(/&/g, '&amp;');
/**
 * Markdown-safe inline text: no HTML, no links or images, no table breaks, no code spans that
 * swallow the rest of the line, and no @-mentions that would notify people: a mention is shown
 * in a code span (which GitHub does not link), so the text copies exactly as written, with no
 * invisible characters. E-mail addresses are left as they are (GitHub does not mention them).
 */
function inlineMarkdown(value) {
    const text = plain(value);
    let out = '';
    let last = 0;
    for (const m of text.matchAll(MENTION)) {
        const at = m.index ?? 0;
        const name = m[1] ?? '';
        // What GitHub sees before this `@`: the code span just written when one mention follows
        // another (`@x@octocat`), else the character before it here.
        const before = at === last && out.endsWith('`') ? '`' : (text[at - 1] ?? '');
        if (WORD_CHARACTER.test(before))
            continue; // an e-mail address, not a mention
        out += `${escapeInline(text.slice(last, at))}\`@${name}\``;
        last = at + 1 + name.length;
    }
    return out + escapeInline(text.slice(last));
}

const RANK = {
    none: 0,
    approve: 1,
    conditional: 2,
    reject: 3,
    error: 4
};
const worst = (a, b) => (RANK[a] >= RANK[b] ? a : b);
function combine(results, findings, subject) {
    let decision = 'none';
    for (const r of results)
        decision = worst(decision, r.error || !r.report ? 'error' : r.report.result.decision);
    const blocking = findings.filter(f => f.severity === 'violation');
    if (blocking.length > 0)
        decision = worst(decision, 'reject');
    const qualify = results.length > 1;
    const approved = [];
    const excluded = [];
    let maturity;
    for (const r of results) {
        if (!r.report)
            continue;
        const out = r.report.result;
        maturity = maturity === undefined ? out.maturity.level : Math.min(maturity, out.maturity.level);
        for (const c of out.configurations) {
            const id = qualify ? `${r.pkg.repoPath || '.'}:${c.id}` : c.id;
            if (c.result === 'approved')
                approved.push(id);
            else if (c.result === 'excluded')
                excluded.push(id);
        }
    }
    if (decision === 'error' || decision === 'none')
        maturity = undefined;
    let headline;
    if (decision === 'none')
        headline = `update-gate: no evidence package to evaluate in ${subject}`;
    else {
        const errored = results.find(r => r.error);
        const parts = [`update-gate: ${decision} for ${subject}`];
        if (errored)
            parts.push(`${errored.pkg.repoPath || '.'}: ${errored.error}`);
        else if (blocking[0])
            parts.push(blocking[0].message.split('. ')[0]);
        else if (results.length === 1 && results[0]?.report)
            parts.push(results[0].report.result.summary);
        // One line: the summary quotes evidence text, and the log and the job summary show it.
        headline = plain(parts.join(': '));
    }
    return { decision, maturity, approved, excluded, results, findings, headline };
}

/**
 * Output a CI runner reads line by line must not let evidence text issue workflow commands.
 * GitHub's runner runs a line that starts with `::` once leading blanks are trimmed
 * (`::add-mask::conditional`), and a line that holds `##[` anywhere (the older form,
 * `##[add-mask]conditional`): supplier text that reached stdout or stderr could mask the decision,
 * forge an annotation or stop command processing for the rest of the run. Each function changes
 * how a `[` or a `:` is written, never what a reader or a parser of the format gets from it.
 */
const OLD_FORM = /##\[/g;
// Blanks as the runner trims them (.NET's white space, NEL included), line breaks left out: `^`
// matches after each of them anyway, and a blank run that crossed them would make every line
// start a scan to the end of the text.
const LINE_START = /^((?:[^\S\n\r\u2028\u2029]|\u0085)*)::/gm;
/** Human-readable lines: `##[` shown as `##\[`, and a line's leading `::` as `\::`. */
const inertLines = (text) => text.replace(OLD_FORM, '##\\[').replace(LINE_START, '$1\\::');

/**
 * A line of the Action's log that holds evidence text (a package's path, an exception id in the
 * decision's summary): on one line, and unable to issue a workflow command (`::add-mask::`,
 * `##[...]`), since the runner reads every line of stdout for one.
 */
const logLine = (text) => info(inertLines(plain(text)));

/**
 * What a certificate says besides SAN and issuer, as the policy compares it: the source repository
 * (for a reusable workflow, its caller), ref and commit, the build signer when it is not the SAN,
 * and the runner environment.
 */
function extensionsText(s) {
    const parts = [
        s.sourceRepository ? `source repository ${s.sourceRepository}` : null,
        s.sourceRef ? `ref ${s.sourceRef}` : null,
        s.sourceCommit ? `commit ${s.sourceCommit}` : null,
        s.buildSignerUri && s.buildSignerUri !== s.subject ? `build signer ${s.buildSignerUri}` : null,
        s.runnerEnvironment ? `runner ${s.runnerEnvironment}` : null
    ].filter(p => p !== null);
    return parts.length ? `; ${parts.join(', ')}` : '';
}
/**
 * `key <id>` or `<SAN> (issuer <issuer>; <extensions>)`, the log indexes, the signing time and the
 * origin.
 */
function signerText(s) {
    const who = (s.subject ?? null) !== null || (s.issuer ?? null) !== null
        ? `identity ${s.subject ?? '(no SAN)'} (issuer ${s.issuer ?? '(none)'}${extensionsText(s)})`
        : s.keyId !== null
            ? `key ${s.keyId}`
            : (s.reason ?? 'no trusted signer');
    const log = s.logIndexes?.length ? `, Rekor log index ${s.logIndexes.join(', ')}` : '';
    const at = s.signedAt ? `, signed at ${s.signedAt}` : '';
    const from = s.origin && s.origin !== 'package' ? `, from ${s.origin}` : '';
    return `${who}${log}${at}${from}`;
}

const DECISION_ICON = {
    approve: '\u2705',
    conditional: '\u26a0\ufe0f',
    reject: '\u274c'
};
const RESULT_ICON = {
    approved: '\u2705',
    excluded: '\u23f8\ufe0f',
    rejected: '\u274c',
    pass: '\u2705',
    fail: '\u274c',
    gap: '\u26a0\ufe0f'
};
const LEVEL_NAME = {
    1: 'supplier assertion',
    2: 'documented process',
    3: 'produced artifact without complete verification',
    4: 'verified',
    5: 'verified and retained'
};
/**
 * The fleet inventory's view in one sentence (policy output `fleet`): which configurations of
 * the cohort the decision covers and which it does not; null when the policy gives no view.
 */
function fleetLine(r) {
    const f = r.fleet;
    if (!f)
        return null;
    const parts = [`Fleet: ${f.note}`];
    if (f.notCovered.length > 0)
        parts.push(`not covered by the evidence: ${f.notCovered.join(', ')}`);
    if (f.inventory && f.unknown.length > 0)
        parts.push(`not in the inventory: ${f.unknown.join(', ')}`);
    return `${parts.join('; ')}.`;
}
/**
 * The Controls table's "why": a built-in control's maturity reason; for a team package
 * (custom.<team>, no evidence level) the rules of its blocking findings, or that it found
 * nothing, and the questions it bears on.
 */
function controlWhy(r, c) {
    const reason = r.maturity.controls[c.id]?.reason;
    if (reason !== undefined)
        return reason;
    const rules = [
        ...new Set(r.findings
            .filter(f => f.control === c.id && (f.severity === 'violation' || f.severity === 'gap'))
            .map(f => f.rule))
    ].sort();
    const found = rules.length ? `blocking: ${rules.join(', ')}` : 'team package: no blocking finding';
    const questions = c.questions?.length ? `; bears on ${c.questions.join(', ')}` : '';
    return `${found}${questions}`;
}
const SEVERITY_ORDER = {
    violation: 0,
    gap: 1,
    warning: 2,
    info: 3
};
/** Findings most severe first; the policy's own order within a severity. */
function bySeverity(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** The headline of each decision, for a reader of the comment. */
const DECISION_HEADLINE = {
    approve: 'approved for deployment',
    conditional: 'approved for the listed configurations only',
    reject: 'not approved for deployment'
};
const UTC_TIME = /\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z\b/g;
/**
 * Every normalised (UTC) RFC 3339 time in a text shown to the second (`2026-10-06T12:00:00Z`),
 * so times line up in a table; the JSON report keeps every digit.
 */
const fixedTimes = (value) => value.replace(UTC_TIME, '$1Z');
/** Markdown-safe inline text with its times to the second. */
const md = (value) => inlineMarkdown(fixedTimes(value));
const cell = (value) => md(value) || '-';
function tableRows(rows, columns) {
    return [
        `| ${columns.map(([header]) => header).join(' | ')} |`,
        `|${columns.map(() => '---').join('|')}|`,
        ...rows.map(row => `| ${columns.map(([, c]) => c(row)).join(' | ')} |`)
    ];
}
/** "level 5, verified and retained (level of the approved scope: reference 5)", said once. */
function maturityLine(r) {
    const name = LEVEL_NAME[r.maturity.level] ?? '';
    // The policy's reason often ends with the level's name; it is not repeated.
    let reason = r.maturity.reason;
    if (name && reason.endsWith(`: ${name}`))
        reason = reason.slice(0, -(name.length + 2));
    if (name && reason === name)
        reason = '';
    return `Evidence maturity: **level ${r.maturity.level}, ${md(name)}**${reason ? ` (${md(reason)})` : ''}.`;
}
/** A result (pass, approved, ...) after its icon. */
const iconed = (result) => `${RESULT_ICON[result] ?? ''} ${result}`;
function renderMarkdown(report, options = {}) {
    const r = report.result;
    const h = '#'.repeat(options.headingLevel ?? 4);
    const out = [];
    /** A section: its heading, then its table. */
    const section = (title, rows, columns) => out.push('', `${h} ${title}`, '', ...tableRows(rows, columns));
    if (options.headline !== false) {
        out.push(`### ${DECISION_ICON[r.decision]} update-gate: ${r.decision}, ${DECISION_HEADLINE[r.decision]}`, '');
    }
    // The summary names product, versions, cohort and scope; its closing maturity level is said
    // once, on the maturity line below.
    const summary = r.summary.replace(new RegExp(`;? ?evidence maturity level ${r.maturity.level}\\.$`), '.');
    // Under the Action's package heading the directory is already named.
    const where = options.headline === false ? '' : `Package: ${md(report.package.dir)}. `;
    out.push(`**${md(summary)}**`, '', `${where}${maturityLine(r)}`);
    const fleet = fleetLine(r);
    if (fleet)
        out.push('', md(fleet));
    section('Configurations', r.configurations, [
        ['Configuration', c => md(c.id)],
        ['Result', c => iconed(c.result)],
        ['Maturity', c => String(r.maturity.configurations[c.id]?.level ?? '-')],
        ['Why', c => cell(c.reasons.join('; '))]
    ]);
    if (r.conditions.length > 0) {
        section('Conditions', r.conditions, [
            ['Exception', c => md(c.id)],
            ['Configuration', c => (c.configuration ? md(c.configuration) : 'all')],
            ['Stays on', c => cell(c.remainOn ?? '')],
            // A condition without an exception's fields (a custom policy's) is its text.
            ['Mitigation', c => cell(c.mitigation ?? c.text)],
            ['Follow-up by', c => (c.followUpBy ? md(c.followUpBy) : '-')],
            ['Accepted by', c => cell(c.acceptedBy ?? '')]
        ]);
    }
    section('Verification questions', r.questions, [
        ['Question', q => md(q.question)],
        ['Answer', q => iconed(q.answer)],
        ['Why', q => cell(q.reasons.join('; '))],
        ['Evidence', q => cell(q.evidence.join(', '))]
    ]);
    out.push('', '<details><summary>Controls and findings</summary>');
    section('Controls', r.controls, [
        ['Control', c => md(c.id)],
        ['Result', c => iconed(c.result)],
        ['Level', c => (c.level === null ? '-' : String(c.level))],
        ['Required', c => (c.required ? 'yes' : 'no')],
        ['Why', c => cell(controlWhy(r, c))]
    ]);
    if (report.evidence.signatures.length > 0) {
        section('Signatures', report.evidence.signatures, [
            ['Evidence', s => cell(s.evidence)],
            ['Signature', s => cell(s.source)],
            ['Verified', s => (s.verified ? 'yes' : 'no')],
            ['Signer', s => md(signerText(s))]
        ]);
    }
    if (r.findings.length > 0) {
        section('Findings', bySeverity(r.findings), [
            ['Severity', f => f.severity],
            ['Control', f => md(f.control)],
            ['Rule', f => md(f.rule)],
            ['Configuration', f => cell(f.configuration ?? '')],
            ['Finding', f => md(f.message)],
            ['Evidence', f => cell(f.evidence.join(', '))]
        ]);
    }
    out.push('', '</details>', '', `<sub>policy ${md(report.policy.name)} (sha256:${report.policy.sha256.slice(0, 12)}), evaluated at ${md(report.evaluationTime)}</sub>`);
    return `${out.join('\n')}\n`;
}

/**
 * Where the decision goes: job summary, one sticky PR comment, annotations, outputs and the JSON
 * report file. Only the comment may fail softly (fork PRs and read-only tokens cannot comment):
 * it warns and the decision stands.
 */
const COMMENT_MARKER = '<!-- update-gate:sticky-comment -->';
/** GitHub rejects comment bodies over 65536 characters. */
const MAX_COMMENT = 65_000;
const ACTION_REPORT_VERSION = 'update-gate.dev/action-report/v1';
const ICON = {
    approve: '\u2705',
    conditional: '\u26a0\ufe0f',
    reject: '\u274c',
    error: '\u26d4',
    none: '\u2139\ufe0f'
};
/** What each run decision means, said once under the headline. */
const MEANING = {
    approve: 'Approved for deployment.',
    conditional: 'Approved for the listed configurations only; the conditions below apply.',
    reject: 'Not approved for deployment.',
    error: 'The gate could not decide. This is not an approval.',
    none: 'No evidence package was added or changed; nothing to evaluate.'
};
const FINDING_ICON = { violation: '\u274c', warning: '\u26a0\ufe0f', info: '\u2139\ufe0f' };
/** The report with the package directory as the repository path, not the temp dir. */
function forDisplay(r) {
    if (!r.report)
        return undefined;
    return { ...r.report, package: { ...r.report.package, dir: r.pkg.repoPath || '.' } };
}
function header(outcome, collected, subject, errorLine) {
    const lines = [
        `## ${ICON[outcome.decision] ?? ''} update-gate: ${outcome.decision} for ${md(subject)}`,
        '',
        MEANING[outcome.decision] ?? ''
    ];
    if (errorLine)
        lines.push('', `Error: ${md(errorLine.replace(/^update-gate: error: /, ''))}`);
    if (outcome.decision === 'none' && collected?.checked) {
        const c = collected.checked;
        const globs = c.patterns.map(md).join(', ');
        lines.push('', `Evidence globs ${globs} were checked against ${c.changedFiles} changed file${c.changedFiles === 1 ? '' : 's'} (listed by ${md(c.listedBy)}); none is in a directory holding update-evidence.yaml.`);
    }
    if (collected && outcome.results.length > 0) {
        const data = collected.dataSources.length
            ? `; data ${collected.dataSources.map(md).join(', ')}`
            : '';
        const reports = collected.approvedReportSources?.length
            ? `; retained reports ${collected.approvedReportSources.map(md).join(', ')}`
            : '';
        lines.push('', `Judged with the trust configuration ${md(collected.trustSource)}; policy ${md(collected.policySource)}${data}${reports}.`);
    }
    if (outcome.findings.length > 0) {
        lines.push('');
        // Paths and messages can carry a PR's file names: escaped, never code spans.
        for (const f of outcome.findings) {
            lines.push(`- ${FINDING_ICON[f.severity] ?? ''} **${md(f.rule)}**${f.file ? ` (${md(f.file)})` : ''}: ${md(f.message)}`);
        }
    }
    lines.push('');
    return lines;
}
function section(r, compact, several) {
    const title = `### ${md(r.pkg.repoPath || '.')}`;
    if (r.error || !r.report)
        return `${title}\n\n\u26d4 **error**: ${md(r.error ?? 'no report')}\n`;
    const decision = several
        ? `${ICON[r.report.result.decision] ?? ''} **${r.report.result.decision}**\n\n`
        : '';
    if (compact) {
        const out = r.report.result;
        return `${title}\n\n${decision}${md(out.summary)}\n`;
    }
    return `${title}\n\n${decision}${renderMarkdown(forDisplay(r), { headline: false })}`;
}
function composeMarkdown(outcome, collected, subject, compact = false, errorLine) {
    const parts = [header(outcome, collected, subject, errorLine).join('\n')];
    for (const r of outcome.results)
        parts.push(section(r, compact, outcome.results.length > 1));
    return parts.join('\n');
}
function composeComment(outcome, collected, subject, errorLine) {
    let body = `${COMMENT_MARKER}\n${composeMarkdown(outcome, collected, subject, false, errorLine)}`;
    if (body.length > MAX_COMMENT) {
        body = `${COMMENT_MARKER}\n${composeMarkdown(outcome, collected, subject, true, errorLine)}\n_The full report is in the job summary and the JSON report._\n`;
    }
    if (body.length > MAX_COMMENT)
        body = `${body.slice(0, MAX_COMMENT - 100)}\n\n_(truncated; see the job summary)_\n`;
    return body;
}
/**
 * The issue comments API's entries: each an object with an integer id, a string (or null) body
 * and, when given, a user (or null) whose type is a string (entryError names an entry without).
 */
function issueComments(entries, what) {
    return entries.map((entry, i) => {
        if (!isObject(entry))
            throw entryError(what, i, 'comment');
        const { id, body, user } = entry;
        if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0)
            throw entryError(what, i, 'id');
        if (body !== undefined && body !== null && typeof body !== 'string')
            throw entryError(what, i, 'body');
        if (user !== undefined && user !== null && !isObject(user))
            throw entryError(what, i, 'user');
        const type = isObject(user) ? user.type : undefined;
        if (type !== undefined && type !== null && typeof type !== 'string')
            throw entryError(what, i, 'user.type');
        return { id, body: typeof body === 'string' ? body : null, userType: type ?? null };
    });
}
/**
 * Creates or updates the one comment carrying the marker, written by a bot (the Actions token):
 * a person's comment that copies the marker is never adopted (its author could edit the
 * decision shown on the PR at any time); if updating fails, a new one is created.
 * `onlyUpdate`: do not create (nothing to report on this PR).
 */
async function upsertStickyComment(client, target, body, onlyUpdate = false) {
    const comments = await paginateAll(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: target.owner, repo: target.repo, issue_number: target.number }, `listing the comments of PR #${target.number}`, issueComments);
    const mine = comments.filter(c => c.body?.includes(COMMENT_MARKER));
    const existing = mine.find(c => c.userType === 'Bot');
    /** A comments API call on the target repository, sending `body`. */
    const send = (route, params) => client.request(route, { owner: target.owner, repo: target.repo, ...params, body });
    if (existing) {
        try {
            await send('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                comment_id: existing.id
            });
            return 'updated';
        }
        catch (error) {
            const status = error.status;
            if (status !== 403 && status !== 404)
                throw apiError(`updating comment ${existing.id}`, error);
        }
    }
    if (onlyUpdate)
        return 'skipped';
    try {
        await send('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            issue_number: target.number
        });
    }
    catch (error) {
        throw apiError(`commenting on PR #${target.number}`, error);
    }
    return 'created';
}
function emitAnnotations(annotations) {
    for (const a of annotations) {
        const props = { title: inertLines(plain(a.title)) };
        if (a.file)
            props.file = a.file;
        if (a.startLine !== undefined)
            props.startLine = a.startLine;
        // @actions/core escapes what would end the command; the evidence text in it is shown as
        // one line, with nothing the runner could take for the older `##[` form of a command.
        const message = inertLines(plain(a.message));
        if (a.level === 'error')
            error(message, props);
        else if (a.level === 'warning')
            warning(message, props);
        else
            notice(message, props);
    }
}
function actionReport(outcome, collected, subject) {
    return {
        apiVersion: ACTION_REPORT_VERSION,
        subject,
        decision: outcome.decision,
        trust: collected?.trustSource ?? null,
        policy: collected?.policySource ?? null,
        data: collected?.dataSources ?? [],
        findings: outcome.findings,
        packages: outcome.results.map(r => r.report
            ? { path: r.pkg.repoPath || '.', report: forDisplay(r) }
            : { path: r.pkg.repoPath || '.', error: r.error })
    };
}
/**
 * Writes the report. Synchronous, as the Action's other writes at the end of a run: nothing else
 * runs meanwhile, and each asynchronous file operation is a round trip through libuv's thread
 * pool before the process can end.
 */
function writeReportFile(path$1, report) {
    fs.mkdirSync(path.dirname(path$1), { recursive: true });
    fs.writeFileSync(path$1, `${JSON.stringify(report, null, 2)}\n`);
}
/**
 * Fails as setOutputs would if the outputs file (GITHUB_OUTPUT) cannot be written, without
 * writing an output: the run learns that its outputs will fail before it writes its files, so
 * that the report and SARIF files say error too (a run without outputs is an error).
 */
function checkOutputsWritable() {
    const file = process.env.GITHUB_OUTPUT;
    if (file)
        fs.appendFileSync(file, '');
}
function setOutputs(outcome, reportPath) {
    setOutput('decision', outcome.decision);
    setOutput('maturity', outcome.maturity === undefined ? '' : String(outcome.maturity));
    setOutput('approved-configurations', JSON.stringify(outcome.approved));
    setOutput('excluded-configurations', JSON.stringify(outcome.excluded));
    setOutput('report', reportPath ?? '');
}

/**
 * The Action: inputs -> collect (event) -> runGate per package -> publish. Fails closed: any
 * error ends as decision `error` with one line naming the file and field, never an approval,
 * never a stack trace.
 */
/** The one line a user sees for any error. */
function describeError(error) {
    if (isGateError(error))
        return error.describe();
    const message = messageOf(error);
    return `internal error: ${message.split('\n')[0]}`;
}
function readPayload() {
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path || !fs.existsSync(path))
        return {};
    try {
        const payload = JSON.parse(fs.readFileSync(path, 'utf8'));
        return payload && typeof payload === 'object' ? payload : {};
    }
    catch {
        throw new GateError('PARSE_ERROR', 'the event payload is not JSON', {
            file: 'GITHUB_EVENT_PATH'
        });
    }
}
function subjectOf(eventName, payload) {
    const pr = payload.pull_request;
    const release = payload.release;
    if (pr?.number !== undefined)
        return `PR #${pr.number}`;
    if (release?.tag_name)
        return `release ${release.tag_name}`;
    return eventName || 'workspace';
}
/**
 * On a release: the attestations GitHub holds, from the trust configuration's
 * sigstore.attestationsRepository, else the release's own repository (GITHUB_REPOSITORY).
 */
function releaseAttestations(getClient) {
    const own = process.env.GITHUB_REPOSITORY ?? '';
    return {
        ...(own ? { fallbackRepository: own } : {}),
        open: repository => githubAttestations(getClient, repository, 'sigstore.attestationsRepository')
    };
}
/** The workflow run, from the runner's environment (its deployment approvals are read). */
function runContext() {
    const env = process.env;
    const actor = env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR;
    // A re-run keeps GITHUB_ACTOR (who started the run) and sets GITHUB_TRIGGERING_ACTOR (who
    // re-ran it): both started it, and neither's approval of it counts.
    const authors = [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].filter((a) => !!a);
    return {
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
        ...(actor ? { actor } : {}),
        authors
    };
}
async function run() {
    const runnerTemp = process.env.RUNNER_TEMP || node_os.tmpdir();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    let inputs;
    let client;
    let collected = null;
    let subject = eventName || 'workspace';
    let outcome;
    let tempRoot;
    let report;
    let sarif;
    let prTarget;
    let visibility;
    /** The run's ref and the repository's default branch: what `attest` may sign for. */
    let runRef = { ref: '', defaultBranch: '' };
    // The client (Octokit, undici) is loaded only by runs that call the API.
    const getClient = async () => {
        if (!client) {
            if (!inputs?.token) {
                throw new GateError('USAGE', `a token is required for ${eventName} events`, {
                    field: 'input token'
                });
            }
            const { createClient } = await Promise.resolve().then(function () { return require('./index-github.cjs'); });
            client = createClient({ token: inputs.token, log: message => info(message) });
        }
        return client;
    };
    try {
        inputs = readInputs();
        const places = { workspace, runnerTemp };
        report = outputFile('report', inputs.report || path.join(runnerTemp, 'update-gate-report.json'), inputs, places);
        if (inputs.sarifFile)
            sarif = outputFile('sarif-file', inputs.sarifFile, inputs, places);
        const payload = readPayload();
        subject = subjectOf(eventName, payload);
        visibility = payload.repository?.visibility;
        const defaultBranch = payload.repository
            ?.default_branch;
        runRef = {
            ref: process.env.GITHUB_REF || (typeof payload.ref === 'string' ? payload.ref : ''),
            defaultBranch: typeof defaultBranch === 'string' ? defaultBranch : ''
        };
        const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
        const prNumber = payload.pull_request?.number;
        if (PR_EVENTS.has(eventName) && owner && repo && typeof prNumber === 'number') {
            prTarget = { owner, repo, number: prNumber };
        }
        collected = await collect({
            eventName,
            payload,
            repository: process.env.GITHUB_REPOSITORY ?? '',
            workspace,
            evidence: inputs.evidence,
            trust: inputs.trust,
            policy: inputs.policy,
            data: inputs.data,
            reports: inputs.approvedReports,
            configurationFrom: inputs.configurationFrom,
            // Made only when an event fetches files (a workspace event reads the checkout).
            tempRoot: () => (tempRoot ??= fs.mkdtempSync(path.join(runnerTemp, 'update-gate-'))),
            client: getClient,
            run: runContext()
        });
        if (collected)
            subject = collected.subject;
        const results = [];
        if (collected && collected.packages.length > 0) {
            // Trust, policy and data are loaded and compiled once; each package is then evaluated alone,
            // so one broken package does not hide the others' decisions.
            const gate = await openGate({
                trustFile: collected.trustFile,
                trustLabel: collected.trustSource,
                ...(collected.trustRead ? { trustRead: collected.trustRead } : {}),
                ...(collected.policy
                    ? { policy: collected.policy, policyLabel: collected.policySource }
                    : {}),
                ...(collected.dataFiles.length
                    ? { dataFiles: collected.dataFiles, dataLabels: collected.dataSources }
                    : {}),
                ...(collected.approvedReports?.length
                    ? {
                        approvedReports: collected.approvedReports,
                        ...(collected.approvedReportSources
                            ? { approvedReportLabels: collected.approvedReportSources }
                            : {})
                    }
                    : {})
            });
            for (const pkg of collected.packages) {
                try {
                    let places;
                    const report = await gate.evaluate(pkg.packageDir, {
                        label: pkg.repoPath || '.',
                        ...(inputs.at ? { evaluationTime: inputs.at } : {}),
                        ...(pkg.artifactsDir ? { artifactsDir: pkg.artifactsDir } : {}),
                        ...(collected.change ? { change: collected.change } : {}),
                        ...(pkg.release ? { release: pkg.release } : {}),
                        ...(collected.github ? { github: collected.github } : {}),
                        ...(pkg.release && inputs.fetchAttestations
                            ? { attestations: releaseAttestations(getClient) }
                            : {}),
                        // The annotations' lines, from the index the gate read (not read a second time).
                        onIndexPlaces: found => (places = found)
                    });
                    results.push({ pkg, report, ...(places ? { places } : {}) });
                    logLine(`${pkg.repoPath || '.'}: ${report.result.decision} (maturity ${report.result.maturity.level})`);
                }
                catch (error) {
                    results.push({ pkg, error: describeError(error) });
                    logLine(`${pkg.repoPath || '.'}: error`);
                }
            }
        }
        outcome = combine(results, collected?.findings ?? [], subject);
    }
    catch (error) {
        outcome = {
            ...combine([], [], subject),
            decision: 'error',
            headline: `update-gate: error: ${describeError(error)}`
        };
    }
    // Outputs that will fail make the run an error before any file says otherwise.
    try {
        checkOutputsWritable();
    }
    catch (error) {
        outcome = { ...outcome, ...outputsFailed(error) };
    }
    // The files first: a run whose files cannot be written is an error, and an error is never
    // attested.
    const written = await writeFiles(outcome, collected, subject, { report, sarif });
    const attestError = inputs?.attest.enabled
        ? await attest(outcome, inputs, visibility, runnerTemp, getClient, runRef)
        : undefined;
    await announce(outcome, collected, subject, inputs, { report, written }, prTarget, getClient);
    if (tempRoot) {
        try {
            fs.rmSync(tempRoot, { recursive: true, force: true });
        }
        catch {
            // The runner removes RUNNER_TEMP after the job.
        }
    }
    if (inputs === undefined || failsGate(outcome.decision, inputs.failOn))
        setFailed(outcome.headline);
    else
        logLine(outcome.headline);
    // Never fail open: a summary that could not be signed or stored fails the step; the decision
    // and its outputs stay what the gate decided.
    if (attestError)
        setFailed(attestError);
}
/**
 * `attest: true`: when the run's decision is approve or conditional and passes `fail-on` (never
 * when a package was rejected or errored, or the change was flagged), each package's verification summary is signed
 * keyless and stored as a GitHub attestation (src/action/attest.ts, loaded only then). Returns
 * the error line, if any; the `attestations` output lists what was stored.
 */
async function attest(outcome, inputs, visibility, runnerTemp, getClient, runRef) {
    setOutput('attestations', '[]');
    // Only a decision that passes the gate: approve or conditional, and not one `fail-on` fails.
    if ((outcome.decision !== 'approve' && outcome.decision !== 'conditional') ||
        failsGate(outcome.decision, inputs.failOn)) {
        info(`update-gate: attest: nothing to attest (decision ${outcome.decision}, fail-on ${inputs.failOn})`);
        return undefined;
    }
    // The signature names the workflow and the ref it ran on; a run on any branch (a
    // workflow_dispatch of a pushed branch, with its own trust file) is not a gate worth trusting.
    const refused = refusedRef(runRef);
    if (refused) {
        const line = `update-gate: attest: ${refused} (the decision is unchanged: ${outcome.decision})`;
        error(line);
        return line;
    }
    try {
        const { attestReports, endpointsFor } = await Promise.resolve().then(function () { return require('./index-attest.cjs'); });
        const attested = await attestReports(outcome.results.flatMap(r => r.report ? [{ label: r.pkg.repoPath || '.', report: r.report }] : []), {
            client: await getClient(),
            repository: process.env.GITHUB_REPOSITORY ?? '',
            endpoints: endpointsFor(inputs.attest, visibility, process.env.GITHUB_SERVER_URL ?? ''),
            outDir: path.join(runnerTemp, 'update-gate-attestations')
        });
        setOutput('attestations', JSON.stringify(attested));
        return undefined;
    }
    catch (error$1) {
        const line = `update-gate: attest: ${describeError(error$1)} (the decision is unchanged: ${outcome.decision})`;
        error(line);
        return line;
    }
}
/**
 * Why a run on `ref` may not attest, or undefined when it may: only a run on the repository's
 * default branch or on a tag signs a summary (docs/action.md, "attest: true").
 */
function refusedRef(runRef) {
    const { ref, defaultBranch } = runRef;
    if (ref.startsWith('refs/tags/') && ref.length > 'refs/tags/'.length)
        return undefined;
    if (!defaultBranch) {
        return 'refusing to attest: the event payload has no repository.default_branch, so the run cannot be shown to be on it';
    }
    if (ref === `refs/heads/${defaultBranch}`)
        return undefined;
    return `refusing to attest a run on ${ref || 'no ref (GITHUB_REF is unset)'}: expected refs/heads/${defaultBranch} (the default branch) or a tag, whose trust configuration and workflow are the reviewed ones`;
}
/**
 * Writes the files asked for (`sarif-file`, then `report`). A file that cannot be written makes
 * the run an error: a later step would read nothing, or an old file, where it expects this run's
 * decision. Every file then says so: the files after it are written with the error, and one
 * written before it, holding the gate's own decision, is written again, or removed when that
 * fails too.
 */
async function writeFiles(outcome, collected, subject, files) {
    let failed = false;
    // The error shown: one that ended the run before any package was decided, or a file not written.
    const errorLine = () => failed || (outcome.decision === 'error' && outcome.results.length === 0)
        ? outcome.headline
        : undefined;
    const writeReport = (path) => {
        const error = errorLine();
        writeReportFile(path, {
            ...actionReport(outcome, collected, subject),
            ...(error ? { error } : {})
        });
    };
    const targets = [
        { file: files.sarif, write: (path) => writeSarifFile(path, outcome) },
        { file: files.report, write: writeReport }
    ].flatMap(({ file, write }) => (file ? [{ file, write }] : []));
    const written = [];
    for (const target of targets) {
        try {
            await target.write(target.file.path);
            written.push(target);
        }
        catch (error$1) {
            const line = new GateError('FILE_UNREADABLE', `cannot be written: ${osReason(error$1) ?? describeError(error$1)}`, { file: target.file.given, field: `input ${target.file.input}` }).describe();
            if (failed) {
                error(`update-gate: error: ${line}`);
                continue;
            }
            failed = true;
            outcome.decision = 'error';
            outcome.maturity = undefined;
            outcome.headline = `update-gate: error: ${line}`;
            // Written before with the gate's own decision: written again with the error, or removed.
            for (const before of written.splice(0)) {
                try {
                    await before.write(before.file.path);
                    written.push(before);
                }
                catch {
                    try {
                        fs.rmSync(before.file.path, { force: true });
                    }
                    catch {
                        // Neither: the error line still names the file that failed.
                    }
                }
            }
        }
    }
    return {
        wroteReport: written.some(t => t.file === files.report),
        errorLine: errorLine()
    };
}
/** What a run whose outputs cannot be written becomes. */
const outputsFailed = (error) => ({
    decision: 'error',
    maturity: undefined,
    headline: `update-gate: error: outputs not written: ${describeError(error)}`
});
/** Tells the run's decision: outputs, annotations, job summary, PR comment. */
async function announce(outcome, collected, subject, inputs, files, target, getClient) {
    const { errorLine, wroteReport } = files.written;
    try {
        setOutputs(outcome, wroteReport ? files.report?.path : undefined);
    }
    catch (error$1) {
        // Without outputs, later steps cannot see the decision: that is an error, not a pass.
        // (Rare: checkOutputsWritable found the file writable before the files were written.)
        Object.assign(outcome, outputsFailed(error$1));
        error(outcome.headline);
    }
    const markdown = composeMarkdown(outcome, collected, subject, false, errorLine);
    try {
        emitAnnotations(annotationsFor(outcome.results, outcome.findings));
    }
    catch (error) {
        warning(`update-gate: annotations not written: ${describeError(error)}`);
    }
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) {
        try {
            // Appended as @actions/core's summary.addRaw(markdown).write() appends it, synchronously.
            fs.appendFileSync(summaryFile, markdown);
        }
        catch (error) {
            warning(`update-gate: job summary not written: ${describeError(error)}`);
        }
    }
    if (target && inputs?.comment) {
        try {
            const body = composeComment(outcome, collected, subject, errorLine);
            const done = await upsertStickyComment(await getClient(), target, body, outcome.decision === 'none');
            info(`update-gate: PR comment ${done}`);
        }
        catch (error) {
            warning(`update-gate: the PR comment was not posted (${describeError(error)}); the decision is unchanged`);
        }
    }
}

/**
 * The guard of a whole run (the CLI's and the Action's entry points, never a library call)
 * against ending in silence: when Node's event loop empties while the run still waits on
 * something that will never settle (a promise nothing resolves, work V8 did not keep the loop
 * alive for), Node would exit with code 0 and no output, which a workflow reads as success.
 * `beforeExit` is emitted only then (the entry points end with process.exit, which skips it), so
 * the run fails with `code` and one line saying no decision was made. `write` writes
 * synchronously (src/shared/stdio.ts): the line is out before the process exits.
 */
function failIfDrained(code, write) {
    process.once('beforeExit', () => {
        write('internal error: the run ended with work still pending, before any decision');
        process.exit(code);
    });
}

/** GitHub Action entry point (dist/index.js). Everything lives in src/action and src/collect. */
const errorLine = (text) => writeAllSync(1, `::error::update-gate: ${text}\n`);
failIfDrained(1, errorLine);
run()
    .catch((error) => {
    // run() handles its own errors; this is the last guard: one line, no stack, a failed step.
    errorLine(`internal error: ${messageOf(error).split('\n')[0]}`);
    process.exitCode = 1;
})
    // Everything it wrote is out (src/shared/stdio.ts, @actions/core's writes included:
    // rollup.config.js); `exit` handlers still run (the code cache, src/boot/code-cache.ts).
    .then(() => process.exit(Number(process.exitCode ?? 0)), () => process.exit(1));

exports.DECISION_ENTRYPOINT = DECISION_ENTRYPOINT;
exports.DEFAULT_FIELDS = DEFAULT_FIELDS;
exports.EVALUATION_ENTRYPOINT = EVALUATION_ENTRYPOINT;
exports.GateError = GateError;
exports.IN_TOTO_PAYLOAD_TYPE = IN_TOTO_PAYLOAD_TYPE;
exports.IN_TOTO_STATEMENT_V1 = IN_TOTO_STATEMENT_V1;
exports.OPENPGP_SIGNATURE = OPENPGP_SIGNATURE;
exports.PUBLIC_GOOD_FULCIO_URL = PUBLIC_GOOD_FULCIO_URL;
exports.PUBLIC_GOOD_REKOR_URL = PUBLIC_GOOD_REKOR_URL;
exports.api = api;
exports.builtInPolicyDir = builtInPolicyDir;
exports.checkContributions = checkContributions;
exports.checkOutput = checkOutput;
exports.clip = clip;
exports.commonjsGlobal = commonjsGlobal;
exports.distFile = distFile;
exports.getAugmentedNamespace = getAugmentedNamespace;
exports.getDefaultExportFromCjs = getDefaultExportFromCjs;
exports.isBuiltInRoot = isBuiltInRoot;
exports.logLine = logLine;
exports.memoryFor = memoryFor;
exports.messageOf = messageOf;
exports.mkdir = mkdir;
exports.requireBase64Fields = requireBase64Fields;
exports.requireConstants = requireConstants;
exports.requireDebug = requireDebug;
exports.requireIdentifiers = requireIdentifiers;
exports.requireParseOptions = requireParseOptions;
exports.requireRe = requireRe;
exports.requireSemver = requireSemver;
exports.setSecret = setSecret;
exports.unverified = unverified;
exports.uriOf = uriOf;
exports.utcTimestamp = utcTimestamp;
exports.utcTimestampsInOrder = utcTimestampsInOrder;
exports.validateOrThrow = validateOrThrow;
exports.writeFile = writeFile;
})
