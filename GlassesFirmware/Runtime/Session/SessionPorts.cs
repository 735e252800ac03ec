using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;
using GlassesFirmware.Diagnostics;
using GlassesFirmware.Feedback;
using GlassesFirmware.Frame;
using GlassesFirmware.Power;
using GlassesFirmware.Platform;
using GlassesFirmware.Qr;
using GlassesFirmware.Storage;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The adapters a <see cref="PaymentSession"/> works with. Clock, feedback, wallet, store and power are
    /// required; exactly one of camera or scanner; button, wake word and microphone are optional (without a
    /// microphone, confirmation is by tap and static codes needing a spoken amount cannot be paid).
    /// </summary>
    public sealed class SessionPorts
    {
        /// <summary>Monotonic time.</summary>
        public IClock Clock { get; set; }

        /// <summary>LED, haptic, tones and speech.</summary>
        public IFeedback Feedback { get; set; }

        /// <summary>The paired wallet.</summary>
        public IWalletClient Wallet { get; set; }

        /// <summary>Durable records (in-flight request, counter, paid dynamic codes).</summary>
        public IRecordStore Store { get; set; }

        /// <summary>Battery and temperature.</summary>
        public IPowerMonitor Power { get; set; }

        /// <summary>Camera for the on-device QR decoder, or null when a scanner module is used.</summary>
        public IFrameSource Camera { get; set; }

        /// <summary>
        /// The QR decoder's per-pixel kernels in native code (a custom firmware image), or null for the managed kernels,
        /// the default and the reference.
        /// </summary>
        public IQrKernels QrKernels { get; set; }

        /// <summary>External scanner module, or null when the camera is used.</summary>
        public IScannedPayloadSource Scanner { get; set; }

        /// <summary>Trigger button, or null.</summary>
        public IButton Button { get; set; }

        /// <summary>Native wake-word engine, or null.</summary>
        public IWakeWord WakeWord { get; set; }

        /// <summary>Voice encoder (a native IMA ADPCM encoder on the device), or null for the portable <see cref="ImaAdpcm"/>.</summary>
        public IVoiceEncoder VoiceEncoder { get; set; }

        /// <summary>Strong random bytes for the request-id epoch (the uplink's hardware RNG port), or null.</summary>
        public IRandomSource Random { get; set; }

        /// <summary>Microphone for the voice trigger, the spoken amount and voice confirmation, or null.</summary>
        public IMicrophone Microphone { get; set; }

        /// <summary>
        /// Counts the IL instructions the runtime executes, for <see cref="PaymentSession.Timing"/>; null on the device
        /// (its interpreter counts nothing), set by metered host runs.
        /// </summary>
        public IInstructionCounter Instructions { get; set; }
    }
}
