// Data files bundled as text: `import text from './file.yaml?raw'` (vite/vitest
// do this natively; build.mjs teaches esbuild the same).
declare module '*?raw' {
  const text: string;
  export default text;
}
