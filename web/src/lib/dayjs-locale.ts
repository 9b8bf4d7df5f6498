/**
 * Day.js follows the console's language (date pickers' month and day names). Imported by the shell, where the
 * date pickers are, so that the sign-in page's first JavaScript does not carry Day.js (bench/web-bundle.ts).
 */
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { i18n } from '../i18n';

dayjs.locale(i18n.language === 'en' ? 'en' : 'vi');
i18n.on('languageChanged', (lng) => dayjs.locale(lng === 'en' ? 'en' : 'vi'));
