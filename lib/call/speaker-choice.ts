// Choosing the speaker (headset, laptop speakers) for the agent's voice. Only where the browser has setSinkId:
// Chromium and Firefox do, Safari does not, and there the panel shows no choice.

export const canChooseSpeaker = () => typeof (HTMLMediaElement.prototype as { setSinkId?: unknown }).setSinkId === "function";

// Labels are empty until the page has microphone permission; the dialer asks only after the mic check passed.
export async function listSpeakers(unnamed: string) {
  const all = await navigator.mediaDevices.enumerateDevices();
  return all.filter((d) => d.kind === "audiooutput").map((d) => ({ id: d.deviceId, label: d.label || unnamed }));
}

export async function routeAudioTo(audio: HTMLAudioElement, deviceId: string) {
  await (audio as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> }).setSinkId?.(deviceId);
}
