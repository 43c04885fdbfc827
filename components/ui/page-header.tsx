export function PageHeader(props: { title: string; badges?: React.ReactNode; description?: string; actions?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{props.title}</h1>
          {props.badges}
        </div>
        {props.description ? <p className="mt-1 max-w-2xl text-sm text-slate-500">{props.description}</p> : null}
      </div>
      {props.actions ? <div className="flex gap-2">{props.actions}</div> : null}
    </div>
  );
}
