/**
 * A status tag with text dark enough for WCAG AA contrast on its light background (Ant Design's coloured tags
 * are lighter than 4.5:1).
 */
import { Tag } from 'antd';

const TONES = {
  good: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  bad: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  info: { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' },
  warn: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
} as const;

/** A tone. */
export type Tone = keyof typeof TONES;

/** The tag. */
export function StatusTag({ tone, children, testId }: { tone: Tone; children: React.ReactNode; testId?: string }): React.JSX.Element {
  return (
    <Tag style={TONES[tone]} data-testid={testId}>
      {children}
    </Tag>
  );
}
