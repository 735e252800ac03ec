using GlassesFirmware.Text;

namespace GlassesFirmware.Qr
{
    /// <summary>One decoded QR code. Instances live in a <see cref="QrResultSet"/> and are reused.</summary>
    public sealed class QrCode
    {
        /// <summary>The payload bytes of all segments in order (numeric/alphanumeric as ASCII,
        /// Kanji as Shift_JIS byte pairs).</summary>
        public byte[] Payload;
        /// <summary>The payload as text: per ECI, else UTF-8 when valid, else ISO-8859-1.</summary>
        public string Text;
        /// <summary>Symbol version 1..40.</summary>
        public int Version;
        /// <summary>Error-correction level.</summary>
        public QrEcLevel EcLevel;
        /// <summary>Data mask pattern 0..7.</summary>
        public int Mask;
        /// <summary>True when the symbol was read mirrored (transposed).</summary>
        public bool Mirrored;
        /// <summary>True when the symbol is light modules on a dark background.</summary>
        public bool Inverted;
        /// <summary>Corners in frame pixels: x0,y0 (top-left), x1,y1 (top-right), x2,y2 (bottom-right),
        /// x3,y3 (bottom-left) of the symbol's own orientation.</summary>
        public readonly int[] Corners = new int[8];
        /// <summary>Codewords repaired by Reed-Solomon over all blocks.</summary>
        public int CorrectedCodewords;
        /// <summary>The first ECI designator seen, or -1 when none.</summary>
        public int Eci;
        /// <summary>0 none, 1 FNC1 in first position (GS1), 2 FNC1 in second position.</summary>
        public int Fnc1;
        /// <summary>Application indicator of FNC1 in second position, else -1.</summary>
        public int Fnc1Application;
        /// <summary>Structured append: index of this symbol (0..15), or -1 when not structured.</summary>
        public int SequenceIndex;
        /// <summary>Structured append: total number of symbols (1..16), or 0.</summary>
        public int SequenceTotal;
        /// <summary>Structured append parity byte, or -1.</summary>
        public int SequenceParity;

        internal void Reset()
        {
            Payload = null;
            Text = null;
            Version = 0;
            EcLevel = QrEcLevel.L;
            Mask = 0;
            Mirrored = false;
            Inverted = false;
            CorrectedCodewords = 0;
            Eci = -1;
            Fnc1 = 0;
            Fnc1Application = -1;
            SequenceIndex = -1;
            SequenceTotal = 0;
            SequenceParity = -1;
            for (int i = 0; i < 8; i++)
            {
                Corners[i] = 0;
            }
        }

        private static readonly string[] LevelNames = { "L", "M", "Q", "H" };

        /// <summary>Name of an EC level ("L", "M", "Q", "H"), or its number when it has none.</summary>
        public static string LevelName(QrEcLevel level)
        {
            return EnumNames.Of(LevelNames, (int)level);
        }
    }
}
