import { redirect } from "next/navigation";

// "/app" decides: sign-in, the first organization, or the "no organization yet" page.
export default function Home() {
  redirect("/app");
}
