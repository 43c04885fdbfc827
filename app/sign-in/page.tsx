export default function SignIn() {
  return <main className="p-10">Sign in (placeholder)</main>;
}
