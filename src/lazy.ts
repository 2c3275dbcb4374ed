// A property computed on first read. Source lines are the main user: the
// plugin's render path never reads them, so it never pays for them.
export function defineLazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let value: T[K];
  let done = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
    set: (next: T[K]) => {
      value = next;
      done = true;
    },
  });
}
