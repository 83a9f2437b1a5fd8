import { useState } from 'react';
import { BRUSH_SIZES, PALETTE } from '../../canvas/palette';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { PressButton } from '../../components/PressButton';
import { useT } from '../../i18n';

export type DrawTool = 'pen' | 'line' | 'eraser' | 'fill' | 'picker';

export interface BrushState {
  tool: DrawTool;
  color: number;
  size: number;
}

interface Props {
  brush: BrushState;
  onBrush: (brush: BrushState) => void;
  onUndo: () => void;
  onRedo: () => void;
  onClear: () => void;
}

const TOOLS = [
  { tool: 'pen', key: 'tool.pen' },
  { tool: 'line', key: 'tool.line' },
  { tool: 'eraser', key: 'tool.eraser' },
  { tool: 'fill', key: 'tool.fill' },
] as const;

export function Toolbar({ brush, onBrush, onUndo, onRedo, onClear }: Props) {
  const t = useT();
  const [confirmClear, setConfirmClear] = useState(false);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('tool.toolbar')} data-testid="toolbar">
      <div className="tool-group">
        {TOOLS.map(({ tool, key }) => (
          <PressButton
            key={tool}
            className="tool"
            aria-pressed={brush.tool === tool}
            aria-label={t(key)}
            title={t(key)}
            data-testid={`tool-${tool}`}
            onPress={() => onBrush({ ...brush, tool })}
          >
            <Icon name={tool} />
          </PressButton>
        ))}
      </div>
      <div className="tool-group">
        {BRUSH_SIZES.map((diameter, index) => (
          <PressButton
            key={diameter}
            className="tool"
            aria-pressed={brush.size === index}
            aria-label={t('tool.size', { n: index + 1, key: index + 1 })}
            title={t('tool.size', { n: index + 1, key: index + 1 })}
            data-testid={`size-${index}`}
            onPress={() => onBrush({ ...brush, size: index })}
          >
            <span className="size-dot" style={{ width: 4 + index * 6, height: 4 + index * 6 }} aria-hidden="true" />
          </PressButton>
        ))}
      </div>
      <div className="palette" role="radiogroup" aria-label={t('tool.palette')}>
        {PALETTE.map((colour, index) => (
          <PressButton
            key={colour.key}
            role="radio"
            className="swatch"
            style={{ background: colour.hex }}
            aria-checked={brush.color === index}
            aria-label={t(`color.${colour.key}`)}
            title={t(`color.${colour.key}`)}
            data-testid={`color-${index}`}
            onPress={() => onBrush({ ...brush, color: index, tool: brush.tool === 'eraser' || brush.tool === 'picker' ? 'pen' : brush.tool })}
          />
        ))}
      </div>
      <div className="tool-group">
        {/* Beside the palette it picks from; on a phone it shares the undo row, so the tools and sizes keep theirs. */}
        <PressButton
          className="tool"
          aria-pressed={brush.tool === 'picker'}
          aria-label={t('tool.picker')}
          title={t('tool.picker')}
          data-testid="tool-picker"
          onPress={() => onBrush({ ...brush, tool: 'picker' })}
        >
          <Icon name="picker" />
        </PressButton>
        <PressButton className="tool" aria-label={t('tool.undo')} title={t('tool.undo')} data-testid="undo" onPress={onUndo}>
          <Icon name="undo" />
        </PressButton>
        <PressButton className="tool" aria-label={t('tool.redo')} title={t('tool.redo')} data-testid="redo" onPress={onRedo}>
          <Icon name="redo" />
        </PressButton>
        <PressButton
          className="tool danger"
          aria-label={t('tool.clear')}
          title={t('tool.clear')}
          data-testid="clear"
          onPress={() => setConfirmClear(true)}
        >
          <Icon name="trash" />
        </PressButton>
      </div>
      {confirmClear && (
        <ConfirmDialog
          message={t('tool.clearConfirm')}
          testId="clear-confirm"
          onCancel={() => setConfirmClear(false)}
          onConfirm={() => {
            setConfirmClear(false);
            onClear();
          }}
        />
      )}
    </div>
  );
}
