/**
 * A line of the Action's log that holds evidence text (a package's path, an exception id in the
 * decision's summary): on one line, and unable to issue a workflow command (`::add-mask::`,
 * `##[...]`), since the runner reads every line of stdout for one.
 */
import * as core from '@actions/core'
import { inertLines } from '../shared/ci-commands.js'
import { plain } from '../report/text.js'

export const logLine = (text: string): void => core.info(inertLines(plain(text)))
