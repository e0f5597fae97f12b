/**
 * On CI, a failed test runs once more, with its first error printed: two cores running both
 * databases' suites side by side have shown rare timing races in the slowest files (delivery
 * under a killed API, mail timing). A real failure fails twice; a test that needed its retry is
 * a bug to fix, and the log shows which.
 */
if (process.env.CI) jest.retryTimes(1, { logErrorsBeforeRetry: true });
