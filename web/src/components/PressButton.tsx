import { useRef, type ButtonHTMLAttributes, type PointerEvent } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'> & { onPress: () => void };

/**
 * A button that acts when a finger or pen is lifted from it, not on the click that follows: a tap
 * right after a stroke on the canvas may get no click at all from the browser. The mouse and the
 * keyboard still act on click; the click that follows a handled tap is ignored.
 */
export function PressButton({ onPress, ...props }: Props) {
  const press = useRef({ pointerId: null as number | null, handledTap: false });

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    press.current.handledTap = false;
    press.current.pointerId = event.pointerType === 'mouse' || !event.isPrimary ? null : event.pointerId;
  };

  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    if (press.current.pointerId !== event.pointerId) return;
    press.current.pointerId = null;
    const box = event.currentTarget.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside || props.disabled) return;
    press.current.handledTap = true;
    onPress();
  };

  return (
    <button
      type="button"
      {...props}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (press.current.pointerId = null)}
      onClick={(event) => {
        // detail is 0 for a click made with the keyboard, which is never the echo of a tap.
        const echoOfTap = press.current.handledTap && event.detail > 0;
        press.current.handledTap = false;
        if (!echoOfTap) onPress();
      }}
    />
  );
}
