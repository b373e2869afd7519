import * as os from 'os';
import os__default, { EOL } from 'os';
import * as crypto from 'crypto';
import * as fs from 'fs';
import { promises, constants } from 'fs';
import 'path';
import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import { createWriteStream, existsSync, createReadStream, readFileSync } from 'node:fs';
import { mkdir as mkdir$1, readFile, mkdtemp, realpath, lstat as lstat$1, readdir as readdir$1, stat as stat$1, rm as rm$1, open as open$1, writeFile as writeFile$1 } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { dirname, posix, join, relative, isAbsolute, resolve, sep } from 'node:path';
import { G as GateError, d as distExports, D as DECISION_ENTRYPOINT, p as parseYaml, a as decodeUtf8, v as validateOrThrow, c as compileModule, i as instantiatePolicy, m as messageOf, b as checkOutput, n as normaliseTimestamp, e as normaliseOptionalTimestamp, f as parseJson, g as DEFAULT_MAX_ALIAS_COUNT, h as isGateError } from './index-wasm-policy.js';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { Transform, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import './index-_commonjsHelpers.js';
import 'process';
import 'buffer';

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
    process.stdout.write(cmd.toString() + os.EOL);
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
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
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
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
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

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { access, appendFile, writeFile } = promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, constants.R_OK | constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
const summary = _summary;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
// export const {open} = 'fs'
process.platform === 'win32';
fs.constants.O_RDONLY;

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
os__default.platform();
os__default.arch();

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
    process.stdout.write(os.EOL);
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
    process.stdout.write(message + os.EOL);
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
    return new RegExp(`^${out}$`);
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
 * Streaming downloads from the GitHub API to disk: bytes go to the file as they arrive, a
 * SHA-256 is computed on the way, and a size bound stops hostile or runaway responses.
 */
/** Writes a response body (web stream) to `file`, hashing it; fails past `maxBytes`. */
async function streamToFile(body, file, maxBytes, label) {
    if (!body || typeof body.getReader !== 'function') {
        throw new GateError('GITHUB_API', `download of ${label} returned no body`);
    }
    await mkdir$1(dirname(file), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
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
    try {
        await pipeline(Readable.fromWeb(body), meter, createWriteStream(file));
    }
    catch (error) {
        if (error instanceof GateError)
            throw error;
        const name = error?.name;
        const reason = name === 'TimeoutError' || name === 'AbortError' ? 'timed out' : 'failed';
        throw new GateError('GITHUB_API', `download of ${label} ${reason}`);
    }
    return { file, size, sha256: hash.digest('hex') };
}

/** The HTTP status of an Octokit error, when it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
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
const repoJoin = (...parts) => posix
    .normalize(parts.filter(Boolean).join('/'))
    .replace(/^\.\/?$/, '')
    .replace(/\/+$/, '');
const contentsPath = (path) => path.split('/').map(encodeURIComponent).join('/');
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
/** Lists one directory; null when it does not exist (or is a file). */
async function listDir(client, at, path) {
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
        throw apiError(`listing ${path || '/'} at ${at.ref}`, error);
    }
    if (!Array.isArray(data))
        return null;
    return data.map((entry) => ({
        type: String(entry.type),
        name: String(entry.name),
        path: String(entry.path),
        size: Number(entry.size ?? 0)
    }));
}
/**
 * Mirrors a directory of the repository (an evidence package) into `destDir`.
 * Returns the repository paths written and the ones skipped (symlinks, submodules).
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
            throw new GateError('FILE_NOT_FOUND', `directory not found at ${at.ref}`, {
                file: repoJoin(dir, sub)
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
                const got = await fetchFile(client, at, full, join(destDir, ...rel.split('/')));
                if (!got)
                    throw new GateError('FILE_NOT_FOUND', `listed but not readable at ${at.ref}`, {
                        file: full
                    });
                total += got.size;
                if (total > LIMITS.packageBytes) {
                    throw new GateError('FILE_TOO_LARGE', `package larger than ${LIMITS.packageBytes} bytes`, { file: dir });
                }
                files.push(full);
            }
            else {
                skipped.push(full);
            }
        }
    };
    await walk('', 0);
    return { files, skipped };
}
/** Pages through a list endpoint, with a bound on the number of items. */
async function paginateAll(client, route, params, what, maxItems = 10_000) {
    return api(what, async () => {
        const items = [];
        for await (const page of client.paginate.iterator(route, { ...params, per_page: 100 })) {
            items.push(...page.data);
            if (items.length > maxItems)
                throw new GateError('GITHUB_API', `${what}: more than ${maxItems} items`);
        }
        return items;
    });
}

/**
 * The trust configuration is owned by whoever runs the gate: on a PR it is read from the base
 * commit, on a release from the default branch, always through the API into its own temp dir
 * (never from the change under review). Key files it names (`publicKeyFile`, relative to the
 * trust file) come along from the same commit.
 */
/** `publicKeyFile` values of a trust document, as repository paths; unsafe ones are dropped. */
function keyFilesOf(trustText, trustPath) {
    let doc;
    try {
        doc = distExports.parse(trustText, { maxAliasCount: 50, uniqueKeys: true });
    }
    catch {
        return []; // the load stage reports the parse error with its location
    }
    const keys = doc?.keys;
    if (!Array.isArray(keys))
        return [];
    const dir = posix.dirname(trustPath);
    const out = [];
    for (const key of keys.slice(0, 1000)) {
        const file = key?.publicKeyFile;
        if (typeof file !== 'string' || !isSafeRepoPath(file))
            continue;
        const full = posix.normalize(dir === '.' ? file : `${dir}/${file}`);
        if (isSafeRepoPath(full))
            out.push(full);
    }
    return [...new Set(out)];
}
async function fetchTrust(client, at, trustPath, destDir) {
    if (!isSafeRepoPath(trustPath)) {
        throw new GateError('PATH_OUTSIDE_ROOT', 'the trust path must be relative to the repository root', {
            file: trustPath,
            field: 'input trust'
        });
    }
    const local = (p) => join(destDir, ...p.split('/'));
    const got = await fetchFile(client, at, trustPath, local(trustPath));
    if (!got) {
        throw new GateError('FILE_NOT_FOUND', `trust configuration not found at ${at.ref.slice(0, 12)}`, {
            file: trustPath,
            field: 'input trust'
        });
    }
    const keyFiles = keyFilesOf(await readFile(local(trustPath), 'utf8'), trustPath);
    for (const keyFile of keyFiles) {
        // A missing key file is left to the load stage, which names the field that points to it.
        await fetchFile(client, at, keyFile, local(keyFile));
    }
    return { file: local(trustPath), repoPaths: [trustPath, ...keyFiles] };
}
/**
 * A policy named by path (a bundle.tar.gz, a .wasm, or a directory of Rego), read from the
 * same trusted commit as the trust configuration.
 */
async function fetchPolicy(client, at, policyPath, destDir) {
    const path = policyPath.replace(/\/+$/, '');
    if (!isSafeRepoPath(path)) {
        throw new GateError('PATH_OUTSIDE_ROOT', 'the policy path must be relative to the repository root', {
            file: policyPath,
            field: 'input policy'
        });
    }
    const local = join(destDir, ...path.split('/'));
    if (await listDir(client, at, path)) {
        await fetchDirectory(client, at, path, local);
        return { local, repoPath: path, isDirectory: true };
    }
    if (await fetchFile(client, at, path, local, 64 * 1024 * 1024)) {
        return { local, repoPath: path, isDirectory: false };
    }
    throw new GateError('FILE_NOT_FOUND', `policy not found at ${at.ref.slice(0, 12)}`, {
        file: path,
        field: 'input policy'
    });
}
/**
 * Data files (the `data` input) merged into the policy's data document, read from the same
 * trusted commit as the trust configuration and the policy. Order is kept: later files win.
 */
async function fetchDataFiles(client, at, dataPaths, destDir) {
    const out = [];
    const fetched = new Set();
    for (const path of dataPaths) {
        if (!isSafeRepoPath(path)) {
            throw new GateError('PATH_OUTSIDE_ROOT', 'a data file path must be relative to the repository root', { file: path, field: 'input data' });
        }
        const local = join(destDir, ...path.split('/'));
        if (!fetched.has(path)) {
            if (!(await fetchFile(client, at, path, local))) {
                throw new GateError('FILE_NOT_FOUND', `data file not found at ${at.ref.slice(0, 12)}`, {
                    file: path,
                    field: 'input data'
                });
            }
            fetched.add(path);
        }
        out.push({ local, repoPath: path });
    }
    return out;
}
/** Whether a changed repository path is part of the gate's configuration. */
function touchesConfiguration(changed, trust, policy, data = []) {
    if (trust.repoPaths.includes(changed))
        return true;
    if (data.some(d => d.repoPath === changed))
        return true;
    if (!policy)
        return false;
    return policy.isDirectory
        ? changed.startsWith(`${policy.repoPath}/`)
        : changed === policy.repoPath;
}

/** The layout of an evidence package (docs/evidence-format.md). */
/** The index every package directory (or release) holds; the collect and load stages look for it. */
const INDEX_FILE = 'update-evidence.yaml';

/**
 * pull_request / pull_request_target: which evidence packages does the PR add or change?
 *
 * - The changed files come from the API (`pulls.listFiles`, every page; renamed files count
 *   under both names, removed files mark their package as changed).
 * - A package is the nearest directory above a changed file that holds update-evidence.yaml at
 *   the PR head; `evidence` (globs) narrows which directories count.
 * - Package files are fetched from the head commit through the contents API, never from a
 *   checkout, so the workflow need not (and under pull_request_target must not) check out the
 *   PR. The trust configuration comes from the base commit into a separate temp dir.
 * - A PR that edits the trust configuration (or a key file it names, the policy or a data
 *   file) gets a violation: that
 *   change needs its own review and cannot pass the gate in the same PR.
 */
/** The API returns at most 3000 files for a PR; more cannot be judged. */
const MAX_PR_FILES = 3000;
const MAX_CANDIDATE_DIRS = 500;
const ancestors = (path) => {
    const out = [];
    let dir = posix.dirname(path);
    for (;;) {
        out.push(dir === '.' ? '' : dir);
        if (dir === '.' || dir === '/' || dir === '')
            break;
        dir = posix.dirname(dir);
    }
    return out;
};
async function collectPullRequest(client, payload, options) {
    const pr = payload.pull_request;
    if (!pr || typeof pr.number !== 'number' || !pr.head?.sha || !pr.base?.sha) {
        throw new GateError('USAGE', 'the event payload has no pull_request with head and base', {
            file: 'GITHUB_EVENT_PATH',
            field: 'pull_request'
        });
    }
    const base = { owner: options.owner, repo: options.repo, ref: pr.base.sha };
    // The head commit is readable from the head repository; when a fork is gone, the base
    // repository still serves it (refs/pull/N/head).
    const head = pr.head.repo
        ? { owner: pr.head.repo.owner.login, repo: pr.head.repo.name, ref: pr.head.sha }
        : { owner: options.owner, repo: options.repo, ref: pr.head.sha };
    const files = await paginateAll(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: options.owner, repo: options.repo, pull_number: pr.number }, `listing the files of PR #${pr.number}`, MAX_PR_FILES);
    const changed = new Set();
    for (const f of files) {
        changed.add(f.filename);
        if (f.previous_filename)
            changed.add(f.previous_filename);
    }
    const tempRoot = options.tempRoot ?? process.env.RUNNER_TEMP ?? tmpdir();
    const trustDir = await mkdtemp(join(tempRoot, 'update-gate-trust-'));
    const findings = [];
    const trust = await fetchTrust(client, base, options.trust, trustDir);
    let policy;
    if (options.policy !== 'builtin') {
        policy = await fetchPolicy(client, base, options.policy, await mkdtemp(join(tempRoot, 'update-gate-policy-')));
    }
    let data = [];
    if (options.data?.length) {
        data = await fetchDataFiles(client, base, options.data, await mkdtemp(join(tempRoot, 'update-gate-data-')));
    }
    const configurationChanged = [...changed]
        .filter(p => touchesConfiguration(p, trust, policy, data))
        .sort();
    for (const p of configurationChanged) {
        findings.push({
            rule: 'gate.trust_changed',
            severity: 'violation',
            message: `This PR changes ${p}, part of the gate configuration (trust, policy or data) that judges it. That change needs its own review and cannot pass the gate in the same PR; the evidence was judged with the base commit's version.`,
            file: p
        });
    }
    // Nearest ancestor directory holding the index at the head, for every changed path.
    const patterns = splitPatterns(options.evidence || '**');
    const hasIndex = new Map();
    const dirHasIndex = (dir) => {
        let known = hasIndex.get(dir);
        if (!known) {
            if (hasIndex.size >= MAX_CANDIDATE_DIRS) {
                throw new GateError('GITHUB_API', `PR #${pr.number} touches more than ${MAX_CANDIDATE_DIRS} directories`);
            }
            known = listDir(client, head, dir).then(entries => Boolean(entries?.some(e => e.name === INDEX_FILE && e.type === 'file')));
            hasIndex.set(dir, known);
        }
        return known;
    };
    const packageDirs = new Set();
    const removedPackages = [];
    for (const path of [...changed].sort()) {
        if (!isSafeRepoPath(path))
            continue;
        for (const dir of ancestors(path)) {
            if (!matchesAny(dir, patterns))
                continue;
            if (await dirHasIndex(dir)) {
                packageDirs.add(dir);
                break;
            }
        }
        if (posix.basename(path) === INDEX_FILE &&
            files.some(f => f.filename === path && f.status === 'removed')) {
            removedPackages.push(posix.dirname(path) === '.' ? '' : posix.dirname(path));
        }
    }
    for (const dir of removedPackages) {
        if (!packageDirs.has(dir)) {
            findings.push({
                rule: 'gate.package_removed',
                severity: 'info',
                message: `This PR removes the evidence package ${dir || '(repository root)'}; there is nothing to evaluate for it.`,
                file: dir ? `${dir}/${INDEX_FILE}` : INDEX_FILE
            });
        }
    }
    const packages = [];
    for (const dir of [...packageDirs].sort()) {
        const dest = await mkdtemp(join(tempRoot, 'update-gate-pkg-'));
        const got = await fetchDirectory(client, head, dir, dest);
        for (const skipped of got.skipped) {
            findings.push({
                rule: 'gate.entry_skipped',
                severity: 'warning',
                message: `${skipped} is a symlink or submodule; it was not followed.`,
                file: skipped
            });
        }
        packages.push({ repoPath: dir, packageDir: dest, inRepository: true });
    }
    return {
        source: 'pull_request',
        subject: `PR #${pr.number} (${pr.head.sha.slice(0, 7)})`,
        packages,
        trustFile: trust.file,
        trustSource: `${options.trust} at base ${pr.base.sha.slice(0, 7)}`,
        ...(policy ? { policy: policy.local } : {}),
        policySource: policy ? `${policy.repoPath} at base ${pr.base.sha.slice(0, 7)}` : 'built-in',
        dataFiles: data.map(d => d.local),
        dataSources: data.map(d => `${d.repoPath} at base ${pr.base.sha.slice(0, 7)}`),
        change: {
            event: String(payload.action ? `pull_request.${String(payload.action)}` : 'pull_request'),
            gateConfigurationChanged: configurationChanged
        },
        findings,
        pullRequest: { owner: options.owner, repo: options.repo, number: pr.number }
    };
}

