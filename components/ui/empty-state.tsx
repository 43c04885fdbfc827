// An empty list says what the thing is for and what to do next, with the action right there.
export function EmptyState(props: { icon?: React.ReactNode; title: string; description: string; action?: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-14 text-center">
      {props.icon ? <div className="mb-3 rounded-full bg-brand-50 p-3 text-brand-600">{props.icon}</div> : null}
      <h2 className="text-base font-semibold text-slate-900">{props.title}</h2>
      <p className="mt-1 max-w-md text-sm text-slate-500">{props.description}</p>
      {props.action ? <div className="mt-5">{props.action}</div> : null}
    </div>
  );
}
