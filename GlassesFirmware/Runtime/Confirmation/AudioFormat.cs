namespace GlassesFirmware.Confirmation
{
    /// <summary>The audio format every <see cref="IMicrophone"/> delivers.</summary>
    public static class AudioFormat
    {
        /// <summary>Samples per second.</summary>
        public const int SampleRate = 16000;

        /// <summary>Samples in one 20 ms analysis frame (the unit of voice activity detection and of voice chunks).</summary>
        public const int FrameSamples = 320;

        /// <summary>Milliseconds per analysis frame.</summary>
        public const int FrameMs = 20;

        /// <summary>True for the slot sizes a microphone may deliver: 2 or 4 bytes.</summary>
        public static bool IsSlotSize(int slotBytes)
        {
            return slotBytes == 2 || slotBytes == 4;
        }
    }
}
