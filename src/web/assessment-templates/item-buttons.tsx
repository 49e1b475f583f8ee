import { useTranslation } from 'react-i18next';

type Props = {
  /** The item's id prefix: its move buttons are `${id}-up` and `${id}-down`, where focus returns after a move. */
  id: string;
  position: number;
  count: number;
  /** False when removing it would leave fewer than the list needs. */
  removable: boolean;
  /** Said after the visible text, so each button names its item: "Flytta upp" + " Hälsa". */
  hidden: string;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** Move up, move down and remove, for one item of an ordered list in the template form. */
export function ItemButtons({ id, position, count, removable, hidden, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const name = <span className="visually-hidden"> {hidden}</span>;
  return (
    <div className="button-row">
      {position > 1 && (
        <button
          type="button"
          id={`${id}-up`}
          className="button button--secondary button--small"
          onClick={() => onMove(-1)}
        >
          {t('templates.moveUp')}
          {name}
        </button>
      )}
      {position < count && (
        <button
          type="button"
          id={`${id}-down`}
          className="button button--secondary button--small"
          onClick={() => onMove(1)}
        >
          {t('templates.moveDown')}
          {name}
        </button>
      )}
      {removable && (
        <button type="button" className="button button--secondary button--small" onClick={onRemove}>
          {t('templates.remove')}
          {name}
        </button>
      )}
    </div>
  );
}
