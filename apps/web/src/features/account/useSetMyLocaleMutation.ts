import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql';

// Returning the user's id and locale updates the cached session, so the choice survives a reload.
const SET_MY_LOCALE_MUTATION = graphql(`
  mutation SetMyLocale($locale: String!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);

export const useSetMyLocaleMutation = () => useMutation(SET_MY_LOCALE_MUTATION);
