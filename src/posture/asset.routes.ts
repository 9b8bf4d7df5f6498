/**
 * `/api/posture/assets`, `/api/posture/feed-tokens` and `/api/posture/ingest/assets`: assets of the units in
 * the caller's subtree, file imports with a dry run, and inventory feeds authenticated by a feed token.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { PostureModule } from './posture.module.ts';
import { PostureErrors } from './posture.errors.ts';
import {
  actingOf,
  AssetQuery,
  AssetSchema,
  assetCells,
  CreateAssetBody,
  ERRORS,
  ErrorSchema,
  FeedBody,
  FeedResult,
  FeedTokenBody,
  FeedTokenSchema,
  IdParams,
  ImportBody,
  ImportReportSchema,
  SESSION,
  tags,
  UpdateAssetBody,
} from './posture.route-schemas.ts';

/** Options of the posture route plugins. */
export interface PostureRouteOptions {
  readonly module: PostureModule;
}

/** Registers the asset routes (prefix `/api/posture`). */
export const assetRoutes: FastifyPluginAsyncTypebox<PostureRouteOptions> = async (app, opts) => {
  const m = opts.module;

  app.get(
    '/assets',
    { schema: { operationId: 'postureListAssets', tags, security: SESSION, summary: 'Tài sản trong phạm vi / Assets in my scope', querystring: AssetQuery, response: { 200: Type.Array(AssetSchema), ...ERRORS } } },
    async (request) => m.assets.list(actingOf(request), request.query),
  );

  app.post(
    '/assets',
    { schema: { operationId: 'postureCreateAsset', tags, security: SESSION, summary: 'Thêm tài sản / Add an asset', body: CreateAssetBody, response: { 201: AssetSchema, ...ERRORS } } },
    async (request, reply) => reply.status(201).send(await m.assets.create(actingOf(request), request.body.unitId, assetCells(request.body))),
  );

  app.get(
    '/assets/:id',
    { schema: { operationId: 'postureGetAsset', tags, security: SESSION, summary: 'Một tài sản / One asset', params: IdParams, response: { 200: AssetSchema, ...ERRORS } } },
    async (request) => m.assets.get(actingOf(request), request.params.id),
  );

  app.patch(
    '/assets/:id',
    { schema: { operationId: 'postureUpdateAsset', tags, security: SESSION, summary: 'Sửa tài sản / Change an asset', params: IdParams, body: UpdateAssetBody, response: { 200: AssetSchema, ...ERRORS } } },
    async (request) => m.assets.update(actingOf(request), request.params.id, assetCells(request.body)),
  );

  app.post(
    '/assets/import',
    {
      bodyLimit: 12 * 1024 * 1024,
      schema: {
        operationId: 'postureImportAssets',
        tags,
        security: SESSION,
        summary: 'Nhập tài sản từ CSV/XLSX (chạy thử trước) / Import assets from CSV/XLSX (dry run first)',
        body: ImportBody,
        response: { 200: ImportReportSchema, ...ERRORS, 413: ErrorSchema },
      },
    },
    async (request) => {
      const b = request.body;
      return m.assets.importFile(actingOf(request), b.unitId, b.format, Buffer.from(b.contentBase64, 'base64'), b.dryRun);
    },
  );

  app.post(
    '/feed-tokens',
    { schema: { operationId: 'postureCreateFeedToken', tags, security: SESSION, summary: 'Tạo mã nạp kiểm kê / Create an inventory-feed token', body: FeedTokenBody, response: { 201: FeedTokenSchema, ...ERRORS } } },
    async (request, reply) => reply.status(201).send(await m.assets.createFeedToken(actingOf(request), request.body.unitId, request.body.system)),
  );

  // The feed's unit and system per request id, alive only between preValidation and the handler.
  const feeds = new Map<string, { unitId: string; system: string }>();
  app.addHook('onResponse', async (request) => {
    feeds.delete(request.id);
  });
  app.post(
    '/ingest/assets',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        operationId: 'postureIngestAssets',
        tags,
        summary: 'Nạp dữ liệu kiểm kê tài sản / Inventory feed',
        security: [{ ingestToken: [] }],
        body: FeedBody,
        response: { 200: FeedResult, 400: ErrorSchema, 401: ErrorSchema, 413: ErrorSchema },
      },
      // Authenticate before the body is validated so that an unauthenticated caller learns nothing.
      preValidation: async (request) => {
        const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
        const found = bearer ? await m.assets.verifyFeedToken(bearer) : null;
        if (!found) throw new PostureErrors.FEED_UNAUTHENTICATED();
        feeds.set(request.id, found);
      },
    },
    async (request) => {
      const feed = feeds.get(request.id);
      if (!feed) throw new PostureErrors.FEED_UNAUTHENTICATED();
      return m.assets.ingestFeed(feed, request.body.assets);
    },
  );
};
