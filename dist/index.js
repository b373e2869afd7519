import * as os from 'os';
import os__default, { EOL } from 'os';
import * as crypto from 'crypto';
import * as fs from 'fs';
import { promises, constants as constants$1 } from 'fs';
import 'path';
import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import { createWriteStream, existsSync, createReadStream, constants as constants$2, readFileSync } from 'node:fs';
import { mkdir as mkdir$1, mkdtemp, readFile, realpath, lstat as lstat$1, readdir as readdir$1, stat as stat$1, rm as rm$1, open as open$1, writeFile as writeFile$1 } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { dirname, posix, join, relative, isAbsolute, resolve, sep } from 'node:path';
import { G as GateError, d as distExports, D as DECISION_ENTRYPOINT, c as clip, p as parseYaml, a as decodeUtf8, v as validateOrThrow, b as compileModule, i as instantiatePolicy, m as messageOf, e as checkOutput, n as normaliseTimestamp, f as normaliseOptionalTimestamp, S as SemVer, g as parseJson, h as DEFAULT_MAX_ALIAS_COUNT, y as yamlTextTooDeep, j as isGateError } from './index-wasm-policy.js';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { Transform, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import './index-_commonjsHelpers.js';
import './index-equal.js';
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
                yield access(pathFromEnv, constants$1.R_OK | constants$1.W_OK);
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
    error$1(message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error$1(message, properties = {}) {
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

/** The layout of an evidence package (docs/evidence-format.md). */
/** The index every package directory (or release) holds; the collect and load stages look for it. */
const INDEX_FILE = 'update-evidence.yaml';

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
            throw new GateError('FILE_NOT_FOUND', `directory not readable at ${at.ref}: HTTP 404`, {
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
                    throw new GateError('FILE_NOT_FOUND', `listed but not readable at ${at.ref}: HTTP 404`, {
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
 * A change under review (a pull request, a merge group, a push): which evidence packages does it
 * add or change, read at the head commit through the API, judged with the configuration of the
 * commit it is based on. Shared by every event that gates a change.
 *
 * - A package is the nearest directory above a changed file that holds update-evidence.yaml at
 *   the head; `evidence` (globs) narrows which directories count.
 * - Fails closed: a directory the head must hold (it contains a file the change adds or keeps)
 *   that the API does not serve is an error naming the directory and the HTTP status, never
 *   "no package".
 * - A change that edits the gate configuration (trust, a key file it names, the policy, a data
 *   file) gets a violation: it needs its own review and cannot pass the gate in the same change.
 */
const MAX_CANDIDATE_DIRS = 500;
/** The directories above a path, nearest first, ending with '' (the root). */
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
    const configurationChanged = [...changed].filter(p => config.touches(p)).sort();
    for (const p of configurationChanged) {
        findings.push({
            rule: 'gate.trust_changed',
            severity: 'violation',
            message: `${req.noun} changes ${p}, part of the gate configuration (trust, policy or data) that judges it. That change needs its own review and cannot pass the gate in the same change; the evidence was judged with the configuration at ${config.at.ref}.`,
            file: p
        });
    }
    const patterns = splitPatterns(req.evidence || '**');
    const listings = new Map();
    const dirHasIndex = async (dir, mustExist) => {
        if (req.headTree) {
            return req.headTree.get(dir ? `${dir}/${INDEX_FILE}` : INDEX_FILE)?.type === 'blob';
        }
        let listing = listings.get(dir);
        if (!listing) {
            if (listings.size >= MAX_CANDIDATE_DIRS) {
                throw new GateError('GITHUB_API', `${req.subject} touches more than ${MAX_CANDIDATE_DIRS} directories`);
            }
            listing = listDir(client, head, dir);
            listings.set(dir, listing);
        }
        const entries = await listing;
        // A removed file's directory may be gone; one holding a file the head keeps may not.
        if (entries === null && mustExist) {
            throw new GateError('GITHUB_API', `GitHub API listing ${dir || '/'} at ${head.ref} failed: HTTP 404; the change touches a file in it, so the evidence there cannot be read`, { file: dir || '/' });
        }
        return Boolean(entries?.some(e => e.name === INDEX_FILE && e.type === 'file'));
    };
    const packageDirs = new Set();
    const removedPackages = [];
    for (const path of [...changed].sort()) {
        for (const dir of ancestors(path)) {
            if (!matchesAny(dir, patterns))
                continue;
            // A directory the API cannot be asked about safely is not skipped: it may hold a package.
            if (dir !== '' && !isSafeRepoPath(dir)) {
                throw new GateError('PATH_OUTSIDE_ROOT', 'the change touches a path that cannot be read safely through the API', { file: path });
            }
            if (await dirHasIndex(dir, atHead.has(path))) {
                packageDirs.add(dir);
                break;
            }
        }
        if (posix.basename(path) === INDEX_FILE &&
            req.changed.some(f => f.filename === path && f.status === 'removed')) {
            removedPackages.push(posix.dirname(path) === '.' ? '' : posix.dirname(path));
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
    const packages = [];
    for (const dir of [...packageDirs].sort()) {
        const dest = await mkdtemp(join(req.tempRoot, 'update-gate-pkg-'));
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
        source: req.source,
        subject: req.subject,
        packages,
        trustFile: config.trust.file,
        trustSource: config.trustSource,
        ...(config.policy ? { policy: config.policy.local } : {}),
        policySource: config.policySource,
        dataFiles: config.data.map(d => d.local),
        dataSources: config.dataSources,
        change: { event: req.event, gateConfigurationChanged: configurationChanged },
        checked: { patterns, changedFiles: changed.size, listedBy: req.listedBy },
        findings,
        ...(req.pullRequest ? { pullRequest: req.pullRequest } : {})
    };
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

/**
 * The one place the gate's configuration (trust configuration and its key files, the policy when
 * it is a path, the data files) is read from a trusted commit through the API, for every event
 * that reads it from GitHub (pull_request, pull_request_target, merge_group, push, release).
 * Each part goes into its own temp dir; the report names each by repository path and commit,
 * never by the temp copy, so the same inputs give the same report.
 */
const ZERO_SHA = /^0{40}$/;
const isZeroSha = (sha) => typeof sha === 'string' && ZERO_SHA.test(sha);
/** The commit a branch, tag or sha names now (one API call), so that every read uses the same one. */
async function resolveCommit(client, owner, repo, ref) {
    return api(`resolving ${ref} to a commit`, async () => {
        const response = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', {
            owner,
            repo,
            ref
        });
        const sha = String(response.data.sha);
        if (!/^[0-9a-f]{40}$/.test(sha))
            throw new Error(`unexpected answer "${sha.slice(0, 60)}"`);
        return sha;
    });
}
/** `path at <commit>`: how a report names a configuration file. */
const sourceLabel = (repoPath, at) => `${repoPath} at ${at.ref}`;
/** Reads trust, policy and data at one commit, each into its own temp dir under tempRoot. */
async function fetchConfiguration(client, at, inputs, tempRoot) {
    const trust = await fetchTrust(client, at, inputs.trust, await mkdtemp(join(tempRoot, 'update-gate-trust-')));
    const policy = inputs.policy === 'builtin'
        ? undefined
        : await fetchPolicy(client, at, inputs.policy, await mkdtemp(join(tempRoot, 'update-gate-policy-')));
    const data = inputs.data.length
        ? await fetchDataFiles(client, at, inputs.data, await mkdtemp(join(tempRoot, 'update-gate-data-')))
        : [];
    return {
        at,
        trust,
        ...(policy ? { policy } : {}),
        data,
        trustSource: sourceLabel(inputs.trust, at),
        policySource: policy ? sourceLabel(policy.repoPath, at) : 'built-in',
        dataSources: data.map(d => sourceLabel(d.repoPath, at)),
        touches: path => touchesConfiguration(path, trust, policy, data)
    };
}

/**
 * The complete list of what changed between two commits, from their git trees (one recursive
 * tree per commit, compared path by path). Used where a list API stops early: the PR files API
 * lists at most 3000 files and the compare API at most 300; merge_group and push have no list
 * at all. A tree GitHub answers as truncated cannot be compared completely: that is an error,
 * never a partial list.
 */
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
    if (data.truncated !== false || !Array.isArray(data.tree)) {
        throw new GateError('GITHUB_API', `GitHub API ${what}: the tree is truncated (too many entries), so the change cannot be listed completely`);
    }
    const out = new Map();
    for (const entry of data.tree) {
        if (typeof entry.path !== 'string' || typeof entry.sha !== 'string')
            continue;
        out.set(entry.path, { type: String(entry.type), sha: entry.sha });
    }
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
        else if (before.sha !== entry.sha || before.type !== entry.type)
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
 * pull_request / pull_request_target: the change is the PR's files.
 *
 * - The changed files come from the PR files API (every page; renamed files count under both
 *   names, removed files mark their package as changed). That API lists at most 3000 files: when
 *   it lists fewer than the payload's `changed_files`, or reaches the cap, the complete change is
 *   taken from the git trees of the base and head commits instead (never a partial list).
 * - Package files are fetched from the head commit through the contents API, never from a
 *   checkout, so the workflow need not (and under pull_request_target must not) check out the
 *   PR. The trust configuration, policy and data come from the base commit.
 */
/** GitHub's PR files API lists at most this many files. */
const MAX_PR_FILES = 3000;
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
    let changed = await paginateAll(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: options.owner, repo: options.repo, pull_number: pr.number }, `listing the files of PR #${pr.number}`, MAX_PR_FILES);
    let listedBy = `the PR files API (${changed.length} files)`;
    let headTree;
    const expected = typeof pr.changed_files === 'number' ? pr.changed_files : undefined;
    if (changed.length >= MAX_PR_FILES || (expected !== undefined && changed.length < expected)) {
        const listed = changed.length;
        ({ changed, headTree } = await diffCommits(client, base, head));
        listedBy = `the git trees of the base and head commits (the PR files API listed ${listed} of ${expected ?? 'more'})`;
    }
    const config = await fetchConfiguration(client, base, options, options.tempRoot);
    return collectChange(client, {
        source: 'pull_request',
        subject: `PR #${pr.number} (${pr.head.sha.slice(0, 7)})`,
        noun: 'This PR',
        event: String(payload.action ? `pull_request.${String(payload.action)}` : 'pull_request'),
        head,
        changed,
        ...(headTree ? { headTree } : {}),
        listedBy,
        evidence: options.evidence,
        config,
        tempRoot: options.tempRoot,
        pullRequest: { owner: options.owner, repo: options.repo, number: pr.number }
    });
}

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
 */
const SHA = /^[0-9a-f]{40}$/;
function shaField(value, field) {
    if (typeof value !== 'string' || !SHA.test(value)) {
        throw new GateError('USAGE', 'expected a 40-character commit sha', {
            file: 'GITHUB_EVENT_PATH',
            field
        });
    }
    return value;
}
async function collectBetween(client, options, what, baseSha, headSha) {
    const at = (ref) => ({ owner: options.owner, repo: options.repo, ref });
    const { changed, headTree } = await diffCommits(client, at(baseSha), at(headSha));
    const config = await fetchConfiguration(client, at(baseSha), options, options.tempRoot);
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
async function collectMergeGroup(client, payload, options) {
    const group = payload.merge_group;
    if (!group || typeof group !== 'object') {
        throw new GateError('USAGE', 'the event payload has no merge_group', {
            file: 'GITHUB_EVENT_PATH',
            field: 'merge_group'
        });
    }
    const base = shaField(group.base_sha, 'merge_group.base_sha');
    const head = shaField(group.head_sha, 'merge_group.head_sha');
    return collectBetween(client, options, {
        source: 'merge_group',
        subject: `merge group ${head.slice(0, 7)}`,
        noun: 'This merge group',
        event: `merge_group.${String(payload.action ?? 'checks_requested')}`
    }, base, head);
}
/** null: the push deletes a ref, nothing to gate. */
async function collectPush(client, payload, options) {
    if (isZeroSha(payload.after) || payload.deleted === true)
        return null;
    const after = shaField(payload.after, 'after');
    let before;
    if (isZeroSha(payload.before)) {
        const defaultBranch = payload.repository
            ?.default_branch;
        if (typeof defaultBranch !== 'string' || !defaultBranch) {
            throw new GateError('USAGE', 'the push event has no repository.default_branch', {
                file: 'GITHUB_EVENT_PATH',
                field: 'repository.default_branch'
            });
        }
        before = await resolveCommit(client, options.owner, options.repo, defaultBranch);
        if (before === after) {
            throw new GateError('USAGE', `the push creates ${String(payload.ref)} at the default branch's own commit: there is no earlier commit to read the gate configuration from`, { file: 'GITHUB_EVENT_PATH', field: 'before' });
        }
    }
    else {
        before = shaField(payload.before, 'before');
    }
    return collectBetween(client, options, {
        source: 'push',
        subject: `push ${after.slice(0, 7)} to ${String(payload.ref ?? '')}`.trim(),
        noun: 'This push',
        event: 'push'
    }, before, after);
}

/**
 * release (published; see docs/action.md for why only that type): the release's assets are the artifacts under
 * review. Each is downloaded streaming to disk and digested on the way; when GitHub reports a
 * `digest` for the asset, the bytes must match it (else the run is an error: the download is
 * not what GitHub holds). The evidence package is the `evidence` directory of the repository at
 * the release tag, or, when `evidence` is empty, the assets themselves (a flat package with
 * update-evidence.yaml among them). The trust configuration, policy and data come from the
 * default branch's commit (resolved once), never from the tag under review.
 *
 * Every asset is handed to the policy as a fact (`input.release.assets`: name, size, sha256); the
 * policy decides what an asset that neither the signed manifest lists nor the package holds
 * means (the built-in policy: a violation named by the asset).
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
    const tempRoot = options.tempRoot;
    const assetsDir = await mkdtemp(join(tempRoot, 'update-gate-assets-'));
    const trustAt = {
        owner: options.owner,
        repo: options.repo,
        ref: await resolveCommit(client, options.owner, options.repo, options.defaultBranch)
    };
    const config = await fetchConfiguration(client, trustAt, options, tempRoot);
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
    const facts = { tag: release.tag_name, assets: [] };
    for (const asset of assets) {
        const got = await downloadAsset(client, options.owner, options.repo, asset, assetsDir);
        facts.assets.push({ name: asset.name, size: got.size, sha256: got.sha256 });
    }
    facts.assets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
        pkg = {
            repoPath: dir,
            packageDir: dest,
            artifactsDir: assetsDir,
            inRepository: true,
            release: facts
        };
    }
    else if (names.has(INDEX_FILE)) {
        await mkdir$1(assetsDir, { recursive: true });
        pkg = {
            repoPath: `release ${release.tag_name} assets`,
            packageDir: assetsDir,
            artifactsDir: assetsDir,
            inRepository: false,
            release: facts
        };
    }
    else {
        throw new GateError('FILE_NOT_FOUND', `release ${release.tag_name} has no ${INDEX_FILE} asset; set the evidence input to the package directory`, { field: 'input evidence' });
    }
    return {
        source: 'release',
        subject: `release ${release.tag_name}`,
        packages: [pkg],
        trustFile: config.trust.file,
        trustSource: config.trustSource,
        ...(config.policy ? { policy: config.policy.local } : {}),
        policySource: config.policySource,
        dataFiles: config.data.map(d => d.local),
        dataSources: config.dataSources,
        findings: []
    };
}

/**
 * workflow_dispatch and any other event without a change to compare (not push or merge_group,
 * see push.ts): the evidence is in the checked-out workspace
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
    const fromApi = () => ({
        ...needRepo(),
        evidence: request.evidence,
        trust: request.trust,
        policy: request.policy,
        data: request.data,
        tempRoot: request.tempRoot
    });
    if (PR_EVENTS.has(request.eventName)) {
        return collectPullRequest(await request.client(), request.payload, fromApi());
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
        const defaultBranch = request.payload.repository
            ?.default_branch;
        if (typeof defaultBranch !== 'string' || !defaultBranch) {
            throw new GateError('USAGE', 'the release event has no repository.default_branch', {
                file: 'GITHUB_EVENT_PATH',
                field: 'repository.default_branch'
            });
        }
        return collectRelease(await request.client(), request.payload, {
            ...fromApi(),
            defaultBranch
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
    const outside = (why) => new GateError('PATH_OUTSIDE_ROOT', `path '${clip(rel, 200)}' ${why}; paths are relative to the root`, where);
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
const OPEN_FLAGS = constants$2.O_RDONLY | (constants$2.O_NONBLOCK ?? 0) | (constants$2.O_NOFOLLOW ?? 0);
/**
 * Opens a regular file by its real path for reading. The type is checked (without following a
 * link) before the open, the open is non-blocking, and the type is checked again on the handle:
 * a FIFO, socket or device is refused (FILE_UNREADABLE naming the file), never opened so that it
 * could block or stream without end.
 */
async function openRegularFile(real, where) {
    let before;
    try {
        before = await lstat$1(real);
    }
    catch (error) {
        throw new GateError('FILE_UNREADABLE', `cannot read: ${errnoCode(error) ?? String(error)}`, where);
    }
    const kind = notRegular(before);
    if (kind !== null)
        throw refuse(kind, where);
    let handle;
    try {
        handle = await open$1(real, OPEN_FLAGS);
    }
    catch (error) {
        const code = errnoCode(error);
        if (code === 'ELOOP')
            throw refuse('a symbolic link', where);
        throw new GateError('FILE_UNREADABLE', `cannot open: ${code ?? String(error)}`, where);
    }
    try {
        const after = await handle.stat();
        const changed = notRegular(after);
        if (changed !== null)
            throw refuse(changed, where);
        if (after.ino !== before.ino || after.dev !== before.dev) {
            throw new GateError('FILE_UNREADABLE', 'changed while it was being opened', where);
        }
        return handle;
    }
    catch (error) {
        await handle.close();
        if (error instanceof GateError)
            throw error;
        throw new GateError('FILE_UNREADABLE', `cannot read: ${errnoCode(error) ?? String(error)}`, where);
    }
}
/**
 * Reads a regular file by its real path, refusing it when larger than maxBytes. The size is
 * checked on the open handle and again while reading, so a growing file cannot bypass it.
 */
async function readBounded(real, maxBytes, where) {
    const handle = await openRegularFile(real, where);
    try {
        const info = await handle.stat();
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
    let real;
    try {
        real = await realRoot(path, { file });
    }
    catch (error) {
        if (error instanceof GateError && error.code === 'FILE_NOT_FOUND')
            throw new GateError('FILE_NOT_FOUND', 'data file does not exist; give an existing JSON or YAML file (or leave the data option out)', { file });
        throw error;
    }
    const bytes = await readBounded(real, 4 * 1024 * 1024, { file });
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

/**
 * Canonical identities: the names people type for approvers, signers, builders, risk acceptors
 * and producers, in evidence records, the index and the trust configuration. The load stage
 * canonicalises every one of them, so the policy compares canonical ids only and a spelling
 * variant (`Carol@supplier.example`, a trailing space, a decomposed `é`) names the same person.
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
/** White space at either end, removed (U+FEFF is no white space: it is refused below). */
const EDGE_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;
/** Characters a name may not contain: invisible, control, or white space other than U+0020. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|(?! )\p{White_Space}/u;
/** `local@domain` with a host-name domain: no spaces, slashes or colons (a URL is no e-mail). */
const EMAIL = /^[^\s@/:]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u;
const codePoint = (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
/** True when the canonical form of a name is an e-mail address (and so lower-cased). */
const isEmailAddress = (name) => EMAIL.test(name);
/**
 * The canonical form of a name (see above); SCHEMA_VIOLATION naming `where` for a name that
 * holds an invisible or control character, or is empty once trimmed.
 */
function canonicalIdentity(value, where) {
    const trimmed = value.replace(EDGE_SPACE, '');
    const hidden = HIDDEN.exec(trimmed);
    if (hidden) {
        throw new GateError('SCHEMA_VIOLATION', `contains an invisible or control character (${codePoint(hidden[0])} at position ${hidden.index}); ` +
            'a name must be visible text, as it is compared with other names', where);
    }
    if (trimmed === '')
        throw new GateError('SCHEMA_VIOLATION', 'is empty once trimmed', where);
    const nfc = trimmed.normalize('NFC');
    return isEmailAddress(nfc) ? nfc.toLowerCase().normalize('NFC') : nfc;
}

/** Normalises a record of any kind; the caller has validated `raw` against `kind`'s schema. */
const normaliseRecord = (kind, raw, file) => RECORD_NORMALISERS[kind](raw, file);
const t = (value, file, field) => normaliseTimestamp(value, { file, field });
/** A name (signer, approver): canonical, see identity.ts. */
const id = (value, file, field) => canonicalIdentity(value, { file, field });
const tn = (value, file, field) => normaliseOptionalTimestamp(value, { file, field });
const RECORD_NORMALISERS = {
    'signing-event': (r, file) => ({
        kind: 'SigningEvent',
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
 * version); anything larger is an input error naming the file and field.
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
    return scheme === 'semver' ? new SemVer(a).compare(new SemVer(b)) : compareGeneric(a, b);
}
const where = (file, field) => ({ file, field });
/** Parses `vers:<scheme>/<constraint>|<constraint>…` per the vers spec. */
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
    const constraints = parts.map(part => {
        const c = /^(!=|<=|>=|<|>|=)?(.+)$/.exec(part);
        const version = c?.[2] ?? '';
        if (!c || version.length > MAX_VERSION_LENGTH || /[<>=!|*]/.test(version)) {
            throw new GateError('SCHEMA_VIOLATION', `has an invalid vers constraint ${JSON.stringify(part.slice(0, 100))}`, where(file, field));
        }
        return { comparator: (c[1] ?? '='), version: decodeURIComponent(version) };
    });
    return { text, scheme, any: false, constraints };
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
        ? await import('./index-vex-validators-2020.js').then(function (n) { return n.v; })
        : await import('./index-vex-validators-07.js').then(function (n) { return n.v; });
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

var error;
var hasRequiredError;

function requireError () {
	if (hasRequiredError) return error;
	hasRequiredError = 1;

	function formatPurlErrorMessage(message = '') {
	    const { length } = message;
	    let formatted = '';
	    if (length) {
	        // Lower case start of message.
	        const code0 = message.charCodeAt(0);
	        formatted =
	            code0 >= 65 /*'A'*/ || code0 <= 90 /*'Z'*/
	                ? `${message[0].toLowerCase()}${message.slice(1)}`
	                : message;
	        // Remove period from end of message.
	        if (
	            length > 1 &&
	            message.charCodeAt(length - 1) === 46 /*'.'*/ &&
	            message.charCodeAt(length - 2) !== 46
	        ) {
	            formatted = formatted.slice(0, -1);
	        }
	    }
	    return `Invalid purl: ${formatted}`
	}

	class PurlError extends Error {
	    constructor(message) {
	        super(formatPurlErrorMessage(message));
	    }
	}

	error = {
	    formatPurlErrorMessage,
	    PurlError
	};
	return error;
}

var decode;
var hasRequiredDecode;

function requireDecode () {
	if (hasRequiredDecode) return decode;
	hasRequiredDecode = 1;

	const { PurlError } = requireError();

	const { decodeURIComponent } = globalThis;

	function decodePurlComponent(comp, encodedURIComponent) {
	    try {
	        return decodeURIComponent(encodedURIComponent)
	    } catch {}
	    throw new PurlError(`unable to decode "${comp}" component`)
	}

	decode = {
	    decodePurlComponent
	};
	return decode;
}

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const LOOP_SENTINEL = 1_000_000;

	const REUSED_SEARCH_PARAMS = new URLSearchParams();

	const REUSED_SEARCH_PARAMS_KEY = '_';

	const REUSED_SEARCH_PARAMS_OFFSET = 2; // '_='.length

	constants = {
	    LOOP_SENTINEL,
	    REUSED_SEARCH_PARAMS,
	    REUSED_SEARCH_PARAMS_KEY,
	    REUSED_SEARCH_PARAMS_OFFSET
	};
	return constants;
}

var objects;
var hasRequiredObjects;

function requireObjects () {
	if (hasRequiredObjects) return objects;
	hasRequiredObjects = 1;

	const { LOOP_SENTINEL } = requireConstants();

	function isObject(value) {
	    return value !== null && typeof value === 'object'
	}

	function recursiveFreeze(value_) {
	    if (
	        value_ === null ||
	        !(typeof value_ === 'object' || typeof value_ === 'function') ||
	        Object.isFrozen(value_)
	    ) {
	        return value_
	    }
	    const queue = [value_];
	    let { length: queueLength } = queue;
	    let pos = 0;
	    while (pos < queueLength) {
	        if (pos === LOOP_SENTINEL) {
	            throw new Error(
	                'Detected infinite loop in object crawl of recursiveFreeze'
	            )
	        }
	        const obj = queue[pos++];
	        Object.freeze(obj);
	        if (Array.isArray(obj)) {
	            for (let i = 0, { length } = obj; i < length; i += 1) {
	                const item = obj[i];
	                if (
	                    item !== null &&
	                    (typeof item === 'object' || typeof item === 'function') &&
	                    !Object.isFrozen(item)
	                ) {
	                    queue[queueLength++] = item;
	                }
	            }
	        } else {
	            const keys = Reflect.ownKeys(obj);
	            for (let i = 0, { length } = keys; i < length; i += 1) {
	                const propValue = obj[keys[i]];
	                if (
	                    propValue !== null &&
	                    (typeof propValue === 'object' ||
	                        typeof propValue === 'function') &&
	                    !Object.isFrozen(propValue)
	                ) {
	                    queue[queueLength++] = propValue;
	                }
	            }
	        }
	    }
	    return value_
	}

	objects = {
	    isObject,
	    recursiveFreeze
	};
	return objects;
}

var strings;
var hasRequiredStrings;

function requireStrings () {
	if (hasRequiredStrings) return strings;
	hasRequiredStrings = 1;

	// Intl.Collator is faster than String#localeCompare
	// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/localeCompare:
	// > When comparing large numbers of strings, such as in sorting large arrays,
	// > it is better to create an Intl.Collator object and use the function provided
	// > by its compare() method.
	const { compare: localeCompare } = new Intl.Collator();

	// This regexp is valid as of 2024-08-01.
	// https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string
	const regexSemverNumberedGroups =
	    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

	function isBlank(str) {
	    for (let i = 0, { length } = str; i < length; i += 1) {
	        const code = str.charCodeAt(i);
	        // prettier-ignore
	        if (
	            !(
	                // Whitespace characters according to ECMAScript spec:
	                // https://tc39.es/ecma262/#sec-white-space
	                (
	                    code === 0x0020 || // Space
	                    code === 0x0009 || // Tab
	                    code === 0x000a || // Line Feed
	                    code === 0x000b || // Vertical Tab
	                    code === 0x000c || // Form Feed
	                    code === 0x000d || // Carriage Return
	                    code === 0x00a0 || // No-Break Space
	                    code === 0x1680 || // Ogham Space Mark
	                    code === 0x2000 || // En Quad
	                    code === 0x2001 || // Em Quad
	                    code === 0x2002 || // En Space
	                    code === 0x2003 || // Em Space
	                    code === 0x2004 || // Three-Per-Em Space
	                    code === 0x2005 || // Four-Per-Em Space
	                    code === 0x2006 || // Six-Per-Em Space
	                    code === 0x2007 || // Figure Space
	                    code === 0x2008 || // Punctuation Space
	                    code === 0x2009 || // Thin Space
	                    code === 0x200a || // Hair Space
	                    code === 0x2028 || // Line Separator
	                    code === 0x2029 || // Paragraph Separator
	                    code === 0x202f || // Narrow No-Break Space
	                    code === 0x205f || // Medium Mathematical Space
	                    code === 0x3000 || // Ideographic Space
	                    code === 0xfeff    // Byte Order Mark
	                )
	            )
	        ) {
	            return false
	        }
	    }
	    return true
	}

	function isNonEmptyString(value) {
	    return typeof value === 'string' && value.length > 0
	}

	function isSemverString(value) {
	    return typeof value === 'string' && regexSemverNumberedGroups.test(value)
	}

	function lowerName(purl) {
	    purl.name = purl.name.toLowerCase();
	}

	function lowerNamespace(purl) {
	    const { namespace } = purl;
	    if (typeof namespace === 'string') {
	        purl.namespace = namespace.toLowerCase();
	    }
	}

	function lowerVersion(purl) {
	    const { version } = purl;
	    if (typeof version === 'string') {
	        purl.version = version.toLowerCase();
	    }
	}

	function replaceDashesWithUnderscores(str) {
	    // Replace all "-" with "_"
	    let result = '';
	    let fromIndex = 0;
	    let index = 0;
	    while ((index = str.indexOf('-', fromIndex)) !== -1) {
	        result = result + str.slice(fromIndex, index) + '_';
	        fromIndex = index + 1;
	    }
	    return fromIndex ? result + str.slice(fromIndex) : str
	}

	function replaceUnderscoresWithDashes(str) {
	    // Replace all "_" with "-"
	    let result = '';
	    let fromIndex = 0;
	    let index = 0;
	    while ((index = str.indexOf('_', fromIndex)) !== -1) {
	        result = result + str.slice(fromIndex, index) + '-';
	        fromIndex = index + 1;
	    }
	    return fromIndex ? result + str.slice(fromIndex) : str
	}

	function trimLeadingSlashes(str) {
	    let start = 0;
	    while (str.charCodeAt(start) === 47 /*'/'*/) {
	        start += 1;
	    }
	    return start === 0 ? str : str.slice(start)
	}

	strings = {
	    isBlank,
	    isNonEmptyString,
	    isSemverString,
	    localeCompare,
	    lowerName,
	    lowerNamespace,
	    lowerVersion,
	    replaceDashesWithUnderscores,
	    replaceUnderscoresWithDashes,
	    trimLeadingSlashes
	};
	return strings;
}

var encode;
var hasRequiredEncode;

function requireEncode () {
	if (hasRequiredEncode) return encode;
	hasRequiredEncode = 1;

	const {
	    REUSED_SEARCH_PARAMS,
	    REUSED_SEARCH_PARAMS_KEY,
	    REUSED_SEARCH_PARAMS_OFFSET
	} = requireConstants();
	const { isObject } = requireObjects();
	const { isNonEmptyString } = requireStrings();

	const { encodeURIComponent } = globalThis;

	function encodeNamespace(namespace) {
	    return isNonEmptyString(namespace)
	        ? encodeURIComponent(namespace)
	              .replace(/%3A/g, ':')
	              .replace(/%2F/g, '/')
	        : ''
	}

	function encodeQualifierParam(param) {
	    if (isNonEmptyString(param)) {
	        // Param key and value are encoded with `percentEncodeSet` of
	        // 'application/x-www-form-urlencoded' and `spaceAsPlus` of `true`.
	        // https://url.spec.whatwg.org/#urlencoded-serializing
	        REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param);
	        return replacePlusSignWithPercentEncodedSpace(
	            REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
	        )
	    }
	    return ''
	}

	function encodeQualifiers(qualifiers) {
	    if (isObject(qualifiers)) {
	        // Sort this list of qualifier strings lexicographically.
	        const qualifiersKeys = Object.keys(qualifiers).sort();
	        const searchParams = new URLSearchParams();
	        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
	            const key = qualifiersKeys[i];
	            searchParams.set(key, qualifiers[key]);
	        }
	        return replacePlusSignWithPercentEncodedSpace(searchParams.toString())
	    }
	    return ''
	}

	function encodeSubpath(subpath) {
	    return isNonEmptyString(subpath)
	        ? encodeURIComponent(subpath).replace(/%2F/g, '/')
	        : ''
	}

	function encodeVersion(version) {
	    return isNonEmptyString(version)
	        ? encodeURIComponent(version).replace(/%3A/g, ':').replace(/%2B/g, '+')
	        : ''
	}

	function replacePlusSignWithPercentEncodedSpace(str) {
	    // Convert plus signs to %20 for better portability.
	    return str.replace(/\+/g, '%20')
	}

	encode = {
	    encodeNamespace,
	    encodeVersion,
	    encodeQualifiers,
	    encodeQualifierParam,
	    encodeSubpath,
	    encodeURIComponent
	};
	return encode;
}

var helpers;
var hasRequiredHelpers;

function requireHelpers () {
	if (hasRequiredHelpers) return helpers;
	hasRequiredHelpers = 1;

	function createHelpersNamespaceObject(helpers, options_ = {}) {
	    const { comparator, ...defaults } = { __proto__: null, ...options_ };
	    const helperNames = Object.keys(helpers).sort();
	    const propNames = [
	        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
	    ].sort(comparator);
	    const nsObject = Object.create(null);
	    for (let i = 0, { length } = propNames; i < length; i += 1) {
	        const propName = propNames[i];
	        const helpersForProp = Object.create(null);
	        for (
	            let j = 0, { length: length_j } = helperNames;
	            j < length_j;
	            j += 1
	        ) {
	            const helperName = helperNames[j];
	            const helperValue =
	                helpers[helperName][propName] ?? defaults[helperName];
	            if (helperValue !== undefined) {
	                helpersForProp[helperName] = helperValue;
	            }
	        }
	        nsObject[propName] = helpersForProp;
	    }
	    return nsObject
	}

	helpers = {
	    createHelpersNamespaceObject
	};
	return helpers;
}

var normalize;
var hasRequiredNormalize;

function requireNormalize () {
	if (hasRequiredNormalize) return normalize;
	hasRequiredNormalize = 1;

	const { isObject } = requireObjects();
	const { isBlank } = requireStrings();

	function normalizeName(rawName) {
	    return typeof rawName === 'string' ? rawName.trim() : undefined
	}

	function normalizeNamespace(rawNamespace) {
	    return typeof rawNamespace === 'string'
	        ? normalizePath(rawNamespace)
	        : undefined
	}

	function normalizePath(pathname, callback) {
	    let collapsed = '';
	    let start = 0;
	    // Leading and trailing slashes, i.e. '/', are not significant and should be
	    // stripped in the canonical form.
	    while (pathname.charCodeAt(start) === 47 /*'/'*/) {
	        start += 1;
	    }
	    let nextIndex = pathname.indexOf('/', start);
	    if (nextIndex === -1) {
	        return pathname.slice(start)
	    }
	    // Discard any empty string segments by collapsing repeated segment
	    // separator slashes, i.e. '/'.
	    while (nextIndex !== -1) {
	        const segment = pathname.slice(start, nextIndex);
	        if (callback === undefined || callback(segment)) {
	            collapsed =
	                collapsed + (collapsed.length === 0 ? '' : '/') + segment;
	        }
	        start = nextIndex + 1;
	        while (pathname.charCodeAt(start) === 47) {
	            start += 1;
	        }
	        nextIndex = pathname.indexOf('/', start);
	    }
	    const lastSegment = pathname.slice(start);
	    if (
	        lastSegment.length !== 0 &&
	        (callback === undefined || callback(lastSegment))
	    ) {
	        collapsed = collapsed + '/' + lastSegment;
	    }
	    return collapsed
	}

	function normalizeQualifiers(rawQualifiers) {
	    let qualifiers;
	    for (const { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
	        const strValue = typeof value === 'string' ? value : String(value);
	        const trimmed = strValue.trim();
	        // A key=value pair with an empty value is the same as no key/value
	        // at all for this key.
	        if (trimmed.length === 0) {
	            continue
	        }
	        if (qualifiers === undefined) {
	            qualifiers = { __proto__: null };
	        }
	        // A key is case insensitive. The canonical form is lowercase.
	        qualifiers[key.toLowerCase()] = trimmed;
	    }
	    return qualifiers
	}

	function normalizeSubpath(rawSubpath) {
	    return typeof rawSubpath === 'string'
	        ? normalizePath(rawSubpath, subpathFilter)
	        : undefined
	}

	function normalizeType(rawType) {
	    // The type must NOT be percent-encoded.
	    // The type is case insensitive. The canonical form is lowercase.
	    return typeof rawType === 'string'
	        ? rawType.trim().toLowerCase()
	        : undefined
	}

	function normalizeVersion(rawVersion) {
	    return typeof rawVersion === 'string' ? rawVersion.trim() : undefined
	}

	function qualifiersToEntries(rawQualifiers) {
	    if (isObject(rawQualifiers)) {
	        return rawQualifiers instanceof URLSearchParams
	            ? rawQualifiers.entries()
	            : Object.entries(rawQualifiers)
	    }
	    return typeof rawQualifiers === 'string'
	        ? new URLSearchParams(rawQualifiers).entries()
	        : Object.entries({})
	}

	function subpathFilter(segment) {
	    // When percent-decoded, a segment
	    //   - must not be any of '.' or '..'
	    //   - must not be empty
	    const { length } = segment;
	    if (length === 1 && segment.charCodeAt(0) === 46 /*'.'*/) return false
	    if (
	        length === 2 &&
	        segment.charCodeAt(0) === 46 &&
	        segment.charCodeAt(1) === 46
	    ) {
	        return false
	    }
	    return !isBlank(segment)
	}

	normalize = {
	    normalizeName,
	    normalizeNamespace,
	    normalizePath,
	    normalizeQualifiers,
	    normalizeSubpath,
	    normalizeType,
	    normalizeVersion
	};
	return normalize;
}

var lang;
var hasRequiredLang;

function requireLang () {
	if (hasRequiredLang) return lang;
	hasRequiredLang = 1;

	function isNullishOrEmptyString(value) {
	    return (
	        value === null ||
	        value === undefined ||
	        (typeof value === 'string' && value.length === 0)
	    )
	}

	lang = {
	    isNullishOrEmptyString
	};
	return lang;
}

var validate;
var hasRequiredValidate;

function requireValidate () {
	if (hasRequiredValidate) return validate;
	hasRequiredValidate = 1;

	const { PurlError } = requireError();
	const { isNullishOrEmptyString } = requireLang();
	const { isNonEmptyString } = requireStrings();

	function validateEmptyByType(type, name, value, throws) {
	    if (!isNullishOrEmptyString(value)) {
	        if (throws) {
	            throw new PurlError(`${type} "${name}" component must be empty`)
	        }
	        return false
	    }
	    return true
	}

	function validateName(name, throws) {
	    return (
	        validateRequired('name', name, throws) &&
	        validateStrings('name', name, throws)
	    )
	}

	function validateNamespace(namespace, throws) {
	    return validateStrings('namespace', namespace, throws)
	}

	function validateQualifiers(qualifiers, throws) {
	    if (qualifiers === null || qualifiers === undefined) {
	        return true
	    }
	    if (typeof qualifiers !== 'object') {
	        if (throws) {
	            throw new PurlError('"qualifiers" must be an object')
	        }
	        return false
	    }
	    const keysIterable =
	        // URL searchParams have an "keys" method that returns an iterator.
	        typeof qualifiers.keys === 'function'
	            ? qualifiers.keys()
	            : Object.keys(qualifiers);
	    for (const key of keysIterable) {
	        if (!validateQualifierKey(key, throws)) {
	            return false
	        }
	    }
	    return true
	}

	function validateQualifierKey(key, throws) {
	    // A key cannot start with a number.
	    if (!validateStartsWithoutNumber('qualifier', key, throws)) {
	        return false
	    }
	    // The key must be composed only of ASCII letters and numbers,
	    // '.', '-' and '_' (period, dash and underscore).
	    for (let i = 0, { length } = key; i < length; i += 1) {
	        const code = key.charCodeAt(i);
	        // prettier-ignore
	        if (
	            !(
	                (
	                    (code >= 48 && code <= 57)  || // 0-9
	                    (code >= 65 && code <= 90)  || // A-Z
	                    (code >= 97 && code <= 122) || // a-z
	                    code === 46 || // .
	                    code === 45 || // -
	                    code === 95    // _
	                )
	            )
	        ) {
	            if (throws) {
	                throw new PurlError(
	                    `qualifier "${key}" contains an illegal character`
	                )
	            }
	            return false
	        }
	    }
	    return true
	}

	function validateRequired(name, value, throws) {
	    if (isNullishOrEmptyString(value)) {
	        if (throws) {
	            throw new PurlError(`"${name}" is a required component`)
	        }
	        return false
	    }
	    return true
	}

	function validateRequiredByType(type, name, value, throws) {
	    if (isNullishOrEmptyString(value)) {
	        if (throws) {
	            throw new PurlError(`${type} requires a "${name}" component`)
	        }
	        return false
	    }
	    return true
	}

	function validateStartsWithoutNumber(name, value, throws) {
	    if (isNonEmptyString(value)) {
	        const code = value.charCodeAt(0);
	        if (code >= 48 /*'0'*/ && code <= 57 /*'9'*/) {
	            if (throws) {
	                throw new PurlError(
	                    `${name} "${value}" cannot start with a number`
	                )
	            }
	            return false
	        }
	    }
	    return true
	}

	function validateStrings(name, value, throws) {
	    if (value === null || value === undefined || typeof value === 'string') {
	        return true
	    }
	    if (throws) {
	        throw new PurlError(`"'${name}" must be a string`)
	    }
	    return false
	}

	function validateSubpath(subpath, throws) {
	    return validateStrings('subpath', subpath, throws)
	}

	function validateType(type, throws) {
	    // The type cannot be nullish, an empty string, or start with a number.
	    if (
	        !validateRequired('type', type, throws) ||
	        !validateStrings('type', type, throws) ||
	        !validateStartsWithoutNumber('type', type, throws)
	    ) {
	        return false
	    }
	    // The package type is composed only of ASCII letters and numbers,
	    // '.', '+' and '-' (period, plus, and dash)
	    for (let i = 0, { length } = type; i < length; i += 1) {
	        const code = type.charCodeAt(i);
	        // prettier-ignore
	        if (
	            !(
	                (
	                    (code >= 48 && code <= 57)  || // 0-9
	                    (code >= 65 && code <= 90)  || // A-Z
	                    (code >= 97 && code <= 122) || // a-z
	                    code === 46 || // .
	                    code === 43 || // +
	                    code === 45    // -
	                )
	            )
	        ) {
	            if (throws) {
	                throw new PurlError(
	                    `type "${type}" contains an illegal character`
	                )
	            }
	            return false
	        }
	    }
	    return true
	}

	function validateVersion(version, throws) {
	    return validateStrings('version', version, throws)
	}

	validate = {
	    validateEmptyByType,
	    validateName,
	    validateNamespace,
	    validateQualifiers,
	    validateQualifierKey,
	    validateRequired,
	    validateRequiredByType,
	    validateStartsWithoutNumber,
	    validateStrings,
	    validateSubpath,
	    validateType,
	    validateVersion
	};
	return validate;
}

var purlComponent;
var hasRequiredPurlComponent;

function requirePurlComponent () {
	if (hasRequiredPurlComponent) return purlComponent;
	hasRequiredPurlComponent = 1;

	const {
	    encodeNamespace,
	    encodeVersion,
	    encodeQualifiers,
	    encodeQualifierParam,
	    encodeSubpath,
	    encodeURIComponent
	} = requireEncode();

	const { createHelpersNamespaceObject } = requireHelpers();

	const {
	    normalizeType,
	    normalizeNamespace,
	    normalizeName,
	    normalizeVersion,
	    normalizeQualifiers,
	    normalizeSubpath
	} = requireNormalize();

	const { localeCompare, isNonEmptyString } = requireStrings();

	const {
	    validateType,
	    validateNamespace,
	    validateName,
	    validateVersion,
	    validateQualifiers,
	    validateQualifierKey,
	    validateSubpath
	} = requireValidate();

	const PurlComponentEncoder = (comp) =>
	    isNonEmptyString(comp) ? encodeURIComponent(comp) : '';

	const PurlComponentStringNormalizer = (comp) =>
	    typeof comp === 'string' ? comp : undefined;

	const PurlComponentValidator = (_comp, _throws) => true;

	const componentSortOrderLookup = {
	    __proto__: null,
	    type: 0,
	    namespace: 1,
	    name: 2,
	    version: 3,
	    qualifiers: 4,
	    qualifierKey: 5,
	    qualifierValue: 6,
	    subpath: 7
	};

	function componentSortOrder(comp) {
	    return componentSortOrderLookup[comp] ?? comp
	}

	function componentComparator(compA, compB) {
	    return localeCompare(componentSortOrder(compA), componentSortOrder(compB))
	}

	purlComponent = {
	    // Rules for each purl component:
	    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
	    PurlComponent: createHelpersNamespaceObject(
	        {
	            encode: {
	                namespace: encodeNamespace,
	                version: encodeVersion,
	                qualifiers: encodeQualifiers,
	                qualifierKey: encodeQualifierParam,
	                qualifierValue: encodeQualifierParam,
	                subpath: encodeSubpath
	            },
	            normalize: {
	                type: normalizeType,
	                namespace: normalizeNamespace,
	                name: normalizeName,
	                version: normalizeVersion,
	                qualifiers: normalizeQualifiers,
	                subpath: normalizeSubpath
	            },
	            validate: {
	                type: validateType,
	                namespace: validateNamespace,
	                name: validateName,
	                version: validateVersion,
	                qualifierKey: validateQualifierKey,
	                qualifiers: validateQualifiers,
	                subpath: validateSubpath
	            }
	        },
	        {
	            comparator: componentComparator,
	            encode: PurlComponentEncoder,
	            normalize: PurlComponentStringNormalizer,
	            validate: PurlComponentValidator
	        }
	    )
	};
	return purlComponent;
}

var purlQualifierNames;
var hasRequiredPurlQualifierNames;

function requirePurlQualifierNames () {
	if (hasRequiredPurlQualifierNames) return purlQualifierNames;
	hasRequiredPurlQualifierNames = 1;

	purlQualifierNames = {
	    // Known qualifiers:
	    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
	    PurlQualifierNames: {
	        __proto__: null,
	        RepositoryUrl: 'repository_url',
	        DownloadUrl: 'download_url',
	        VcsUrl: 'vcs_url',
	        FileName: 'file_name',
	        Checksum: 'checksum'
	    }
	};
	return purlQualifierNames;
}

var purlType;
var hasRequiredPurlType;

function requirePurlType () {
	if (hasRequiredPurlType) return purlType;
	hasRequiredPurlType = 1;

	const { isNullishOrEmptyString } = requireLang();

	const { createHelpersNamespaceObject } = requireHelpers();

	const {
	    isSemverString,
	    lowerName,
	    lowerNamespace,
	    lowerVersion,
	    replaceDashesWithUnderscores,
	    replaceUnderscoresWithDashes
	} = requireStrings();

	const { validateEmptyByType, validateRequiredByType } = requireValidate();
	const { PurlError } = requireError();

	const PurlTypNormalizer = (purl) => purl;

	const PurlTypeValidator = (_purl, _throws) => true;

	purlType = {
	    // PURL types:
	    // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
	    PurlType: createHelpersNamespaceObject(
	        {
	            normalize: {
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
	                alpm(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
	                apk(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
	                bitbucket(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
	                bitnami(purl) {
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
	                composer(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
	                deb(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
	                gitlab(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
	                github(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
	                // golang(purl) {
	                //     // Ignore case-insensitive rule because go.mod are case-sensitive.
	                //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
	                //     lowerNamespace(purl)
	                //     lowerName(purl)
	                //     return purl
	                // },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
	                hex(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
	                huggingface(purl) {
	                    lowerVersion(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
	                mlflow(purl) {
	                    if (
	                        purl.qualifiers?.repository_url?.includes('databricks')
	                    ) {
	                        lowerName(purl);
	                    }
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
	                npm(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
	                luarocks(purl) {
	                    lowerVersion(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
	                oci(purl) {
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
	                pub(purl) {
	                    lowerName(purl);
	                    purl.name = replaceDashesWithUnderscores(purl.name);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
	                pypi(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    purl.name = replaceUnderscoresWithDashes(purl.name);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
	                qpkg(purl) {
	                    lowerNamespace(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
	                rpm(purl) {
	                    lowerNamespace(purl);
	                    return purl
	                }
	            },
	            validate: {
	                // TODO: cocoapods name validation
	                // TODO: cpan namespace validation
	                // TODO: swid qualifier validation
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
	                conan(purl, throws) {
	                    if (isNullishOrEmptyString(purl.namespace)) {
	                        if (purl.qualifiers?.channel) {
	                            if (throws) {
	                                throw new PurlError(
	                                    'conan requires a "namespace" component when a "channel" qualifier is present'
	                                )
	                            }
	                            return false
	                        }
	                    } else if (isNullishOrEmptyString(purl.qualifiers)) {
	                        if (throws) {
	                            throw new PurlError(
	                                'conan requires a "qualifiers" component when a namespace is present'
	                            )
	                        }
	                        return false
	                    }
	                    return true
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
	                cran(purl, throws) {
	                    return validateRequiredByType(
	                        'cran',
	                        'version',
	                        purl.version,
	                        throws
	                    )
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
	                golang(purl) {
	                    // Still being lenient here since the standard changes aren't official.
	                    // Pending spec change: https://github.com/package-url/purl-spec/pull/196
	                    const { version } = purl;
	                    const length =
	                        typeof version === 'string' ? version.length : 0;
	                    // If the version starts with a "v" then ensure its a valid semver version.
	                    // This, by semver semantics, also supports pseudo-version number.
	                    // https://go.dev/doc/modules/version-numbers#pseudo-version-number
	                    if (
	                        length &&
	                        version.charCodeAt(0) === 118 /*'v'*/ &&
	                        !isSemverString(version.slice(1))
	                    ) {
	                        if (throws) {
	                            throw new PurlError(
	                                'golang "version" component starting with a "v" must be followed by a valid semver version'
	                            )
	                        }
	                        return false
	                    }
	                    return true
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
	                maven(purl, throws) {
	                    return validateRequiredByType(
	                        'maven',
	                        'namespace',
	                        purl.namespace,
	                        throws
	                    )
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
	                mlflow(purl, throws) {
	                    return validateEmptyByType(
	                        'mlflow',
	                        'namespace',
	                        purl.namespace,
	                        throws
	                    )
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
	                oci(purl, throws) {
	                    return validateEmptyByType(
	                        'oci',
	                        'namespace',
	                        purl.namespace,
	                        throws
	                    )
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
	                pub(purl, throws) {
	                    const { name } = purl;
	                    for (let i = 0, { length } = name; i < length; i += 1) {
	                        const code = name.charCodeAt(i);
	                        // prettier-ignore
	                        if (
	                  !(
	                      (
	                          (code >= 48 && code <= 57)  || // 0-9
	                          (code >= 97 && code <= 122) || // a-z
	                          code === 95 // _
	                      )
	                  )
	              ) {
	                  if (throws) {
	                      throw new PurlError(
	                          'pub "name" component may only contain [a-z0-9_] characters'
	                      )
	                  }
	                  return false
	              }
	                    }
	                    return true
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
	                swift(purl, throws) {
	                    return (
	                        validateRequiredByType(
	                            'swift',
	                            'namespace',
	                            purl.namespace,
	                            throws
	                        ) &&
	                        validateRequiredByType(
	                            'swift',
	                            'version',
	                            purl.version,
	                            throws
	                        )
	                    )
	                }
	            }
	        },
	        {
	            normalize: PurlTypNormalizer,
	            validate: PurlTypeValidator
	        }
	    )
	};
	return purlType;
}

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/

var packageUrl;
var hasRequiredPackageUrl;

function requirePackageUrl () {
	if (hasRequiredPackageUrl) return packageUrl;
	hasRequiredPackageUrl = 1;

	const { decodePurlComponent } = requireDecode();
	const { isObject, recursiveFreeze } = requireObjects();
	const { isBlank, isNonEmptyString, trimLeadingSlashes } = requireStrings();

	const { PurlComponent } = requirePurlComponent();
	const { PurlQualifierNames } = requirePurlQualifierNames();
	const { PurlType } = requirePurlType();
	const { PurlError } = requireError();

	class PackageURL {
	    static Component = recursiveFreeze(PurlComponent)
	    static KnownQualifierNames = recursiveFreeze(PurlQualifierNames)
	    static Type = recursiveFreeze(PurlType)

	    constructor(
	        rawType,
	        rawNamespace,
	        rawName,
	        rawVersion,
	        rawQualifiers,
	        rawSubpath
	    ) {
	        const type = isNonEmptyString(rawType)
	            ? PurlComponent.type.normalize(rawType)
	            : rawType;
	        PurlComponent.type.validate(type, true);

	        const namespace = isNonEmptyString(rawNamespace)
	            ? PurlComponent.namespace.normalize(rawNamespace)
	            : rawNamespace;
	        PurlComponent.namespace.validate(namespace, true);

	        const name = isNonEmptyString(rawName)
	            ? PurlComponent.name.normalize(rawName)
	            : rawName;
	        PurlComponent.name.validate(name, true);

	        const version = isNonEmptyString(rawVersion)
	            ? PurlComponent.version.normalize(rawVersion)
	            : rawVersion;
	        PurlComponent.version.validate(version, true);

	        const qualifiers =
	            typeof rawQualifiers === 'string' || isObject(rawQualifiers)
	                ? PurlComponent.qualifiers.normalize(rawQualifiers)
	                : rawQualifiers;
	        PurlComponent.qualifiers.validate(qualifiers, true);

	        const subpath = isNonEmptyString(rawSubpath)
	            ? PurlComponent.subpath.normalize(rawSubpath)
	            : rawSubpath;
	        PurlComponent.subpath.validate(subpath, true);

	        this.type = type;
	        this.name = name;
	        this.namespace = namespace ?? undefined;
	        this.version = version ?? undefined;
	        this.qualifiers = qualifiers ?? undefined;
	        this.subpath = subpath ?? undefined;

	        const typeHelpers = PurlType[type];
	        if (typeHelpers) {
	            typeHelpers.normalize(this);
	            typeHelpers.validate(this, true);
	        }
	    }

	    toString() {
	        const { namespace, name, version, qualifiers, subpath, type } = this;
	        let purlStr = `pkg:${PurlComponent.type.encode(type)}/`;
	        if (namespace) {
	            purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`;
	        }
	        purlStr = `${purlStr}${PurlComponent.name.encode(name)}`;
	        if (version) {
	            purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`;
	        }
	        if (qualifiers) {
	            purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`;
	        }
	        if (subpath) {
	            purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`;
	        }
	        return purlStr
	    }

	    static fromString(purlStr) {
	        return new PackageURL(...PackageURL.parseString(purlStr))
	    }

	    static parseString(purlStr) {
	        // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#how-to-parse-a-purl-string-in-its-components
	        if (typeof purlStr !== 'string') {
	            throw new Error('A purl string argument is required.')
	        }
	        if (isBlank(purlStr)) {
	            return [
	                undefined,
	                undefined,
	                undefined,
	                undefined,
	                undefined,
	                undefined
	            ]
	        }

	        // Split the remainder once from left on ':'.
	        const colonIndex = purlStr.indexOf(':');
	        // Use WHATWG URL to split up the purl string.
	        //   - Split the purl string once from right on '#'
	        //   - Split the remainder once from right on '?'
	        //   - Split the remainder once from left on ':'
	        let url;
	        let maybeUrlWithAuth;
	        if (colonIndex !== -1) {
	            try {
	                // Since a purl never contains a URL Authority, its scheme
	                // must not be suffixed with double slash as in 'pkg://'
	                // and should use instead 'pkg:'. Purl parsers must accept
	                // URLs such as 'pkg://' and must ignore the '//'
	                const beforeColon = purlStr.slice(0, colonIndex);
	                const afterColon = purlStr.slice(colonIndex + 1);
	                const trimmedAfterColon = trimLeadingSlashes(afterColon);
	                url = new URL(`${beforeColon}:${trimmedAfterColon}`);
	                maybeUrlWithAuth =
	                    afterColon.length === trimmedAfterColon.length
	                        ? url
	                        : new URL(purlStr);
	            } catch (e) {
	                throw new PurlError('failed to parse as URL', {
	                    cause: e
	                })
	            }
	        }
	        // The scheme is a constant with the value "pkg".
	        if (url?.protocol !== 'pkg:') {
	            throw new PurlError('missing required "pkg" scheme component')
	        }
	        // A purl must NOT contain a URL Authority i.e. there is no support for
	        // username, password, host and port components.
	        if (
	            maybeUrlWithAuth.username !== '' ||
	            maybeUrlWithAuth.password !== ''
	        ) {
	            throw new PurlError('cannot contain a "user:pass@host:port"')
	        }

	        const { pathname } = url;
	        const firstSlashIndex = pathname.indexOf('/');
	        const rawType = decodePurlComponent(
	            'type',
	            firstSlashIndex === -1
	                ? pathname
	                : pathname.slice(0, firstSlashIndex)
	        );
	        if (firstSlashIndex < 1) {
	            return [
	                rawType,
	                undefined,
	                undefined,
	                undefined,
	                undefined,
	                undefined
	            ]
	        }

	        let rawVersion;
	        let atSignIndex = pathname.lastIndexOf('@');
	        // Handle unencoded leading '@' characters. This is a small break from
	        // the specification to make parsing more forgiving so that users don't
	        // have to deal with it.
	        if (
	            atSignIndex !== -1 &&
	            pathname.charCodeAt(atSignIndex - 1) === 47 /*'/'*/
	        ) {
	            atSignIndex = -1;
	        }
	        const beforeVersion = pathname.slice(
	            rawType.length + 1,
	            atSignIndex === -1 ? pathname.length : atSignIndex
	        );
	        if (atSignIndex !== -1) {
	            // Split the remainder once from right on '@'.
	            rawVersion = decodePurlComponent(
	                'version',
	                pathname.slice(atSignIndex + 1)
	            );
	        }

	        let rawNamespace;
	        let rawName;
	        const lastSlashIndex = beforeVersion.lastIndexOf('/');
	        if (lastSlashIndex === -1) {
	            // Split the remainder once from right on '/'.
	            rawName = decodePurlComponent('name', beforeVersion);
	        } else {
	            // Split the remainder once from right on '/'.
	            rawName = decodePurlComponent(
	                'name',
	                beforeVersion.slice(lastSlashIndex + 1)
	            );
	            // Split the remainder on '/'.
	            rawNamespace = decodePurlComponent(
	                'namespace',
	                beforeVersion.slice(0, lastSlashIndex)
	            );
	        }

	        let rawQualifiers;
	        const { searchParams } = url;
	        if (searchParams.size !== 0) {
	            searchParams.forEach((value) =>
	                decodePurlComponent('qualifiers', value)
	            );
	            // Split the remainder once from right on '?'.
	            rawQualifiers = searchParams;
	        }

	        let rawSubpath;
	        const { hash } = url;
	        if (hash.length !== 0) {
	            // Split the purl string once from right on '#'.
	            rawSubpath = decodePurlComponent('subpath', hash.slice(1));
	        }

	        return [
	            rawType,
	            rawNamespace,
	            rawName,
	            rawVersion,
	            rawQualifiers,
	            rawSubpath
	        ]
	    }
	}

	for (const staticProp of ['Component', 'KnownQualifierNames', 'Type']) {
	    Reflect.defineProperty(PackageURL, staticProp, {
	        ...Reflect.getOwnPropertyDescriptor(PackageURL, staticProp),
	        writable: false
	    });
	}

	Reflect.setPrototypeOf(PackageURL.prototype, null);

	packageUrl = {
	    PackageURL,
	    PurlComponent,
	    PurlQualifierNames,
	    PurlType
	};
	return packageUrl;
}

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/

var packageurlJs;
var hasRequiredPackageurlJs;

function requirePackageurlJs () {
	if (hasRequiredPackageurlJs) return packageurlJs;
	hasRequiredPackageurlJs = 1;

	const {
	  PackageURL,
	  PurlComponent,
	  PurlQualifierNames,
	  PurlType
	} = requirePackageUrl();

	packageurlJs = {
	  PackageURL,
	  PurlComponent,
	  PurlQualifierNames,
	  PurlType
	};
	return packageurlJs;
}

var packageurlJsExports = requirePackageurlJs();

/** Product identifiers in documents and indexes: purls (packageurl-js) and CPE 2.3 names. */
/** Parses a purl; a purl that does not parse is an input error naming file and field. */
function parsePurl(text, file, field) {
    try {
        const p = packageurlJsExports.PackageURL.fromString(text);
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
        throw new GateError('SCHEMA_VIOLATION', `is not a CPE 2.3 formatted string (cpe:2.3:part:vendor:product:version:…, 13 fields), got ${JSON.stringify(text.slice(0, 200))}`, { file, field });
    }
    return { part: parts[2], vendor: parts[3], product: parts[4], version: parts[5] };
}
/** A CPE version field that names one version (not ANY `*` or NA `-`), unescaped. */
const cpeVersion = (cpe) => cpe.version === '*' || cpe.version === '-' ? null : cpe.version.replace(/\\(.)/g, '$1');

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
function readCsaf(doc, file) {
    const entries = new Map();
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
            entries.set(branch.product.product_id, e);
        }
        for (const [i, child] of (branch.branches ?? []).entries())
            stack.push({ branch: child, pointer: `${pointer}/branches/${i}`, ...here });
    }
    for (const [i, fpn] of (tree.full_product_names ?? []).entries()) {
        count(ptr('product_tree', 'full_product_names', i));
        entries.set(fpn.product_id, helperRef(fpn, ptr('product_tree', 'full_product_names', i), {}));
    }
    // Relationships name combined products; a chain that leads back to itself is refused.
    const refersTo = new Map();
    for (const [i, rel] of (tree.relationships ?? []).entries()) {
        const pointer = ptr('product_tree', 'relationships', i);
        count(pointer);
        const fpn = rel.full_product_name;
        refersTo.set(fpn.product_id, [rel.product_reference, rel.relates_to_product_reference]);
        if (!entries.has(fpn.product_id))
            entries.set(fpn.product_id, helperRef(fpn, `${pointer}/full_product_name`, {}));
    }
    for (const [i, rel] of (tree.relationships ?? []).entries()) {
        const startId = rel.full_product_name.product_id;
        const seen = new Set();
        const todo = [...(refersTo.get(startId) ?? [])];
        while (todo.length > 0) {
            const id = todo.pop();
            if (id === startId) {
                throw new GateError('SCHEMA_VIOLATION', `relationship ${JSON.stringify(startId)} refers back to itself through ${[...seen].join(', ') || 'itself'} (a cycle in the product tree)`, { file, field: ptr('product_tree', 'relationships', i) });
            }
            if (seen.has(id))
                continue;
            seen.add(id);
            todo.push(...(refersTo.get(id) ?? []));
        }
    }
    const groups = new Map();
    for (const g of tree.product_groups ?? [])
        groups.set(g.group_id, g.product_ids);
    const expand = (ids = [], groupIds = []) => new Set([...ids, ...groupIds.flatMap(g => groups.get(g) ?? [])]);
    const statements = [];
    for (const [i, v] of (doc.vulnerabilities ?? []).entries()) {
        const ids = [
            ...(v.cve ? [v.cve] : []),
            ...(v.ids ?? []).map((x) => String(x.text))
        ];
        const vulnerability = ids[0] ?? `vulnerabilities[${i}]`;
        const justification = (pid) => {
            for (const f of v.flags ?? [])
                if (expand(f.product_ids, f.group_ids).has(pid))
                    return String(f.label);
            for (const t of v.threats ?? [])
                if (t.category === 'impact' && expand(t.product_ids, t.group_ids).has(pid))
                    return String(t.details);
            return null;
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
    return { format: 'csaf', id: String(doc.document.tracking.id), statements, unsupported: [] };
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
        if (typeof c['bom-ref'] === 'string')
            components.set(c['bom-ref'], { product, version });
        for (const [i, child] of (c.components ?? []).entries())
            stack.push({ c: child, pointer: `${pointer}/components/${i}` });
    }
    const statements = [];
    const add = (s, field) => {
        if (statements.length >= MAX_STATEMENTS) {
            throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} affects entries`, {
                file,
                field
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
            const ref = String(a.ref);
            const known = components.get(ref.includes('#') ? ref.slice(ref.indexOf('#') + 1) : ref);
            const product = known?.product ?? { label: ref };
            const base = ptr('vulnerabilities', i, 'affects', j);
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
                    add({
                        pointer,
                        vulnerability,
                        aliases,
                        status,
                        justification: status === 'not_affected' ? justification : null,
                        product,
                        versions: typeof ver.version === 'string'
                            ? { type: 'list', versions: [ver.version], vers: [] }
                            : { type: 'list', versions: [], vers: [String(ver.range)] }
                    }, pointer);
                }
            }
            else {
                const status = state ?? 'affected';
                add({
                    pointer: base,
                    vulnerability,
                    aliases,
                    status,
                    justification: status === 'not_affected' ? justification : null,
                    product,
                    versions: known?.version
                        ? { type: 'list', versions: [known.version], vers: [] }
                        : { type: 'all' }
                }, base);
            }
        }
    }
    const id = doc.serialNumber ? String(doc.serialNumber) : `${file} (no serialNumber)`;
    return { format: 'cyclonedx-vex', id, statements, unsupported: [] };
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
    return { format: 'openvex', id: String(doc['@id']), statements, unsupported: [] };
}

/**
 * OSV 1.x: affected packages with SEMVER ranges, ECOSYSTEM ranges of ecosystems whose versions
 * order as SemVer, and listed versions. GIT ranges (they need the repository's commit graph)
 * and ECOSYSTEM ranges of other ecosystems (they need that ecosystem's own ordering) are
 * reported as unsupported, never guessed.
 */
/** Ecosystems whose versions are SemVer 2.0.0 (OSV schema, "Affected ranges"). */
const SEMVER_ECOSYSTEMS = ['Go', 'npm', 'crates.io', 'Hex', 'Pub'];
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
            if (!semverOrdered) {
                unsupported.push({
                    pointer: rp,
                    vulnerability,
                    product: product.label,
                    reason: r.type === 'GIT'
                        ? 'GIT ranges need the repository commit graph, which the gate does not hold'
                        : `${r.type} ranges of ecosystem ${JSON.stringify(pkg.ecosystem)} need that ecosystem's version order, which the gate does not implement`
                });
                continue;
            }
            if (r.type === 'ECOSYSTEM')
                rangeType = 'ECOSYSTEM';
            events += (r.events ?? []).length;
            if (events > MAX_VERS_CONSTRAINTS) {
                throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_VERS_CONSTRAINTS} range events; at most ${MAX_VERS_CONSTRAINTS} are read`, { file, field: `${rp}/events` });
            }
            // Events in order: each `introduced` opens an interval, `fixed` / `last_affected` closes it.
            let open = null;
            for (const e of r.events ?? []) {
                if (e.introduced !== undefined) {
                    if (open !== null)
                        ranges.push({ introduced: open, fixed: null, lastAffected: null });
                    open = String(e.introduced);
                }
                else if (open !== null && (e.fixed !== undefined || e.last_affected !== undefined)) {
                    ranges.push({
                        introduced: open,
                        fixed: e.fixed !== undefined ? String(e.fixed) : null,
                        lastAffected: e.last_affected !== undefined ? String(e.last_affected) : null
                    });
                    open = null;
                }
            }
            if (open !== null)
                ranges.push({ introduced: open, fixed: null, lastAffected: null });
        }
        const versions = (a.versions ?? []).map(String);
        if (versions.length > MAX_VERS_CONSTRAINTS) {
            throw new GateError('LIMIT_EXCEEDED', `lists ${versions.length} versions; at most ${MAX_VERS_CONSTRAINTS} are read`, { file, field: `${pointer}/versions` });
        }
        if (ranges.length === 0 && versions.length === 0)
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
    return { format: 'osv', id: vulnerability, statements, unsupported };
}

/**
 * The evidence-reader registry: one reader per (kind, format). This is the seam where further
 * formats plug in: add a format to the index schema's `format` enum, a reader here, and (for
 * signed content) a verifier in src/verify. affected-versions reads CSAF 2.0, OpenVEX 0.2,
 * OSV 1.x and CycloneDX VEX besides the gate's own YAML record.
 */
const document = async () => ({ type: 'document' });
const record = (kind) => async (ctx) => {
    const text = decodeUtf8(ctx.file.bytes, ctx.file.path);
    const raw = parseYaml(text, ctx.file.path, { maxAliasCount: ctx.maxAliasCount });
    validateOrThrow(kind, raw, ctx.file.path);
    return { type: 'record', record: normaliseRecord(kind, raw, ctx.file.path) };
};
/** A cosign `.sig` is base64 text; a raw DER or Ed25519 signature gets the conversion as its fix. */
function signatureText(bytes, file) {
    try {
        return decodeUtf8(bytes, file);
    }
    catch {
        throw new GateError('PARSE_ERROR', 'is binary, but the signature must be base64 text as `cosign sign-blob` writes it; convert it with `openssl base64 -A -in <binary signature> -out ' +
            file +
            '`', { file });
    }
}
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
            ? {
                file: sig.path,
                present: true,
                text: signatureText(sig.bytes, sig.path),
                sha256: sig.sha256
            }
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
/**
 * A supplier's affected-version document: bounded JSON, its published schema, then flattened
 * into statements (src/load/vex/); matching and version evaluation happen in src/verify/vex.ts.
 */
const vexDocument = (format, read) => async (ctx) => {
    const raw = readJsonDocument(ctx.file.bytes, ctx.file.path);
    await validateVex(format, raw, ctx.file.path);
    return { type: 'vex', document: read(raw, ctx.file.path) };
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
    'affected-versions': {
        defaultFormat: 'update-gate',
        readers: {
            'update-gate': record('affected-versions'),
            csaf: vexDocument('csaf', readCsaf),
            openvex: vexDocument('openvex', readOpenVex),
            osv: vexDocument('osv', readOsv),
            'cyclonedx-vex': vexDocument('cyclonedx-vex', readCycloneDx)
        }
    },
    'customer-notification': yamlRecord('customer-notification'),
    'deployment-records': yamlRecord('deployment-records')
};

/** Loads an evidence package: index + every evidence file it names, safely and validated. */
const isFile = async (p) => (await stat$1(p).catch(() => null))?.isFile() ?? false;
const isDirectory = async (p) => (await stat$1(p).catch(() => null))?.isDirectory() ?? false;
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
        acceptedAt: normaliseTimestamp(e.acceptedAt, { file: f, field: `exceptions[${i}].acceptedAt` })
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
    if (path.basename(packageDir) === INDEX_FILE && (await isFile(packageDir))) {
        throw new GateError('USAGE', `this is the package's index; give the package directory that holds it: ${path.dirname(packageDir)}`, { file: packageDir });
    }
    const root = await realRoot(packageDir, { file: packageDir });
    if (!(await isDirectory(root))) {
        throw new GateError('USAGE', `is a file; give the evidence package directory (the one that holds ${INDEX_FILE})`, { file: packageDir });
    }
    const fileDigests = {};
    const index = await readInside(root, INDEX_FILE, maxBytes, { file: INDEX_FILE });
    if (!index) {
        throw new GateError('FILE_NOT_FOUND', `'${packageDir}' has no ${INDEX_FILE}; give the evidence package directory, or start one with \`update-gate package init ${packageDir} --product P --from V --to V\``, { file: INDEX_FILE });
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
    return {
        root,
        artifactsRoot,
        artifactsLabel,
        facts,
        claimedVersionScheme: raw.scope.versionScheme ?? null,
        evidence,
        fileDigests
    };
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
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' is a private key; give the public key only`, where);
    }
    if (!/-----BEGIN PUBLIC KEY-----/.test(pem)) {
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' is not a PEM public key (-----BEGIN PUBLIC KEY-----)`, where);
    }
    let key;
    try {
        key = createPublicKey({ key: pem, format: 'pem' });
    }
    catch (error) {
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' is not a valid PEM public key: ${messageOf(error)}`, where);
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
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' uses unsupported curve ${curve}; use P-256, P-384 or Ed25519`, where);
    }
    throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' has unsupported type ${type}; use ECDSA P-256, P-384 or Ed25519`, where);
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
            throw new GateError('SCHEMA_VIOLATION', `key id '${clip(k.id, 100)}' appears more than once; must be unique`, { file: label, field: field('id') });
        }
        seenIds.set(k.id, i);
        let pem;
        let where = { file: label, field: field('publicKey') };
        if (k.publicKeyFile !== undefined) {
            where = { file: label, field: field('publicKeyFile') };
            const read = await readInside(dir, k.publicKeyFile, maxBytes, where);
            if (!read) {
                throw new GateError('FILE_NOT_FOUND', `public key file '${clip(k.publicKeyFile, 200)}' of key '${clip(k.id, 100)}' does not exist`, where);
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
            throw new GateError('INVALID_KEY', `key '${clip(k.id, 100)}' is the same public key as '${other}'; list each key once`, where);
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
    // Names people type are canonical (identity.ts), as they are in the evidence they meet.
    const approvers = raw.approvers.map((a, i) => ({
        id: canonicalIdentity(a.id, { file: label, field: `approvers[${i}].id` }),
        name: a.name,
        roles: [...a.roles].sort()
    }));
    const builders = raw.builders.map((b, i) => ({
        id: canonicalIdentity(b.id, { file: label, field: `builders[${i}].id` })
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
    return {
        file: real,
        keys: keys.sort(byId),
        data: {
            keys: data.sort(byId),
            approvers: approvers.sort(byId),
            builders: builders.sort(byId),
            products: products.sort(byId),
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
 * SHA-256 of a regular file in constant memory (artifacts are not size-bounded). One reused buffer and
 * positional reads: a read stream allocates per chunk and runs at a third of the speed
 * (bench/digest.mjs measures it against openssl).
 */
const DIGEST_BUFFER_BYTES = 4 * 1024 * 1024;
async function sha256File(realPath, where = { file: realPath }) {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(DIGEST_BUFFER_BYTES);
    let size = 0;
    // A FIFO, socket or device is refused before it is opened: none can block or stream forever.
    const handle = await openRegularFile(realPath, where);
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            hash.update(buffer.subarray(0, bytesRead));
        }
    }
    catch (error) {
        throw new GateError('FILE_UNREADABLE', `cannot read: ${messageOf(error)}`, where);
    }
    finally {
        await handle.close();
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
    const signatures = envelope.signatures.map((s, i) => {
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

/** Most "not this product" entries a record lists (the count is always exact). */
const MAX_NOT_THIS_PRODUCT = 50;
/** vers schemes whose versions are SemVer, so a semver product can use their ranges. */
const SEMVER_VERS = new Set(['semver', 'npm', 'golang', 'cargo', 'hex', 'pub']);
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
        return (lower(a.part) === lower(b.part) &&
            lower(a.vendor) === lower(b.vendor) &&
            lower(a.product) === lower(b.product));
    }
    if (id.csafProductId)
        return p.productId === id.csafProductId;
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
const sameVersion = (scheme, a, b) => isValidVersion(scheme, a) && isValidVersion(scheme, b)
    ? compareVersions(scheme, a, b) === 0
    : a === b;
/** What a statement says about one version. */
function coverage(s, versions, v, scheme) {
    if (versions.type === 'all')
        return { covered: true, status: s.status };
    if (versions.type === 'list') {
        if (versions.versions.some(x => sameVersion(scheme, x, v)))
            return { covered: true, status: s.status };
        let unsupported = null;
        for (const text of versions.vers) {
            if (!text.startsWith('vers:')) {
                unsupported = `range ${JSON.stringify(text)} is not a vers: range`;
                continue;
            }
            const range = parseVers(text, '', '');
            const compatible = range.scheme === scheme || (scheme === 'semver' && SEMVER_VERS.has(range.scheme));
            if (!compatible) {
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
        if (versions.versions.some(x => isValidVersion('semver', x) && cmp(x, v) === 0))
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
        return { covered: true, status: after ? 'fixed' : 'not_affected' };
    }
    catch (error) {
        return { unsupported: error instanceof Error ? error.message : String(error) };
    }
}
function vexRecord(doc, file, scope, scheme) {
    const inScope = new Set(scope.vulnerabilities);
    const statements = [];
    const notThisProduct = new Set();
    const unsupported = doc.unsupported.map(u => ({
        statement: u.pointer,
        vulnerability: u.vulnerability,
        product: u.product,
        reason: u.reason
    }));
    for (const s of doc.statements) {
        const id = scope.identifiers.find(i => matches(i, s.product, file));
        if (!id) {
            notThisProduct.add(s.product.label);
            continue;
        }
        const vulnerability = [s.vulnerability, ...s.aliases].find(v => inScope.has(v));
        if (vulnerability === undefined)
            continue;
        const versions = s.versions.type === 'all' && id.csafProductId && id.version
            ? { type: 'list', versions: [id.version], vers: [] }
            : s.versions;
        const say = (v) => {
            const c = coverage(s, versions, v, scheme);
            if ('unsupported' in c) {
                if (!unsupported.some(u => u.statement === s.pointer && u.reason === c.unsupported))
                    unsupported.push({
                        statement: s.pointer,
                        vulnerability,
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
    const scope = {
        ...pkg.facts.scope,
        versionScheme: versionSchemeOf(pkg, trust),
        identifiers: pkg.facts.scope.identifiers ?? []
    };
    const facts = { ...pkg.facts, scope };
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
        record: ev.content.type === 'record'
            ? ev.content.record
            : ev.content.type === 'vex'
                ? vexRecord(ev.content.document, ev.file ?? '', scope, scope.versionScheme)
                : null,
        verification: verification.get(ev.position) ?? null
    }));
    const digests = { ...pkg.fileDigests, ...trust.fileDigests };
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
/** The facts about files and signatures the report shows (the policy judges them). */
function summariseEvidence(evidence) {
    const missing = evidence.flatMap(e => e.file !== null && !e.present ? [{ id: e.id, kind: e.kind, file: e.file }] : []);
    const signatures = evidence.flatMap(e => (e.verification?.signatures ?? []).map(s => ({
        evidence: e.id,
        source: s.source.startsWith('envelope#')
            ? `${e.file ?? e.id} (DSSE signature ${s.source.slice('envelope#'.length)})`
            : s.source,
        verified: s.verified,
        keyId: s.keyId,
        reason: s.reason
    })));
    return { missing, signatures };
}
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
        evaluate: (packageDir, options = {}) => evaluatePackage(policy, setup.policyLabel ?? policy.name, trust, extraData, dataDigests, packageDir, options),
        close: () => policy.close()
    };
}
async function evaluatePackage(policy, policyName, trust, extraData, dataDigests, packageDir, options) {
    const evaluationTime = normaliseTimestamp(options.evaluationTime ?? new Date().toISOString(), {
        file: 'evaluation time'
    });
    const pkg = await loadPackage(packageDir, options.artifactsDir ? { artifactsDir: options.artifactsDir } : {});
    const verified = await verifyPackage(pkg, trust, evaluationTime);
    const input = {
        ...verified.input,
        ...(options.change ? { change: options.change } : {}),
        ...(options.release ? { release: options.release } : {})
    };
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
        policy: { name: policyName, sha256: policy.sha256 },
        evidence: summariseEvidence(verified.input.evidence),
        result
    };
}
const sortKeys = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

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
    if (text.length > MAX_INDEX_CHARS || yamlTextTooDeep(text))
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
/**
 * Places in `<packageDir>/update-evidence.yaml`; empty when unreadable. Read like the load stage
 * reads it: inside the package, bounded, a regular file only (a FIFO swapped in cannot block).
 */
async function indexPlaces(packageDir) {
    let text;
    try {
        const root = await realRoot(packageDir);
        const read = await readInside(root, INDEX_FILE, MAX_INDEX_CHARS, { file: INDEX_FILE });
        if (read === null)
            throw new Error('no index');
        text = read.bytes.toString('utf8');
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
    if (policy !== DEFAULT_POLICY)
        repoPath(policy, 'input policy', 'a path');
    const trust = getInput('trust').trim() || DEFAULT_TRUST;
    repoPath(trust, 'input trust', 'a file path');
    const data = getInput('data')
        .split(/[,\n]/)
        .map(p => p.trim())
        .filter(Boolean);
    for (const path of data)
        repoPath(path, 'input data', 'a file path');
    const evidence = getInput('evidence').trim();
    for (const pattern of splitPatterns(evidence)) {
        repoPath(pattern, 'input evidence', 'a directory or glob');
    }
    return {
        evidence,
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
        "description": "A range the gate cannot evaluate (OSV GIT ranges, ecosystems that do not order as SemVer, a range in another version scheme) is reported, never guessed.",
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
/** `@name` or `@org/team` where GitHub would see a mention (not inside an e-mail address). */
const MENTION = /(^|[^A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?)/g;
const escapeInline = (text) => text.replace(/[\\`*_{}[\]()<>#|!~]/g, ch => `\\${ch}`).replace(/&/g, '&amp;');
/**
 * Markdown-safe inline text: no HTML, no links or images, no table breaks, no code spans that
 * swallow the rest of the line, and no @-mentions that would notify people: a mention is shown
 * in a code span (which GitHub does not link), so the text copies exactly as written, with no
 * invisible characters. E-mail addresses are left as they are (GitHub does not mention them).
 */
function inlineMarkdown(value) {
    const text = plain(value).replace(/\r?\n/g, ' ');
    let out = '';
    let last = 0;
    for (const m of text.matchAll(MENTION)) {
        const at = (m.index ?? 0) + (m[1] ?? '').length;
        const name = m[2] ?? '';
        out += `${escapeInline(text.slice(last, at))}\`@${name}\``;
        last = at + 1 + name.length;
    }
    return out + escapeInline(text.slice(last));
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
const SEVERITY_ORDER = {
    violation: 0,
    gap: 1,
    warning: 2,
    info: 3
};
const cell = (value) => md(value) || '-';
function tableRows(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
        ...rows.map(r => `| ${r.join(' | ')} |`)
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
function renderMarkdown(report, options = {}) {
    const r = report.result;
    const h = '#'.repeat(options.headingLevel ?? 4);
    const out = [];
    if (options.headline !== false) {
        out.push(`### ${DECISION_ICON[r.decision]} update-gate: ${r.decision}, ${DECISION_HEADLINE[r.decision]}`, '');
    }
    // The summary names product, versions, cohort and scope; its closing maturity level is said
    // once, on the maturity line below.
    const summary = r.summary.replace(new RegExp(`;? ?evidence maturity level ${r.maturity.level}\\.$`), '.');
    // Under the Action's package heading the directory is already named.
    const where = options.headline === false ? '' : `Package: ${md(report.package.dir)}. `;
    out.push(`**${md(summary)}**`, '', `${where}${maturityLine(r)}`);
    out.push('', `${h} Configurations`, '');
    out.push(...tableRows(['Configuration', 'Result', 'Maturity', 'Why'], r.configurations.map(c => [
        md(c.id),
        `${RESULT_ICON[c.result] ?? ''} ${c.result}`,
        String(r.maturity.configurations[c.id]?.level ?? '-'),
        cell(c.reasons.join('; '))
    ])));
    if (r.conditions.length > 0) {
        out.push('', `${h} Conditions`, '');
        out.push(...tableRows(['Exception', 'Configuration', 'Stays on', 'Mitigation', 'Follow-up by', 'Accepted by'], r.conditions.map(c => [
            md(c.id),
            c.configuration ? md(c.configuration) : 'all',
            cell(c.remainOn ?? ''),
            // A condition without an exception's fields (a custom policy's) is its text.
            cell(c.mitigation ?? c.text),
            c.followUpBy ? md(c.followUpBy) : '-',
            cell(c.acceptedBy ?? '')
        ])));
    }
    out.push('', `${h} Verification questions`, '');
    out.push(...tableRows(['Question', 'Answer', 'Why', 'Evidence'], r.questions.map(q => [
        md(q.question),
        `${RESULT_ICON[q.answer] ?? ''} ${q.answer}`,
        cell(q.reasons.join('; ')),
        cell(q.evidence.join(', '))
    ])));
    out.push('', '<details><summary>Controls and findings</summary>', '', `${h} Controls`, '');
    out.push(...tableRows(['Control', 'Result', 'Level', 'Required', 'Why'], r.controls.map(c => [
        md(c.id),
        `${RESULT_ICON[c.result] ?? ''} ${c.result}`,
        String(c.level),
        c.required ? 'yes' : 'no',
        cell(r.maturity.controls[c.id]?.reason ?? '')
    ])));
    if (r.findings.length > 0) {
        out.push('', `${h} Findings`, '');
        const sorted = [...r.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
        out.push(...tableRows(['Severity', 'Rule', 'Configuration', 'Finding', 'Evidence'], sorted.map(f => [
            f.severity,
            md(f.rule),
            cell(f.configuration ?? ''),
            md(f.message),
            cell(f.evidence.join(', '))
        ])));
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
    approve: '✅',
    conditional: '⚠️',
    reject: '❌',
    error: '⛔',
    none: 'ℹ️'
};
/** What each run decision means, said once under the headline. */
const MEANING = {
    approve: 'Approved for deployment.',
    conditional: 'Approved for the listed configurations only; the conditions below apply.',
    reject: 'Not approved for deployment.',
    error: 'The gate could not decide. This is not an approval.',
    none: 'No evidence package was added or changed; nothing to evaluate.'
};
const FINDING_ICON = { violation: '❌', warning: '⚠️', info: 'ℹ️' };
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
        lines.push('', `Judged with the trust configuration ${md(collected.trustSource)}; policy ${md(collected.policySource)}${data}.`);
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
        return `${title}\n\n⛔ **error**: ${md(r.error ?? 'no report')}\n`;
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
            error$1(a.message, props);
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
                ...(collected.policy
                    ? { policy: collected.policy, policyLabel: collected.policySource }
                    : {}),
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
                        ...(collected.change ? { change: collected.change } : {}),
                        ...(pkg.release ? { release: pkg.release } : {})
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
    const markdown = composeMarkdown(outcome, collected, subject, false, errorLine);
    let wroteReport = false;
    if (reportPath) {
        try {
            await writeReportFile(reportPath, {
                ...actionReport(outcome, collected, subject),
                ...(errorLine ? { error: errorLine } : {})
            });
            wroteReport = true;
        }
        catch (error) {
            error$1(`update-gate: could not write the report to ${reportPath}: ${describeError(error)}`);
        }
    }
    try {
        setOutputs(outcome, wroteReport ? reportPath : undefined);
    }
    catch (error) {
        // Without outputs, later steps cannot see the decision: that is an error, not a pass.
        outcome.decision = 'error';
        outcome.headline = `update-gate: error: outputs not written: ${describeError(error)}`;
        error$1(outcome.headline);
    }
    if (inputs?.sarifFile) {
        const sarifPath = resolve(process.env.GITHUB_WORKSPACE || process.cwd(), inputs.sarifFile);
        try {
            await writeSarifFile(sarifPath, outcome);
            info(`update-gate: SARIF written to ${sarifPath}`);
        }
        catch (error) {
            error$1(`update-gate: could not write SARIF to ${sarifPath}: ${describeError(error)}`);
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
            const body = composeComment(outcome, collected, subject, errorLine);
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