/**
 * release (published, created, prereleased): the release's assets are the artifacts under
 * review. Each is downloaded streaming to disk and digested on the way; when GitHub reports a
 * `digest` for the asset, the bytes must match it (else the run is an error: the download is
 * not what GitHub holds). The evidence package is the `evidence` directory of the repository at
 * the release tag, or, when `evidence` is empty, the assets themselves (a flat package with
 * update-evidence.yaml among them). The trust configuration comes from the default branch,
 * never from the tag under review.
 */
const ASSET_LIMITS = {
    count: 200,
    bytes: 4 * 1024 * 1024 * 1024,
    /** Per asset download, covering the whole body. */
    timeoutMs: 15 * 60 * 1000
};
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
    const got = await streamToFile(response.data, join(dir, asset.name), ASSET_LIMITS.bytes, `release asset ${asset.name}`);
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
async function collectRelease(client, payload, options) {
    const release = payload.release;
    if (!release || typeof release.id !== 'number' || typeof release.tag_name !== 'string') {
        throw new GateError('USAGE', 'the event payload has no release with id and tag_name', {
            file: 'GITHUB_EVENT_PATH',
            field: 'release'
        });
    }
    const tempRoot = options.tempRoot ?? process.env.RUNNER_TEMP ?? tmpdir();
    const trustDir = await mkdtemp(join(tempRoot, 'update-gate-trust-'));
    const assetsDir = await mkdtemp(join(tempRoot, 'update-gate-assets-'));
    const trustAt = { owner: options.owner, repo: options.repo, ref: options.defaultBranch };
    const trust = await fetchTrust(client, trustAt, options.trust, trustDir);
    const policy = options.policy === 'builtin'
        ? undefined
        : await fetchPolicy(client, trustAt, options.policy, await mkdtemp(join(tempRoot, 'update-gate-policy-')));
    const data = options.data?.length
        ? await fetchDataFiles(client, trustAt, options.data, await mkdtemp(join(tempRoot, 'update-gate-data-')))
        : [];
    // The payload's asset list can be stale; the API's is authoritative.
    const assets = await paginateAll(client, 'GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner: options.owner, repo: options.repo, release_id: release.id }, `listing the assets of release ${release.tag_name}`, ASSET_LIMITS.count);
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
    for (const asset of assets)
        await downloadAsset(client, options.owner, options.repo, asset, assetsDir);
    let pkg;
    if (options.evidence) {
        const dir = repoJoin(options.evidence);
        if (isGlob(options.evidence) || (dir !== '' && !isSafeRepoPath(dir))) {
            throw new GateError('USAGE', 'on a release, evidence must be one directory of the repository', {
                field: 'input evidence'
            });
        }
        const dest = await mkdtemp(join(tempRoot, 'update-gate-pkg-'));
        const at = { owner: options.owner, repo: options.repo, ref: release.tag_name };
        await fetchDirectory(client, at, dir, dest);
        pkg = { repoPath: dir, packageDir: dest, artifactsDir: assetsDir, inRepository: true };
    }
    else if (names.has(INDEX_FILE)) {
        await mkdir$1(assetsDir, { recursive: true });
        pkg = {
            repoPath: `release ${release.tag_name} assets`,
            packageDir: assetsDir,
            artifactsDir: assetsDir,
            inRepository: false
        };
    }
    else {
        throw new GateError('FILE_NOT_FOUND', `release ${release.tag_name} has no ${INDEX_FILE} asset; set the evidence input to the package directory`, { field: 'input evidence' });
    }
    return {
        source: 'release',
        subject: `release ${release.tag_name}`,
        packages: [pkg],
        trustFile: trust.file,
        trustSource: `${options.trust} on ${options.defaultBranch}`,
        ...(policy ? { policy: policy.local } : {}),
        policySource: policy ? `${policy.repoPath} on ${options.defaultBranch}` : 'built-in',
        dataFiles: data.map(d => d.local),
        dataSources: data.map(d => `${d.repoPath} on ${options.defaultBranch}`),
        findings: []
    };
}

/**
 * push, workflow_dispatch and any other event: the evidence is in the checked-out workspace
 * (GITHUB_WORKSPACE). `evidence` is a package directory or glob(s) relative to it; empty means
 * every directory holding update-evidence.yaml. The trust file is read from the workspace too:
 * on these events the checkout is the code the repository owner runs, not a change under review.
 */
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_DIRS = 20_000;
const MAX_DEPTH = 12;
const toPosix = (p) => p.split(sep).join('/');
async function insideWorkspace(root, path, field) {
    if (isAbsolute(path) && !path.startsWith(root)) {
        throw new GateError('PATH_OUTSIDE_ROOT', 'must be inside the workspace', { file: path, field });
    }
    const full = resolve(root, path);
    let real;
    try {
        real = await realpath(full);
    }
    catch {
        throw new GateError('FILE_NOT_FOUND', 'not found in the workspace', { file: path, field });
    }
    const rel = relative(root, real);
    if (rel.startsWith('..') || isAbsolute(rel)) {
        throw new GateError('PATH_OUTSIDE_ROOT', 'resolves outside the workspace', {
            file: path,
            field
        });
    }
    return real;
}
async function findPackages(root, patterns) {
    const found = [];
    let seen = 0;
    const walk = async (dir, depth) => {
        if (++seen > MAX_DIRS || depth > MAX_DEPTH)
            return;
        const entries = await readdir$1(dir, { withFileTypes: true });
        const rel = toPosix(relative(root, dir));
        if (entries.some(e => e.isFile() && e.name === INDEX_FILE) && matchesAny(rel, patterns))
            found.push(rel);
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (e.isDirectory() && !SKIP_DIRS.has(e.name))
                await walk(join(dir, e.name), depth + 1);
        }
    };
    await walk(root, 0);
    return found;
}
async function collectWorkspace(options) {
    const root = await realpath(options.workspace).catch(() => {
        throw new GateError('FILE_NOT_FOUND', 'workspace directory not found', {
            file: options.workspace,
            field: 'GITHUB_WORKSPACE'
        });
    });
    const trustFile = await insideWorkspace(root, options.trust, 'input trust');
    if (!(await lstat$1(trustFile)).isFile()) {
        throw new GateError('FILE_NOT_FOUND', 'not a file', {
            file: options.trust,
            field: 'input trust'
        });
    }
    const policy = options.policy === 'builtin'
        ? undefined
        : await insideWorkspace(root, options.policy, 'input policy');
    const dataFiles = [];
    for (const path of options.data ?? []) {
        const file = await insideWorkspace(root, path, 'input data');
        if (!(await lstat$1(file)).isFile()) {
            throw new GateError('FILE_NOT_FOUND', 'not a file', { file: path, field: 'input data' });
        }
        dataFiles.push(file);
    }
    const patterns = splitPatterns(options.evidence || '**');
    let dirs;
    if (patterns.length === 1 && !isGlob(patterns[0])) {
        const dir = await insideWorkspace(root, patterns[0], 'input evidence');
        dirs = [toPosix(relative(root, dir))];
    }
    else {
        dirs = await findPackages(root, patterns);
        if (dirs.length === 0) {
            throw new GateError('FILE_NOT_FOUND', `no directory holding ${INDEX_FILE} matches "${patterns.join(', ')}"`, {
                field: 'input evidence'
            });
        }
    }
    const packages = dirs.map(dir => ({
        repoPath: dir,
        packageDir: dir ? join(root, ...dir.split('/')) : root,
        inRepository: true
    }));
    return {
        source: 'workspace',
        subject: 'workspace',
        packages,
        trustFile,
        trustSource: `${toPosix(relative(root, trustFile))} in the workspace`,
        ...(policy ? { policy } : {}),
        policySource: policy ? `${toPosix(relative(root, policy))} in the workspace` : 'built-in',
        dataFiles,
        dataSources: dataFiles.map(f => `${toPosix(relative(root, f))} in the workspace`),
        findings: []
    };
}

