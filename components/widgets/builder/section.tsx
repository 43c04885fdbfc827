// One titled block of the builder; the id is the anchor the section nav jumps to.
export function Section(props: { id: string; title: string; description?: string; children: React.ReactNode }) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-title`} className="scroll-mt-6 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <div className="border-b border-slate-100 px-5 py-4">
        <h2 id={`${props.id}-title`} className="text-base font-semibold text-slate-900">
          {props.title}
        </h2>
        {props.description ? <p className="mt-0.5 text-sm text-slate-500">{props.description}</p> : null}
      </div>
      <div className="space-y-5 px-5 py-5">{props.children}</div>
    </section>
  );
}

// A segmented choice (radio group) for short enums: theme, position, mode, status.
export function Segmented<T extends string>(props: { name: string; label: string; value: T; options: { value: T; label: string }[]; onChange: (v: T) => void }) {
  return (
    <fieldset>
      <legend className="mb-1.5 block text-sm font-medium text-slate-800">{props.label}</legend>
      <div className="inline-flex rounded-lg bg-slate-100 p-1">
        {props.options.map((o) => (
          <label
            key={o.value}
            className={`cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${props.value === o.value ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}
          >
            <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} className="sr-only" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
