namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Caller-owned, reusable container for the codes found in one frame; a frame that yields no
    /// code allocates nothing.
    /// </summary>
    public sealed class QrResultSet
    {
        /// <summary>Most codes reported per frame.</summary>
        public const int Capacity = 8;

        private readonly QrCode[] _codes = new QrCode[Capacity];

        /// <summary>Number of codes decoded in the last frame.</summary>
        public int Count;
        /// <summary>Why the last located but undecodable candidate failed (NoCode when none was located).</summary>
        public QrStatus LastFailure;
        /// <summary>Number of finder-pattern triples that were tried in the last frame.</summary>
        public int CandidatesTried;

        /// <summary>Creates an empty set with preallocated code slots.</summary>
        public QrResultSet()
        {
            for (int i = 0; i < Capacity; i++)
            {
                _codes[i] = new QrCode();
            }
        }

        /// <summary>The i-th decoded code (0 .. Count-1).</summary>
        public QrCode Get(int index)
        {
            return _codes[index];
        }

        internal void Clear()
        {
            Count = 0;
            LastFailure = QrStatus.NoCode;
            CandidatesTried = 0;
        }

        internal QrCode Next()
        {
            QrCode code = _codes[Count];
            code.Reset();
            return code;
        }
    }
}
