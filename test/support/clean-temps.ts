/** Every test file's temp dirs (test/helpers.ts tempDir) go when the file's tests are done. */
import { afterAll } from '@jest/globals'
import { cleanTemps } from '../helpers.js'

afterAll(cleanTemps)
