import { describe, expect, it } from 'vitest'

import { inputOf, ratiosOf, ratiosPass, shapesOf } from '../../helpers/growth'

describe('the growth criterion', () => {
  it('should pass linear growth and one constant step of the engine, and fail every quadratic or exponential series', () => {
    expect(ratiosPass([2, 2, 2])).toBe(true)
    expect(ratiosPass([1.9, 2.9, 1.8])).toBe(true)
    expect(ratiosPass([1.7, 1.45, 3.12])).toBe(true)
    expect(ratiosPass([4, 4, 4])).toBe(false)
    expect(ratiosPass([2, 2, 4])).toBe(false)
    expect(ratiosPass([2.1, 2.2, 3.5])).toBe(false)
    expect(ratiosPass([2.9, 2.9, 1])).toBe(false)
    expect(ratiosPass([2.4, 2.9, 2.4])).toBe(false)
    expect(ratiosPass([2 ** 2, 2 ** 4, 2 ** 8])).toBe(false)
  })

  it('should add the floor to both sides of each ratio', () => {
    expect(
      ratiosOf(
        [
          { size: 1, ms: 0 },
          { size: 2, ms: 1 },
        ],
        1,
      ),
    ).toEqual([2])
  })

  it('should generate every token alone, around a context, and seeded pairs and triples, the same for the same seed', () => {
    const shapes = shapesOf(['a', 'b'], { pairs: 2, triples: 1, around: ['<', '>'] })
    expect(shapes.map((shape) => inputOf(shape, 2)).slice(0, 4)).toEqual(['aa', 'bb', '<aa>', '<bb>'])
    expect(shapes).toHaveLength(7)
    expect(shapesOf(['a', 'b'], { pairs: 2, triples: 1 })).toEqual(shapesOf(['a', 'b'], { pairs: 2, triples: 1 }))
  })
})
