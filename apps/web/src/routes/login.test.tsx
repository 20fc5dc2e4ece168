import { GraphQLError } from 'graphql';
import { fireEvent, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { LOGIN_MUTATION } from '../features/account/useLoginMutation';
import { renderWithProviders } from '../test/render';
import { LoginRoute } from './login';

const renderLogin = (mocks: Parameters<typeof renderWithProviders>[1] = [], entry = '/login') =>
  renderWithProviders(
    <MemoryRouter initialEntries={[entry]}>
      <Routes>
        <Route path="/login" element={<LoginRoute />} />
        <Route path="/children" element={<p>children page</p>} />
        <Route path="/" element={<p>home page</p>} />
      </Routes>
    </MemoryRouter>,
    mocks,
  );

const fillAndSubmit = (username: string, password: string) => {
  fireEvent.change(screen.getByLabelText(/^Tên đăng nhập/), { target: { value: username } });
  fireEvent.change(screen.getByLabelText(/^Mật khẩu/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
};

describe('LoginRoute', () => {
  it('switches every label to English and remembers the choice before sign-in', async () => {
    renderLogin();
    expect(screen.getByRole('textbox', { name: 'Tên đăng nhập' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('textbox', { name: 'Username' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Tên đăng nhập' })).toBeNull();
    expect(window.localStorage.getItem('cp.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it("shows the server's own message when sign-in is refused", async () => {
    const refused = {
      request: { query: LOGIN_MUTATION, variables: { username: 'canbo.xa', password: 'sai-mat-khau' } },
      result: {
        errors: [
          new GraphQLError('Tên đăng nhập hoặc mật khẩu không đúng.', { extensions: { code: 'UNAUTHENTICATED' } }),
        ],
      },
    };
    renderLogin([refused]);

    fillAndSubmit(' canbo.xa ', 'sai-mat-khau');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(screen.queryByText('children page')).toBeNull();
  });

  it('goes to the page named in ?next= after signing in', async () => {
    const accepted = {
      request: { query: LOGIN_MUTATION, variables: { username: 'canbo.xa', password: 'dung' } },
      result: { data: { login: { __typename: 'LoginResult', user: { __typename: 'User', id: 'u1', locale: 'vi' } } } },
    };
    renderLogin([accepted], '/login?next=%2Fchildren');
    fillAndSubmit('canbo.xa', 'dung');
    expect(await screen.findByText('children page')).toBeTruthy();
  });

  it('ignores an absolute ?next= and opens the home page instead', async () => {
    const accepted = {
      request: { query: LOGIN_MUTATION, variables: { username: 'canbo.xa', password: 'dung' } },
      result: { data: { login: { __typename: 'LoginResult', user: { __typename: 'User', id: 'u1', locale: 'vi' } } } },
    };
    renderLogin([accepted], '/login?next=https%3A%2F%2Fevil.example%2F');
    fillAndSubmit('canbo.xa', 'dung');
    expect(await screen.findByText('home page')).toBeTruthy();
  });
});
