/**
 * Time left until an instant, ticking each second (a break-glass grant's remaining minutes).
 */
import { useEffect, useState } from 'react';

/**
 * The time left as `m:ss` (or `h:mm:ss`), `0:00` once past.
 *
 * @param until - ISO instant
 * @returns the text, refreshed every second
 */
export function useTimeLeft(until: string | null | undefined): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  if (!until) return '';
  const s = Math.max(0, Math.floor((new Date(until).getTime() - now) / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
