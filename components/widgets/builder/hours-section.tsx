"use client";
import { useEffect, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { Section } from "./section";
import { errorAt, type TSectionProps } from "./form-types";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const timeClass = "rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500";

export function HoursSection({ control, register, setValue, errors }: TSectionProps) {
  const hours = useWatch({ control, name: "hours" }) ?? {};
  const weekly = useFieldArray({ control, name: "hours.weekly" });
  const holidays = (hours.holidays ?? []) as string[];
  // The zone list comes from the browser's own ICU data after mount, so server and client markup never disagree.
  const [zones, setZones] = useState<string[]>([]);
  useEffect(() => setZones(Intl.supportedValuesOf("timeZone")), []);
  const tz = hours.timeZone ?? "UTC";
  const zoneList = zones.includes(tz) ? zones : [tz, ...zones];
  // A list-level error sits at .root when the list is a field array (react-hook-form), else on the list itself.
  const weeklyErr = errorAt(errors, "hours.weekly.root") ?? errorAt(errors, "hours.weekly");
  // Switching hours on for the first time starts from the admin's own zone rather than UTC.
  const setAlwaysOpen = (v: boolean) => {
    setValue("hours.alwaysOpen", v, { shouldDirty: true, shouldValidate: true });
    if (!v && tz === "UTC" && (hours.weekly ?? []).length === 0) setValue("hours.timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone, { shouldDirty: true });
  };
  const setHolidays = (next: string[]) => setValue("hours.holidays", next, { shouldDirty: true, shouldValidate: true });

  return (
    <Section id="hours" title="Business hours" description="Outside these hours the button shows an offline state, with an optional callback form.">
      <Switch id="w-always" label="Always open" hint="Take calls around the clock." checked={!!hours.alwaysOpen} onChange={setAlwaysOpen} />
      {!hours.alwaysOpen ? (
        <>
          <Field id="w-tz" label="Time zone" hint="Hours follow this zone's clock, including daylight saving time.">
            <Select id="w-tz" {...register("hours.timeZone")} className="max-w-sm">
              {zoneList.map((z) => (
                <option key={z} value={z}>{z.replace(/_/g, " ")}</option>
              ))}
            </Select>
          </Field>
          <div className="rounded-lg ring-1 ring-slate-200">
            {DAYS.map((dayName, i) => {
              const day = i + 1;
              const rows = weekly.fields.map((f, idx) => ({ f, idx })).filter(({ f }) => f.day === day);
              return (
                <div key={day} className="flex flex-wrap items-start gap-3 border-b border-slate-100 px-4 py-3 last:border-0">
                  <span className="w-24 pt-1.5 text-sm font-medium text-slate-700">{dayName}</span>
                  <div className="flex flex-1 flex-col gap-2">
                    {rows.length === 0 ? <span className="pt-1.5 text-sm text-slate-400">Closed</span> : null}
                    {rows.map(({ f, idx }) => {
                      const err = errorAt(errors, `hours.weekly.${idx}.to`) ?? errorAt(errors, `hours.weekly.${idx}.from`);
                      return (
                        <div key={f.id} className="flex flex-wrap items-center gap-2">
                          <input type="time" aria-label={`${dayName} from`} aria-invalid={err ? true : undefined} className={timeClass} {...register(`hours.weekly.${idx}.from`)} />
                          <span className="text-sm text-slate-500">to</span>
                          <input type="time" aria-label={`${dayName} to`} aria-invalid={err ? true : undefined} className={timeClass} {...register(`hours.weekly.${idx}.to`)} />
                          <button type="button" onClick={() => weekly.remove(idx)} aria-label={`Remove ${dayName} range`} className="rounded-md p-1.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700">
                            <Trash2 className="size-4" aria-hidden />
                          </button>
                          {err ? <span className="text-sm text-red-600">{err}</span> : null}
                        </div>
                      );
                    })}
                  </div>
                  <Button size="sm" variant="ghost" onClick={() => weekly.append({ day, from: "09:00", to: "17:00" })}>
                    <Plus className="size-4" aria-hidden /> Add hours
                  </Button>
                </div>
              );
            })}
          </div>
          <p className="text-sm text-slate-500">An end time before the start runs past midnight (22:00 to 02:00).</p>
          {weeklyErr ? <p className="text-sm text-red-600" role="alert">{weeklyErr}</p> : null}
          <div>
            <p className="mb-2 text-sm font-medium text-slate-800">Holidays (closed all day)</p>
            <div className="flex flex-wrap gap-2">
              {holidays.map((d, i) => (
                <span key={`${d}-${i}`} className="inline-flex items-center gap-1 rounded-lg bg-slate-50 py-1 pl-2 pr-1 ring-1 ring-slate-200">
                  <input type="date" aria-label={`Holiday ${i + 1}`} value={d} onChange={(e) => setHolidays(holidays.map((x, j) => (j === i ? e.target.value : x)))} className="bg-transparent text-sm" />
                  <button type="button" aria-label={`Remove holiday ${d}`} onClick={() => setHolidays(holidays.filter((_, j) => j !== i))} className="rounded p-1 text-slate-400 hover:text-slate-700">
                    <Trash2 className="size-3.5" aria-hidden />
                  </button>
                </span>
              ))}
              <Button size="sm" variant="secondary" onClick={() => setHolidays([...holidays, new Date().toISOString().slice(0, 10)])}>
                <Plus className="size-4" aria-hidden /> Add holiday
              </Button>
            </div>
          </div>
        </>
      ) : null}
      <Switch id="w-callback" label="Callback requests when closed" hint="Visitors leave their number; requests appear under this widget." checked={hours.offlineCallback !== false} onChange={(v) => setValue("hours.offlineCallback", v, { shouldDirty: true })} />
    </Section>
  );
}
