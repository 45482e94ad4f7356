// Citation.js ships no types; the tests use only its input chain (RIS → CSL-JSON).
declare module '@citation-js/core' {
  export const plugins: {
    input: { chain(input: string, options: { target: string; generateGraph?: boolean }): unknown };
  };
}
declare module '@citation-js/plugin-ris';
