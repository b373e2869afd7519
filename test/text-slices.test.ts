/**
 * textSlices (src/shared/text-slices.ts): the CLI writes a report to stdout in slices; written
 * one after the other they must be the whole text, byte for byte in UTF-8, whatever it holds.
 */
import fc from 'fast-check'
import { textSlices } from '../src/shared/text-slices.js'

const utf8 = (parts: string[]) => Buffer.concat(parts.map(p => Buffer.from(p, 'utf8')))

describe('textSlices', () => {
  it('slices a text into pieces of at most the size, in order', () => {
    expect([...textSlices('abcdefg', 3)]).toEqual(['abc', 'def', 'g'])
    expect([...textSlices('', 3)]).toEqual([])
  })

  it('never ends a slice between the halves of a surrogate pair', () => {
    // '😀' is two UTF-16 code units; a 3-unit slice would end after its first half.
    const text = 'ab😀cd'
    const slices = [...textSlices(text, 3)]
    expect(slices).toEqual(['ab', '😀c', 'd'])
    expect(utf8(slices)).toEqual(Buffer.from(text, 'utf8'))
  })

  it('encodes to the bytes of the whole text for any text and slice size', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 1, max: 9 }),
        (text, size) => {
          const slices = [...textSlices(text, size)]
          expect(slices.join('')).toBe(text)
          expect(utf8(slices)).toEqual(Buffer.from(text, 'utf8'))
        }
      )
    )
  })
})
