// Heap figures of a child: the peak of the V8 heap in use, sampled after each linted file.

/**
 * Keeps the largest value `read` returned.
 * @param {() => number} read
 * @returns {{ sample: () => number, readonly peak: number, readonly samples: number }}
 */
export function createPeakTracker(read) {
  let peak = Number.NaN;
  let samples = 0;
  return {
    sample() {
      const value = read();
      samples += 1;
      if (!(value <= peak)) peak = value;
      return value;
    },
    get peak() {
      return peak;
    },
    get samples() {
      return samples;
    },
  };
}

/**
 * Makes `target[method]` call `after()` once each call has returned (or thrown), and returns
 * a function that puts the original method back. The bench wraps `Linter.prototype.verifyAndFix`,
 * which ESLint calls once per file: the parser and the config stay exactly those measured.
 * @param {Record<string, any>} target
 * @param {string} method
 * @param {() => void} after
 * @returns {() => void}
 */
export function afterEachCall(target, method, after) {
  const original = target[method];
  if (typeof original !== 'function') throw new TypeError(`${method} is not a method`);
  target[method] = function wrapped(/** @type {unknown[]} */ ...args) {
    try {
      return original.apply(this, args);
    } finally {
      after();
    }
  };
  return () => {
    target[method] = original;
  };
}

/**
 * Bytes to mebibytes.
 * @param {number} bytes
 * @returns {number}
 */
export function toMb(bytes) {
  return bytes / (1024 * 1024);
}
