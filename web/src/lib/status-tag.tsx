/**
 * A status as a tag whose text passes WCAG 2.1 AA contrast (Ant Design's preset green/orange/red tags do not:
 * their text is too light on their background).
 */
import { Tag } from 'antd';
import type { ReactNode } from 'react';

/** The tones. */
export type Tone = 'ok' | 'warn' | 'bad' | 'info' | 'neutral';

const STYLES: Readonly<Record<Tone, React.CSSProperties>> = {
  ok: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  warn: { color: '#7a3300', background: '#fff7e6', borderColor: '#ffc069' },
  bad: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  info: { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' },
  neutral: { color: 'rgba(0,0,0,0.85)', background: '#fafafa', borderColor: '#d9d9d9' },
};

/** The tag. */
export function StatusTag({ tone, children, testId }: { tone: Tone; children: ReactNode; testId?: string }): React.JSX.Element {
  return (
    <Tag style={STYLES[tone]} data-testid={testId}>
      {children}
    </Tag>
  );
}