/**
 * The collect stage for the Action: turn the triggering event into local directories holding
 * each evidence package and the trust configuration (see docs/action.md, "Where files come from").
 */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const RELEASE_EVENTS = new Set(['release']);
/** Release actions after which there are no assets left to gate. */
const RELEASE_GONE = new Set(['deleted', 'unpublished']);
/** null: the event has nothing to gate (e.g. a deleted release). */
async function collect(request) {
    const [owner, repo] = request.repository.split('/');
    const needRepo = () => {
        if (!owner || !repo) {
            throw new GateError('USAGE', `expected owner/repo, got "${request.repository}"`, {
                field: 'GITHUB_REPOSITORY'
            });
        }
        return { owner, repo };
    };
    if (PR_EVENTS.has(request.eventName)) {
        return collectPullRequest(await request.client(), request.payload, {
            ...needRepo(),
            evidence: request.evidence,
            trust: request.trust,
            policy: request.policy,
            data: request.data,
            tempRoot: request.tempRoot
        });
    }
    if (RELEASE_EVENTS.has(request.eventName)) {
        if (RELEASE_GONE.has(String(request.payload.action)))
            return null;
        const defaultBranch = request.payload.repository
            ?.default_branch;
        if (typeof defaultBranch !== 'string' || !defaultBranch) {
            throw new GateError('USAGE', 'the release event has no repository.default_branch', {
                file: 'GITHUB_EVENT_PATH',
                field: 'repository.default_branch'
            });
        }
        return collectRelease(await request.client(), request.payload, {
            ...needRepo(),
            evidence: request.evidence,
            trust: request.trust,
            policy: request.policy,
            data: request.data,
            defaultBranch,
            tempRoot: request.tempRoot
        });
    }
    return collectWorkspace({
        workspace: request.workspace,
        evidence: request.evidence,
        trust: request.trust,
        policy: request.policy,
        data: request.data
    });
}

/** The built-in policy shipped in dist/policy: where it is and how it is read. */
/**
 * dist/policy/ beside the bundled entry points; run from sources (or compiled sources), the
 * nearest dist/policy/ up the tree.
 */
function builtInPolicyDir() {
    const here = dirname(fileURLToPath(import.meta.url));
    const candidates = [join(here, 'policy')];
    for (let dir = here; dirname(dir) !== dir; dir = dirname(dir))
        candidates.push(join(dir, 'dist', 'policy'));
    const found = candidates.find(dir => existsSync(join(dir, 'policy.wasm')));
    if (!found) {
        throw new GateError('POLICY_LOAD', `the built-in policy is missing (no policy.wasm in ${here}/policy or any dist/policy above it); run npm run build`);
    }
    return found;
}
async function readBuiltInPolicy() {
    const dir = builtInPolicyDir();
    const wasm = await readFile(join(dir, 'policy.wasm'));
    const dataFile = join(dir, 'data.json');
    const data = existsSync(dataFile)
        ? JSON.parse(await readFile(dataFile, 'utf8'))
        : {};
    return { name: 'built-in', wasm, data, builtIn: true };
}

