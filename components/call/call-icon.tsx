import { Headset, MessageCircle, Phone } from "lucide-react";

const ICONS = { phone: Phone, headset: Headset, message: MessageCircle } as const;

export function CallIcon(props: { name: keyof typeof ICONS; className?: string }) {
  const Icon = ICONS[props.name] ?? Phone;
  return <Icon className={props.className ?? "size-5"} aria-hidden />;
}
