import { cn } from "./cn";

export function Card(props: { children: React.ReactNode; className?: string }) {
  return <section className={cn("rounded-xl bg-white shadow-sm ring-1 ring-slate-200", props.className)}>{props.children}</section>;
}

export function CardHeader(props: { title: string; description?: string; actions?: React.ReactNode }) {
  return (
    <div className="flex items-start justify-between gap-4 border-b border-slate-100 px-5 py-4">
      <div>
        <h2 className="text-base font-semibold text-slate-900">{props.title}</h2>
        {props.description ? <p className="mt-0.5 text-sm text-slate-500">{props.description}</p> : null}
      </div>
      {props.actions}
    </div>
  );
}