/** Reading an `opa build -t wasm` bundle (bundle.tar.gz): its policy.wasm and data.json. */
const MAX_WASM_BYTES = 64 * 1024 * 1024;
const MAX_DATA_BYTES = 16 * 1024 * 1024;
/** Reads policy.wasm and data.json out of an `opa build -t wasm` bundle. */
async function readWasmBundle(file) {
    const files = new Map();
    // Only prebuilt bundles need tar and gzip: loaded here, not at start-up.
    const [{ extract }, { createGunzip }] = await Promise.all([
        import('./index-index.js').then(function (n) { return n.i; }),
        import('node:zlib')
    ]);
    const entries = extract();
    const reading = (async () => {
        for await (const entry of entries) {
            const name = entry.header.name.replace(/^\.?\/+/, '');
            const limit = name === 'policy.wasm' ? MAX_WASM_BYTES : MAX_DATA_BYTES;
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
    try {
        await Promise.all([pipeline(createReadStream(file), createGunzip(), entries), reading]);
    }
    catch (error) {
        if (error instanceof GateError)
            throw error;
        throw new GateError('POLICY_LOAD', `not an OPA bundle (gzipped tar): ${error.message}`, { file });
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
    return { name: file, wasm, data };
}

/**
 * The opa subprocess, for the authoring tools only (`policy build`, `policy test`, a Rego
 * directory given as `--policy`): how it is run, and its failures turned into GateErrors once.
 */
const OPA_TIMEOUT_MS = 120_000;
const INSTALL_OPA = 'install opa v1.22.3 (in a workflow: open-policy-agent/setup-opa; elsewhere: go install github.com/open-policy-agent/opa@v1.22.3)';
const OPA_INSTALL_HINT = `${INSTALL_OPA}, or prebuild the policy with \`update-gate policy build <dir>\` and pass the bundle.tar.gz`;
function execOpa(args, timeout) {
    return new Promise((resolvePromise, reject) => {
        // env: this realm's process.env (a test runner may give the module its own copy).
        const options = { timeout, maxBuffer: 16 * 1024 * 1024, env: process.env };
        execFile('opa', args, options, (error, stdout, stderr) => {
            if (error)
                reject(Object.assign(error, { stdout, stderr }));
            else
                resolvePromise({ stdout, stderr, code: 0 });
        });
    });
}
/** Runs opa, turning a missing binary, a time-out or a refusal into a POLICY_BUILD GateError. */
async function runOpa(args, options) {
    const timeout = options.timeoutMs ?? OPA_TIMEOUT_MS;
    try {
        return await execOpa(args, timeout);
    }
    catch (error) {
        const failure = error;
        const where = { file: options.file };
        if (failure.code === 'ENOENT') {
            throw new GateError('POLICY_BUILD', `opa is not on PATH, so ${options.purpose ?? 'the Rego directory cannot be compiled'}: ${options.hint ?? OPA_INSTALL_HINT}`, where);
        }
        if (failure.killed) {
            throw new GateError('POLICY_BUILD', `opa ${args[0]} did not finish within ${timeout / 1000} s`, where);
        }
        const stdout = failure.stdout ?? '';
        const stderr = failure.stderr ?? '';
        if (typeof failure.code === 'number' && options.accept?.includes(failure.code)) {
            return { stdout, stderr, code: failure.code };
        }
        const detail = [stderr, stdout]
            .filter(Boolean)
            .join('\n')
            .trim()
            .split('\n')
            .slice(0, 40)
            .join('\n');
        const err = new GateError('POLICY_BUILD', `opa ${args[0]} refused the policy:\n${detail || failure.message}`, where);
        throw Object.assign(err, { stdout, stderr });
    }
}
/** The capabilities file the gate builds and tests against: what this host can run. */
function capabilitiesFile() {
    return join(builtInPolicyDir(), 'capabilities.json');
}
/** The opa build the gate uses: wasm target, the decision entrypoint, the host's capabilities. */
function opaBuildArgs(output, files) {
    return [
        'build',
        '--target',
        'wasm',
        '--entrypoint',
        DECISION_ENTRYPOINT,
        '--capabilities',
        capabilitiesFile(),
        '--output',
        output,
        ...files
    ];
}

/**
 * Where a policy comes from: the built-in one in dist/, a prebuilt OPA wasm bundle
 * (`bundle.tar.gz` from `opa build -t wasm`), a bare `.wasm` module, or a directory of `.rego`
 * files compiled at run time with the `opa` on PATH against this project's capabilities.
 */
/** The decision package: a directory that declares it replaces the built-in policy. */
const DECISION_PACKAGE = /^\s*package\s+update_gate\.decision\s*(#.*)?$/m;
/**
 * The .rego files of a directory, sorted. Only these go to opa: a JSON or YAML file beside them
 * (a data file, the copied schemas) would otherwise load as data.
 */
async function regoFiles(dir, options = {}) {
    let entries;
    try {
        entries = await readdir$1(dir, { recursive: true, withFileTypes: true });
    }
    catch {
        throw new GateError('FILE_NOT_FOUND', 'not a readable directory of .rego files', { file: dir });
    }
    return entries
        .filter(e => e.isFile() && e.name.endsWith('.rego'))
        .filter(e => options.tests || !e.name.endsWith('_test.rego'))
        .map(e => join(e.parentPath, e.name))
        .sort();
}
/** The built-in policy's non-test sources, shipped in dist/policy/rego/ for extension. */
async function builtInRegoFiles() {
    const files = await regoFiles(join(builtInPolicyDir(), 'rego'));
    if (files.length === 0) {
        throw new GateError('POLICY_LOAD', 'the built-in Rego sources are missing from dist/policy/rego; run npm run build', { file: builtInPolicyDir() });
    }
    return files;
}
/** Whether a policy directory is a complete policy (it defines the decision package). */
async function replacesBuiltIn(dir) {
    for (const file of await regoFiles(dir)) {
        if (!file.endsWith('_test.rego') && DECISION_PACKAGE.test(await readFile(file, 'utf8')))
            return true;
    }
    return false;
}
/**
 * The .rego files a build (or, with tests, a test run) of these directories compiles: the
 * directories' own files, plus the built-in sources unless one of them defines
 * `update_gate.decision` (a replacement).
 */
async function policySources(dirs, options = {}) {
    const own = (await Promise.all(dirs.map(dir => regoFiles(dir, options)))).flat();
    if (own.filter(f => !f.endsWith('_test.rego')).length === 0) {
        throw new GateError('POLICY_BUILD', 'the policy directory holds no .rego file', {
            file: dirs.join(', ')
        });
    }
    const replaces = (await Promise.all(dirs.map(replacesBuiltIn))).some(Boolean);
    return { files: replaces ? own : [...(await builtInRegoFiles()), ...own], replaces };
}
/**
 * Compiles directories of Rego into a bundle. Extending (the default) compiles them together
 * with the built-in policy sources; a directory that defines `update_gate.decision` replaces them.
 */
async function buildRegoDirectory(dir, output) {
    const dirs = Array.isArray(dir) ? dir : [dir];
    const { files } = await policySources(dirs);
    await runOpa(opaBuildArgs(output, files), { file: dirs.join(', ') });
}
/** Resolves the `--policy` / `policy` value to a loadable bundle. */
async function readPolicy(source) {
    if (source === undefined || source === '' || source === 'built-in')
        return readBuiltInPolicy();
    const path = resolve(source);
    let info;
    try {
        info = await stat$1(path);
    }
    catch {
        throw new GateError('FILE_NOT_FOUND', 'policy not found: expected a .rego directory, a bundle.tar.gz or a .wasm file', {
            file: source
        });
    }
    if (info.isDirectory()) {
        const work = await mkdtemp(join(tmpdir(), 'update-gate-policy-'));
        try {
            const bundle = join(work, 'bundle.tar.gz');
            await buildRegoDirectory(path, bundle);
            return { ...(await readWasmBundle(bundle)), name: source };
        }
        finally {
            await rm$1(work, { recursive: true, force: true });
        }
    }
    if (source.endsWith('.wasm')) {
        if (info.size > MAX_WASM_BYTES)
            throw new GateError('FILE_TOO_LARGE', `over ${MAX_WASM_BYTES} bytes`, { file: source });
        return { name: source, wasm: await readFile(path), data: {} };
    }
    return { ...(await readWasmBundle(path)), name: source };
}

const REPORT_VERSION = 'update-gate.dev/report/v1';

/**
 * Safe file access inside a root directory (security invariant 3): every path is relative to the
 * root, `..` and absolute paths are refused, and a symlink whose real path leaves the root is
 * refused. Documents are read with a size bound (invariant 4); artifacts are streamed by verify.
 */
const DEFAULT_MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
const errnoCode = (error) => typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
/** Checks a package-relative path and returns it normalised to `/` separators. */
function checkRelativePath(rel, where) {
    const outside = (why) => new GateError('PATH_OUTSIDE_ROOT', `path '${rel}' ${why}; paths are relative to the root`, where);
    if (rel.includes('\0'))
        throw outside('contains a NUL byte');
    if (path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) {
        throw outside('is absolute');
    }
    const segments = rel.split(/[\\/]+/).filter(s => s !== '' && s !== '.');
    if (segments.includes('..'))
        throw outside("contains '..'");
    if (segments.length === 0)
        throw outside('names no file');
    return segments.join('/');
}
/** Real path of a root directory; FILE_NOT_FOUND when it does not exist. */
async function realRoot(dir, where = { file: dir }) {
    try {
        return await realpath(dir);
    }
    catch (error) {
        if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') {
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
async function resolveInside(root, rel, where) {
    const clean = checkRelativePath(rel, where);
    const joined = path.join(root, ...clean.split('/'));
    let real;
    try {
        real = await realpath(joined);
    }
    catch (error) {
        const code = errnoCode(error);
        // Missing, or a dangling symlink: nothing is read either way.
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        if (code === 'ELOOP') {
            throw new GateError('FILE_UNREADABLE', `path '${rel}' is a symlink loop`, where);
        }
        throw new GateError('FILE_UNREADABLE', `cannot resolve '${rel}': ${String(error)}`, where);
    }
    if (!isInside(root, real)) {
        throw new GateError('PATH_OUTSIDE_ROOT', `path '${rel}' resolves (through a symlink) outside the root`, where);
    }
    return real;
}
/**
 * Reads a regular file by its real path, refusing it when larger than maxBytes. The size is
 * checked on the open handle and again while reading, so a growing file cannot bypass it.
 */
async function readBounded(real, maxBytes, where) {
    let handle;
    try {
        handle = await open$1(real, 'r');
    }
    catch (error) {
        throw new GateError('FILE_UNREADABLE', `cannot open: ${errnoCode(error) ?? String(error)}`, where);
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new GateError('FILE_UNREADABLE', 'is not a regular file', where);
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
            const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
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
        throw new GateError('FILE_UNREADABLE', `cannot read: ${errnoCode(error) ?? String(error)}`, where);
    }
    finally {
        await handle.close();
    }
}
/** Resolves and reads a document inside root; null when the file does not exist. */
async function readInside(root, rel, maxBytes, where) {
    const clean = checkRelativePath(rel, where);
    const real = await resolveInside(root, clean, where);
    if (real === null)
        return null;
    const bytes = await readBounded(real, maxBytes, { ...where, file: clean });
    return { path: clean, bytes, sha256: sha256Hex(bytes) };
}
const sha256Hex = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Data files (`--data`, the Action's `data` input): merged into the policy's data document.
 * Under `update_gate` the gate reads two keys: `requirements`, which overrides the trust
 * configuration's requirements key by key, and `parameters.<team>`, a team package's settings.
 * Anything else under `update_gate` would shadow the policy's own packages, so it is refused.
 */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
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
async function readDataFile(path, file) {
    const bytes = await readBounded(await realRoot(path, { file }), 4 * 1024 * 1024, { file });
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
 * The run-time side of policies: one interface, two runners. The built-in policy runs in
 * process; any other policy (a team's bundle, wasm or Rego directory) runs in a bounded worker
 * (time limit, memory limits). Authoring tools (opa, bundles) are in src/authoring, not here.
 */
/** The built-in policy, evaluated in process. */
class InProcessRunner {
    bundle;
    sha256;
    imports;
    policy;
    constructor(bundle, sha256, checked) {
        this.bundle = bundle;
        this.sha256 = sha256;
        this.policy = checked.instance;
        this.imports = checked.imports;
    }
    get name() {
        return this.bundle.name;
    }
    /** Sets the data document: the bundle's own data with the run's data over it. */
    setData(data) {
        this.policy.setData({ ...this.bundle.data, ...data });
    }
    /** Evaluates with the data last set (what `evaluate` does after setting it). */
    decide(input) {
        let resultSet;
        try {
            resultSet = this.policy.evaluate(input, DECISION_ENTRYPOINT);
        }
        catch (error) {
            throw new GateError('POLICY_EVAL', `policy evaluation failed: ${messageOf(error)}`, {
                file: this.name
            });
        }
        return checkOutput(this, resultSet);
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
    const sha256 = createHash('sha256').update(bundle.wasm).digest('hex');
    const module = compileModule(bundle.wasm, bundle.name);
    if (bundle.builtIn)
        return new InProcessRunner(bundle, sha256, instantiatePolicy(module, bundle.name));
    const { WorkerRunner } = await import('./index-worker-runner.js');
    return WorkerRunner.open(bundle, sha256, module, options);
}

/** Normalises a record of any kind; the caller has validated `raw` against `kind`'s schema. */
const normaliseRecord = (kind, raw, file) => RECORD_NORMALISERS[kind](raw, file);
const t = (value, file, field) => normaliseTimestamp(value, { file, field });
const tn = (value, file, field) => normaliseOptionalTimestamp(value, { file, field });
const RECORD_NORMALISERS = {
    'signing-event': (r, file) => ({
        kind: 'SigningEvent',
        signer: r.signer,
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
            approver: a.approver,
            role: a.role,
            decision: a.decision,
            time: t(a.time, file, `approvals[${i}].time`),
            reference: a.reference ?? null
        }))
    }),
    'rollback-recovery-tests': (r, file) => ({
        kind: 'RollbackRecoveryTests',
        product: r.product,
        fromVersion: r.fromVersion,
        toVersion: r.toVersion,
        rollbackConditions: [...r.rollbackConditions],
        results: r.results.map((x, i) => ({
            configuration: x.configuration,
            hardware: x.hardware,
            test: x.test,
            outcome: x.outcome,
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
        records: r.records.map((d, i) => ({
            configuration: d.configuration,
            version: d.version,
            time: t(d.time, file, `records[${i}].time`),
            outcome: d.outcome,
            devices: d.devices,
            reference: d.reference ?? null
        })),
        retainedAt: r.retainedAt
    })
};

/**
 * The evidence-reader registry: one reader per (kind, format). This is the seam where further
 * formats plug in (OpenVEX / CSAF VEX / OSV for affected-versions, Sigstore bundles for
 * update-manifest and build-provenance): add a format to the index schema's `format` enum, a
 * reader here, and (for signed content) a verifier in src/verify. None is implemented yet.
 */
const document = async () => ({ type: 'document' });
const record = (kind) => async (ctx) => {
    const text = decodeUtf8(ctx.file.bytes, ctx.file.path);
    const raw = parseYaml(text, ctx.file.path, { maxAliasCount: ctx.maxAliasCount });
    validateOrThrow(kind, raw, ctx.file.path);
    return { type: 'record', record: normaliseRecord(kind, raw, ctx.file.path) };
};
const cosignSignBlob = async (ctx) => {
    const rel = ctx.item.signature;
    if (rel === undefined) {
        throw new GateError('SCHEMA_VIOLATION', 'is required for an update-manifest', {
            file: 'update-evidence.yaml',
            field: `evidence[${ctx.position}].signature`
        });
    }
    const sig = await ctx.readOther(rel, {
        file: 'update-evidence.yaml',
        field: `evidence[${ctx.position}].signature`
    });
    return {
        type: 'signed-blob',
        format: 'cosign-sign-blob',
        bytes: ctx.file.bytes,
        signature: sig
            ? { file: sig.path, present: true, text: decodeUtf8(sig.bytes, sig.path), sha256: sig.sha256 }
            : { file: rel, present: false, text: null, sha256: null }
    };
};
/** DSSE envelope structure (secure-systems-lab/dsse envelope.md); extra fields are tolerated. */
const dsse = async (ctx) => {
    const text = decodeUtf8(ctx.file.bytes, ctx.file.path);
    const raw = parseJson(text, ctx.file.path);
    validateOrThrow('dsse-envelope', raw, ctx.file.path);
    const env = raw;
    return {
        type: 'dsse',
        format: 'dsse',
        envelope: {
            payload: env.payload,
            payloadType: env.payloadType,
            signatures: env.signatures.map(s => ({
                ...(s.keyid !== undefined ? { keyid: s.keyid } : {}),
                sig: s.sig
            }))
        }
    };
};
/** A kind whose only format so far is this project's YAML record. */
const yamlRecord = (kind) => ({
    defaultFormat: 'update-gate',
    readers: { 'update-gate': record(kind) }
});
const EVIDENCE_READERS = {
    'process-document': { defaultFormat: 'text', readers: { text: document } },
    'recovery-procedure': { defaultFormat: 'text', readers: { text: document } },
    'update-manifest': {
        defaultFormat: 'cosign-sign-blob',
        readers: { 'cosign-sign-blob': cosignSignBlob }
        // 'sigstore-bundle': next step
    },
    'build-provenance': { defaultFormat: 'dsse', readers: { dsse } },
    'signing-event': yamlRecord('signing-event'),
    'release-approval': yamlRecord('release-approval'),
    'rollback-recovery-tests': yamlRecord('rollback-recovery-tests'),
    // openvex, csaf-vex, osv: next step, as further formats of affected-versions
    'affected-versions': yamlRecord('affected-versions'),
    'customer-notification': yamlRecord('customer-notification'),
    'deployment-records': yamlRecord('deployment-records')
};

/** Loads an evidence package: index + every evidence file it names, safely and validated. */
function assertUnique(values, file, field, what) {
    const seen = new Set();
    values.forEach((v, i) => {
        if (seen.has(v)) {
            throw new GateError('SCHEMA_VIOLATION', `${what} '${v}' appears more than once; must be unique`, {
                file,
                field: field(i)
            });
        }
        seen.add(v);
    });
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
        acceptedBy: e.acceptedBy,
        acceptedAt: normaliseTimestamp(e.acceptedAt, { file: f, field: `exceptions[${i}].acceptedAt` })
    }));
    const party = (p) => ({
        id: p.id,
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
            vulnerabilities: [...raw.scope.vulnerabilities]
        },
        producers: (raw.producers ?? []).map(party),
        consumers: (raw.consumers ?? []).map(party),
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
    const root = await realRoot(packageDir, { file: packageDir });
    const fileDigests = {};
    const index = await readInside(root, INDEX_FILE, maxBytes, { file: INDEX_FILE });
    if (!index) {
        throw new GateError('FILE_NOT_FOUND', `the package has no ${INDEX_FILE} (in ${packageDir})`, {
            file: INDEX_FILE
        });
    }
    fileDigests[INDEX_FILE] = index.sha256;
    const raw = parseYaml(decodeUtf8(index.bytes, INDEX_FILE), INDEX_FILE, { maxAliasCount });
    validateOrThrow('update-evidence', raw, INDEX_FILE);
    const facts = packageFacts(raw, index);
    assertUnique(raw.evidence.map(e => e.id), INDEX_FILE, i => `evidence[${i}].id`, 'evidence id');
    assertUnique(facts.scope.configurations.map(c => c.id), INDEX_FILE, i => `scope.configurations[${i}].id`, 'configuration id');
    const readOther = async (rel, where) => {
        const result = await readInside(root, rel, maxBytes, where);
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
            producer: item.producer,
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
            throw new GateError('SCHEMA_VIOLATION', `format '${format}' is not supported for ${kind}; supported: ${Object.keys(formats.readers).join(', ')}`, { file: INDEX_FILE, field: field('format') });
        }
        const where = { file: INDEX_FILE, field: field('file') };
        const file = await readOther(item.file, where);
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
        artifactsRoot = await realRoot(options.artifactsDir, { file: options.artifactsDir });
        artifactsLabel = path.relative(root, artifactsRoot).split(path.sep).join('/');
        if (artifactsLabel === '' ||
            artifactsLabel.startsWith('..') ||
            path.isAbsolute(artifactsLabel)) {
            artifactsLabel = 'artifacts';
        }
    }
    else {
        artifactsRoot = await resolveInside(root, 'artifacts', { file: 'artifacts' });
    }
    return { root, artifactsRoot, artifactsLabel, facts, evidence, fileDigests };
}

/** Loads the trust configuration: keys parsed with node:crypto, fingerprints of the DER SPKI. */
/** `sha256:<hex>` of the DER SubjectPublicKeyInfo. */
const keyFingerprint = (key) => 'sha256:' +
    createHash('sha256')
        .update(key.export({ type: 'spki', format: 'der' }))
        .digest('hex');
/** Parses one PEM public key; INVALID_KEY naming the key id when it is not a supported key. */
function parsePublicKey(pem, keyId, where) {
    if (/PRIVATE KEY/.test(pem)) {
        throw new GateError('INVALID_KEY', `key '${keyId}' is a private key; give the public key only`, where);
    }
    if (!/-----BEGIN PUBLIC KEY-----/.test(pem)) {
        throw new GateError('INVALID_KEY', `key '${keyId}' is not a PEM public key (-----BEGIN PUBLIC KEY-----)`, where);
    }
    let key;
    try {
        key = createPublicKey({ key: pem, format: 'pem' });
    }
    catch (error) {
        throw new GateError('INVALID_KEY', `key '${keyId}' is not a valid PEM public key: ${messageOf(error)}`, where);
    }
    const type = key.asymmetricKeyType;
    if (type === 'ed25519')
        return { key, algorithm: 'ed25519', hash: null };
    if (type === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        if (curve === 'prime256v1')
            return { key, algorithm: 'ecdsa-p256-sha256', hash: 'sha256' };
        if (curve === 'secp384r1')
            return { key, algorithm: 'ecdsa-p384-sha384', hash: 'sha384' };
        throw new GateError('INVALID_KEY', `key '${keyId}' uses unsupported curve ${curve}; use P-256, P-384 or Ed25519`, where);
    }
    throw new GateError('INVALID_KEY', `key '${keyId}' has unsupported type ${type}; use ECDSA P-256, P-384 or Ed25519`, where);
}
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/**
 * Reads the trust configuration (YAML). `publicKeyFile` paths are relative to the trust file's
 * directory and may not leave it. Every key is kept, revoked and expired ones too: the policy
 * decides what they are worth.
 */
async function loadTrust(trustFile, options = {}) {
    const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
    const label = trustFile;
    let real;
    try {
        real = await realRoot(trustFile, { file: label });
    }
    catch (error) {
        if (error instanceof GateError && error.code === 'FILE_NOT_FOUND') {
            throw new GateError('FILE_NOT_FOUND', `trust configuration '${trustFile}' does not exist`, {
                file: label
            });
        }
        throw error;
    }
    const bytes = await readBounded(real, maxBytes, { file: label });
    const fileDigests = {
        [`trust:${path.basename(real)}`]: createHash('sha256').update(bytes).digest('hex')
    };
    const raw = parseYaml(decodeUtf8(bytes, label), label, {
        maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT
    });
    validateOrThrow('trust', raw, label);
    const dir = path.dirname(real);
    const keys = [];
    const data = [];
    const seenIds = new Map();
    const seenFingerprints = new Map();
    for (const [i, k] of raw.keys.entries()) {
        const field = (name) => `keys[${i}].${name}`;
        if (seenIds.has(k.id)) {
            throw new GateError('SCHEMA_VIOLATION', `key id '${k.id}' appears more than once; must be unique`, { file: label, field: field('id') });
        }
        seenIds.set(k.id, i);
        let pem;
        let where = { file: label, field: field('publicKey') };
        if (k.publicKeyFile !== undefined) {
            where = { file: label, field: field('publicKeyFile') };
            const read = await readInside(dir, k.publicKeyFile, maxBytes, where);
            if (!read) {
                throw new GateError('FILE_NOT_FOUND', `public key file '${k.publicKeyFile}' of key '${k.id}' does not exist`, where);
            }
            fileDigests[`trust:${read.path}`] = read.sha256;
            pem = decodeUtf8(read.bytes, read.path);
        }
        else {
            pem = k.publicKey; // the schema's oneOf: one of publicKey and publicKeyFile
        }
        const parsed = parsePublicKey(pem, k.id, where);
        const fingerprint = keyFingerprint(parsed.key);
        const other = seenFingerprints.get(fingerprint);
        if (other !== undefined) {
            throw new GateError('INVALID_KEY', `key '${k.id}' is the same public key as '${other}'; list each key once`, where);
        }
        seenFingerprints.set(fingerprint, k.id);
        keys.push({
            id: k.id,
            fingerprint,
            algorithm: parsed.algorithm,
            hash: parsed.hash,
            publicKey: parsed.key
        });
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
    const approvers = raw.approvers.map(a => ({ id: a.id, name: a.name, roles: [...a.roles].sort() }));
    const builders = raw.builders.map(b => ({ id: b.id }));
    const dup = (list, what, name) => {
        const seen = new Set();
        list.forEach((x, i) => {
            if (seen.has(x.id))
                throw new GateError('SCHEMA_VIOLATION', `${what} '${x.id}' appears more than once; must be unique`, { file: label, field: `${name}[${i}].id` });
            seen.add(x.id);
        });
    };
    dup(approvers, 'approver', 'approvers');
    dup(builders, 'builder', 'builders');
    return {
        file: real,
        keys: keys.sort(byId),
        data: {
            keys: data.sort(byId),
            approvers: approvers.sort(byId),
            builders: builders.sort(byId),
            requirements: {
                minimumMaturity: raw.requirements.minimumMaturity,
                requiredControls: [...raw.requirements.requiredControls],
                requiredApprovals: raw.requirements.requiredApprovals
            }
        },
        fileDigests
    };
}

/**
 * SHA-256 of a file in constant memory (artifacts are not size-bounded). One reused buffer and
 * positional reads: a read stream allocates per chunk and runs at a third of the speed
 * (bench/digest.mjs measures it against openssl).
 */
const DIGEST_BUFFER_BYTES = 4 * 1024 * 1024;
async function sha256File(realPath, where = { file: realPath }) {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(DIGEST_BUFFER_BYTES);
    let size = 0;
    try {
        const handle = await open$1(realPath, 'r');
        try {
            for (;;) {
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
                if (bytesRead === 0)
                    break;
                size += bytesRead;
                hash.update(buffer.subarray(0, bytesRead));
            }
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        throw new GateError('FILE_UNREADABLE', `cannot read: ${messageOf(error)}`, where);
    }
    return { size, sha256: hash.digest('hex') };
}

/**
 * Signature facts: a signature is tried against EVERY trusted key (revoked and expired ones
 * too); the fact records which key verified it, never whether that key is acceptable.
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;
/** Decodes standard or URL-safe base64 strictly (whitespace ignored); null when it is neither. */
function decodeBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (!BASE64.test(compact) && !BASE64URL.test(compact))
        return null;
    const unpadded = compact.replace(/=+$/, '');
    if (unpadded.length % 4 === 1)
        return null;
    return Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
function verifies(key, message, signature) {
    try {
        return verify(key.hash, message, key.publicKey, signature);
    }
    catch {
        return false; // malformed DER, wrong length, …: not a valid signature by this key
    }
}
const unverified = (source, reason) => ({
    source,
    verified: false,
    keyId: null,
    keyFingerprint: null,
    algorithm: null,
    reason
});
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
 * envelope's `keyid` hints are ignored. `manifestArtifacts` are the computed digests of the
 * package manifest's artifacts (null digest when the artifact is missing).
 */
function verifyDsse(envelope, file, keys, manifestArtifacts) {
    const payload = decodeBase64(envelope.payload);
    if (payload === null) {
        throw new GateError('PARSE_ERROR', 'is not valid base64', { file, field: 'payload' });
    }
    const message = pae(envelope.payloadType, payload);
    const signatures = envelope.signatures.map((s, i) => signatureFact(`envelope#${i}`, message, s.sig, keys));
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
    }
    catch {
        throw new GateError('PARSE_ERROR', 'payload is not valid UTF-8', { file, field: 'payload' });
    }
    const statement = obj(parseJson(text, file, 'payload'));
    const type = str(statement._type);
    const predicateType = str(statement.predicateType);
    if (type === null) {
        throw new GateError('SCHEMA_VIOLATION', 'must be a string (in-toto Statement _type)', {
            file,
            field: 'payload._type'
        });
    }
    if (predicateType === null) {
        throw new GateError('SCHEMA_VIOLATION', 'must be a string (in-toto predicateType)', {
            file,
            field: 'payload.predicateType'
        });
    }
    if (!Array.isArray(statement.subject)) {
        throw new GateError('SCHEMA_VIOLATION', 'must be an array of { name, digest }', {
            file,
            field: 'payload.subject'
        });
    }
    const subjects = statement.subject.map((s, i) => {
        const subject = obj(s);
        const digest = obj(subject.digest);
        const sha = typeof digest.sha256 === 'string' ? digest.sha256.toLowerCase() : null;
        if (sha !== null && !/^[0-9a-f]{64}$/.test(sha)) {
            throw new GateError('SCHEMA_VIOLATION', 'must be a hex SHA-256 (64 characters)', {
                file,
                field: `payload.subject[${i}].digest.sha256`
            });
        }
        return { name: typeof subject.name === 'string' ? subject.name : '', sha256: sha };
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
                field: 'payload.predicate.buildDefinition.buildType'
            });
        }
        if (builderId === null) {
            throw new GateError('SCHEMA_VIOLATION', 'is required by SLSA Provenance v1', {
                file,
                field: 'payload.predicate.runDetails.builder.id'
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
                    field: `payload.predicate.runDetails.metadata.${name}`
                });
            }
            return normaliseOptionalTimestamp(v, {
                file,
                field: `payload.predicate.runDetails.metadata.${name}`
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
        payloadType: envelope.payloadType,
        signatures,
        statement: { type, predicateType, subjects },
        slsa,
        artifactsInSubjects: manifestArtifacts.map(a => ({
            name: a.name,
            sha256: a.sha256,
            inSubjects: a.sha256 !== null && subjectDigests.has(a.sha256)
        }))
    };
}

const POLICY_INPUT_VERSION = 'update-gate.dev/policy-input/v1';

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
    const file = ev.file ?? '';
    // The signature is checked on these exact bytes, and the manifest is parsed from the same bytes.
    const signature = signatureFact(content.signature.file, content.bytes, content.signature.text, ctx.trust.keys);
    const raw = parseJson(decodeUtf8(content.bytes, file), file);
    validateOrThrow('update-manifest', raw, file);
    const manifest = raw;
    const artifacts = [];
    const names = new Set();
    for (const [i, a] of manifest.artifacts.entries()) {
        const field = `artifacts[${i}].name`;
        if (names.has(a.name)) {
            throw new GateError('SCHEMA_VIOLATION', `artifact '${a.name}' appears more than once; must be unique`, { file, field });
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
/**
 * Computes the policy input for one loaded package. Deterministic: the same package, trust and
 * evaluation time give the same result. Throws GateError only for input errors (a malformed
 * manifest or provenance payload, an artifact path leaving the artifacts directory, a bad
 * evaluation time); a failed signature or a changed artifact is a fact, not an error.
 */
async function verifyPackage(pkg, trust, evaluationTime) {
    const time = normaliseTimestamp(evaluationTime, { field: 'evaluationTime' });
    const ctx = { pkg, trust, artifacts: new Map(), manifestArtifacts: [] };
    const verification = new Map();
    // Manifests first: provenance facts need the manifest artifacts' computed digests.
    for (const ev of pkg.evidence) {
        if (ev.content.type === 'signed-blob')
            verification.set(ev.position, await verifyManifest(ctx, ev, ev.content));
    }
    for (const ev of pkg.evidence) {
        if (ev.content.type === 'dsse') {
            verification.set(ev.position, verifyDsse(ev.content.envelope, ev.file ?? '', trust.keys, ctx.manifestArtifacts));
        }
    }
    const evidence = pkg.evidence.map(ev => ({
        id: ev.id,
        kind: ev.kind,
        file: ev.file,
        producer: ev.producer,
        time: ev.time,
        controls: [...ev.controls],
        present: ev.present,
        sha256: ev.sha256,
        statement: ev.statement,
        record: ev.content.type === 'record' ? ev.content.record : null,
        verification: verification.get(ev.position) ?? null
    }));
    const digests = { ...pkg.fileDigests, ...trust.fileDigests };
    for (const a of ctx.artifacts.values())
        if (a.sha256 !== null)
            digests[a.file] = a.sha256;
    const inputDigests = Object.fromEntries(Object.entries(digests).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
        input: { apiVersion: POLICY_INPUT_VERSION, evaluationTime: time, package: pkg.facts, evidence },
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
async function openGate(setup) {
    const dataPaths = setup.dataFiles ?? [];
    const dataLabels = dataPaths.map((path, i) => setup.dataLabels?.[i] ?? path);
    const [trust, bundle, dataFiles] = await Promise.all([
        loadTrust(setup.trustFile),
        readPolicy(setup.policy),
        Promise.all(dataPaths.map((path, i) => readDataFile(path, dataLabels[i])))
    ]);
    const policy = await openRunner(bundle, setup.policyTimeoutMs === undefined ? {} : { timeoutMs: setup.policyTimeoutMs });
    const extraData = mergeDataFiles(dataFiles.map(d => d.data));
    const dataDigests = Object.fromEntries(dataLabels.map((label, i) => [`data:${label}`, dataFiles[i].sha256]));
    return {
        evaluate: (packageDir, options = {}) => evaluatePackage(policy, trust, extraData, dataDigests, packageDir, options),
        close: () => policy.close()
    };
}
async function evaluatePackage(policy, trust, extraData, dataDigests, packageDir, options) {
    const evaluationTime = normaliseTimestamp(options.evaluationTime ?? new Date().toISOString(), {
        file: 'evaluation time'
    });
    const pkg = await loadPackage(packageDir, options.artifactsDir ? { artifactsDir: options.artifactsDir } : {});
    const verified = await verifyPackage(pkg, trust, evaluationTime);
    const input = options.change ? { ...verified.input, change: options.change } : verified.input;
    const result = await policy.evaluate({ ...extraData, ...verified.data }, input);
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
        policy: { name: policy.name, sha256: policy.sha256 },
        result
    };
}
const sortKeys = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const DECISION_LABEL = {
    approve: 'PASS: approved for deployment',
    conditional: 'CONDITIONAL: approved for the listed configurations only',
    reject: 'REJECT: not approved for deployment'
};
const DECISION_ICON = {
    approve: '✅',
    conditional: '⚠️',
    reject: '❌'
};
const RESULT_ICON = {
    approved: '✅',
    excluded: '⏸️',
    rejected: '❌',
    pass: '✅',
    fail: '❌',
    gap: '⚠️'
};
const LEVEL_NAME = {
    1: 'supplier assertion',
    2: 'documented process',
    3: 'produced artifact without complete verification',
    4: 'verified',
    5: 'verified and retained'
};

/**
 * Evidence text (messages, ids, reasons) is supplier-controlled: every renderer passes it
 * through one of these before it reaches a terminal or a pull-request comment.
 */
// C0/C1 controls and DEL, except newline and tab: no terminal escape sequences from evidence.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function plain(value) {
    return value.replace(CONTROL_CHARACTERS, '');
}
/**
 * Markdown-safe inline text: no HTML, no links or images, no table breaks, no @-mentions that
 * would notify people, no code spans that swallow the rest of the line.
 */
function inlineMarkdown(value) {
    return plain(value)
        .replace(/\r?\n/g, ' ')
        .replace(/[\\`*_{}[\]()<>#|!~]/g, ch => `\\${ch}`)
        .replace(/@/g, '@\u200b')
        .replace(/&/g, '&amp;');
}

const RULE_CATALOG = {
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
    "affected_versions.missing": {
        "title": "Mapping missing",
        "description": "No affected-versions record in the package.",
        "control": "affected-versions"
    },
    "affected_versions.product_mismatch": {
        "title": "Mapping for another product",
        "description": "The record names a product other than the one in scope.",
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
    "affected_versions.vulnerability_unmapped": {
        "title": "Vulnerability not mapped",
        "description": "A vulnerability in scope has no entry in the mapping.",
        "control": "affected-versions"
    },
    "approval.after_signing": {
        "title": "Approved after signing",
        "description": "An approval is not strictly before every signing time.",
        "control": "approval"
    },
    "approval.approver_is_builder": {
        "title": "Approver built",
        "description": "Separation of duties - an approver produced the build provenance.",
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
        "description": "No signing-event record, so approval-before-signing cannot be checked.",
        "control": "approval"
    },
    "approval.version_mismatch": {
        "title": "Approval for another version",
        "description": "The record names a version other than the target version.",
        "control": "approval"
    },
    "change.gate_configuration_modified": {
        "title": "Findings",
        "description": "One violation per gate configuration file the change modifies.",
        "control": "change"
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
        "description": "A manifest artifact's computed digest is not among the provenance subjects.",
        "control": "provenance"
    },
    "provenance.builder_untrusted": {
        "title": "Builder not trusted",
        "description": "The SLSA builder id is not in data.trust.builders.",
        "control": "provenance"
    },
    "provenance.key_unauthorized": {
        "title": "Key not authorized for provenance",
        "description": "The verifying key is unknown, revoked, not for build-provenance or not for this product.",
        "control": "provenance"
    },
    "provenance.missing": {
        "title": "Provenance missing",
        "description": "No build provenance in the package.",
        "control": "provenance"
    },
    "provenance.predicate_type": {
        "title": "Not SLSA Provenance v1",
        "description": "The statement's predicate is not SLSA Provenance v1.",
        "control": "provenance"
    },
    "provenance.signature_unverified": {
        "title": "Signature not verified",
        "description": "No trusted key verifies the envelope.",
        "control": "provenance"
    },
    "provenance.subjects_unchecked": {
        "title": "No artifacts to check",
        "description": "There is no manifest artifact to look up among the subjects.",
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

/**
 * One result, several formats (as conftest does): `text` for a terminal, `markdown` for the job
 * summary and the pull-request comment, `json` for the record to retain, `sarif` for code
 * scanning (src/report/sarif.ts) and `junit` for CI test tabs (src/report/junit.ts).
 */
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
function scopeLine(report) {
    const p = report.package;
    return `${p.product} ${p.fromVersion} -> ${p.toVersion}, cohort ${p.cohort}`;
}
function footer(report) {
    return `policy ${report.policy.name} (sha256:${report.policy.sha256.slice(0, 12)}), evaluated at ${report.evaluationTime}`;
}
function renderMarkdown(report) {
    const r = report.result;
    const out = [];
    out.push(`### ${DECISION_ICON[r.decision]} update-gate: ${DECISION_LABEL[r.decision]}`);
    out.push('', `**${inlineMarkdown(scopeLine(report))}** · ${inlineMarkdown(report.package.dir)}`, '', inlineMarkdown(r.summary), '');
    out.push(`**Evidence maturity: level ${r.maturity.level}** (${LEVEL_NAME[r.maturity.level]}): ${inlineMarkdown(r.maturity.reason)}`);
    out.push('', '| Configuration | Result | Level | Why |', '|---|---|---|---|');
    for (const c of r.configurations) {
        const exception = c.exception ? ` (${inlineMarkdown(c.exception)})` : '';
        const level = r.maturity.configurations[c.id]?.level ?? '-';
        out.push(`| ${inlineMarkdown(c.id)} | ${RESULT_ICON[c.result]} ${c.result}${exception} | ${level} | ${inlineMarkdown(c.reasons.join('; ')) || '-'} |`);
    }
    if (r.conditions.length > 0) {
        out.push('', '**Conditions**', '');
        for (const c of r.conditions) {
            const where = c.configuration ? ` (${inlineMarkdown(c.configuration)})` : '';
            out.push(`- **${inlineMarkdown(c.id)}**${where}: ${inlineMarkdown(c.text)}`);
        }
    }
    out.push('', '| Verification question | Answer | Why | Evidence |', '|---|---|---|---|');
    for (const q of r.questions) {
        out.push(`| ${inlineMarkdown(q.question)} | ${RESULT_ICON[q.answer]} ${q.answer} | ${inlineMarkdown(q.reasons.join('; ')) || '-'} | ${inlineMarkdown(q.evidence.join(', ')) || '-'} |`);
    }
    out.push('', '<details><summary>Controls and findings</summary>', '');
    out.push('| Control | Result | Level | Required | Why |', '|---|---|---|---|---|');
    for (const c of r.controls) {
        const reason = r.maturity.controls[c.id]?.reason ?? '';
        out.push(`| ${inlineMarkdown(c.id)} | ${RESULT_ICON[c.result]} ${c.result} | ${c.level} | ${c.required ? 'yes' : 'no'} | ${inlineMarkdown(reason)} |`);
    }
    if (r.findings.length > 0) {
        out.push('', '| Severity | Rule | Configuration | Finding | Evidence |', '|---|---|---|---|---|');
        for (const f of bySeverity(r.findings)) {
            out.push(`| ${f.severity} | ${inlineMarkdown(f.rule)} | ${inlineMarkdown(f.configuration ?? '-')} | ${inlineMarkdown(f.message)} | ${inlineMarkdown(f.evidence.join(', ')) || '-'} |`);
        }
    }
    out.push('', '</details>', '', `<sub>${inlineMarkdown(footer(report))}</sub>`);
    return `${out.join('\n')}\n`;
}

/**
 * Where things are in a package index (update-evidence.yaml): the line of each evidence item and
 * of each exception. Reports that point at lines (the Action's annotations, SARIF results) share
 * it. Best effort: an unreadable, oversized or malformed index gives no places, never an error
 * (the load stage has already refused such an index with its own error).
 */
const MAX_INDEX_CHARS = 4 * 1024 * 1024;
/** Places in the index text. */
function indexPlacesOf(text) {
    const places = { evidence: new Map(), exceptions: new Map() };
    if (text.length > MAX_INDEX_CHARS)
        return places;
    const lineCounter = new distExports.LineCounter();
    const doc = distExports.parseDocument(text, { lineCounter, uniqueKeys: false });
    if (doc.errors.length > 0 || !distExports.isMap(doc.contents))
        return places;
    const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const items = (key) => {
        const seq = doc.contents.get(key, true);
        return distExports.isSeq(seq) ? seq.items : [];
    };
    for (const item of items('evidence')) {
        if (!distExports.isMap(item))
            continue;
        const id = item.get('id');
        const file = item.get('file');
        const line = lineOf(item);
        if (typeof id === 'string' && line !== undefined && !places.evidence.has(id)) {
            places.evidence.set(id, typeof file === 'string' ? { line, file } : { line });
        }
    }
    for (const item of items('exceptions')) {
        if (!distExports.isMap(item))
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
/** Places in `<packageDir>/update-evidence.yaml`; empty when unreadable. */
async function indexPlaces(packageDir) {
    let text;
    try {
        text = await readFile(join(packageDir, INDEX_FILE), 'utf8');
    }
    catch {
        return { evidence: new Map(), exceptions: new Map() };
    }
    return indexPlacesOf(text);
}

/**
 * Annotations on the evidence files: errors for failed controls (violations), warnings for
 * gaps, warnings and excluded configurations. Lines come from the package index when the
 * finding points at an index entry (an evidence item without a file, an exception); a finding
 * about an evidence file is put on that file.
 */
const MAX_ANNOTATIONS = 50;
const join2 = (dir, file) => (dir ? `${dir}/${file}` : file);
async function annotationsFor(results, findings) {
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
        const places = await indexPlaces(r.pkg.packageDir);
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

/** The Action's inputs (action.yml), read and checked once. */
const DEFAULT_TRUST = '.github/update-gate/trust.yaml';
const DEFAULT_POLICY = 'builtin';
function readInputs() {
    const failOn = (getInput('fail-on') || 'reject').trim();
    if (!FAIL_ON.includes(failOn)) {
        throw new GateError('USAGE', `expected reject, conditional or never, got "${failOn}"`, {
            field: 'input fail-on'
        });
    }
    const commentRaw = (getInput('comment') || 'true').trim().toLowerCase();
    if (!['true', 'false'].includes(commentRaw)) {
        throw new GateError('USAGE', `expected true or false, got "${commentRaw}"`, {
            field: 'input comment'
        });
    }
    const at = getInput('at').trim() || undefined;
    // Checked here, before anything is fetched; the gate normalises it again, the same way.
    if (at !== undefined)
        normaliseTimestamp(at, { field: 'input at' });
    const policyInput = getInput('policy').trim();
    // `built-in` is the CLI's spelling of the same thing.
    const policy = !policyInput || policyInput === 'built-in' ? DEFAULT_POLICY : policyInput;
    const trust = getInput('trust').trim() || DEFAULT_TRUST;
    const data = getInput('data')
        .split(/[,\n]/)
        .map(p => p.trim())
        .filter(Boolean);
    return {
        evidence: getInput('evidence').trim(),
        trust,
        policy,
        data,
        failOn,
        comment: commentRaw === 'true',
        token: getInput('token').trim(),
        at,
        report: getInput('report').trim(),
        sarifFile: getInput('sarif-file').trim()
    };
}

/** The `sarif-file` input: the run's findings as SARIF 2.1.0, for upload to code scanning. */
async function writeSarifFile(path, outcome) {
    const packages = [];
    for (const r of outcome.results) {
        if (!r.report)
            continue;
        packages.push({
            report: r.report,
            places: await indexPlaces(r.pkg.packageDir),
            indexUri: uriOf(posix.join(r.pkg.repoPath || '.', INDEX_FILE))
        });
    }
    await mkdir$1(dirname(path), { recursive: true });
    await writeFile$1(path, renderSarif(packages, process.env.UPDATE_GATE_VERSION ?? '0.1.0', outcome.decision));
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
        headline = parts.join(': ');
    }
    return { decision, maturity, approved, excluded, results, findings, headline };
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
    approve: ':white_check_mark:',
    conditional: ':warning:',
    reject: ':x:',
    error: ':no_entry:',
    none: ':information_source:'
};
/** The report with the package directory as the repository path, not the temp dir. */
function forDisplay(r) {
    if (!r.report)
        return undefined;
    return { ...r.report, package: { ...r.report.package, dir: r.pkg.repoPath || '.' } };
}
function header(outcome, collected, subject) {
    const lines = [
        `## ${ICON[outcome.decision] ?? ''} update-gate: ${outcome.decision.toUpperCase()} — ${inlineMarkdown(subject)}`,
        ''
    ];
    if (collected && outcome.results.length > 0)
        lines.push(`Trust configuration: ${inlineMarkdown(collected.trustSource)}; policy: ${inlineMarkdown(collected.policySource)}` +
            (collected.dataSources.length ? `; data: ${collected.dataSources.map(inlineMarkdown).join(', ')}` : ''), '');
    if (outcome.decision === 'none')
        lines.push('No evidence package was added or changed; nothing to evaluate.', '');
    for (const f of outcome.findings) {
        const mark = f.severity === 'violation'
            ? ':x:'
            : f.severity === 'warning'
                ? ':warning:'
                : ':information_source:';
        // Paths and messages can carry a PR's file names: escaped, never code spans.
        lines.push(`> ${mark} **${inlineMarkdown(f.rule)}**${f.file ? ` (${inlineMarkdown(f.file)})` : ''}: ${inlineMarkdown(f.message)}`, '');
    }
    return lines;
}
function section(r, compact) {
    const title = `### Package ${inlineMarkdown(r.pkg.repoPath || '.')}`;
    if (r.error || !r.report)
        return `${title}\n\n:no_entry: **error**: ${inlineMarkdown(r.error ?? 'no report')}\n`;
    if (compact) {
        const out = r.report.result;
        return `${title}\n\n**${out.decision}** (maturity ${out.maturity.level}): ${inlineMarkdown(out.summary)}\n`;
    }
    return `${title}\n\n${renderMarkdown(forDisplay(r))}\n`;
}
function composeMarkdown(outcome, collected, subject, compact = false) {
    const parts = [header(outcome, collected, subject).join('\n')];
    for (const r of outcome.results)
        parts.push(section(r, compact));
    return parts.join('\n');
}
function composeComment(outcome, collected, subject) {
    let body = `${COMMENT_MARKER}\n${composeMarkdown(outcome, collected, subject)}`;
    if (body.length > MAX_COMMENT) {
        body = `${COMMENT_MARKER}\n${composeMarkdown(outcome, collected, subject, true)}\n_The full report is in the job summary and the JSON report._\n`;
    }
    if (body.length > MAX_COMMENT)
        body = `${body.slice(0, MAX_COMMENT - 100)}\n\n_(truncated; see the job summary)_\n`;
    return body;
}
/**
 * Creates or updates the one comment carrying the marker. Prefers a comment written by a bot
 * (the Actions token); if updating fails (someone else's comment copied the marker), a new one
 * is created. `onlyUpdate`: do not create (nothing to report on this PR).
 */
async function upsertStickyComment(client, target, body, onlyUpdate = false) {
    const comments = await paginateAll(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: target.owner, repo: target.repo, issue_number: target.number }, `listing the comments of PR #${target.number}`);
    const mine = comments.filter(c => c.body?.includes(COMMENT_MARKER));
    const existing = mine.find(c => c.user?.type === 'Bot') ?? mine[0];
    if (existing) {
        try {
            await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner: target.owner,
                repo: target.repo,
                comment_id: existing.id,
                body
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
        await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: target.owner,
            repo: target.repo,
            issue_number: target.number,
            body
        });
    }
    catch (error) {
        throw apiError(`commenting on PR #${target.number}`, error);
    }
    return 'created';
}
function emitAnnotations(annotations) {
    for (const a of annotations) {
        const props = { title: a.title };
        if (a.file)
            props.file = a.file;
        if (a.startLine !== undefined)
            props.startLine = a.startLine;
        if (a.level === 'error')
            error(a.message, props);
        else if (a.level === 'warning')
            warning(a.message, props);
        else
            notice(a.message, props);
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
async function writeReportFile(path, report) {
    await mkdir$1(dirname(path), { recursive: true });
    await writeFile$1(path, `${JSON.stringify(report, null, 2)}\n`);
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
    if (!path || !existsSync(path))
        return {};
    try {
        const payload = JSON.parse(readFileSync(path, 'utf8'));
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
async function run() {
    const runnerTemp = process.env.RUNNER_TEMP || tmpdir();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    let inputs;
    let client;
    let collected = null;
    let subject = eventName || 'workspace';
    let outcome;
    let tempRoot;
    let reportPath;
    let prTarget;
    // The client (Octokit, undici) is loaded only by runs that call the API.
    const getClient = async () => {
        if (!client) {
            if (!inputs?.token) {
                throw new GateError('USAGE', `a token is required for ${eventName} events`, {
                    field: 'input token'
                });
            }
            const { createClient } = await import('./index-github.js');
            client = createClient({ token: inputs.token, log: message => info(message) });
        }
        return client;
    };
    try {
        inputs = readInputs();
        reportPath = resolve(workspace, inputs.report || join(runnerTemp, 'update-gate-report.json'));
        const payload = readPayload();
        subject = subjectOf(eventName, payload);
        const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
        const prNumber = payload.pull_request?.number;
        if (PR_EVENTS.has(eventName) && owner && repo && typeof prNumber === 'number') {
            prTarget = { owner, repo, number: prNumber };
        }
        tempRoot = await mkdtemp(join(runnerTemp, 'update-gate-'));
        collected = await collect({
            eventName,
            payload,
            repository: process.env.GITHUB_REPOSITORY ?? '',
            workspace,
            evidence: inputs.evidence,
            trust: inputs.trust,
            policy: inputs.policy,
            data: inputs.data,
            tempRoot,
            client: getClient
        });
        if (collected)
            subject = collected.subject;
        const results = [];
        if (collected && collected.packages.length > 0) {
            // Trust, policy and data are loaded and compiled once; each package is then evaluated alone,
            // so one broken package does not hide the others' decisions.
            const gate = await openGate({
                trustFile: collected.trustFile,
                ...(collected.policy ? { policy: collected.policy } : {}),
                ...(collected.dataFiles.length
                    ? { dataFiles: collected.dataFiles, dataLabels: collected.dataSources }
                    : {})
            });
            for (const pkg of collected.packages) {
                try {
                    const report = await gate.evaluate(pkg.packageDir, {
                        label: pkg.repoPath || '.',
                        ...(inputs.at ? { evaluationTime: inputs.at } : {}),
                        ...(pkg.artifactsDir ? { artifactsDir: pkg.artifactsDir } : {}),
                        ...(collected.change ? { change: collected.change } : {})
                    });
                    results.push({ pkg, report });
                    info(`${pkg.repoPath || '.'}: ${report.result.decision} (maturity ${report.result.maturity.level})`);
                }
                catch (error) {
                    results.push({ pkg, error: describeError(error) });
                    info(`${pkg.repoPath || '.'}: error`);
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
    await publish(outcome, collected, subject, inputs, reportPath, prTarget, getClient);
    if (tempRoot)
        await rm$1(tempRoot, { recursive: true, force: true }).catch(() => { });
    if (inputs === undefined || failsGate(outcome.decision, inputs.failOn))
        setFailed(outcome.headline);
    else
        info(outcome.headline);
}
async function publish(outcome, collected, subject, inputs, reportPath, target, getClient) {
    const errorLine = outcome.decision === 'error' && outcome.results.length === 0 ? outcome.headline : undefined;
    const errorMd = errorLine ? `\n:no_entry: ${inlineMarkdown(errorLine)}\n` : '';
    const markdown = composeMarkdown(outcome, collected, subject) + errorMd;
    let wroteReport = false;
    if (reportPath) {
        try {
            await writeReportFile(reportPath, {
                ...actionReport(outcome, collected, subject),
                ...(errorLine ? { error: errorLine } : {})
            });
            wroteReport = true;
        }
        catch (error$1) {
            error(`update-gate: could not write the report to ${reportPath}: ${describeError(error$1)}`);
        }
    }
    try {
        setOutputs(outcome, wroteReport ? reportPath : undefined);
    }
    catch (error$1) {
        // Without outputs, later steps cannot see the decision: that is an error, not a pass.
        outcome.decision = 'error';
        outcome.headline = `update-gate: error: outputs not written: ${describeError(error$1)}`;
        error(outcome.headline);
    }
    if (inputs?.sarifFile) {
        const sarifPath = resolve(process.env.GITHUB_WORKSPACE || process.cwd(), inputs.sarifFile);
        try {
            await writeSarifFile(sarifPath, outcome);
            info(`update-gate: SARIF written to ${sarifPath}`);
        }
        catch (error$1) {
            error(`update-gate: could not write SARIF to ${sarifPath}: ${describeError(error$1)}`);
        }
    }
    try {
        emitAnnotations(await annotationsFor(outcome.results, outcome.findings));
    }
    catch (error) {
        warning(`update-gate: annotations not written: ${describeError(error)}`);
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
        try {
            await summary.addRaw(markdown).write();
        }
        catch (error) {
            warning(`update-gate: job summary not written: ${describeError(error)}`);
        }
    }
    if (target && inputs?.comment) {
        try {
            const body = composeComment(outcome, collected, subject) + errorMd;
            const done = await upsertStickyComment(await getClient(), target, body, outcome.decision === 'none');
            info(`update-gate: PR comment ${done}`);
        }
        catch (error) {
            warning(`update-gate: the PR comment was not posted (${describeError(error)}); the decision is unchanged`);
        }
    }
}

/** GitHub Action entry point (dist/index.js). Everything lives in src/action and src/collect. */
try {
    await run();
}
catch (error) {
    // run() handles its own errors; this is the last guard: one line, no stack, a failed step.
    const message = messageOf(error);
    process.stdout.write(`::error::update-gate: internal error: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
}
