// Quiet the info logs of servers the tests start; warnings and errors still show.
process.env.LOG_LEVEL ??= 'warn';
