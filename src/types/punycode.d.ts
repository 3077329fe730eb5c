// punycode ships an ES module build without its own types; @types/punycode describes only the CommonJS entry.
declare module 'punycode/punycode.es6.js' {
  export { toUnicode } from 'punycode';
}
