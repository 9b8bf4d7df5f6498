/**
 * The frame of the sign-in steps: a centred card with the name of the system and the language switch.
 */
import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/LanguageSwitch';

/** The frame. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#eef3f9' }}>
      <main style={{ width: '100%', maxWidth: 440 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
          <Typography.Text strong style={{ fontSize: 20, color: '#0b3d70' }}>
            {t('app.name')}
          </Typography.Text>
          <LanguageSwitch />
        </Flex>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {t('app.tagline')}
        </Typography.Paragraph>
      </main>
    </Flex>
  );
}
