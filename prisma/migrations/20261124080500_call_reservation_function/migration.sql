-- Call minting's hot path in one round trip: count the two rate limits, lock the widget row, count the live calls,
-- insert the call. Every mint of a widget serialises on its row (that is what makes the concurrent-call cap hold
-- under parallel requests), so the locked section must be as short as a single server-side call.
-- PL/pgSQL takes a new snapshot for each statement of a VOLATILE function under READ COMMITTED: the count after
-- the lock sees the call the previous lock holder committed.
CREATE FUNCTION ringlink_reserve_call(
  p_call_id text, p_org_id text, p_widget_id text, p_destination text, p_token_id text,
  p_origin text, p_page_url text, p_referrer text, p_utm jsonb, p_form jsonb, p_ip_hash text, p_user_agent text,
  p_now timestamp(3), p_max_ends_at timestamp(3), p_token_cutoff timestamp(3), p_max_concurrent integer,
  p_ip_key text, p_ip_resets timestamp(3), p_ip_limit integer,
  p_day_key text, p_day_resets timestamp(3), p_day_limit integer
) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  ip_count integer;
  day_count integer;
  live integer;
BEGIN
  INSERT INTO "RateLimitCounter" ("key", "count", "expiresAt") VALUES (p_ip_key, 1, p_ip_resets)
    ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1 RETURNING "count" INTO ip_count;
  IF ip_count > p_ip_limit THEN RETURN 'rate_limited'; END IF;
  INSERT INTO "RateLimitCounter" ("key", "count", "expiresAt") VALUES (p_day_key, 1, p_day_resets)
    ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1 RETURNING "count" INTO day_count;
  IF day_count > p_day_limit THEN RETURN 'daily_limit'; END IF;
  PERFORM 1 FROM "Widget" WHERE "id" = p_widget_id AND "organizationId" = p_org_id FOR UPDATE;
  IF NOT FOUND THEN RETURN 'not_found'; END IF;
  -- Counting stops at the cap: the work inside the lock stays bounded however many calls a widget has.
  SELECT count(*) INTO live FROM (
    SELECT 1 FROM "Call"
    WHERE "widgetId" = p_widget_id AND "organizationId" = p_org_id AND "maxEndsAt" > p_now
      AND (("status" = 'MINTED' AND "createdAt" > p_token_cutoff) OR "status" IN ('CONNECTING', 'RINGING', 'IN_CALL'))
    LIMIT p_max_concurrent
  ) AS live_calls;
  IF live >= p_max_concurrent THEN RETURN 'busy_lines'; END IF;
  INSERT INTO "Call" ("id", "organizationId", "widgetId", "status", "destination", "tokenId", "origin", "pageUrl",
      "referrer", "utm", "formAnswers", "visitorIpHash", "userAgent", "maxEndsAt", "createdAt")
    VALUES (p_call_id, p_org_id, p_widget_id, 'MINTED', p_destination, p_token_id, p_origin, p_page_url,
      p_referrer, p_utm, p_form, p_ip_hash, p_user_agent, p_max_ends_at, p_now);
  RETURN 'ok';
END
$$;
