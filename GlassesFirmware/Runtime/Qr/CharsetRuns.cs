namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Where the charset changes in a decoded payload: up to <see cref="MaxRuns"/> runs, each a start offset and a
    /// <see cref="QrCharset"/> constant, filled by <see cref="SegmentDecoder"/> as it reads segments and ECI headers and
    /// read by the text decoding. Sized once, so a decode allocates nothing for them.
    /// </summary>
    public sealed class CharsetRuns
    {
        /// <summary>Most charset runs kept per code; later runs merge into the last one.</summary>
        public const int MaxRuns = 16;

        private readonly int[] _start = new int[MaxRuns];
        private readonly int[] _charset = new int[MaxRuns];
        private int _count;

        /// <summary>Number of runs.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Start offset in the payload of run i.</summary>
        public int Start(int i)
        {
            return _start[i];
        }

        /// <summary>Charset constant of run i.</summary>
        public int Charset(int i)
        {
            return _charset[i];
        }

        /// <summary>Forgets every run, for the next parse.</summary>
        public void Clear()
        {
            _count = 0;
        }

        /// <summary>
        /// Starts a run of <paramref name="charset"/> at payload offset <paramref name="at"/>, unless the last run has
        /// that charset already; an empty last run is relabelled instead.
        /// </summary>
        public void Open(int charset, int at)
        {
            if (_count > 0)
            {
                int last = _count - 1;
                if (_charset[last] == charset)
                {
                    return;
                }
                if (_start[last] == at)
                {
                    // The previous run is still empty: relabel it.
                    _charset[last] = charset;
                    return;
                }
                if (_count == MaxRuns)
                {
                    return;
                }
            }
            _start[_count] = at;
            _charset[_count] = charset;
            _count++;
        }

        /// <summary>Starts a first run, of unknown charset, at <paramref name="at"/> when there is none yet.</summary>
        public void OpenIfNone(int at)
        {
            if (_count == 0)
            {
                Open(QrCharset.Guess, at);
            }
        }
    }
}
