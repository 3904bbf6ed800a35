// The starter team file, written by `policy-lens init` and by the "Open the team settings file" command
// in VS Code. One text for both (in English and Swedish, with the same settings), so the editor and
// the CLI start a team off the same way. Plain text, no imports: the client bundle may include it
// without any rule knowledge.

export const TEAM_FILE_NAME = '.policylens.json';

const EN = `// Policy Lens team settings. Every member's editor and the CI check (policy-lens check) follow this
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

const SV = `// Policy Lens teaminställningar. Allas redigerare och CI-kontrollen (policy-lens check) följer den här
// filen. Den är JSON med kommentarer; VS Code kompletterar och kontrollerar den medan du skriver.
// Referens: docs/team-settings.md i Policy Lens-repot.
{
  // Utgå från en inbyggd förinställning: "policy-lens:recommended" (standardvärdena) eller
  // "policy-lens:strict" (fynd om behörighet blir fel). Relativa sökvägar till andra teamfiler går också.
  "extends": "policy-lens:recommended",

  // Regler efter id: "off" | "hint" | "info" | "warning" | "error", eller ett objekt med "severity" och
  // regelns alternativ, t.ex. { "severity": "error", "scope": "paragraph" }.
  "rules": {
    "eligibility/disjunction": "warning"
  },

  // Dokumentens språk: "auto" (avgörs per stycke), "sv" eller "en".
  "language": "auto",

  // Egna termer per språk och kategori, i tokenmönsterspråket: ord, "ord*" (början av ett ord), "*ord"
  // (slutet av ett ord), "a|b" (något av dem), "?ord" (valfritt), "{0,2}" (ett glapp på 0–2 ord).
  "lexicon": {
    "sv": {
      // "support": ["arbetsträning*"]
    }
  },

  // Formuleringarna som snabbåtgärderna infogar, per språk; {requirement} står för kravet.
  "templates": {
    "sv": {
      // "sentence": "Stödet förutsätter att personen {requirement}."
    }
  },

  // Begrepp och deras definitioner, som visas när man håller muspekaren över begreppet.
  "glossary": {
    // "hemvändare": "En person som har återvänt efter att ha deltagit i strider utomlands."
  },

  // Beslut att godta en formulering med avsikt. Citera texten med några ord före och efter, så att
  // undantaget överlever ändringar på andra ställen; ett undantag som har gått ut eller inte längre
  // matchar något rapporteras.
  "waivers": [
    // { "rule": "eligibility/returnee-as-target-group", "quote": "…", "reason": "…", "by": "…", "date": "2026-01-31", "expires": "2027-01-31" }
  ],

  // Dokument som inte ska kontrolleras, som globmönster relativt till den här filens mapp.
  "ignore": ["node_modules/**", "**/drafts/**"],

  // Vilka personliga inställningar som får ändra teamets val: false, true, eller en lista med regel-id
  // (och "language").
  "allowPersonalOverrides": false
}
`;

/** The commented starter team file in the given language (English unless "sv"). */
export function teamFileTemplate(locale: string = 'en'): string {
  return locale.toLowerCase().startsWith('sv') ? SV : EN;
}

export const TEAM_FILE_TEMPLATE = EN;
