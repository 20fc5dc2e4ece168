import { registerEnumType } from 'type-graphql';
import { ENUMS } from './modules';

let registered = false;

// Every enum the modules declare, registered once under its contract name, before the schema is built.
export const registerEnums = (): void => {
  if (registered) return;
  registered = true;
  for (const [name, value] of ENUMS) registerEnumType(value, { name });
};
