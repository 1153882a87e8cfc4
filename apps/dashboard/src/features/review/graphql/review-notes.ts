import { graphql } from '../../../graphql/generated';

/** The review's notes as stored, with who saved them last and the version to save on top of. */
export const ReviewNoteFields = graphql(`
  fragment ReviewNoteFields on ReviewNote {
    id
    from
    to
    text
    version
    updatedAt
    updatedBy {
      id
      name
    }
  }
`);

export const ReviewNotesDocument = graphql(`
  query ReviewNotes($from: String!, $to: String!) {
    reviewNotes(from: $from, to: $to) {
      ...ReviewNoteFields
    }
  }
`);

export const SaveReviewNotesDocument = graphql(`
  mutation SaveReviewNotes($input: SaveReviewNotesInput!) {
    saveReviewNotes(input: $input) {
      ...ReviewNoteFields
    }
  }
`);
