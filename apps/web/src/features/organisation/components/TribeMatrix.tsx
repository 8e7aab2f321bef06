import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import {
  type DragEvent,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatrixPerson, MatrixSquad, TribeMatrix as Matrix } from '../api/organisation.api';
import { orgErrorText } from '../api/org-errors';
import { useMoveMembership } from '../hooks/useOrganisation';
import {
  type MatrixModel,
  type MoveRights,
  type MoveSource,
  type PendingMove,
  cellKey,
  matrixModel,
  nextTarget,
} from './matrix-model';
import { MoveDialog } from './MoveDialog';
import { ROLE_ORDER, RoleBadge } from './OrgBadges';
import { PersonLink } from './PersonLink';
import classes from './TribeMatrix.module.css';

export interface TribeMatrixProps {
  matrix: Matrix;
  /** Out of which squads and into which the user may move people (the API still decides). */
  moveRights: MoveRights;
}

/** Picked up by keyboard (or a click on the handle), aiming at `target`. */
interface Picked extends MoveSource {
  target: MatrixSquad;
}

const handleSelector = (personId: string, squadId: string) =>
  `[data-move-handle="${personId}|${squadId}"]`;

/**
 * The whitepaper's picture as a table: chapters as rows, squads as columns, the people of a
 * squad and chapter in their cell. People move between squads by dragging their chip onto
 * another column, or by keyboard: the chip's handle picks them up (Enter or Space), arrow
 * keys choose the target squad (or Tab to a column's "Move here" button), Enter drops and
 * Escape cancels. Every step is announced in a live region; the move itself is confirmed in
 * a dialog that asks from which day it holds. Handles are offered only in squads the user may
 * move people out of, and only the squads they may move people into are targets.
 */
