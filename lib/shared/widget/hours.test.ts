import { test, expect } from "vitest";
import { isOpenAt, nextOpening, ZHours, type THours } from "./hours";

const weekdays = (from: string, to: string) => [1, 2, 3, 4, 5].map((day) => ({ day, from, to }));
const hours = (h: Partial<THours>): THours => ZHours.parse({ alwaysOpen: false, ...h });
const at = (iso: string) => new Date(iso);

test("office hours are evaluated in the widget's zone, not the server's", () => {
  const berlin = hours({ timeZone: "Europe/Berlin", weekly: weekdays("09:00", "17:00") });
  // Wed 2026-01-14, winter: Berlin is UTC+1.
  expect(isOpenAt(berlin, at("2026-01-14T07:59:00Z"))).toBe(false); // 08:59 local
  expect(isOpenAt(berlin, at("2026-01-14T08:00:00Z"))).toBe(true); // 09:00 local
  expect(isOpenAt(berlin, at("2026-01-14T15:59:00Z"))).toBe(true); // 16:59
  expect(isOpenAt(berlin, at("2026-01-14T16:00:00Z"))).toBe(false); // 17:00: end is exclusive
  const tokyo = hours({ timeZone: "Asia/Tokyo", weekly: weekdays("09:00", "17:00") });
  expect(isOpenAt(tokyo, at("2026-01-14T00:30:00Z"))).toBe(true); // 09:30 Wed in Tokyo
  const ny = hours({ timeZone: "America/New_York", weekly: weekdays("09:00", "17:00") });
  expect(isOpenAt(ny, at("2026-01-14T00:30:00Z"))).toBe(false); // 19:30 Tue in New York
});

test("DST: the same wall-clock hours hold on both sides of a change", () => {
  const berlin = hours({ timeZone: "Europe/Berlin", weekly: weekdays("09:00", "17:00") });
  // Fri 2026-03-27 is UTC+1; Mon 2026-03-30 (after the 29 March switch) is UTC+2.
  expect(isOpenAt(berlin, at("2026-03-27T08:00:00Z"))).toBe(true);
  expect(isOpenAt(berlin, at("2026-03-30T07:00:00Z"))).toBe(true); // 09:00 CEST
  expect(isOpenAt(berlin, at("2026-03-30T06:59:00Z"))).toBe(false); // 08:59 CEST: a fixed +1 offset would say open
  const ny = hours({ timeZone: "America/New_York", weekly: weekdays("09:00", "17:00") });
  // US switches on 8 March 2026: Fri 6 March is UTC-5, Mon 9 March UTC-4.
  expect(isOpenAt(ny, at("2026-03-06T14:00:00Z"))).toBe(true);
  expect(isOpenAt(ny, at("2026-03-09T13:00:00Z"))).toBe(true);
  expect(isOpenAt(ny, at("2026-03-09T12:59:00Z"))).toBe(false);
});

test("DST night: a range across the skipped and the repeated hour", () => {
  const sunNight = hours({ timeZone: "Europe/Berlin", weekly: [{ day: 7, from: "01:00", to: "04:00" }] });
  // 29 March 2026: 02:00–03:00 local does not exist; 01:30 CET and 03:30 CEST are both inside.
  expect(isOpenAt(sunNight, at("2026-03-29T00:30:00Z"))).toBe(true);
  expect(isOpenAt(sunNight, at("2026-03-29T01:30:00Z"))).toBe(true);
  expect(isOpenAt(sunNight, at("2026-03-29T02:00:00Z"))).toBe(false); // 04:00 CEST
  // 25 October 2026: 02:00–03:00 happens twice; both are inside, 04:00 CET is not.
  expect(isOpenAt(sunNight, at("2026-10-25T00:30:00Z"))).toBe(true); // 02:30 CEST
  expect(isOpenAt(sunNight, at("2026-10-25T01:30:00Z"))).toBe(true); // 02:30 CET
  expect(isOpenAt(sunNight, at("2026-10-25T03:00:00Z"))).toBe(false); // 04:00 CET
});

