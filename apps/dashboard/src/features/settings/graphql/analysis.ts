import { graphql } from '../../../graphql/generated';

export const AnalysisJobFields = graphql(`
  fragment AnalysisJobFields on AnalysisJob {
    id
    status
    processed
    total
    reason
    createdAt
    startedAt
    finishedAt
    error
  }
`);

export const AnalysisModelFields = graphql(`
  fragment AnalysisModelFields on AnalysisModel {
    id
    kind
    version
    active
    exampleCount
    trainedAt
    featureSetOutdated
    quality {
      heldOut
      accuracy
      macroF1
    }
  }
`);

export const AnalysisJobsDocument = graphql(`
  query AnalysisJobs {
    analysisJobs {
      ...AnalysisJobFields
    }
  }
`);

export const AnalysisModelsDocument = graphql(`
  query AnalysisModels {
    analysisModels {
      ...AnalysisModelFields
    }
  }
`);

export const StartReanalysisDocument = graphql(`
  mutation StartReanalysis($input: StartReanalysisInput!) {
    startReanalysis(input: $input) {
      ...AnalysisJobFields
    }
  }
`);

export const TrainThemeModelDocument = graphql(`
  mutation TrainThemeModel($input: TrainThemeModelInput!) {
    trainThemeModel(input: $input) {
      ...AnalysisModelFields
    }
  }
`);

export const NotAnalysedTextsDocument = graphql(`
  query NotAnalysedTexts {
    notAnalysedTexts {
      total
      byLanguage {
        language
        count
      }
    }
  }
`);

export const TrainSignModelDocument = graphql(`
  mutation TrainSignModel($input: TrainSignModelInput!) {
    trainSignModel(input: $input) {
      ...AnalysisModelFields
    }
  }
`);