export function TribeMatrix({ matrix, moveRights }: TribeMatrixProps) {
  const { t, i18n } = useTranslation();
  const model = matrixModel(matrix);
  const move = useMoveMembership();
  const helpId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<Picked>();
  const [dragged, setDragged] = useState<MoveSource>();
  const [dragOver, setDragOver] = useState<string>();
  const [pending, setPending] = useState<PendingMove>();
  const [refusal, setRefusal] = useState<{ move: PendingMove; text: string }>();
  const [announcement, setAnnouncement] = useState('');
  const [focusAfter, setFocusAfter] = useState<{ personId: string; squadId: string }>();
  // A drop by Space is handled on keydown; the click its keyup causes must not pick up again.
  const keyHandled = useRef(false);

  const fte = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const countText = (squad: MatrixSquad) =>
    t('organisation.matrix.count', { members: squad.memberCount, limit: squad.limit });
  const aimText = (person: MatrixPerson, target: MatrixSquad) =>
    t('organisation.move.aim', {
      name: person.name,
      squad: target.name,
      size: countText(target),
      status: target.overLimit
        ? t('organisation.move.statusOverLimit')
        : target.full
          ? t('organisation.move.statusFull')
          : '',
    });
  /** Why someone picked up has nowhere to go: no other squad, or none the user may move into. */
  const noTargetText = (person: MatrixPerson) =>
    matrix.squads.length > 1
      ? t('organisation.move.noAllowedTarget', { name: person.name })
      : t('organisation.move.noTarget');

  const movableFrom = (person: MatrixPerson, squad: MatrixSquad | undefined) =>
    squad !== undefined && moveRights.canMoveFrom(squad.id, person.id);
  const isTarget = (source: MoveSource, squad: MatrixSquad) =>
    squad.id !== source.from.id && moveRights.canMoveTo(squad.id, source.person.id);
  const targetStep = (source: MoveSource, currentId: string | undefined, direction: 1 | -1) =>
    nextTarget(matrix.squads, source.from.id, currentId, direction, (squad) =>
      isTarget(source, squad),
    );

  // After a move, the chip is rendered in its new column: give it the focus there.
  useEffect(() => {
    if (!focusAfter) return;
    const handle = containerRef.current?.querySelector<HTMLElement>(
      handleSelector(focusAfter.personId, focusAfter.squadId),
    );
    if (handle) {
      handle.focus();
      setFocusAfter(undefined);
    }
  }, [focusAfter, matrix]);

  const aimAt = (source: MoveSource, target: MatrixSquad) => {
    setPicked({ ...source, target });
    setAnnouncement(aimText(source.person, target));
  };

  const pickUp = (source: MoveSource) => {
    setRefusal(undefined);
    const target = targetStep(source, undefined, 1);
    if (!target) {
      // Nothing to aim at: say so rather than pick up.
      setPicked(undefined);
      setAnnouncement(noTargetText(source.person));
      return;
    }
    setPicked({ ...source, target });
    setAnnouncement(
      `${t('organisation.move.pickedUp', { name: source.person.name, squad: source.from.name })} ${aimText(source.person, target)}`,
    );
  };

  const cancel = () => {
    if (!picked) return;
    setPicked(undefined);
    setAnnouncement(t('organisation.move.cancelled', { name: picked.person.name }));
  };

  const drop = (source: MoveSource, to: MatrixSquad) => {
    setPicked(undefined);
    setDragged(undefined);
    setDragOver(undefined);
    if (!isTarget(source, to)) return;
    setPending({ ...source, to });
    setAnnouncement(
      t('organisation.move.confirmAsk', { name: source.person.name, squad: to.name }),
    );
  };

  const confirm = (date: string) => {
    if (!pending) return;
    const current = pending;
    move.mutate(
      {
        personId: current.person.id,
        fromSquadId: current.from.id,
        toSquadId: current.to.id,
        date,
      },
      {
        onSuccess: () => {
          setPending(undefined);
          setRefusal(undefined);
          setAnnouncement(
            t('organisation.move.done', { name: current.person.name, squad: current.to.name }),
          );
          setFocusAfter({ personId: current.person.id, squadId: current.to.id });
        },
        onError: (error) => {
          setPending(undefined);
          setRefusal({ move: current, text: orgErrorText(t, error) });
        },
      },
    );
  };

  const onHandleKeyDown = (event: KeyboardEvent<HTMLButtonElement>, source: MoveSource) => {
    if (!picked || picked.person.id !== source.person.id || picked.from.id !== source.from.id) {
      return;
    }
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        event.preventDefault();
        aimAt(source, targetStep(source, picked.target.id, 1) ?? picked.target);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        event.preventDefault();
        aimAt(source, targetStep(source, picked.target.id, -1) ?? picked.target);
        break;
      case 'Enter':
      case ' ':
        // Prevented, Enter fires no click; Space clicks on keyup, which onHandleKeyUp swallows.
        event.preventDefault();
        if (event.key === ' ') keyHandled.current = true;
        drop(source, picked.target);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        cancel();
        break;
    }
  };

  const onHandleKeyUp = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== ' ' || !keyHandled.current) return;
    event.preventDefault();
    // Whatever click this keyup still causes comes synchronously; after that, forget it.
    setTimeout(() => {
      keyHandled.current = false;
    }, 0);
  };

  const onHandleClick = (source: MoveSource) => {
    if (keyHandled.current) {
      keyHandled.current = false;
      return;
    }
    const isPicked = picked?.person.id === source.person.id && picked.from.id === source.from.id;
    if (isPicked) cancel();
    else pickUp(source);
  };

  // Drag and drop (native HTML5): the whole chip is draggable, a squad's column takes it if
  // the user may move the person there.
  const dropProps = (squad: MatrixSquad) =>
    dragged && isTarget(dragged, squad)
      ? {
          onDragOver: (event: DragEvent) => {
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
            if (dragOver !== squad.id) setDragOver(squad.id);
          },
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            drop(dragged, squad);
          },
        }
      : {};

  const columnState = (squad: MatrixSquad) => ({
    'data-target': picked?.target?.id === squad.id || dragOver === squad.id || undefined,
    'data-source': picked?.from.id === squad.id || dragged?.from.id === squad.id || undefined,
    'data-over-limit': squad.overLimit || undefined,
  });

  const chip = (person: MatrixPerson, squad: MatrixSquad | undefined) => {
    const source = squad && movableFrom(person, squad) ? { person, from: squad } : undefined;
    const movable = source !== undefined;
    const isPicked =
      source !== undefined && picked?.person.id === person.id && picked.from.id === squad?.id;
    const roles = (model.roles.get(person.id) ?? []).filter(
      // "product owner" on a chip means of this squad; elsewhere it is said in its header.
      (role) => role !== 'productOwner' || person.isProductOwner,
    );
    if (person.isProductOwner && !roles.includes('productOwner')) roles.push('productOwner');
    roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
    return (
      <li
        key={person.id}
        className={classes.chip}
        data-testid="matrix-person"
        data-person-id={person.id}
        data-picked={isPicked || undefined}
        draggable={movable}
        onDragStart={
          movable
            ? (event: DragEvent) => {
                setRefusal(undefined);
                setPicked(undefined);
                setDragged(source);
                if (!matrix.squads.some((target) => isTarget(source, target))) {
                  setAnnouncement(noTargetText(person));
                }
                if (event.dataTransfer) {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', person.name);
                }
              }
            : undefined
        }
        onDragEnd={
          movable
            ? () => {
                setDragged(undefined);
                setDragOver(undefined);
              }
            : undefined
        }
      >
        {movable ? (
          <ActionIcon
            size="sm"
            variant={isPicked ? 'filled' : 'subtle'}
            color={isPicked ? 'indigo' : 'gray'}
            aria-label={t('organisation.move.handle', { name: person.name, squad: squad?.name })}
            aria-pressed={isPicked}
            aria-describedby={helpId}
            data-move-handle={`${person.id}|${squad?.id}`}
            onClick={() => onHandleClick(source)}
            onKeyDown={(event) => onHandleKeyDown(event, source)}
            onKeyUp={onHandleKeyUp}
            className={classes.handle}
          >
            <GripIcon />
          </ActionIcon>
        ) : null}
        <Text size="sm" component="span" className={classes.name}>
          <PersonLink id={person.id} name={person.name} />
        </Text>
        {person.fte != null && person.fte < 1 ? (
          <Text size="xs" c="dimmed" component="span" style={{ whiteSpace: 'nowrap' }}>
            {t('organisation.fte', { fte: fte(person.fte) })}
          </Text>
        ) : null}
        {roles.map((role) => (
          <RoleBadge key={role} role={role} />
        ))}
      </li>
    );
  };

  const anyMovable = matrix.cells.some((cell) => {
    const squad = matrix.squads.find((s) => s.id === cell.squadId);
    return cell.people.some((person) => movableFrom(person, squad));
  });

  const people = (chapterId: string | null, squad: MatrixSquad | undefined) => {
    const list = model.cells.get(cellKey(chapterId, squad?.id ?? null)) ?? [];
    if (list.length === 0) return null;
    return <ul className={classes.people}>{list.map((person) => chip(person, squad))}</ul>;
  };

  const rows: { id: string | null; header: ReactNode }[] = [
    ...matrix.chapters.map((chapter) => ({
      id: chapter.id,
      header: (
        <Stack gap={2}>
          <Anchor component={Link} to={`/org/chapters/${chapter.id}`} fw={600}>
            {chapter.name}
          </Anchor>
          {chapter.specialism ? (
            <Text size="xs" c="dimmed">
              {chapter.specialism}
            </Text>
          ) : null}
          {chapter.lead ? (
            <Group gap={4} wrap="nowrap">
              <RoleBadge role="chapterLead" />
              <Text size="xs" component="span">
                <PersonLink id={chapter.lead.id} name={chapter.lead.name} />
              </Text>
            </Group>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('organisation.matrix.chapterCount', { count: chapter.memberCount })}
          </Text>
        </Stack>
      ),
    })),
    ...(model.hasNoChapterRow
      ? [
          {
            id: null,
            header: (
              <Text size="sm" fs="italic">
                {t('organisation.matrix.noChapter')}
              </Text>
            ),
          },
        ]
      : []),
  ];

  return (
    <Stack
      gap="sm"
      ref={containerRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && picked) cancel();
      }}
    >
      {anyMovable ? (
        <Text size="sm" c="dimmed" id={helpId} maw={820}>
          {t('organisation.move.help')}
        </Text>
      ) : null}
      <VisuallyHidden role="status" aria-live="polite" data-testid="move-announcer">
        {announcement}
      </VisuallyHidden>
      {refusal ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('organisation.move.refused', {
            name: refusal.move.person.name,
            squad: refusal.move.to.name,
          })}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setRefusal(undefined)}
          data-testid="move-refusal"
        >
          {refusal.text}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" className={classes.scroller}>
        <Table
          className={classes.table}
          verticalSpacing="xs"
          horizontalSpacing="sm"
          withColumnBorders
          data-testid="tribe-matrix"
        >
          <caption className={classes.caption}>
            {t('organisation.matrix.caption', { tribe: matrix.name, date: matrix.date })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className={classes.corner}>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('organisation.matrix.corner')}
                </Text>
              </Table.Th>
              {matrix.squads.map((squad) => (
                <Table.Th
                  key={squad.id}
                  scope="col"
                  className={classes.squadHeader}
                  data-testid="matrix-squad"
                  data-squad-name={squad.name}
                  {...columnState(squad)}
                  {...dropProps(squad)}
                >
                  <Stack gap={4}>
                    <Anchor component={Link} to={`/org/squads/${squad.id}`} fw={600}>
                      {squad.name}
                    </Anchor>
                    <Group gap={4}>
                      <Badge
                        size="sm"
                        variant={squad.overLimit ? 'filled' : 'light'}
                        color={squad.overLimit ? 'red' : squad.full ? 'orange' : 'gray'}
                        tt="none"
                        data-testid="squad-count"
                        aria-label={t('organisation.matrix.countLabel', {
                          members: squad.memberCount,
                          limit: squad.limit,
                        })}
                      >
                        {countText(squad)}
                      </Badge>
                      {squad.overLimit ? (
                        <Badge size="sm" color="red" variant="light" tt="none">
                          {t('organisation.matrix.overLimit')}
                        </Badge>
                      ) : squad.full ? (
                        <Badge size="sm" color="orange" variant="light" tt="none">
                          {t('organisation.matrix.full')}
                        </Badge>
                      ) : null}
                    </Group>
                    {squad.productOwner ? (
                      <Group gap={4} wrap="nowrap">
                        <RoleBadge role="productOwner" />
                        <Text size="xs" component="span" fw={400}>
                          <PersonLink id={squad.productOwner.id} name={squad.productOwner.name} />
                        </Text>
                      </Group>
                    ) : null}
                    {squad.agileCoach ? (
                      <Group gap={4} wrap="nowrap">
                        <RoleBadge role="agileCoach" />
                        <Text size="xs" component="span" fw={400}>
                          <PersonLink id={squad.agileCoach.id} name={squad.agileCoach.name} />
                        </Text>
                      </Group>
                    ) : null}
                    {picked && isTarget(picked, squad) ? (
                      <Button
                        size="compact-xs"
                        variant={picked.target.id === squad.id ? 'filled' : 'light'}
                        onClick={() => drop(picked, squad)}
                        aria-label={t('organisation.move.hereLabel', {
                          name: picked.person.name,
                          squad: squad.name,
                        })}
                      >
                        {t('organisation.move.here')}
                      </Button>
                    ) : null}
                  </Stack>
                </Table.Th>
              ))}
              {model.hasNoSquadColumn ? (
                <Table.Th scope="col" className={classes.squadHeader}>
                  <Text size="sm" fs="italic">
                    {t('organisation.matrix.noSquad')}
                  </Text>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id ?? 'none'}>
                <Table.Th scope="row" className={classes.chapterHeader}>
                  {row.header}
                </Table.Th>
                {matrix.squads.map((squad) => (
                  <Table.Td
                    key={squad.id}
                    className={classes.cell}
                    data-testid="matrix-cell"
                    data-squad-id={squad.id}
                    {...columnState(squad)}
                    {...dropProps(squad)}
                  >
                    {people(row.id, squad)}
                  </Table.Td>
                ))}
                {model.hasNoSquadColumn ? (
                  <Table.Td className={classes.cell}>{people(row.id, undefined)}</Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Legend model={model} />
      <MoveDialog
        move={pending}
        defaultDate={matrix.date}
        pending={move.isPending}
        onConfirm={confirm}
        onCancel={() => {
          if (pending) {
            setAnnouncement(t('organisation.move.cancelled', { name: pending.person.name }));
          }
          setPending(undefined);
        }}
      />
    </Stack>
  );
}

function Legend({ model }: { model: MatrixModel }) {
  const { t } = useTranslation();
  const used = new Set([...model.roles.values()].flat());
  return (
    <Group gap="md" component="ul" className={classes.legend} aria-label={t('organisation.legend')}>
      {ROLE_ORDER.filter((role) => used.has(role) || role === 'productOwner').map((role) => (
        <Group key={role} gap={6} component="li" wrap="nowrap">
          <RoleBadge role={role} decorative />
          <Text size="xs">{t(`organisation.role.${role}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}

function GripIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {[3, 7, 11].map((y) =>
        [4.5, 9.5].map((x) => (
          <circle key={`${x}-${y}`} cx={x} cy={y} r="1.3" fill="currentColor" />
        )),
      )}
    </svg>
  );
}
