import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n, { LANGUAGE_STORAGE_KEY } from '../../../i18n/i18n';
import { healthyApi } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';

describe('LanguageSwitch (in the header of the public pages)', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    healthyApi(null).install();
  });

  it('switches every visible text between Dutch and English and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp('/login');

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByLabelText(/E-mailadres/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');

    const switcher = screen.getByRole('radiogroup', { name: 'Taal' });
    await user.click(within(switcher).getByLabelText('English'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/E-mail address/)).toBeInTheDocument();
    expect(screen.queryByText('Wachtwoord vergeten?')).not.toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    await user.click(screen.getByLabelText('Nederlands'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
  });

  it('can be operated with the keyboard', async () => {
    const user = userEvent.setup();
    renderApp('/login');
    const dutch = await screen.findByLabelText('Nederlands');
    dutch.focus();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });
});
