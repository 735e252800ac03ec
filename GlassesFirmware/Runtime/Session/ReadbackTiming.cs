using GlassesFirmware.Diagnostics;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// How long the last payment took from its trigger to the first sentence that reads its code back to the wearer
    /// (the confirmation readback, the prompt for the amount, or the choice among codes; docs/session.md, "Time to
    /// readback"). What the device knows: the clock time, the camera frames decoded and the work units the decoder
    /// charged for them (calibrated to about one IL instruction each, <c>QrDecoder.LastWork</c>). Where the platform
    /// counts instructions (<see cref="IInstructionCounter"/>, a metered host build), also the IL instructions the
    /// runtime executed, split into QR decoding, payload analysis and readback composition. The session fills it;
    /// a new trigger starts it over.
    /// </summary>
    public sealed class ReadbackTiming
    {
        /// <summary>Simple IL instructions per second assumed for the ESP32 interpreter (issue 12, docs/performance.md).</summary>
        public const long InstructionsPerSecond = 1000000;

        /// <summary>The instruction figures when nothing counted them (no counter, or no readback yet).</summary>
        public const long NotCounted = -1;

        private readonly IInstructionCounter _counter;
        private bool _running;
        private bool _readBack;
        private long _triggeredAtMs;
        private long _readBackAtMs;
        private int _frames;
        private int _lookCount;
        private long _decoderWork;
        private long _start;
        private long _instructions;
        private long _looks;
        private long _analysis;
        private long _compose;
        private long _lookMark;
        private long _stageMark;

        /// <summary>Timing read from <paramref name="counter"/>, or from the clock and the decoder alone when it is null (the device).</summary>
        internal ReadbackTiming(IInstructionCounter counter)
        {
            _counter = counter;
            _triggeredAtMs = -1;
        }

        /// <summary>True when the last payment's code was read back to the wearer (the figures below are complete).</summary>
        public bool ReadBack
        {
            get { return _readBack; }
        }

        /// <summary>True when instructions are counted on this platform.</summary>
        public bool CountsInstructions
        {
            get { return _counter != null; }
        }

        /// <summary>Clock milliseconds of the last trigger, -1 before the first.</summary>
        public long TriggeredAtMs
        {
            get { return _triggeredAtMs; }
        }

        /// <summary>Clock milliseconds from the trigger to the readback sentence, -1 while there is none.</summary>
        public long ElapsedMs
        {
            get { return _readBack ? _readBackAtMs - _triggeredAtMs : -1; }
        }

        /// <summary>Camera frames decoded from the trigger to the readback (0 with a scanner module).</summary>
        public int Frames
        {
            get { return _frames; }
        }

        /// <summary>
        /// Looks from the trigger to the readback: a frame whose glance went on in slices (<c>CodeScanner.GlanceSlice</c>)
        /// is one frame and several looks.
        /// </summary>
        public int Looks
        {
            get { return _lookCount; }
        }

        /// <summary>Work units the decoder charged for those frames (about one IL instruction each).</summary>
        public long DecoderWork
        {
            get { return _decoderWork; }
        }

        /// <summary>IL instructions from the trigger to the readback sentence, or <see cref="NotCounted"/>.</summary>
        public long Instructions
        {
            get { return Counted(_instructions); }
        }

        /// <summary>IL instructions of the frames' QR decoding (the looks, less the payload analysis in them), or <see cref="NotCounted"/>.</summary>
        public long DecodeInstructions
        {
            get { return Counted(_looks - _analysis); }
        }

        /// <summary>IL instructions of the payload analysis of the codes read, or <see cref="NotCounted"/>.</summary>
        public long AnalysisInstructions
        {
            get { return Counted(_analysis); }
        }

        /// <summary>IL instructions of the readback composition from the wallet's answer, or <see cref="NotCounted"/>.</summary>
        public long ComposeInstructions
        {
            get { return Counted(_compose); }
        }

        /// <summary>
        /// Milliseconds of device time <see cref="Instructions"/> imply at <see cref="InstructionsPerSecond"/>, or
        /// <see cref="NotCounted"/>.
        /// </summary>
        public long InstructionsDeviceMs
        {
            get
            {
                long instructions = Instructions;
                return instructions == NotCounted ? NotCounted : DeviceMs(instructions);
            }
        }

        /// <summary>Milliseconds of device time <paramref name="instructions"/> take at <see cref="InstructionsPerSecond"/>.</summary>
        public static long DeviceMs(long instructions)
        {
            return instructions * 1000 / InstructionsPerSecond;
        }

        /// <summary>A trigger armed a payment at <paramref name="nowMs"/>: starts over.</summary>
        internal void Begin(long nowMs)
        {
            _running = true;
            _readBack = false;
            _triggeredAtMs = nowMs;
            _readBackAtMs = -1;
            _frames = 0;
            _lookCount = 0;
            _decoderWork = 0;
            _looks = 0;
            _analysis = 0;
            _compose = 0;
            _instructions = 0;
            _start = Count();
        }

        /// <summary>A look at a captured frame (or the scanner module's payloads) begins.</summary>
        internal void BeginLook()
        {
            _lookMark = Count();
        }

        /// <summary>The look ended; <paramref name="decoderWork"/> is what the decoder charged for it (0 for a scanner module).</summary>
        internal void EndLook(bool cameraFrame, int decoderWork)
        {
            if (!_running)
            {
                return;
            }
            if (cameraFrame)
            {
                _frames++;
            }
            _lookCount++;
            _decoderWork += decoderWork;
            _looks += Count() - _lookMark;
        }

        /// <summary>A stage (payload analysis or readback composition) begins.</summary>
        internal void BeginStage()
        {
            _stageMark = Count();
        }

        /// <summary>The payload analysis begun by <see cref="BeginStage"/> ended.</summary>
        internal void EndAnalysis()
        {
            if (_running)
            {
                _analysis += Count() - _stageMark;
            }
        }

        /// <summary>The readback composition begun by <see cref="BeginStage"/> ended.</summary>
        internal void EndComposition()
        {
            if (_running)
            {
                _compose += Count() - _stageMark;
            }
        }

        /// <summary>The first sentence reading the code back is about to be spoken at <paramref name="nowMs"/>; later ones change nothing.</summary>
        internal void ReadBackAt(long nowMs)
        {
            if (!_running)
            {
                return;
            }
            _instructions = Count() - _start;
            _readBackAtMs = nowMs;
            _readBack = true;
            _running = false;
        }

        private long Count()
        {
            return _counter != null ? _counter.Executed : 0;
        }

        private long Counted(long instructions)
        {
            return _counter != null && _readBack ? instructions : NotCounted;
        }
    }
}
