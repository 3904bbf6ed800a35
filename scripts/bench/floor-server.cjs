// A language server that analyses nothing: the same library (vscode-languageserver) and text document
// handling as Policy Lens, publishing FLOOR_DIAGNOSTICS diagnostics shaped like Policy Lens's (range,
// code, description link, message, data, related information) for every version of every document.
// The bench runs it like the real server: what remains is the cost of the protocol, the text and the
// diagnostics themselves, a floor under the real server's figures.
//   node floor-server.cjs --stdio   (FLOOR_DIAGNOSTICS=N, default 300)
'use strict';
const { createConnection, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const count = Number(process.env.FLOOR_DIAGNOSTICS ?? 300);
const connection = createConnection();
const documents = new TextDocuments(TextDocument);

function diagnostics(doc) {
  const out = [];
  const lines = Math.max(1, doc.lineCount);
  for (let i = 0; i < count; i++) {
    const line = (i * 7) % lines;
    out.push({
      range: { start: { line, character: 4 }, end: { line, character: 106 } },
      severity: 2,
      code: 'eligibility/disjunction',
      codeDescription: { href: 'https://github.com/policy-lens/policy-lens/blob/main/docs/rules/eligibility-disjunction.md' },
      source: 'policy-lens',
      message: '“eller” makes these groups equally eligible: “kommer hem från strider utomlands” gets support without a requirement to leave the violent extremist environment.',
      data: { version: doc.version, index: i },
      relatedInformation: [{ location: { uri: doc.uri, range: { start: { line, character: 151 }, end: { line, character: 159 } } }, message: '“insatser”' }],
    });
  }
  return out;
}

connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
// Published on the next turn of the event loop, as the real server does.
documents.onDidChangeContent((e) => setImmediate(() => connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: diagnostics(e.document) })));
documents.listen(connection);
connection.listen();
