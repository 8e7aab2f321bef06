import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { type FakeApi, aSession, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import type { Role, Session } from '../../auth/api/auth.api';
import type { TribeMatrix } from '../api/organisation.api';
import { IDS, aMatrix, aMatrixAfterNoahMoved, squadFullRefusal } from '../testing/builders';

const URL = `/org/tribes/${IDS.tribe}`;
const MATRIX = `/api/tribes/${IDS.tribe}/matrix`;
const OVERSLUITEN = '00000000-0000-4000-8000-000000000013';
const LEVI = '00000000-0000-4000-8000-000000000112';

function tribeApi(who: Role | Session, matrices: TribeMatrix[]): FakeApi {
  let served = 0;
  const session = typeof who === 'string' ? aSession(who) : who;
  return healthyApi(session).on('GET', '/api/tribes/:id/matrix', () => {
    const matrix = matrices[Math.min(served, matrices.length - 1)];
    served += 1;
    return json(matrix);
  });
}

/** The cell of a chapter's row in a squad's column. */
function cell(chapter: string, squad: string): HTMLElement {
  const table = screen.getByTestId('tribe-matrix');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((th) => th.getAttribute('data-squad-name'));
  const column = headers.indexOf(squad);
  const row = within(table).getByRole('rowheader', { name: new RegExp(`^${chapter}`) });
  const cells = within(row.closest('tr') as HTMLElement).getAllByRole('cell');
  const found = cells[column - 1];
  if (!found) throw new Error(`No cell ${chapter} × ${squad}`);
  return found;
}

/** The test tribe with a third squad, "oversluiten", with room and one member. */
function aMatrixOfThreeSquads(): TribeMatrix {
  const matrix = aMatrix();
  return {
    ...matrix,
    squads: [
      ...matrix.squads,
      {
        id: OVERSLUITEN,
        name: 'oversluiten',
        mission: 'Binnen een dag een voorstel',
        productOwner: null,
        agileCoach: null,
        memberCount: 1,
        limit: 4,
        overLimit: false,
        full: false,
      },
    ],
    cells: [
      ...matrix.cells,
      {
        squadId: OVERSLUITEN,
        chapterId: IDS.ontwikkeling,
        people: [{ id: LEVI, name: 'Levi Janssen', jobTitle: null, fte: 1, isProductOwner: false }],
      },
    ],
  };
}

/** The accessible names of the move handles on the page. */
function handleNames(): string[] {
  return screen
    .queryAllByRole('button', { name: /verplaatsen \(nu in / })
    .map((handle) => handle.getAttribute('aria-label') ?? '');
}

function squadHeader(squad: string): HTMLElement {
  const header = screen
    .getAllByTestId('matrix-squad')
    .find((th) => th.getAttribute('data-squad-name') === squad);
  if (!header) throw new Error(`No column ${squad}`);
  return header;
}

describe('the tribe matrix', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('shows chapters × squads with people in their cells, counts and role markers', async () => {
    tribeApi('member', [aMatrix()]).install();
    renderApp(URL);

    await screen.findByTestId('tribe-matrix');
    expect(screen.getByRole('heading', { level: 1, name: 'Hypotheek' })).toBeInTheDocument();
    expect(within(cell('Producten', 'hypotheek-app')).getByText('Pieter Visser')).toBeVisible();
    expect(cell('Ontwikkeling', 'hypotheek-app')).toHaveTextContent(
      /Emma Bos.*Finn Kok.*Noah de Jong/,
    );
    expect(cell('Ontwikkeling', 'vervroegd aflossen')).toHaveTextContent('Zoë Peters');
    // FTE only when below 1.
    expect(cell('Producten', 'vervroegd aflossen')).toHaveTextContent('Mila Smit0,5 fte');
    expect(cell('Ontwikkeling', 'vervroegd aflossen')).not.toHaveTextContent('fte');
    // Counts per squad, with the full squad marked.
    const app = squadHeader('hypotheek-app');
    expect(within(app).getByTestId('squad-count')).toHaveTextContent('4/4');
    expect(within(app).getByTestId('squad-count')).toHaveAccessibleName('4 van 4 leden');
    expect(app).toHaveTextContent('Vol');
    expect(within(squadHeader('vervroegd aflossen')).getByTestId('squad-count')).toHaveTextContent(
      '3/4',
    );
    // Role markers have text alternatives: the product owner in their cell and header, the
    // agile coach in the squad's header, the chapter lead in the row header, the tribe lead on top.
    const pieter = within(cell('Producten', 'hypotheek-app')).getByTestId('matrix-person');
    expect(within(pieter).getByText('Product owner')).toBeInTheDocument();
    expect(within(app).getByText('Agile coach')).toBeInTheDocument();
    expect(within(app).getByText('Eva Mulder')).toBeInTheDocument();
    const producten = screen.getByRole('rowheader', { name: /^Producten/ });
    expect(producten).toHaveTextContent('Chapter lead');
    expect(producten).toHaveTextContent('Chantal Jansen');
    expect(screen.getAllByText('Tribe lead')[0]).toBeInTheDocument();
    // Someone in no squad of the tribe has a column of their own.
    expect(screen.getByRole('columnheader', { name: 'Geen squad' })).toBeInTheDocument();
    // A member may look, not move.
    expect(screen.queryByRole('button', { name: /verplaatsen/ })).not.toBeInTheDocument();
    expect(pieter).not.toHaveAttribute('draggable', 'true');
  });

  it('highlights a squad over its limit', async () => {
    const matrix = aMatrix();
    matrix.squads[0] = { ...matrix.squads[0]!, memberCount: 5, overLimit: true };
    tribeApi('member', [matrix]).install();
    renderApp(URL);

    await screen.findByTestId('tribe-matrix');
    const app = squadHeader('hypotheek-app');
    expect(app).toHaveAttribute('data-over-limit', 'true');
    expect(app).toHaveTextContent('Boven limiet');
    expect(within(app).getByTestId('squad-count')).toHaveTextContent('5/4');
    expect(cell('Producten', 'hypotheek-app')).toHaveAttribute('data-over-limit', 'true');
    expect(squadHeader('vervroegd aflossen')).not.toHaveAttribute('data-over-limit');
  });

  it('moves a person by keyboard: pick up, choose a squad, drop, confirm', async () => {
    const api = tribeApi('tribe_lead', [aMatrix(), aMatrixAfterNoahMoved()])
      .on('POST', '/api/memberships/move', () => json({ ended: {}, started: {} }))
      .install();
    const user = userEvent.setup();
    renderApp(URL);

    const handle = await screen.findByRole('button', {
      name: 'Noah de Jong verplaatsen (nu in hypotheek-app)',
    });
    expect(handle).toHaveAttribute('aria-pressed', 'false');
    handle.focus();
    await user.keyboard('{Enter}');
    expect(handle).toHaveAttribute('aria-pressed', 'true');
    const announcer = screen.getByTestId('move-announcer');
    expect(announcer).toHaveTextContent('Noah de Jong opgepakt uit hypotheek-app.');
    expect(announcer).toHaveTextContent('Doel: vervroegd aflossen (3/4).');
    expect(squadHeader('vervroegd aflossen')).toHaveAttribute('data-target', 'true');
    // Arrows go round the other squads (here just the one).
    await user.keyboard('{ArrowRight}');
    expect(announcer).toHaveTextContent('Doel: vervroegd aflossen (3/4).');
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Noah de Jong verplaatsen' });
    expect(dialog).toHaveTextContent('Van squad hypotheek-app naar squad vervroegd aflossen.');
    expect(within(dialog).getByLabelText(/Met ingang van/)).toHaveValue('2025-06-01');
    const confirm = within(dialog).getByRole('button', { name: 'Verplaatsen' });
    await waitFor(() => expect(confirm).toHaveFocus());
    await user.keyboard('{Enter}');

    await waitFor(() => expect(api.calls('POST', '/api/memberships/move')).toBe(1));
    const request = api.requests.find((r) => r.path === '/api/memberships/move');
    expect(request?.body).toEqual({
      personId: IDS.noah,
      fromSquadId: IDS.app,
      toSquadId: IDS.aflossen,
      date: '2025-06-01',
    });
    // The rule's message will come in the language on screen.
    expect(request?.headers.get('Accept-Language')).toBe('nl');
    // The matrix is read again and shows Noah in his new squad, with the focus on him there.
    await waitFor(() =>
      expect(cell('Ontwikkeling', 'vervroegd aflossen')).toHaveTextContent('Noah de Jong'),
    );
    expect(cell('Ontwikkeling', 'hypotheek-app')).not.toHaveTextContent('Noah de Jong');
    expect(api.calls('GET', MATRIX)).toBe(2);
    expect(announcer).toHaveTextContent('Noah de Jong is verplaatst naar vervroegd aflossen.');
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Noah de Jong verplaatsen (nu in vervroegd aflossen)' }),
      ).toHaveFocus(),
    );
  });

  it('Escape puts a picked-up person back', async () => {
    tribeApi('tribe_lead', [aMatrix()]).install();
    const user = userEvent.setup();
    renderApp(URL);

    const handle = await screen.findByRole('button', { name: /^Zoë Peters verplaatsen/ });
    handle.focus();
    await user.keyboard(' ');
    expect(handle).toHaveAttribute('aria-pressed', 'true');
    // Tab reaches the target columns' "Move here" buttons too.
    expect(
      screen.getByRole('button', { name: 'Zoë Peters naar hypotheek-app verplaatsen' }),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(handle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('move-announcer')).toHaveTextContent(
      'Verplaatsen van Zoë Peters geannuleerd.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the rule that refused a move and leaves the matrix as it was', async () => {
    const api = tribeApi('tribe_lead', [aMatrix()])
      .on('POST', '/api/memberships/move', () => json(squadFullRefusal('hypotheek-app', 4), 409))
      .install();
    const user = userEvent.setup();
    renderApp(URL);

    const handle = await screen.findByRole('button', { name: /^Zoë Peters verplaatsen/ });
    handle.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('move-announcer')).toHaveTextContent(
      'Doel: hypotheek-app (4/4, vol).',
    );
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Zoë Peters verplaatsen' });
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Zoë Peters is niet verplaatst naar hypotheek-app');
    expect(alert).toHaveTextContent("Squad 'hypotheek-app' heeft al 4 leden (limiet 4)");
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Unchanged, and not even read again.
    expect(cell('Ontwikkeling', 'vervroegd aflossen')).toHaveTextContent('Zoë Peters');
    expect(cell('Ontwikkeling', 'hypotheek-app')).not.toHaveTextContent('Zoë Peters');
    expect(within(squadHeader('hypotheek-app')).getByTestId('squad-count')).toHaveTextContent(
      '4/4',
    );
    expect(api.calls('GET', MATRIX)).toBe(1);

    // The focus is back on the person who was not moved.
    await waitFor(() => expect(handle).toHaveFocus());

    // And the next one can be picked up straight away (Enter and Space both).
    const mila = screen.getByRole('button', { name: /^Mila Smit verplaatsen/ });
    mila.focus();
    await user.keyboard('{Enter}');
    expect(mila).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    await user.keyboard(' ');
    expect(mila).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(await screen.findByRole('dialog', { name: 'Mila Smit verplaatsen' })).toBeVisible();
  });

  it('moves a person by drag and drop onto another squad column', async () => {
    const productOwner = aSession('product_owner', {}, { ownedSquads: [IDS.app, IDS.aflossen] });
    const api = tribeApi(productOwner, [aMatrix(), aMatrixAfterNoahMoved()])
      .on('POST', '/api/memberships/move', () => json({ ended: {}, started: {} }))
      .install();
    const user = userEvent.setup();
    renderApp(URL);

    await screen.findByTestId('tribe-matrix');
    const noah = within(cell('Ontwikkeling', 'hypotheek-app'))
      .getAllByTestId('matrix-person')
      .find((chip) => chip.textContent?.includes('Noah de Jong'));
    expect(noah).toHaveAttribute('draggable', 'true');
    const dataTransfer = { setData: () => undefined, dropEffect: 'none', effectAllowed: 'all' };
    fireEvent.dragStart(noah!, { dataTransfer });
    const target = cell('Producten', 'vervroegd aflossen');
    fireEvent.dragOver(target, { dataTransfer });
    expect(target).toHaveAttribute('data-target', 'true');
    fireEvent.drop(target, { dataTransfer });

    const dialog = await screen.findByRole('dialog', { name: 'Noah de Jong verplaatsen' });
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));
    await waitFor(() => expect(api.calls('POST', '/api/memberships/move')).toBe(1));
    expect(api.requests.find((r) => r.path === '/api/memberships/move')?.body).toMatchObject({
      personId: IDS.noah,
      fromSquadId: IDS.app,
      toSquadId: IDS.aflossen,
    });
    await waitFor(() =>
      expect(cell('Ontwikkeling', 'vervroegd aflossen')).toHaveTextContent('Noah de Jong'),
    );
  });

  it('a drop on the squad a person is already in does nothing', async () => {
    const api = tribeApi('hr', [aMatrix()]).install();
    renderApp(URL);

    await screen.findByTestId('tribe-matrix');
    const zoe = within(cell('Ontwikkeling', 'vervroegd aflossen')).getByTestId('matrix-person');
    const dataTransfer = { setData: () => undefined };
    fireEvent.dragStart(zoe, { dataTransfer });
    fireEvent.drop(cell('Producten', 'vervroegd aflossen'), { dataTransfer });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.calls('POST', '/api/memberships/move')).toBe(0);
  });

  it('offers a product owner handles in their own squad only, and says when there is nowhere to go', async () => {
    const productOwner = aSession('product_owner', {}, { ownedSquads: [IDS.app] });
    const api = tribeApi(productOwner, [aMatrix()]).install();
    const user = userEvent.setup();
    renderApp(URL);

    await screen.findByTestId('tribe-matrix');
    expect(handleNames().sort()).toEqual([
      'Emma Bos verplaatsen (nu in hypotheek-app)',
      'Finn Kok verplaatsen (nu in hypotheek-app)',
      'Noah de Jong verplaatsen (nu in hypotheek-app)',
      'Pieter Visser verplaatsen (nu in hypotheek-app)',
    ]);
    const zoe = within(cell('Ontwikkeling', 'vervroegd aflossen')).getByTestId('matrix-person');
    expect(zoe).not.toHaveAttribute('draggable', 'true');
    expect(screen.getByText(/^Verplaats iemand naar een andere squad/)).toBeVisible();

    // They may start no membership in another squad: picking up says so, and aims nowhere.
    const announcer = screen.getByTestId('move-announcer');
    const noah = screen.getByRole('button', { name: /^Noah de Jong verplaatsen/ });
    noah.focus();
    await user.keyboard('{Enter}');
    expect(announcer).toHaveTextContent(
      'Er is geen squad in deze tribe waar jij Noah de Jong naartoe mag verplaatsen.',
    );
    expect(noah).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: /naar .* verplaatsen$/ })).not.toBeInTheDocument();
    expect(squadHeader('vervroegd aflossen')).not.toHaveAttribute('data-target');

    // Nor does another squad's column take them by drag and drop.
    const chip = within(cell('Ontwikkeling', 'hypotheek-app'))
      .getAllByTestId('matrix-person')
      .find((c) => c.textContent?.includes('Noah de Jong'));
    const dataTransfer = { setData: () => undefined, dropEffect: 'none', effectAllowed: 'all' };
    fireEvent.dragStart(chip!, { dataTransfer });
    const target = cell('Ontwikkeling', 'vervroegd aflossen');
    fireEvent.dragOver(target, { dataTransfer });
    expect(target).not.toHaveAttribute('data-target');
    fireEvent.drop(target, { dataTransfer });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.calls('POST', '/api/memberships/move')).toBe(0);
  });

  it('lets a product owner aim only at the squads they may move people into', async () => {
    const productOwner = aSession('product_owner', {}, { ownedSquads: [IDS.app, OVERSLUITEN] });
    tribeApi(productOwner, [aMatrixOfThreeSquads()]).install();
    const user = userEvent.setup();
    renderApp(URL);

    await screen.findByTestId('tribe-matrix');
    expect(handleNames().filter((name) => name.endsWith('(nu in oversluiten)'))).toEqual([
      'Levi Janssen verplaatsen (nu in oversluiten)',
    ]);
    expect(handleNames().filter((name) => name.endsWith('(nu in vervroegd aflossen)'))).toEqual([]);

    const noah = screen.getByRole('button', { name: /^Noah de Jong verplaatsen/ });
    noah.focus();
    await user.keyboard('{Enter}');
    const announcer = screen.getByTestId('move-announcer');
    expect(announcer).toHaveTextContent('Doel: oversluiten (1/4).');
    expect(squadHeader('oversluiten')).toHaveAttribute('data-target', 'true');
    // The arrows pass "vervroegd aflossen" by, both ways.
    await user.keyboard('{ArrowRight}');
    expect(announcer).toHaveTextContent('Doel: oversluiten (1/4).');
    await user.keyboard('{ArrowLeft}');
    expect(announcer).toHaveTextContent('Doel: oversluiten (1/4).');
    expect(squadHeader('vervroegd aflossen')).not.toHaveAttribute('data-target');
    // Only the allowed column offers "Move here".
    expect(
      screen.getByRole('button', { name: 'Noah de Jong naar oversluiten verplaatsen' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Noah de Jong naar vervroegd aflossen verplaatsen' }),
    ).not.toBeInTheDocument();
    await user.keyboard('{Escape}');

    // By drag and drop likewise: "vervroegd aflossen" does not take him, "oversluiten" does.
    const chip = within(cell('Ontwikkeling', 'hypotheek-app'))
      .getAllByTestId('matrix-person')
      .find((c) => c.textContent?.includes('Noah de Jong'));
    const dataTransfer = { setData: () => undefined, dropEffect: 'none', effectAllowed: 'all' };
    fireEvent.dragStart(chip!, { dataTransfer });
    fireEvent.dragOver(cell('Ontwikkeling', 'vervroegd aflossen'), { dataTransfer });
    expect(cell('Ontwikkeling', 'vervroegd aflossen')).not.toHaveAttribute('data-target');
    fireEvent.drop(cell('Ontwikkeling', 'vervroegd aflossen'), { dataTransfer });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    fireEvent.dragOver(cell('Ontwikkeling', 'oversluiten'), { dataTransfer });
    expect(cell('Ontwikkeling', 'oversluiten')).toHaveAttribute('data-target', 'true');
    fireEvent.drop(cell('Ontwikkeling', 'oversluiten'), { dataTransfer });
    const dialog = await screen.findByRole('dialog', { name: 'Noah de Jong verplaatsen' });
    expect(dialog).toHaveTextContent('Van squad hypotheek-app naar squad oversluiten.');
  });

  it('lets HR move anyone in a squad to any other squad, as before', async () => {
    tribeApi('hr', [aMatrixOfThreeSquads()]).install();
    const user = userEvent.setup();
    renderApp(URL);

    await screen.findByTestId('tribe-matrix');
    // Everyone in a squad: four in hypotheek-app, three in vervroegd aflossen, one in oversluiten.
    expect(handleNames()).toHaveLength(8);
    expect(
      handleNames().filter((name) => name.endsWith('(nu in vervroegd aflossen)')),
    ).toHaveLength(3);

    const noah = screen.getByRole('button', { name: /^Noah de Jong verplaatsen/ });
    noah.focus();
    await user.keyboard('{Enter}');
    const announcer = screen.getByTestId('move-announcer');
    expect(announcer).toHaveTextContent('Doel: vervroegd aflossen (3/4).');
    await user.keyboard('{ArrowRight}');
    expect(announcer).toHaveTextContent('Doel: oversluiten (1/4).');
    await user.keyboard('{ArrowRight}');
    expect(announcer).toHaveTextContent('Doel: vervroegd aflossen (3/4).');
    expect(
      screen.getAllByRole('button', { name: /^Noah de Jong naar .* verplaatsen$/ }),
    ).toHaveLength(2);
  });

  it('lets a tribe lead move people in the tribes they lead only', async () => {
    const elsewhere = aSession('tribe_lead', {}, { ledTribes: ['another-tribe'] });
    tribeApi(elsewhere, [aMatrix()]).install();
    const { unmount } = renderApp(URL);
    await screen.findByTestId('tribe-matrix');
    expect(handleNames()).toEqual([]);
    expect(screen.queryByText(/^Verplaats iemand naar een andere squad/)).not.toBeInTheDocument();
    unmount();

    tribeApi(aSession('tribe_lead', {}, { ledTribes: [IDS.tribe] }), [aMatrix()]).install();
    renderApp(URL);
    await screen.findByTestId('tribe-matrix');
    expect(handleNames()).toHaveLength(7);
  });

  it('asks for another day and shows the matrix on it', async () => {
    const api = tribeApi('member', [aMatrix()]).install();
    renderApp(URL);

    const date = await screen.findByLabelText(/Peildatum/);
    expect(date).toHaveValue('2025-06-01');
    fireEvent.change(date, { target: { value: '2024-03-01' } });
    await waitFor(() =>
      expect(api.requests.some((r) => r.path === MATRIX && r.search === '?date=2024-03-01')).toBe(
        true,
      ),
    );
  });
});
