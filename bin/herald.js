#!/usr/bin/env node
// The published CLI runs the compiled generator; inside this repository use `npm run herald`.
import('../dist/generator/cli.js').then((m) => m.main(process.argv.slice(2))).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
