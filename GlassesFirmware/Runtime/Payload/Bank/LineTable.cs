namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// The lines of a line-based payment code (EPC069-12, Swiss QR-bill) as offsets into the caller's buffer: LF
    /// ends a line and a CR before it is dropped, so CR LF and LF codes read alike. Fixed capacity, reused per
    /// analysis; nothing is allocated per line.
    /// </summary>
    internal sealed class LineTable
    {
        private readonly int[] _starts;
        private readonly int[] _ends;
        private int _payloadEnd;

        public LineTable(int capacity)
        {
            _starts = new int[capacity];
            _ends = new int[capacity];
        }

        /// <summary>Number of lines read (at most the capacity).</summary>
        public int Count { get; private set; }

        /// <summary>True when the payload has more lines than the capacity: the rest was not read.</summary>
        public bool Overflow { get; private set; }

        /// <summary>True when the last line ended with a line break (an empty line after it is not counted).</summary>
        public bool EndsWithBreak { get; private set; }

        /// <summary>Splits [s, e) into lines.</summary>
        public void Split(byte[] b, int s, int e)
        {
            Count = 0;
            Overflow = false;
            EndsWithBreak = false;
            _payloadEnd = e;
            int start = s;
            for (int i = s; i <= e; i++)
            {
                if (i < e && b[i] != (byte)'\n') continue;
                if (i == e && start == e && i > s)
                {
                    EndsWithBreak = true;
                    break;
                }

                if (Count == _starts.Length)
                {
                    Overflow = true;
                    return;
                }

                int end = i;
                if (end > start && b[end - 1] == (byte)'\r') end--;
                _starts[Count] = start;
                _ends[Count] = end;
                Count++;
                start = i + 1;
            }
        }

        /// <summary>First byte of line <paramref name="index"/> (0-based); the end of the payload when it is absent.</summary>
        public int Start(int index)
        {
            return index < Count ? _starts[index] : _payloadEnd;
        }

        /// <summary>One past the last byte of line <paramref name="index"/>, without its line break.</summary>
        public int End(int index)
        {
            return index < Count ? _ends[index] : Start(index);
        }

        /// <summary>True when line <paramref name="index"/> exists and is not empty.</summary>
        public bool Has(int index)
        {
            return index < Count && _ends[index] > _starts[index];
        }

        /// <summary>True when line <paramref name="index"/> is exactly the ASCII <paramref name="value"/>.</summary>
        public bool Is(byte[] b, int index, string value)
        {
            return Length(index) == value.Length && Ascii.StartsWith(b, Start(index), End(index), value);
        }

        /// <summary>Length in bytes of line <paramref name="index"/> (0 when absent).</summary>
        public int Length(int index)
        {
            return End(index) - Start(index);
        }
    }
}
