import argon2 from 'argon2';

// The one place passwords are hashed and checked (argon2id). An object, so that the sign-in
// tests can count how many passwords an attack got evaluated.
export const passwords = {
  hash: (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id }),
  verify: (hash: string, password: string): Promise<boolean> => argon2.verify(hash, password),
};
