using GlassesFirmware.Text;

namespace GlassesFirmware.Board
{
    /// <summary>
    /// The managed-memory plan of one board and configuration: every long-lived buffer, summed against the
    /// board's managed heap (with a quarter kept free for the compacting GC and transient strings), and the
    /// largest single array against nanoFramework's object limit (65 535 heap blocks of 12 bytes, less the
    /// 20-byte array header). Host tests check every board and option; docs/hardware.md prints the table.
    /// </summary>
    public sealed class MemoryPlan
    {
        /// <summary>Largest byte[] nanoFramework can allocate: ceil((20 + n) / 12) must not exceed 65 535.</summary>
        public const int MaxArrayBytes = 65535 * 12 - 20;

        private readonly string[] _names = StringArrays.Filled(16, null);
        private readonly int[] _bytes = new int[16];
        private readonly int[] _largest = new int[16];
        private int _count;

        /// <summary>The board the plan is for.</summary>
        public readonly BoardProfile Board;

        private MemoryPlan(BoardProfile board)
        {
            Board = board;
        }

        /// <summary>
        /// The plan for <paramref name="board"/> with capture.kind <paramref name="capture"/> ("camera" or
        /// "uart-scanner"), mic.kind <paramref name="mic"/> ("pdm", "i2s", "none") and a camera frame of
        /// <paramref name="frameWidth"/> x <paramref name="frameHeight"/> grey pixels.
        /// </summary>
        public static MemoryPlan For(BoardProfile board, string capture, string mic, int frameWidth, int frameHeight)
        {
            MemoryPlan plan = new MemoryPlan(board);
            if (capture == "camera")
            {
                int frame = frameWidth * frameHeight;
                int map = ((frameWidth + 7) >> 3) * ((frameHeight + 7) >> 3);
                // The frame in hand and the camera's next one, swapped while a new view's glance goes on (CodeScanner).
                plan.Add("camera frames (grey, two, reused)", 2 * frame, frame);
                plan.Add("QR decoder (threshold maps, codewords, grid)", 2 * map + BufferSizes.DecoderFixedBytes, map > 3706 ? map : 3706);
            }
            else
            {
                int slots = BufferSizes.ScannerSlots * BufferSizes.ScannerMaxPayload;
                plan.Add("scanner payload ring, line and read buffers", slots + BufferSizes.ScannerMaxPayload + BufferSizes.ScannerReadBytes, BufferSizes.ScannerMaxPayload);
            }

            if (mic != "none")
            {
                int slot = BufferSizes.MicSlotBytes(mic);
                int ring = BufferSizes.MicRingSamples * slot;
                plan.Add("microphone ring (1 s) and read buffer", ring + BufferSizes.MicReadSamples * slot, ring);
                int frame = Confirmation.AudioFormat.FrameSamples * slot;
                plan.Add("voice pre-roll and frames", BufferSizes.VoicePreRollFrames * frame + 2 * frame, BufferSizes.VoicePreRollFrames * frame);
                plan.Add("16 kHz mu-law code table (the stock image's voice codec)", Confirmation.MuLawEncoder.WideTableBytes, Confirmation.MuLawEncoder.WideTableBytes);
            }

            plan.Add("record store slot images (2)", 2 * Storage.RecordFormat.MaxEncodedLength, Storage.RecordFormat.MaxEncodedLength);
            // The uplink client's long-lived buffers: frame reassembly, the answer being opened, the plaintext, one fragment.
            int uplink = 2 * Uplink.Framing.FrameCommand.MaxFrameLength + Uplink.Channel.UplinkChannel.MaxPlaintextLength + Uplink.Links.FrameLinkLimits.MaxFragmentLength;
            plan.Add("uplink client (frames, answer, plaintext)", uplink, Uplink.Framing.FrameCommand.MaxFrameLength);
            int ble = 2 * BufferSizes.BleQueueFrames * BufferSizes.BleFrameBytes;
            plan.Add("BLE frame queues (in and out)", ble, BufferSizes.BleFrameBytes);
            plan.Add("HTTPS request and response bodies", 2 * BufferSizes.HttpsBodyBytes, BufferSizes.HttpsBodyBytes);
            plan.Add("nf.config text (boot only)", BufferSizes.ConfigFileBytes, BufferSizes.ConfigFileBytes);
            plan.Add("runtime baseline (estimate)", BufferSizes.RuntimeBaselineBytes, 0);
            return plan;
        }

        /// <summary>Number of entries.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>What entry <paramref name="i"/> is.</summary>
        public string NameOf(int i)
        {
            return _names[i];
        }

        /// <summary>Bytes of entry <paramref name="i"/>.</summary>
        public int BytesOf(int i)
        {
            return _bytes[i];
        }

        /// <summary>Sum of all entries in bytes.</summary>
        public int Total
        {
            get
            {
                int total = 0;
                for (int i = 0; i < _count; i++)
                {
                    total += _bytes[i];
                }

                return total;
            }
        }

        /// <summary>The largest single array of the plan in bytes.</summary>
        public int LargestArray
        {
            get
            {
                int largest = 0;
                for (int i = 0; i < _count; i++)
                {
                    if (_largest[i] > largest)
                    {
                        largest = _largest[i];
                    }
                }

                return largest;
            }
        }

        /// <summary>The most the plan may use: three quarters of the board's managed heap.</summary>
        public int Budget
        {
            get { return Board.ManagedHeapBytes / 4 * 3; }
        }

        /// <summary>Null when the plan fits; otherwise why not.</summary>
        public string Problem()
        {
            if (LargestArray > MaxArrayBytes)
            {
                return "an array of " + LargestArray.ToString() + " bytes exceeds nanoFramework's single-object limit of " + MaxArrayBytes.ToString();
            }

            if (Total > Budget)
            {
                return Total.ToString() + " bytes planned exceed the budget of " + Budget.ToString() + " (3/4 of the " + Board.ManagedHeapBytes.ToString() + "-byte heap of " + Board.Name + ")";
            }

            return null;
        }

        private void Add(string name, int bytes, int largestArray)
        {
            _names[_count] = name;
            _bytes[_count] = bytes;
            _largest[_count] = largestArray;
            _count++;
        }
    }
}
