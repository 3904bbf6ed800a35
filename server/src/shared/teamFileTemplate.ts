// The starter team file, written by `policy-lens init` and by the "Open the team settings file" command
// in VS Code. One text for both, so the editor and the CLI start a team off the same way. It is plain
// text (no imports), so the client bundle can include it without any rule knowledge.

export const TEAM_FILE_NAME = '.policylens.json';

export const TEAM_FILE_TEMPLATE = `// Policy Lens team settings. Every member's editor and the CI check (policy-lens check) follow this
// file. It is JSON with comments; VS Code completes and checks it as you type.
// Reference: docs/team-settings.md in the Policy Lens repository.
{
  // Start from a built-in preset: "policy-lens:recommended" (the defaults) or "policy-lens:strict"
  // (eligibility findings are errors). Relative paths to other team files work too.
  "extends": "policy-lens:recommended",

  // Rules by id: "off" | "hint" | "info" | "warning" | "error", or an object with "severity" and the
  // rule's options, e.g. { "severity": "error", "scope": "paragraph" }.
  "rules": {
    "eligibility/disjunction": "warning"
  },

  // The documents' language: "auto" (detected per paragraph), "sv" or "en".
  "language": "auto",

  // Your own terms, per language and category, in the token-pattern language: words, "word*" (a
  // prefix), "*word" (a suffix), "a|b" (either), "?word" (optional), "{0,2}" (a gap of 0-2 words).
  "lexicon": {
    "sv": {
      // "support": ["arbetsträning*"]
    }
  },

  // The wording quick fixes insert, per language; {requirement} stands for the requirement.
  "templates": {
    "sv": {
      // "sentence": "Stödet förutsätter att personen {requirement}."
    }
  },

  // Terms and their definitions, shown when hovering the term in a document.
  "glossary": {
    // "hemvändare": "En person som har återvänt efter att ha deltagit i strider utomlands."
  },

  // Decisions to accept wording on purpose. Quote the text with a few words of context, so the
  // waiver survives edits elsewhere; an expired waiver or one that matches nothing is reported.
  "waivers": [
    // { "rule": "eligibility/returnee-as-target-group", "quote": "…", "reason": "…", "by": "…", "date": "2026-01-31", "expires": "2027-01-31" }
  ],

  // Documents not to check, as globs relative to this file's folder.
  "ignore": ["node_modules/**", "**/drafts/**"],

  // Which personal editor settings may change the team's choices: false, true, or a list of rule
  // ids (and "language").
  "allowPersonalOverrides": false
}
`;
