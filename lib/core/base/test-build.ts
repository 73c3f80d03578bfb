/**
 * Whether this is one of the test builds (`wxt build --mode e2e`, and the scale-test build
 * `--mode e2e-large`), which write timings the end-to-end tests and `npm run bench:browser` read. In
 * the build that ships it is the constant `false`, and the bundler drops whatever it guards.
 */
export const TEST_BUILD = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'e2e-large';
