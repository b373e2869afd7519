/**
 * node:fs's asynchronous calls as promises, made from its callback API: nothing in the bundles
 * imports `node:fs/promises`, because loading it loads Node's readline, REPL history and file
 * watcher modules (a few ms of every start-up, for a module that only wraps these same calls).
 * Local documents are read synchronously (fs-safe.ts: a thread hop costs more than reading a small
 * file); these are for writes, temporary folders and the authoring tools.
 */
import fs from 'node:fs'
import { promisify } from 'node:util'

export const access = promisify(fs.access)
export const copyFile = promisify(fs.copyFile)
export const mkdir = promisify(fs.mkdir)
export const mkdtemp = promisify(fs.mkdtemp)
export const readFile = promisify(fs.readFile)
export const readdir = promisify(fs.readdir)
export const realpath = promisify(fs.realpath)
export const rm = promisify(fs.rm)
export const stat = promisify(fs.stat)
export const writeFile = promisify(fs.writeFile)
export const open = promisify(fs.open)
export const close = promisify(fs.close)
