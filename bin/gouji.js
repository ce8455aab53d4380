#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');

// Not process.exit(): that would cut off what is still queued for a pipe (`check --json | tool`).
// The exit code is set and Node exits once stdout and stderr have drained.
function finish(code) {
  process.exitCode = code;
}

// The reader of a pipe went away (`gouji check --json … | head`): nothing more can be delivered.
// Stop quietly, as Unix tools do, instead of crashing with Node's English stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(2);
    throw err;
  });
}

const built = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (fs.existsSync(built)) {
  require(built).main(process.argv.slice(2)).then(finish);
} else {
  // A checkout that has not run `npm install` yet (whose prepare step builds lib/): run the sources.
  require('tsx/cjs');
  require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'))
    .main(process.argv.slice(2))
    .then(finish);
}
