// The bundled dataset, resolved at build time by the `mindlabel:dataset` alias in wxt.config.ts.
declare module 'mindlabel:dataset' {
  const dataset: unknown;
  export default dataset;
}
