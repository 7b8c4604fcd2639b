/** Every coordination route (docs/design.md#coordination): attachments, announcements and their audiences, meetings, follow-ups, media kit, calendar. */
import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { announcementRoutes } from './announcements.route.js';
import { attachmentRoutes } from './attachments.route.js';
import { audienceRoutes } from './audiences.route.js';
import { calendarRoutes } from './calendar.route.js';
import { followUpRoutes } from './follow-ups.route.js';
import { mediaKitRoutes } from './media-kit.route.js';
import { meetingRoutes } from './meetings.route.js';

export function coordinationRoutes(app: ZodApp, context: AppContext): void {
  attachmentRoutes(app, context);
  announcementRoutes(app, context);
  audienceRoutes(app, context);
  meetingRoutes(app, context);
  followUpRoutes(app, context);
  mediaKitRoutes(app, context);
  calendarRoutes(app, context);
}
