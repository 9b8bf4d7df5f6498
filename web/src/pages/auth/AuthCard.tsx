/**
 * The frame of the sign-in steps: a centred panel with the name of the system and the language switch. Plain
 * elements styled from the theme's tokens rather than Ant Design's Card and Typography: Card brings Tabs,
 * Dropdown and Menu, and this frame is in the first JavaScript of the sign-in page (bench/web-bundle.ts).
 */
import type { ReactNode } from 'react';
import { Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/LanguageSwitch';

/** The frame. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }): React.JSX.Element {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: '#eef3f9', fontFamily: token.fontFamily, fontSize: token.fontSize, lineHeight: token.lineHeight, color: token.colorText }}
    >
      <main style={{ width: '100%', maxWidth: 440 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
          <strong style={{ fontSize: 20, color: '#0b3d70' }}>{t('app.name')}</strong>
          <LanguageSwitch />
        </Flex>
        <section style={{ background: token.colorBgContainer, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG, padding: 24 }}>
          <h1 style={{ fontSize: 22, marginTop: 0, marginBottom: 16, fontWeight: 600, color: token.colorTextHeading }}>{title}</h1>
          {children}
        </section>
        <p style={{ marginTop: 12, fontSize: 12, color: token.colorTextSecondary }}>{t('app.tagline')}</p>
      </main>
    </Flex>
  );
}
