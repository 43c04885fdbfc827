-- Concurrent-call lines counted in O(1). Counting a widget's live calls on every mint cost O(live calls) under the
-- widget's lock: at a few thousand live calls that count was most of the mint's database time. Now each Call row says
-- until when it holds a line ("holdsLineUntil", null = none) and triggers keep WidgetLineUsage."inUse" equal to the
-- number of the widget's rows holding one, whatever writes to Call (the app, a test, a manual fix, a cascade).
ALTER TABLE "Call" ADD COLUMN "holdsLineUntil" TIMESTAMP(3);

CREATE TABLE "WidgetLineUsage" (
    "widgetId" TEXT NOT NULL,
    "inUse" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WidgetLineUsage_pkey" PRIMARY KEY ("widgetId")
);

CREATE INDEX "Call_widgetId_holdsLineUntil_idx" ON "Call"("widgetId", "holdsLineUntil");

ALTER TABLE "WidgetLineUsage" ADD CONSTRAINT "WidgetLineUsage_widgetId_fkey" FOREIGN KEY ("widgetId") REFERENCES "Widget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What held a line before (a live call until its max end, a minted ticket until its token expired) holds one now.
UPDATE "Call" SET "holdsLineUntil" = CASE
    WHEN "status" IN ('CONNECTING', 'RINGING', 'IN_CALL') THEN "maxEndsAt"
    ELSE LEAST("createdAt" + interval '300 seconds', "maxEndsAt") END
  WHERE "maxEndsAt" > now() AT TIME ZONE 'UTC' AND ("status" IN ('CONNECTING', 'RINGING', 'IN_CALL')
    OR ("status" = 'MINTED' AND "createdAt" + interval '300 seconds' > now() AT TIME ZONE 'UTC'));
INSERT INTO "WidgetLineUsage" ("widgetId", "inUse")
  SELECT "widgetId", count(*) FROM "Call" WHERE "holdsLineUntil" IS NOT NULL GROUP BY "widgetId";

-- A call that starts (token redeemed) keeps its line until its max end; a call that ends gives it back.
CREATE FUNCTION ringlink_call_line_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'ENDED' THEN
    NEW."holdsLineUntil" := NULL;
  ELSIF OLD."status" = 'MINTED' AND NEW."status" <> 'MINTED' AND NEW."holdsLineUntil" IS NOT NULL THEN
    NEW."holdsLineUntil" := NEW."maxEndsAt";
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Call_line_hold" BEFORE UPDATE OF "status" ON "Call"
  FOR EACH ROW EXECUTE FUNCTION ringlink_call_line_hold();

-- The counter follows the rows: +1 when a row starts holding a line, -1 when it stops (or is deleted).
CREATE FUNCTION ringlink_call_line_usage() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was boolean := TG_OP <> 'INSERT' AND OLD."holdsLineUntil" IS NOT NULL;
  now_holds boolean := TG_OP <> 'DELETE' AND NEW."holdsLineUntil" IS NOT NULL;
BEGIN
  IF now_holds AND NOT was THEN
    INSERT INTO "WidgetLineUsage" ("widgetId", "inUse") VALUES (NEW."widgetId", 1)
      ON CONFLICT ("widgetId") DO UPDATE SET "inUse" = "WidgetLineUsage"."inUse" + 1;
  ELSIF was AND NOT now_holds THEN
    UPDATE "WidgetLineUsage" SET "inUse" = "inUse" - 1 WHERE "widgetId" = OLD."widgetId";
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Call_line_usage" AFTER INSERT OR DELETE OR UPDATE OF "holdsLineUntil", "status" ON "Call"
  FOR EACH ROW EXECUTE FUNCTION ringlink_call_line_usage();

-- Minting, as before in one round trip, but the cap is checked on the widget's counter row (locked, so parallel mints
-- of a widget still queue there and the cap stays exact) instead of by counting its live calls.
DROP FUNCTION ringlink_reserve_call(text, text, text, text, text, text, text, text, jsonb, jsonb, text, text,
  timestamp(3), timestamp(3), timestamp(3), integer, text, timestamp(3), integer, text, timestamp(3), integer);

CREATE FUNCTION ringlink_reserve_call(
  p_call_id text, p_org_id text, p_widget_id text, p_destination text, p_token_id text,
  p_origin text, p_page_url text, p_referrer text, p_utm jsonb, p_form jsonb, p_ip_hash text, p_user_agent text,
  p_now timestamp(3), p_max_ends_at timestamp(3), p_hold_until timestamp(3), p_max_concurrent integer,
  p_ip_key text, p_ip_resets timestamp(3), p_ip_limit integer,
  p_day_key text, p_day_resets timestamp(3), p_day_limit integer
) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  ip_count integer;
  day_count integer;
  in_use integer;
BEGIN
  INSERT INTO "RateLimitCounter" ("key", "count", "expiresAt") VALUES (p_ip_key, 1, p_ip_resets)
    ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1 RETURNING "count" INTO ip_count;
  IF ip_count > p_ip_limit THEN RETURN 'rate_limited'; END IF;
  INSERT INTO "RateLimitCounter" ("key", "count", "expiresAt") VALUES (p_day_key, 1, p_day_resets)
    ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1 RETURNING "count" INTO day_count;
  IF day_count > p_day_limit THEN RETURN 'daily_limit'; END IF;
  SELECT u."inUse" INTO in_use FROM "WidgetLineUsage" u
    JOIN "Widget" w ON w."id" = u."widgetId" AND w."organizationId" = p_org_id
    WHERE u."widgetId" = p_widget_id FOR UPDATE OF u;
  IF NOT FOUND THEN
    -- The widget's first call (or a widget of another organization: then nothing is inserted and nothing found).
    INSERT INTO "WidgetLineUsage" ("widgetId")
      SELECT "id" FROM "Widget" WHERE "id" = p_widget_id AND "organizationId" = p_org_id ON CONFLICT DO NOTHING;
    SELECT u."inUse" INTO in_use FROM "WidgetLineUsage" u
      JOIN "Widget" w ON w."id" = u."widgetId" AND w."organizationId" = p_org_id
      WHERE u."widgetId" = p_widget_id FOR UPDATE OF u;
    IF NOT FOUND THEN RETURN 'not_found'; END IF;
  END IF;
  IF in_use >= p_max_concurrent THEN
    -- Full: first give back the lines of tickets that lapsed unused, then look again. Lapsed holds are only swept
    -- here, when they matter. Rows another transaction has locked are skipped, not waited for: it may be waiting
    -- for the counter this transaction holds.
    UPDATE "Call" SET "holdsLineUntil" = NULL WHERE "id" IN (
      SELECT "id" FROM "Call" WHERE "widgetId" = p_widget_id AND "holdsLineUntil" <= p_now FOR UPDATE SKIP LOCKED);
    SELECT "inUse" INTO in_use FROM "WidgetLineUsage" WHERE "widgetId" = p_widget_id;
    IF in_use >= p_max_concurrent THEN RETURN 'busy_lines'; END IF;
  END IF;
  INSERT INTO "Call" ("id", "organizationId", "widgetId", "status", "destination", "tokenId", "origin", "pageUrl",
      "referrer", "utm", "formAnswers", "visitorIpHash", "userAgent", "maxEndsAt", "createdAt", "holdsLineUntil")
    VALUES (p_call_id, p_org_id, p_widget_id, 'MINTED', p_destination, p_token_id, p_origin, p_page_url,
      p_referrer, p_utm, p_form, p_ip_hash, p_user_agent, p_max_ends_at, p_now, LEAST(p_hold_until, p_max_ends_at));
  RETURN 'ok';
END
$$;
