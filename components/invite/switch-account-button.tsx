"use client";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SwitchAccountButton(props: { callbackUrl: string }) {
  return (
    <Button variant="secondary" className="w-full" onClick={() => void signOut({ callbackUrl: props.callbackUrl })}>
      Sign out and use another account
    </Button>
  );
}
