// The slice of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  type TOptions = { url: string; method?: string; connections?: number; duration?: number; headers?: Record<string, string>; body?: string };
  type THistogram = { average: number; p50: number; p99: number; mean: number };
  type TResult = { requests: THistogram; latency: THistogram; errors: number; timeouts: number; non2xx: number };
  export default function autocannon(opts: TOptions): Promise<TResult>;
}
