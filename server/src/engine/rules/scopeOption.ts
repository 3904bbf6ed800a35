export const SCOPE_OPTION = {
  scope: {
    type: 'string',
    enum: ['sentence', 'paragraph', 'section', 'document'],
    default: 'section',
    description: 'Where a binding requirement (a condition or a definition) counts for the group: the same sentence only, the paragraph, the section under the same heading, or the whole document.',
  },
};
