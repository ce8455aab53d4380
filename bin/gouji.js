#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const built = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (fs.existsSync(built)) {
  require(built)
    .main(process.argv.slice(2))
    .then((code) => process.exit(code));
} else {
  // A checkout that has not run `npm install` yet (whose prepare step builds lib/): run the sources.
  require('tsx/cjs');
  require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'))
    .main(process.argv.slice(2))
    .then((code) => process.exit(code));
}
