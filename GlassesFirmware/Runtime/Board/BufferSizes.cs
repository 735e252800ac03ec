namespace GlassesFirmware.Board
{
    /// <summary>
    /// Sizes of the long-lived buffers the firmware allocates at boot. The adapters and the composition take
    /// their sizes from here, so <see cref="MemoryPlan"/> sums what is really allocated.
    /// </summary>
    public static class BufferSizes
    {
        /// <summary>Microphone ring: 1 s of 16 kHz samples (the port promises at least 200 ms).</summary>
        public const int MicRingSamples = 16000;

        /// <summary>Samples of one microphone read: 20 ms at 16 kHz.</summary>
        public const int MicReadSamples = 320;

        /// <summary>Voice pre-roll kept by the voice activity detector: 10 frames of 20 ms.</summary>
        public const int VoicePreRollFrames = 10;

        /// <summary>Bytes per microphone sample slot for mic.kind <paramref name="mic"/>: 2 for PDM, 4 for I2S MEMS.</summary>
        public static int MicSlotBytes(string mic)
        {
            return mic == "pdm" ? 2 : 4;
        }

        /// <summary>Payloads the UART scanner parser can hold.</summary>
        public const int ScannerSlots = 4;

        /// <summary>Longest scanner payload kept (longer ones are reported as too long).</summary>
        public const int ScannerMaxPayload = 1024;

        /// <summary>One UART read.</summary>
        public const int ScannerReadBytes = 256;

        /// <summary>Byte frames queued in each direction of the BLE link.</summary>
        public const int BleQueueFrames = 8;

        /// <summary>Largest BLE frame (one ATT write or notification at the negotiated MTU ceiling).</summary>
        public const int BleFrameBytes = 512;

        /// <summary>Largest HTTPS request or response body the wallet binding handles.</summary>
        public const int HttpsBodyBytes = 4096;

        /// <summary>Largest nf.config read at boot.</summary>
        public const int ConfigFileBytes = 8192;

        /// <summary>Estimate for everything else: runtime objects, strings, type tables of the loaded assemblies.</summary>
        public const int RuntimeBaselineBytes = 131072;

        /// <summary>QR decoder tables independent of the frame: codeword buffers and the module grid.</summary>
        public const int DecoderFixedBytes = 2 * 3706 + 4 * 6 * 177 + 4096;
    }
}
