import type { TeamFile } from './types';

/** Built-in presets a team file can extend ("extends": "policy-lens:strict"). */
export const PRESETS: Record<string, TeamFile> = {
  'policy-lens:recommended': {},
  'policy-lens:strict': {
    rules: {
      'eligibility/disjunction': 'error',
      'eligibility/unconditional-support': 'error',
      'eligibility/returnee-as-target-group': 'error',
      'eligibility/voluntariness-only': 'error',
      'eligibility/requirement-not-binding': 'warning',
      'eligibility/undefined-target-group': 'warning',
      'plain-language/obligation-without-actor': 'info',
      'plain-language/hedge': 'info',
    },
  },
};
