// Vite's `?inline` CSS import: the stylesheet as a string (bench.tsx applies Adyen's only while Drop-in runs).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
