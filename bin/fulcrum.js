#!/usr/bin/env node
'use strict';
// Runs the TypeScript CLI without a build step. tsx needs the workspace tsconfig for the
// @fulcrum/* path aliases, wherever the command is started from.
const path = require('node:path');

process.env.TSX_TSCONFIG_PATH ??= path.join(__dirname, '..', 'tsconfig.base.json');
require('tsx/cjs/api').register();
require('../tools/cli/src/main.ts');
