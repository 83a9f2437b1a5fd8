// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { keyboardInset, useKeyboardInset } from '../src/pages/room/useKeyboardInset';

class FakeVisualViewport extends EventTarget {
  height = 844;
  offsetTop = 0;
}

describe('the chat sheet above the on-screen keyboard', () => {
  afterEach(() => {
    delete (window as { visualViewport?: unknown }).visualViewport;
  });

  it('is the part of the layout the visual viewport does not show at the bottom', () => {
    expect(keyboardInset(844, { height: 844, offsetTop: 0 })).toBe(0);
    expect(keyboardInset(844, { height: 508, offsetTop: 0 })).toBe(336);
    // Scrolled within the visual viewport: the keyboard still covers only what is below it.
    expect(keyboardInset(844, { height: 508, offsetTop: 100 })).toBe(236);
    // A pinch-zoomed viewport can be taller than the rest: never negative.
    expect(keyboardInset(844, { height: 900, offsetTop: 0 })).toBe(0);
  });

  it('follows the keyboard opening and closing', () => {
    const viewport = new FakeVisualViewport();
    Object.defineProperty(window, 'visualViewport', { value: viewport, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 844, configurable: true });
    const { unmount } = renderHook(() => useKeyboardInset());
    const inset = () => document.documentElement.style.getPropertyValue('--keyboard-inset');
    expect(inset()).toBe('0px');

    viewport.height = 500;
    viewport.dispatchEvent(new Event('resize'));
    expect(inset()).toBe('344px');

    viewport.height = 844;
    viewport.dispatchEvent(new Event('resize'));
    expect(inset()).toBe('0px');

    unmount();
    expect(inset()).toBe('');
  });
});
