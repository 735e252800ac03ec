using GlassesFirmware.Text;

namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Flat, fixed-capacity store of the EMVCo data objects of one payload: each object is an ID and a
    /// value range in the caller's byte buffer, with the index of its parent template (-1 at the root).
    /// Reused from scan to scan, so parsing allocates nothing.
    /// </summary>
    internal sealed class EmvTlv
    {
        /// <summary>
        /// Objects per payload. The smallest object takes 5 characters, so this covers any payload up to
        /// 1,600 characters, far more than EMVCo's 512; beyond it the scan is rejected with a finding.
        /// </summary>
        public const int Capacity = 320;

        public readonly byte[] Id = new byte[Capacity];
        public readonly int[] Start = new int[Capacity];
        public readonly int[] End = new int[Capacity];
        public readonly short[] Parent = new short[Capacity];
        public int Count;

        // Bytes before AsciiUntil and from AsciiFrom on are ASCII, so lengths there need no UTF-8 walk.
        public int AsciiUntil;
        public int AsciiFrom;

        // Where and why the last Tokenize call stopped.
        public FindingCode FaultCode;
        public int FaultPosition;   // byte index of the offending header
        public int FaultOffset;     // the same as a character (or byte) offset within the container
        public int FaultId;         // ID of the object whose length failed, or -1

        /// <summary>Starts a payload whose multi-byte characters all lie in [multibyteStart, multibyteEnd).</summary>
        public void Reset(int multibyteStart, int multibyteEnd)
        {
            Count = 0;
            AsciiUntil = multibyteStart;
            AsciiFrom = multibyteEnd;
        }

        /// <summary>True when [start, end) lies in an all-ASCII part, where characters are bytes.</summary>
        public bool IsAscii(int start, int end)
        {
            return end <= AsciiUntil || start >= AsciiFrom;
        }

        /// <summary>
        /// Splits [start, end) into ID-length-value objects under <paramref name="parent"/>. Lengths count
        /// code points unless <paramref name="byteLengths"/>. Returns false, with the Fault fields set,
        /// on the first structural error; zero lengths are stored and judged by the validator.
        /// </summary>
        public bool Tokenize(byte[] b, int start, int end, int parent, bool byteLengths)
        {
            int pos = start;
            int offset = 0;
            FaultCode = FindingCode.None;
            while (pos < end)
            {
                FaultPosition = pos;
                FaultOffset = offset;
                FaultId = -1;
                if (end - pos < 4) return Fail(FindingCode.TlvTrailing);
                int id = Ascii.TwoDigits(b, pos);
                if (id < 0) return Fail(FindingCode.TlvBadId);
                FaultId = id;
                int length = Ascii.TwoDigits(b, pos + 2);
                if (length < 0) return Fail(FindingCode.TlvBadLength);
                int valueStart = pos + 4;
                int valueEnd = byteLengths || IsAscii(valueStart, valueStart + length) ? valueStart + length : Utf8.Advance(b, valueStart, end, length);
                if (valueEnd < 0 || valueEnd > end) return Fail(FindingCode.TlvOverrun);
                if (Count == Capacity) return Fail(FindingCode.TlvTooManyObjects);

                Id[Count] = (byte)id;
                Start[Count] = valueStart;
                End[Count] = valueEnd;
                Parent[Count] = (short)parent;
                Count++;
                offset += 4 + length;
                pos = valueEnd;
            }

            return true;
        }

        /// <summary>Index of the first object with this ID under <paramref name="parent"/>, or -1.</summary>
        public int Find(int parent, int id)
        {
            // Children are always stored after their parent.
            for (int i = parent + 1; i < Count; i++)
            {
                if (Parent[i] == parent && Id[i] == id) return i;
            }

            return -1;
        }

        /// <summary>Length of the value in bytes.</summary>
        public int ByteLength(int index)
        {
            return End[index] - Start[index];
        }

        private bool Fail(FindingCode code)
        {
            FaultCode = code;
            return false;
        }
    }
}
