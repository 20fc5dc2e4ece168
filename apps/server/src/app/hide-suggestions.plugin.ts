import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../common/context';

// graphql-js adds "Did you mean …?" to unknown fields, arguments, types and enum values, which
// spells the schema out to whoever guesses (issue 9, finding 16). Anonymous callers may not
// introspect (query-limits.ts), so they get no suggestions either; signed-in users, who may
// introspect, keep them as a help for writing queries.
const SUGGESTION = /\s*Did you mean .*$/s;

export const stripSuggestions = (message: string): string => message.replace(SUGGESTION, '');

export const hideSuggestionsPlugin = (): ApolloServerPlugin<Context> => ({
  async requestDidStart({ contextValue }) {
    return {
      async didEncounterErrors({ errors }) {
        if (contextValue.actor) return;
        for (const error of errors) {
          if (SUGGESTION.test(error.message)) {
            (error as { message: string }).message = stripSuggestions(error.message);
          }
        }
      },
    };
  },
});
