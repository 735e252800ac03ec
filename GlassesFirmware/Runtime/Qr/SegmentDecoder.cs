namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Parses the data bit stream of a corrected symbol: numeric, alphanumeric, byte, Kanji and
    /// Hanzi segments, ECI, FNC1 and structured-append headers. Runs twice per code: once to
    /// measure the payload, once to fill the exactly sized result array, so it needs no payload
    /// buffer of its own.
    /// </summary>
    public sealed class SegmentDecoder
    {
        /// <summary>Charset of a run of payload bytes: no ECI (guess UTF-8, else ISO-8859-1).</summary>
        public const int CharsetGuess = 0;
        /// <summary>Charset: UTF-8 (ECI 26).</summary>
        public const int CharsetUtf8 = 1;
        /// <summary>Charset: ISO-8859-1 / single byte (ECI 0..3, 27, 170).</summary>
        public const int CharsetLatin1 = 2;
        /// <summary>Charset: Shift_JIS (Kanji mode or ECI 20); only ASCII and half-width kana are mapped.</summary>
        public const int CharsetShiftJis = 3;
        /// <summary>Charset: GB2312 (Hanzi mode or ECI 29); only ASCII is mapped.</summary>
        public const int CharsetGb2312 = 4;

        /// <summary>Most charset runs kept per code; later runs merge into the last one.</summary>
        public const int MaxRuns = 16;

        private const string Alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

        private readonly int[] _runStart = new int[MaxRuns];
        private readonly int[] _runCharset = new int[MaxRuns];
        private int _runCount;

        private byte[] _data;
        private int _bitPos;
        private int _bitEnd;
        private byte[] _out;
        private int _outLen;

        /// <summary>Number of charset runs found by the last <see cref="Parse"/>.</summary>
        public int RunCount
        {
            get { return _runCount; }
        }

        /// <summary>Start offset in the payload of run i.</summary>
        public int RunStart(int i)
        {
            return _runStart[i];
        }

        /// <summary>Charset constant of run i.</summary>
        public int RunCharset(int i)
        {
            return _runCharset[i];
        }

        /// <summary>
        /// Parses data[0 .. dataLength) of a symbol of <paramref name="version"/>. With a null
        /// <paramref name="output"/> it only measures; <paramref name="length"/> receives the payload
        /// length. Header fields (ECI, FNC1, structured append) go to <paramref name="code"/> when not null.
        /// </summary>
        public QrStatus Parse(byte[] data, int dataLength, int version, byte[] output, QrCode code, out int length)
        {
            _data = data;
            _bitPos = 0;
            _bitEnd = dataLength * 8;
            _out = output;
            _outLen = 0;
            _runCount = 0;
            length = 0;
            int sizeClass = version <= 9 ? 0 : (version <= 26 ? 1 : 2);
            int charset = CharsetGuess;
            int fnc1 = 0;
            bool firstEci = true;
            while (_bitEnd - _bitPos >= 4)
            {
                int mode = Read(4);
                if (mode == 0)
                {
                    break;
                }
                QrStatus status = QrStatus.Ok;
                switch (mode)
                {
                    case 1:
                        status = Numeric(Read(sizeClass == 0 ? 10 : (sizeClass == 1 ? 12 : 14)));
                        break;
                    case 2:
                        status = Alpha(Read(sizeClass == 0 ? 9 : (sizeClass == 1 ? 11 : 13)), fnc1 != 0);
                        break;
                    case 4:
                        OpenRun(charset);
                        status = Bytes(Read(sizeClass == 0 ? 8 : 16));
                        break;
                    case 8:
                        OpenRun(CharsetShiftJis);
                        status = DoubleByte(Read(sizeClass == 0 ? 8 : (sizeClass == 1 ? 10 : 12)), false);
                        OpenRun(charset);
                        break;
                    case 13:
                        // Hanzi: a 4-bit subset indicator (1 = GB2312) precedes the count.
                        if (Read(4) != 1)
                        {
                            return QrStatus.UnknownMode;
                        }
                        OpenRun(CharsetGb2312);
                        status = DoubleByte(Read(sizeClass == 0 ? 8 : (sizeClass == 1 ? 10 : 12)), true);
                        OpenRun(charset);
                        break;
                    case 7:
                        int eci = ReadEci();
                        if (eci < 0)
                        {
                            return QrStatus.UnknownMode;
                        }
                        if (firstEci && code != null)
                        {
                            code.Eci = eci;
                        }
                        firstEci = false;
                        charset = CharsetForEci(eci);
                        OpenRun(charset);
                        break;
                    case 5:
                        fnc1 = 1;
                        if (code != null)
                        {
                            code.Fnc1 = 1;
                        }
                        break;
                    case 9:
                        fnc1 = 2;
                        int app = Read(8);
                        if (code != null)
                        {
                            code.Fnc1 = 2;
                            code.Fnc1Application = app;
                        }
                        break;
                    case 3:
                        int index = Read(4);
                        int total = Read(4) + 1;
                        int parity = Read(8);
                        if (code != null)
                        {
                            code.SequenceIndex = index;
                            code.SequenceTotal = total;
                            code.SequenceParity = parity;
                        }
                        break;
                    default:
                        return QrStatus.UnknownMode;
                }
                if (status != QrStatus.Ok)
                {
                    return status;
                }
                if (_bitPos > _bitEnd)
                {
                    return QrStatus.DataOverflow;
                }
            }
            length = _outLen;
            return QrStatus.Ok;
        }

        /// <summary>Maps an ECI designator to a charset constant.</summary>
        public static int CharsetForEci(int eci)
        {
            if (eci == 26)
            {
                return CharsetUtf8;
            }
            if (eci <= 3 || eci == 27 || eci == 170)
            {
                return CharsetLatin1;
            }
            if (eci == 20)
            {
                return CharsetShiftJis;
            }
            if (eci == 29)
            {
                return CharsetGb2312;
            }
            return CharsetGuess;
        }

        private void OpenRun(int charset)
        {
            if (_runCount > 0)
            {
                int last = _runCount - 1;
                if (_runCharset[last] == charset)
                {
                    return;
                }
                if (_runStart[last] == _outLen)
                {
                    // The previous run is still empty: relabel it.
                    _runCharset[last] = charset;
                    return;
                }
                if (_runCount == MaxRuns)
                {
                    return;
                }
            }
            _runStart[_runCount] = _outLen;
            _runCharset[_runCount] = charset;
            _runCount++;
        }

        private QrStatus Numeric(int count)
        {
            OpenRunIfNone();
            while (count >= 3)
            {
                int v = Read(10);
                if (v >= 1000)
                {
                    return QrStatus.UnknownMode;
                }
                Emit(48 + v / 100);
                Emit(48 + (v / 10) % 10);
                Emit(48 + v % 10);
                count -= 3;
            }
            if (count == 2)
            {
                int v = Read(7);
                if (v >= 100)
                {
                    return QrStatus.UnknownMode;
                }
                Emit(48 + v / 10);
                Emit(48 + v % 10);
            }
            else if (count == 1)
            {
                int v = Read(4);
                if (v >= 10)
                {
                    return QrStatus.UnknownMode;
                }
                Emit(48 + v);
            }
            return _bitPos > _bitEnd ? QrStatus.DataOverflow : QrStatus.Ok;
        }

        private QrStatus Alpha(int count, bool fnc1)
        {
            OpenRunIfNone();
            bool pendingPercent = false;
            while (count > 0 && _bitPos <= _bitEnd)
            {
                int a;
                int b = -1;
                if (count >= 2)
                {
                    int v = Read(11);
                    if (v >= 45 * 45)
                    {
                        return QrStatus.UnknownMode;
                    }
                    a = v / 45;
                    b = v % 45;
                    count -= 2;
                }
                else
                {
                    a = Read(6);
                    if (a >= 45)
                    {
                        return QrStatus.UnknownMode;
                    }
                    count = 0;
                }
                pendingPercent = AlphaChar(Alphanumeric[a], fnc1, pendingPercent);
                if (b >= 0)
                {
                    pendingPercent = AlphaChar(Alphanumeric[b], fnc1, pendingPercent);
                }
            }
            if (pendingPercent)
            {
                Emit(0x1D);
            }
            return _bitPos > _bitEnd ? QrStatus.DataOverflow : QrStatus.Ok;
        }

        // Under FNC1 "%%" stands for '%' and a lone '%' for the GS separator (0x1D).
        private bool AlphaChar(char c, bool fnc1, bool pendingPercent)
        {
            if (!fnc1)
            {
                Emit(c);
                return false;
            }
            if (c == '%')
            {
                if (pendingPercent)
                {
                    Emit('%');
                    return false;
                }
                return true;
            }
            if (pendingPercent)
            {
                Emit(0x1D);
            }
            Emit(c);
            return false;
        }

        private QrStatus Bytes(int count)
        {
            if (_bitPos + count * 8 > _bitEnd)
            {
                return QrStatus.DataOverflow;
            }
            for (int i = 0; i < count; i++)
            {
                Emit(Read(8));
            }
            return QrStatus.Ok;
        }

        // Kanji (Shift_JIS) and Hanzi (GB2312) pack a double-byte character into 13 bits.
        private QrStatus DoubleByte(int count, bool hanzi)
        {
            if (_bitPos + count * 13 > _bitEnd)
            {
                return QrStatus.DataOverflow;
            }
            for (int i = 0; i < count; i++)
            {
                int v = Read(13);
                int assembled;
                if (hanzi)
                {
                    assembled = ((v / 0x60) << 8) | (v % 0x60);
                    assembled += assembled < 0xA00 ? 0xA1A1 : 0xA6A1;
                }
                else
                {
                    assembled = ((v / 0xC0) << 8) | (v % 0xC0);
                    assembled += assembled < 0x1F00 ? 0x8140 : 0xC140;
                }
                Emit((assembled >> 8) & 0xFF);
                Emit(assembled & 0xFF);
            }
            return QrStatus.Ok;
        }

        private int ReadEci()
        {
            int first = Read(8);
            if ((first & 0x80) == 0)
            {
                return first & 0x7F;
            }
            if ((first & 0xC0) == 0x80)
            {
                return ((first & 0x3F) << 8) | Read(8);
            }
            if ((first & 0xE0) == 0xC0)
            {
                return ((first & 0x1F) << 16) | Read(16);
            }
            return -1;
        }

        private void OpenRunIfNone()
        {
            if (_runCount == 0)
            {
                OpenRun(CharsetGuess);
            }
        }

        private void Emit(int b)
        {
            if (_out != null)
            {
                _out[_outLen] = (byte)b;
            }
            _outLen++;
        }

        // Reads n (0..16) bits MSB first, a byte-sized chunk at a time; past the end reads zeros and
        // moves the position on, so callers detect overflow by comparing the position with the end.
        private int Read(int n)
        {
            int v = 0;
            while (n > 0)
            {
                int p = _bitPos;
                int used = p & 7;
                int take = 8 - used < n ? 8 - used : n;
                int chunk = p < _bitEnd ? (_data[p >> 3] >> (8 - used - take)) & ((1 << take) - 1) : 0;
                v = (v << take) | chunk;
                _bitPos = p + take;
                n -= take;
            }
            return v;
        }
    }
}
