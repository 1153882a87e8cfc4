import { graphql } from '../../../graphql/generated';

export const ItemVolumeDocument = graphql(`
  query ItemVolume($input: ItemVolumeInput!) {
    itemVolume(input: $input) {
      periodStart
      kind
      count
    }
  }
`);
