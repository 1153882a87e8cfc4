import { graphql } from '../../../graphql/generated';

export const ThemeFields = graphql(`
  fragment ThemeFields on Theme {
    id
    name
    description
    keywords
    examples {
      id
      text
    }
  }
`);

export const SettingsThemesDocument = graphql(`
  query SettingsThemes {
    themes {
      ...ThemeFields
    }
  }
`);

export const CreateThemeDocument = graphql(`
  mutation CreateTheme($input: CreateThemeInput!) {
    createTheme(input: $input) {
      ...ThemeFields
    }
  }
`);

export const UpdateThemeDocument = graphql(`
  mutation UpdateTheme($input: UpdateThemeInput!) {
    updateTheme(input: $input) {
      ...ThemeFields
    }
  }
`);
