// The part of vscode-languageclient the extension uses, bundled on its own (dist/languageClient.js):
// loading it costs about 40 ms, so the extension loads it right after activate() has returned instead
// of as part of activation (see extension.ts).
export { LanguageClient, RevealOutputChannelOn, State, TransportKind } from 'vscode-languageclient/node';
