// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PressButton } from '../src/components/PressButton';

afterEach(cleanup);

function renderButton() {
  const onPress = vi.fn();
  render(<PressButton onPress={onPress}>Undo</PressButton>);
  const button = screen.getByRole('button', { name: 'Undo' });
  // jsdom lays nothing out: the button is a 40 × 40 box at the origin.
  button.getBoundingClientRect = () => ({ left: 0, top: 0, right: 40, bottom: 40, x: 0, y: 0, width: 40, height: 40, toJSON: () => ({}) });
  return { onPress, button };
}

const touch = { pointerType: 'touch', pointerId: 7, isPrimary: true, clientX: 20, clientY: 20 };

describe('PressButton', () => {
  it('acts when a finger is lifted, even if the browser sends no click after it', () => {
    const { onPress, button } = renderButton();
    fireEvent.pointerDown(button, touch);
    fireEvent.pointerUp(button, touch);
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('acts once for a tap followed by its click (one undo, not two)', () => {
    const { onPress, button } = renderButton();
    fireEvent.pointerDown(button, touch);
    fireEvent.pointerUp(button, touch);
    fireEvent.click(button, { detail: 1 });
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the finger slides off the button before lifting', () => {
    const { onPress, button } = renderButton();
    fireEvent.pointerDown(button, touch);
    fireEvent.pointerUp(button, { ...touch, clientX: 90 });
    expect(onPress).not.toHaveBeenCalled();
  });

  it('acts on click for the mouse and the keyboard', () => {
    const { onPress, button } = renderButton();
    const mouse = { pointerType: 'mouse', pointerId: 1, isPrimary: true, clientX: 20, clientY: 20 };
    fireEvent.pointerDown(button, mouse);
    fireEvent.pointerUp(button, mouse);
    fireEvent.click(button, { detail: 1 });
    fireEvent.click(button, { detail: 0 });
    expect(onPress).toHaveBeenCalledTimes(2);
  });
});
