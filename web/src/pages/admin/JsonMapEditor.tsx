/**
 * The editor of a declared JSON map (a gateway route map, an access-log mapping): the text as JSON, checked to
 * parse before anything is sent; replacing the map in force asks for confirmation and the reason recorded in the
 * audit log (ReasonModal); the server's refusal is shown with every problem its body lists (the map in force is
 * then kept).
 */
import { useState } from 'react';
import { Alert, Button, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/errors';
import { useMutation } from '@tanstack/react-query';
import { ReasonModal } from '../../lib/reason-modal';

/** Props of {@link JsonMapEditor}. */
export interface JsonMapEditorProps {
  /** The map in force (null when none is declared yet): the editor starts from it. */
  readonly current: unknown;
  /** Shown when nothing is declared yet, as the starting text. */
  readonly example: unknown;
  /** Prefix of the test ids (`<prefix>-json`, `<prefix>-save`). */
  readonly testId: string;
  /** The confirmation's title and what replacing will do, in words. */
  readonly confirmTitle: string;
  readonly confirmEffect: string;
  /** Sends the parsed map with the reason; resolves when the server accepted it. */
  readonly onSave: (map: unknown, reason: string) => Promise<unknown>;
  /** Fewest characters the route accepts for the reason (3 by default). */
  readonly reasonMinLength?: number;
  /** Whether the caller may change the map (else the text is read-only and there is no button). */
  readonly editable: boolean;
}

const pretty = (v: unknown): string => JSON.stringify(v, null, 2);

/** The editor. Re-mount it (a `key`) when the map it edits changes. */
export function JsonMapEditor(props: JsonMapEditorProps): React.JSX.Element {
  const { t } = useTranslation();
  const [text, setText] = useState(() => pretty(props.current ?? props.example));
  const [parsed, setParsed] = useState<unknown>(undefined);
  const [syntax, setSyntax] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  // A refusal closes the dialog and is shown beside the text, with every problem the server lists.
  const save = useMutation({
    mutationFn: (v: { map: unknown; reason: string }) => props.onSave(v.map, v.reason),
    onSuccess: () => setSaved(true),
    onError: (err) => setRefusal(err),
    onSettled: () => setParsed(undefined),
  });
  const review = (): void => {
    setRefusal(null);
    setSaved(false);
    try {
      setParsed(JSON.parse(text) as unknown);
      setSyntax(null);
    } catch (err) {
      setSyntax(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('admin.maps.jsonHint')}</Typography.Text>
      <Input.TextArea
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
        readOnly={!props.editable}
        autoSize={{ minRows: 8, maxRows: 28 }}
        spellCheck={false}
        style={{ fontFamily: 'monospace', fontSize: 13 }}
        aria-label={t('admin.maps.jsonLabel')}
        data-testid={`${props.testId}-json`}
      />
      {syntax && <Alert type="error" showIcon role="alert" title={t('admin.maps.notJson', { message: syntax })} data-testid={`${props.testId}-syntax`} />}
      <ErrorAlert error={refusal} details />
      {saved && <Alert type="success" showIcon title={t('admin.maps.saved')} data-testid={`${props.testId}-saved`} />}
      {props.editable && (
        <Button type="primary" onClick={review} data-testid={`${props.testId}-save`}>
          {t('admin.maps.replace')}
        </Button>
      )}
      {parsed !== undefined && (
        <ReasonModal
          open
          title={props.confirmTitle}
          consequence={props.confirmEffect}
          submitLabel={t('admin.maps.replace')}
          minLength={props.reasonMinLength ?? 3}
          pending={save.isPending}
          error={null}
          onCancel={() => setParsed(undefined)}
          onSubmit={(v) => save.mutate({ map: parsed, reason: v.reason.trim() })}
          testId={`${props.testId}-confirm`}
        />
      )}
    </Space>
  );
}