test("overnight ranges continue into the next day", () => {
  const night = hours({ timeZone: "Europe/London", weekly: [{ day: 5, from: "22:00", to: "02:00" }] });
  expect(isOpenAt(night, at("2026-01-16T22:30:00Z"))).toBe(true); // Fri 22:30
  expect(isOpenAt(night, at("2026-01-17T01:59:00Z"))).toBe(true); // Sat 01:59
  expect(isOpenAt(night, at("2026-01-17T02:00:00Z"))).toBe(false);
  expect(isOpenAt(night, at("2026-01-16T21:59:00Z"))).toBe(false);
  expect(isOpenAt(night, at("2026-01-15T23:00:00Z"))).toBe(false); // Thursday night: no range
});

test("holidays close the whole local date, including an overnight tail into it", () => {
  const h = hours({ timeZone: "Europe/Berlin", weekly: [...weekdays("09:00", "17:00"), { day: 4, from: "20:00", to: "02:00" }], holidays: ["2026-12-25"] });
  expect(isOpenAt(h, at("2026-12-24T10:00:00Z"))).toBe(true); // Thu 24th, 11:00
  expect(isOpenAt(h, at("2026-12-25T10:00:00Z"))).toBe(false); // Fri 25th holiday
  expect(isOpenAt(h, at("2026-12-25T00:30:00Z"))).toBe(false); // 01:30 on the 25th: tail of Thursday night
  // The holiday's own date in the widget's zone counts: 23:30 UTC on the 24th is already the 25th in Berlin.
  expect(isOpenAt(h, at("2026-12-24T23:30:00Z"))).toBe(false);
  expect(isOpenAt(h, at("2026-12-28T08:00:00Z"))).toBe(true); // Monday after
});

test("next opening skips weekends and holidays and lands on local time across DST", () => {
  const berlin = hours({ timeZone: "Europe/Berlin", weekly: weekdays("09:00", "17:00"), holidays: ["2026-03-30"] });
  // Friday 27 March 18:00 CET -> Monday is a holiday -> Tuesday 31 March 09:00 CEST = 07:00Z.
  expect(nextOpening(berlin, at("2026-03-27T17:00:00Z"))?.toISOString()).toBe("2026-03-31T07:00:00.000Z");
  expect(nextOpening(berlin, at("2026-03-31T08:00:00Z"))?.toISOString()).toBe("2026-03-31T08:00:00.000Z"); // open now
  expect(nextOpening(hours({ weekly: [{ day: 1, from: "09:00", to: "10:00" }], holidays: [] }), at("2026-01-13T12:00:00Z"))?.toISOString()).toBe("2026-01-19T09:00:00.000Z");
});

test("always open ignores ranges; bad zones, times and empty ranges are refused", () => {
  expect(isOpenAt(ZHours.parse({ alwaysOpen: true }), at("2026-12-25T03:00:00Z"))).toBe(true);
  expect(ZHours.safeParse({ alwaysOpen: false, timeZone: "Mars/Olympus", weekly: weekdays("09:00", "17:00") }).success).toBe(false);
  expect(ZHours.safeParse({ alwaysOpen: false, timeZone: "UTC", weekly: [{ day: 1, from: "9:00", to: "17:00" }] }).success).toBe(false);
  expect(ZHours.safeParse({ alwaysOpen: false, timeZone: "UTC", weekly: [{ day: 1, from: "25:00", to: "17:00" }] }).success).toBe(false);
  expect(ZHours.safeParse({ alwaysOpen: false, timeZone: "UTC", weekly: [{ day: 1, from: "09:00", to: "09:00" }] }).success).toBe(false);
  expect(ZHours.safeParse({ alwaysOpen: false, timeZone: "UTC", weekly: [] }).success).toBe(false);
  expect(ZHours.safeParse({ alwaysOpen: false, timeZone: "UTC", weekly: [{ day: 1, from: "18:00", to: "24:00" }] }).success).toBe(true);
});
