import { expect, test } from "vitest";
import { callRules } from "./widget-call-rules";

const isOpenNow = (hours: unknown, now: Date) => callRules({ hours, form: {} }).isOpenAt(now);
const checkFormAnswers = (form: unknown, answers: Record<string, string | boolean>) => callRules({ hours: {}, form }).checkForm(answers);

const hours = { alwaysOpen: false, timeZone: "Europe/Paris", weekly: [{ day: 1, from: "09:00", to: "17:00" }] };

test("open inside the day's range in the widget's time zone, closed outside it", () => {
  expect(isOpenNow(hours, new Date("2026-11-23T08:30:00Z"))).toBe(true); // Monday 09:30 in Paris
  expect(isOpenNow(hours, new Date("2026-11-23T07:30:00Z"))).toBe(false); // Monday 08:30 in Paris
  expect(isOpenNow(hours, new Date("2026-11-24T10:00:00Z"))).toBe(false); // Tuesday: no range
});

test("no hours configured means always open", () => {
  expect(isOpenNow({}, new Date())).toBe(true);
});

test("form answers: required, typed, questions the widget does not ask are dropped, bad ones named", () => {
  const form = { name: { enabled: true, required: true }, email: { enabled: true }, topic: { enabled: true, choices: ["sales", "support"] } };
  expect(checkFormAnswers(form, { name: "Ann", email: "ann@example.com", topic: "sales", phone: "+33 1 23 45 67 89" })).toEqual({ ok: true, answers: { name: "Ann", email: "ann@example.com", topic: "sales" } });
  expect(checkFormAnswers(form, { email: "nope", topic: "other" })).toEqual({ ok: false, fields: ["name", "email", "topic"] });
  expect(checkFormAnswers({}, { name: "x" })).toEqual({ ok: true, answers: {} });
});

test("one set of rules serves many calls: a refused answer leaves nothing behind for the next", () => {
  const rules = callRules({ hours: {}, form: { email: { enabled: true, required: true } } });
  expect(rules.checkForm({ email: "nope" })).toEqual({ ok: false, fields: ["email"] });
  expect(rules.checkForm({ email: "ann@example.com" })).toEqual({ ok: true, answers: { email: "ann@example.com" } });
  expect(rules.checkForm({})).toEqual({ ok: false, fields: ["email"] });
});
