import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { placePopover } from './popoverPlacement';

interface AnchoredPopoverProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * What the popover must never cover (the passage and its neighbouring lines), in viewport
   * coordinates; read again on every scroll and resize.
   */
  anchor(): DOMRect | undefined;
  prefer: 'above' | 'below';
  /** The scrolling box of the anchor: the popover follows it, and hides when the anchor leaves it. */
  scroller: RefObject<HTMLElement | null>;
  hideWhenAnchorHidden?: boolean;
  /** A pointer press outside the popover. */
  onOutsidePointerDown?(event: PointerEvent): void;
  children: ReactNode;
}

interface Placement {
  top: number;
  left: number;
  visible: boolean;
}

/**
 * A box floating next to a passage of the text, in the document body (the paragraphs use
 * content-visibility, which would clip it). It follows the passage while the reader scrolls and
 * goes above, below or beside it (`placePopover`) so it stays on screen without covering it.
 */
export function AnchoredPopover({
  anchor,
  prefer,
  scroller,
  hideWhenAnchorHidden = false,
  onOutsidePointerDown,
  children,
  className,
  style,
  ...rest
}: AnchoredPopoverProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  // Off screen but not hidden before the first measurement: a hidden box could not take the focus.
  const [placement, setPlacement] = useState<Placement>({ top: -9999, left: -9999, visible: true });
  const latestAnchor = useRef(anchor);
  useLayoutEffect(() => {
    latestAnchor.current = anchor;
  });

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let frame = 0;
    const place = () => {
      const rect = latestAnchor.current();
      const area = scroller.current?.getBoundingClientRect();
      if (!rect) return setPlacement((current) => ({ ...current, visible: false }));
      const anchorShown = !area || (rect.bottom >= area.top && rect.top <= area.bottom);
      const { top, left } = placePopover(
        rect,
        { width: box.offsetWidth, height: box.offsetHeight },
        { width: window.innerWidth, height: window.innerHeight },
        prefer,
      );
      setPlacement({ top, left, visible: anchorShown || !hideWhenAnchorHidden });
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    place();
    const scrolling = scroller.current;
    scrolling?.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const resized = new ResizeObserver(schedule);
    resized.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      scrolling?.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resized.disconnect();
    };
  }, [scroller, prefer, hideWhenAnchorHidden, anchor]);

  const onOutside = useRef(onOutsidePointerDown);
  useLayoutEffect(() => {
    onOutside.current = onOutsidePointerDown;
  });
  useEffect(() => {
    function onPointerDown(event: PointerEvent) {
      if (boxRef.current && event.target instanceof Node && boxRef.current.contains(event.target)) return;
      onOutside.current?.(event);
    }
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  return createPortal(
    <div
      ref={boxRef}
      className={`anchored-popover ${className ?? ''}`}
      style={{
        ...style,
        top: placement.top,
        left: placement.left,
        visibility: placement.visible ? 'visible' : 'hidden',
      }}
      {...rest}
    >
      {children}
    </div>,
    document.body,
  );
}
