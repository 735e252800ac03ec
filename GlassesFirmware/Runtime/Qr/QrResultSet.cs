using GlassesFirmware.Buffers;

namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Caller-owned, reusable container for the codes found in one view (the frames of a held view, see
    /// <see cref="QrDecoder.Pending"/>); a frame that yields no code allocates nothing.
    /// </summary>
    public sealed class QrResultSet
    {
        /// <summary>Most codes reported per view.</summary>
        public const int Capacity = 8;

        private readonly QrCode[] _codes = new QrCode[Capacity];

        /// <summary>Number of codes decoded in the view so far (its last frame and the earlier frames of a held view).</summary>
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

        // A frame's statistics start anew; the codes stay when it continues the same view (`held`).
        internal void BeginFrame(bool held)
        {
            if (!held)
            {
                Count = 0;
            }
            LastFailure = QrStatus.NoCode;
            CandidatesTried = 0;
        }

        internal QrCode Next()
        {
            QrCode code = _codes[Count];
            code.Reset();
            return code;
        }

        // True when the set already holds this symbol, reached again through a second, nearly coincident finder
        // triple: the same payload, centred inside a code already read. A different payload there is another code
        // (a sticker over the first), never a duplicate: dropping it would pay whichever of the two was read first.
        internal bool Holds(QrCode code)
        {
            int[] c = code.Corners;
            int cx = (c[0] + c[2] + c[4] + c[6]) / 4;
            int cy = (c[1] + c[3] + c[5] + c[7]) / 4;
            for (int i = 0; i < Count; i++)
            {
                QrCode other = _codes[i];
                if (!SamePayload(other.Payload, code.Payload))
                {
                    continue;
                }
                int[] o = other.Corners;
                int minX = o[0], maxX = o[0], minY = o[1], maxY = o[1];
                for (int k = 1; k < 4; k++)
                {
                    minX = o[2 * k] < minX ? o[2 * k] : minX;
                    maxX = o[2 * k] > maxX ? o[2 * k] : maxX;
                    minY = o[2 * k + 1] < minY ? o[2 * k + 1] : minY;
                    maxY = o[2 * k + 1] > maxY ? o[2 * k + 1] : maxY;
                }
                if (cx >= minX && cx <= maxX && cy >= minY && cy <= maxY)
                {
                    return true;
                }
            }
            return false;
        }

        private static bool SamePayload(byte[] a, byte[] b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return a == b;
            }
            return Bytes.Same(a, 0, b, 0, a.Length);
        }
    }
}
