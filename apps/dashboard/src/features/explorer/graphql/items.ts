import { graphql } from '../../../graphql/generated';

/** A theme on an item; the same selection everywhere so the cache never loses fields. */
export const ItemThemeTagFields = graphql(`
  fragment ItemThemeTagFields on ItemThemeTag {
    themeId
    name
    score
    origin
  }
`);

/** One row of the Explorer's results: redacted text only, never the raw `text`. */
export const ExplorerRowFields = graphql(`
  fragment ExplorerRowFields on Item {
    id
    kind
    source
    channel
    status
    receivedAt
    displayText
    sentiment
    flags
    team {
      id
      name
    }
    themes {
      ...ItemThemeTagFields
    }
  }
`);

export const ExplorerItemsDocument = graphql(`
  query ExplorerItems($filter: ItemFilterInput, $first: Int!, $after: String) {
    items(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsLowerBound
      endCursor
      hasNextPage
      nodes {
        ...ExplorerRowFields
      }
    }
  }
`);

/** What the Explorer's filters offer: teams, policies and themes by name. */
export const ExplorerOptionsDocument = graphql(`
  query ExplorerOptions {
    teams {
      id
      name
    }
    policies {
      id
      name
    }
    themes {
      id
      name
      description
    }
  }
`);

/** Everything the item page shows; the theme correction returns the same, so the page updates. */
export const ItemDetailFields = graphql(`
  fragment ItemDetailFields on Item {
    ...ExplorerRowFields
    priority
    satisfaction
    viability
    customerRef
    externalSource
    externalId
    anonymous
    createdAt
    firstResponseAt
    resolvedAt
    closedAt
    policy {
      id
      name
    }
    events {
      id
      type
      occurredAt
      status
      displayText
      escalatedTo
      satisfaction
      policyId
    }
    analysis {
      status
      error
      modelVersion
      analysedAt
      sentiment {
        label
        score
        method
        confidence
        evidence {
          start
          end
          text
          weight
        }
      }
      themes {
        ...ItemThemeTagFields
        evidence {
          start
          end
          text
        }
      }
      flags {
        type
        eventId
        confidence
        evidence
        spans {
          start
          end
          text
        }
      }
      flagReviews {
        type
        verdict
        evidence
      }
      language
      analysed
      policyMentions {
        policyId
        policyName
        matched
        confidence
        evidence {
          start
          end
          text
        }
      }
    }
  }
`);

export const ItemDetailDocument = graphql(`
  query ItemDetail($id: ID!) {
    item(id: $id) {
      ...ItemDetailFields
    }
  }
`);

/** The unmasked text, fetched only on request: the API records every read of it. */
export const ItemRawTextDocument = graphql(`
  query ItemRawText($id: ID!) {
    item(id: $id) {
      id
      rawText
    }
  }
`);

export const CorrectItemThemesDocument = graphql(`
  mutation CorrectItemThemes($input: CorrectItemThemesInput!) {
    correctItemThemes(input: $input) {
      ...ItemDetailFields
    }
  }
`);

export const ReviewItemFlagDocument = graphql(`
  mutation ReviewItemFlag($input: ReviewItemFlagInput!) {
    reviewItemFlag(input: $input) {
      ...ItemDetailFields
    }
  }
`);

/** A page of the CSV export: the redacted text and the fields a spreadsheet needs. */
export const ExplorerExportDocument = graphql(`
  query ExplorerExport($filter: ItemFilterInput, $first: Int!, $after: String) {
    items(filter: $filter, first: $first, after: $after) {
      totalCount
      endCursor
      hasNextPage
      nodes {
        id
        receivedAt
        kind
        source
        channel
        status
        priority
        displayText
        sentiment
        satisfaction
        customerRef
        flags
        firstResponseAt
        resolvedAt
        closedAt
        team {
          id
          name
        }
        policy {
          id
          name
        }
        themes {
          ...ItemThemeTagFields
        }
      }
    }
  }
`);

/** The items behind a figure an insight returned (a drill-down), a page at a time. */
export const DrilldownItemsDocument = graphql(`
  query DrilldownItems($input: DrilldownItemsInput!) {
    drilldownItems(input: $input) {
      totalCount
      totalCountIsLowerBound
      endCursor
      hasNextPage
      nodes {
        ...ExplorerRowFields
      }
    }
  }
`);

/** The items behind a drill-down as a CSV file, made by the API (one row per item). */
export const DrilldownExportDocument = graphql(`
  query DrilldownExport($input: ItemExportInput!) {
    itemExport(input: $input) {
      filename
      contentType
      content
      rows
      truncated
    }
  }
`);
