// Built-in English for everything the dialer says: the mic check, the in-call controls, why a call ended or could
// not start, and how to fix the microphone. Not admin-editable (the widget's own texts are); every language must
// translate every key (a unit test checks). "{key}" is replaced by the keypad digit.
export const en = {
  checkingMic: "Checking your microphone…",
  micLevel: "Microphone level",
  tryAgain: "Try again",
  keypadKey: "Key {key}",
  speaker: "Speaker",
  qualityGood: "Good connection",
  qualityFair: "Fair connection",
  qualityPoor: "Poor connection",
  qualityMeasuring: "Measuring connection",
  jitter: "jitter",
  loss: "loss",
  poweredBy: "Powered by Ringlink",

  endHangupVisitor: "Call ended.",
  endHangupAgent: "The other side hung up.",
  endCancelled: "Call cancelled.",
  endBusy: "The line is busy. Please try again in a few minutes.",
  endNoAnswer: "Nobody answered. Please try again later.",
  endRejected: "The call was declined.",
  endRefused: "The call could not be started. Please try again later.",
  endConnectFailed: "We could not connect your call. Check your internet connection, or try again in a few minutes.",
  endNetworkFailure: "The connection was lost. Check your internet connection and try again.",
  endMediaFailure: "We could not hear the other side, so the call was ended. Your network may block calls; try another network.",
  endMaxDuration: "The call reached its maximum length and was ended.",

  refusedWidgetInactive: "Calls are switched off here at the moment.",
  refusedClosed: "We are closed right now. Please call back during opening hours.",
  refusedOriginNotAllowed: "Calls cannot be started from this website.",
  refusedDailyLimit: "No more calls can be taken today. Please try again later.",
  refusedInvalidForm: "Please check the form and try again.",
  refusedNotFound: "This call link does not exist.",

  micDeniedTitle: "Microphone blocked",
  micDeniedMessage: "Your browser is not letting this page use your microphone, so the other side could not hear you.",
  micFixChrome: "Click the microphone or lock icon at the left of the address bar, set Microphone to Allow, then reload the page.",
  micFixEdge: "Click the lock icon at the left of the address bar, choose Permissions for this site, set Microphone to Allow, then reload.",
  micFixFirefox: "Click the crossed-out microphone icon in the address bar, remove the block, then reload and choose Allow.",
  micFixSafari: "Open Safari > Settings for This Website (or Settings > Websites > Microphone), choose Allow, then reload.",
  micFixOther: "Open your browser's site settings for this page, allow the microphone, then reload the page.",
  micNoDeviceTitle: "No microphone found",
  micNoDeviceMessage: "We could not find a microphone on this device.",
  micNoDeviceFix: "Plug in a headset or microphone (or enable it in your system's sound settings), then press Try again.",
  micBusyTitle: "Microphone in use",
  micBusyMessage: "Another app or tab is using your microphone, or the system blocked it.",
  micBusyFix: "Close other calls or apps that use the microphone (Zoom, Teams, another tab), then press Try again. On macOS, check System Settings > Privacy & Security > Microphone.",
  micInsecureTitle: "This page is not secure",
  micInsecureMessage: "Browsers only allow the microphone on secure (https://) pages.",
  micInsecureFix: "Open this page with an https:// address. If you run this site, serve it over HTTPS.",
  micUnknownTitle: "Microphone unavailable",
  micUnknownMessage: "Your microphone could not be started.",
  micUnknownFix: "Check that a microphone is connected and allowed for this site, then press Try again.",
} as const;

export type TCallTextKey = keyof typeof en;
export type TCallTexts = Record<TCallTextKey, string>;
