namespace GlassesFirmware.Qr
{
    /// <summary>
    /// The charsets a run of QR payload bytes can be in, as <see cref="SegmentDecoder"/> finds them (from ECI
    /// designators and the Kanji and Hanzi modes) and <see cref="TextDecoder"/> turns them into text.
    /// </summary>
    public static class QrCharset
    {
        /// <summary>No ECI: guess UTF-8, else ISO-8859-1.</summary>
        public const int Guess = 0;
        /// <summary>UTF-8 (ECI 26).</summary>
        public const int Utf8 = 1;
        /// <summary>ISO-8859-1 / single byte (ECI 0..3, 27, 170).</summary>
        public const int Latin1 = 2;
        /// <summary>Shift_JIS (Kanji mode or ECI 20); only ASCII and half-width kana are mapped.</summary>
        public const int ShiftJis = 3;
        /// <summary>GB2312 (Hanzi mode or ECI 29); only ASCII is mapped.</summary>
        public const int Gb2312 = 4;

        /// <summary>Maps an ECI designator to a charset constant.</summary>
        public static int ForEci(int eci)
        {
            if (eci == 26)
            {
                return Utf8;
            }
            if (eci <= 3 || eci == 27 || eci == 170)
            {
                return Latin1;
            }
            if (eci == 20)
            {
                return ShiftJis;
            }
            if (eci == 29)
            {
                return Gb2312;
            }
            return Guess;
        }
    }
}
