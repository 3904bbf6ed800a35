#!/usr/bin/env node
'use strict';
// The language server for any LSP editor: `policy-lens-server --stdio`.
require('../dist/server.js').startServer();
