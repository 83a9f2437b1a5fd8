import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { gameClient } from '../../api/gameClient';
import { DrawingSession } from '../../canvas/drawingSession';
import { DEFAULT_COLOR } from '../../canvas/palette';
import { Celebration } from '../../feel/Celebration';
import { useStore } from '../../state/store';
import { Board } from './Board';
import { Chat } from './Chat';
import { Podium } from './Podium';
import { RatingBar } from './RatingBar';
import { RevealCard } from './RevealCard';
import { Scoreboard } from './Scoreboard';
import { Toolbar, type BrushState, type DrawTool } from './Toolbar';
import { TurnBar } from './TurnBar';
import { WordChoiceDialog } from './WordChoiceDialog';
import { useKeyboardInset } from './useKeyboardInset';
import { useStageInView } from './useStageInView';
import { useToolShortcuts } from './useToolShortcuts';

const DEFAULT_BRUSH: BrushState = { tool: 'pen', color: DEFAULT_COLOR, size: 1 };

export function GameScreen() {
  const game = useStore((s) => s.game)!;
  const you = useStore((s) => s.you);
  const [brush, setBrushState] = useState<BrushState>(DEFAULT_BRUSH);
  // A picked colour is for painting: the picker hands back to the pen, line or fill it was taken from.
  const paintingTool = useRef<DrawTool>('pen');
  const setBrush = useCallback((next: BrushState) => {
    if (next.tool !== 'picker' && next.tool !== 'eraser') paintingTool.current = next.tool;
    setBrushState(next);
  }, []);
  const session = useMemo(() => new DrawingSession(gameClient.canvas, gameClient), []);
  const isDrawer = game.drawerId === you;
  const canDraw = isDrawer && game.phase === 'drawing';

  // A stroke still open when the drawing phase ends is closed (and its last points sent).
  useEffect(() => {
    if (!canDraw) session.endStroke();
  }, [canDraw, session]);

  // Every turn starts with the pen: a tool left from an earlier turn would surprise the first touch.
  useEffect(() => setBrush(DEFAULT_BRUSH), [game.turnId, setBrush]);

  useToolShortcuts(canDraw, brush, setBrush, session);
  useKeyboardInset();
  const layout = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  useStageInView(layout, stage, `${game.turnId}:${game.phase}`);

  return (
    <div ref={layout} className={canDraw ? 'game-layout is-drawer' : 'game-layout'} data-testid="game-screen" data-phase={game.phase}>
      <div ref={stage} className="game-stage">
        <TurnBar game={game} />
        <div className="board-wrap">
          <Board
            model={gameClient.canvas}
            drawing={canDraw ? { session, ...brush } : null}
            onPickColor={(color) => setBrush({ ...brush, color, tool: paintingTool.current })}
          />
          {isDrawer && game.phase === 'choosing' && game.wordOptions && (
            <WordChoiceDialog options={game.wordOptions} canChange={game.canChangeWords} deadline={game.deadline} />
          )}
          <Celebration />
        </div>
        {(game.phase === 'drawing' || game.phase === 'reveal') && <RatingBar game={game} isDrawer={isDrawer} />}
        {game.phase === 'reveal' && <RevealCard game={game} />}
      </div>
      {canDraw && (
        <Toolbar
          brush={brush}
          onBrush={setBrush}
          onUndo={() => session.undo()}
          onRedo={() => session.redo()}
          onClear={() => session.clear()}
        />
      )}
      <Scoreboard game={game} />
      <Chat />
      {game.phase === 'gameOver' && game.podium && <Podium podium={game.podium} awards={game.awards ?? []} galleryId={game.galleryId} />}
    </div>
  );
}
