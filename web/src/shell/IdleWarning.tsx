/**
 * The session's idle timeout made visible: the server ends a session after `idleMinutes` without a request;
 * every API call resets the count here too. Two minutes before the end a dialog says so, with a countdown
 * and a button that keeps the session (one call to the server); at the end the sign-in page says why.
 */
import { useEffect, useState } from 'react';
import { Modal, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ME_KEY } from '../lib/session';

const WARN_SECONDS = 120;
let lastActivity = Date.now();
window.addEventListener('khien:activity', () => {
  lastActivity = Date.now();
});

/**
 * The warning.
 *
 * @param props - the session's idle minutes and the sign-out action
 */
export function IdleWarning({ idleMinutes, onSignOut }: { idleMinutes: number; onSignOut: () => void }): React.JSX.Element | null {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [left, setLeft] = useState(idleMinutes * 60);
  useEffect(() => {
    const timer = setInterval(() => setLeft(Math.round(idleMinutes * 60 - (Date.now() - lastActivity) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [idleMinutes]);
  useEffect(() => {
    if (left <= 0) {
      queryClient.setQueryData(ME_KEY, null);
      void navigate('/signin?reason=idle');
    }
  }, [left, navigate, queryClient]);
  if (left > WARN_SECONDS || left <= 0) return null;
  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return (
    <Modal
      open
      title={t('idle.title')}
      okText={t('idle.stay')}
      cancelText={t('shell.signOut')}
      onOk={() => void queryClient.refetchQueries({ queryKey: ME_KEY })}
      onCancel={onSignOut}
    >
      <Typography.Paragraph>{t('idle.body', { time: `${mm}:${ss}` })}</Typography.Paragraph>
    </Modal>
  );
}
