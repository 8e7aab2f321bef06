import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n, { LANGUAGE_STORAGE_KEY } from '../../../i18n/i18n';
import { healthyApi } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';

describe('LanguageSwitch', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    healthyApi().install();
  });

  it('switches every visible text between Dutch and English and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp();

    expect(screen.getByRole('heading', { level: 1, name: 'Tribeworks' })).toBeInTheDocument();
    expect(screen.getByText(/Tribeworks ondersteunt organisaties/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Systeem' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');

    const switcher = screen.getByRole('radiogroup', { name: 'Taal' });
    await user.click(within(switcher).getByLabelText('English'));

    expect(await screen.findByText(/Tribeworks supports organisations/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'System' })).toBeInTheDocument();
    expect(screen.queryByText(/Tribeworks ondersteunt organisaties/)).not.toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    await user.click(screen.getByLabelText('Nederlands'));
    expect(await screen.findByText(/Tribeworks ondersteunt organisaties/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
  });

  it('can be operated with the keyboard', async () => {
    const user = userEvent.setup();
    renderApp();
    const dutch = screen.getByLabelText('Nederlands');
    dutch.focus();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByText(/Tribeworks supports organisations/)).toBeInTheDocument();
  });
});
