using System;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.Adapters.Diagnostics;
using GlassesFirmware.Session;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Host.Benchmarks
{
    /// <summary>
    /// One payment through the payment session on the metered runtime (call it in <c>MeteredRuntime</c>): the wearer
    /// taps, the camera delivers the given frames one per main-loop step (as on a device whose decode takes longer than
    /// the frame interval, so no look waits for the scan.max.fps throttle), the wallet resolves the request as soon as it
    /// is submitted, and the session reads the code back. Host fakes stand in for the wallet link, store and power; their
    /// work is not counted.
    /// </summary>
    public static class MeteredPayment
    {
        /// <summary>Main-loop steps the scan time cap allows a captured frame.</summary>
        public const int StepsPerFrame = 40;

        /// <summary>
        /// Runs the payment on <paramref name="frames"/>, the first with the code at <paramref name="firstCodeFrame"/>.
        /// Returns (shared tuple types, so the result crosses load contexts): whether the code was read back; the frames
        /// captured and how many of them showed the code; the session's IL from the trigger to the readback; the IL from
        /// the code entering the view (counted from the capture of the last frame without it: the code may have entered
        /// just after that frame was taken, and the camera takes the next one only when the decoder is done) and from the
        /// capture of the first frame with it; the session's decode, analysis and composition IL; the decoder's work units;
        /// the session's error when it ended without a readback (its <c>SessionNames</c> name, "none" otherwise); the IL
        /// from the readback until the rest of the code's frame was searched for a second code (the main-loop steps of
        /// that search, which a confirmation waits for).
        /// </summary>
        public static (bool Read, int Frames, int CodeFrames, long Instructions, long FromEntry, long FromCodeFrame, long Decode,
            long Analysis, long Compose, long DecoderWork, string Error, long Check) Run(byte[][] frames, int width, int height, int firstCodeFrame)
        {
            RuntimeInstructionCounter counter = RuntimeInstructionCounter.OfThisRuntime()
                ?? throw new InvalidOperationException("MeteredPayment runs on the metered runtime (MeteredRuntime.Call)");
            var clock = new FakeClock(0);
            var wallet = new FakeWallet();
            var camera = new SequenceCamera(frames, width, height, counter);
            var ports = new SessionPorts
            {
                Clock = clock, Feedback = new RecordingFeedback(), Wallet = wallet, Store = new MemoryRecordStore(),
                Power = new FakePower(), Camera = camera, Instructions = counter,
            };
            // A look every 10 ms main-loop step; the scan may last as long as the frames do, each taking up to 40 steps (a new
            // view's glance goes in slices, one a step: up to 22 at 640x480).
            var settings = new SessionSettings { ScanMaxFps = 100, ScanTimeoutMs = (frames.Length + 10) * 10 * StepsPerFrame };
            var session = new PaymentSession(ports, settings, new GestureTiming(), false, false);
            session.Start();
            long triggered = counter.Executed;
            session.TriggerPayment(TriggerSource.Button);
            bool answered = false;
            while (!session.Timing.ReadBack && session.State != SessionState.Done && session.State != SessionState.Idle)
            {
                clock.Now += 10;
                session.Step();
                if (!answered && wallet.Submits > 0)
                {
                    // The wallet books the code's own payee, amount and currency.
                    wallet.NeedsConfirmation(null, -1, -1);
                    answered = true;
                }
            }

            ReadbackTiming timing = session.Timing;
            if (!timing.ReadBack)
            {
                return (false, camera.Captured, Math.Max(0, camera.Captured - firstCodeFrame), -1, -1, -1, -1, -1, -1, timing.DecoderWork,
                    SessionNames.Error(session.LastError), -1);
            }

            long readBackAt = counter.Executed;
            while (session.Scanner.Checking && session.State != SessionState.Done)
            {
                clock.Now += 10;
                session.Step();
            }

            long check = counter.Executed - readBackAt;
            long readBack = triggered + timing.Instructions;
            long entry = firstCodeFrame > 0 ? camera.MarkOf(firstCodeFrame - 1) : triggered;
            return (true, camera.Captured, camera.Captured - firstCodeFrame, timing.Instructions, readBack - entry,
                readBack - camera.MarkOf(firstCodeFrame), timing.DecodeInstructions, timing.AnalysisInstructions,
                timing.ComposeInstructions, timing.DecoderWork, SessionNames.Error(SessionError.None), check);
        }
    }
}
