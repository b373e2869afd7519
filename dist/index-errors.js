/**
 * Typed errors with codes, as in sigstore-js. An input error names the file, the field (a JSON
 * path such as `evidence[2].time`) and what was expected; it ends the run as `error` (exit 2),
 * never as an approval. Anything else that escapes is an internal error (exit 3).
 */
class GateError extends Error {
    code;
    file;
    field;
    constructor(code, message, where = {}) {
        super(message);
        this.name = 'GateError';
        this.code = code;
        this.file = where.file;
        this.field = where.field;
    }
    /** `file: field: message`, the one line a user sees. */
    describe() {
        const place = [this.file, this.field].filter(Boolean).join(': ');
        return place ? `${place}: ${this.message}` : this.message;
    }
}
const isGateError = (error) => error instanceof GateError;
/** The message of anything thrown: opa-wasm and some libraries throw plain `{ message }` objects. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'object' && error !== null && 'message' in error)
        return String(error.message);
    return String(error);
}

export { GateError as G, isGateError as i, messageOf as m };
