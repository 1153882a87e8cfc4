import { graphql } from '../../../graphql/generated';

/** Adds a reply, decision or exception to an item's timeline; returns the item as the page shows it. */
export const RecordItemEventDocument = graphql(`
  mutation RecordItemEvent($input: RecordItemEventInput!) {
    recordItemEvent(input: $input) {
      id
      type
    }
  }
`);
