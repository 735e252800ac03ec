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
        private const string Alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

        private readonly CharsetRuns _runs = new CharsetRuns();

        private byte[] _data;
        private int _bitPos;
        private int _bitEnd;
        private byte[] _out;
        private int _outLen;

        /// <summary>The charset runs of the payload of the last <see cref="Parse"/>.</summary>
        public CharsetRuns Runs
        {
            get { return _runs; }
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
            _runs.Clear();
            length = 0;
            int sizeClass = version <= 9 ? 0 : (version <= 26 ? 1 : 2);
            int charset = QrCharset.Guess;
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
                        _runs.Open(charset, _outLen);
                        status = Bytes(Read(sizeClass == 0 ? 8 : 16));
                        break;
                    case 8:
                        _runs.Open(QrCharset.ShiftJis, _outLen);
                        status = DoubleByte(Read(sizeClass == 0 ? 8 : (sizeClass == 1 ? 10 : 12)), false);
                        _runs.Open(charset, _outLen);
                        break;
                    case 13:
                        // Hanzi: a 4-bit subset indicator (1 = GB2312) precedes the count.
                        if (Read(4) != 1)
                        {
                            return QrStatus.UnknownMode;
                        }
                        _runs.Open(QrCharset.Gb2312, _outLen);
                        status = DoubleByte(Read(sizeClass == 0 ? 8 : (sizeClass == 1 ? 10 : 12)), true);
                        _runs.Open(charset, _outLen);
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
                        charset = QrCharset.ForEci(eci);
                        _runs.Open(charset, _outLen);
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

        private QrStatus Numeric(int count)
        {
            _runs.OpenIfNone(_outLen);
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
            _runs.OpenIfNone(_outLen);
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
            if (_out == null)
            {
                // Measuring: the bytes fit (checked above), so only the positions move.
                _bitPos += count * 8;
                _outLen += count;
                return QrStatus.Ok;
            }
            // Every byte lies inside the data (checked above): each is the top of a 16-bit window over two codewords,
            // and the second codeword of the last window is still data unless the bytes are whole codewords.
            byte[] data = _data;
            byte[] output = _out;
            int at = _bitPos >> 3;
            int shift = 8 - (_bitPos & 7);
            if (shift == 8)
            {
                System.Array.Copy(data, at, output, _outLen, count);
            }
            else
            {
                int o = _outLen;
                for (int end = at + count; at < end; at++)
                {
                    output[o++] = (byte)(((data[at] << 8) | data[at + 1]) >> shift);
                }
            }
            _bitPos += count * 8;
            _outLen += count;
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

        private void Emit(int b)
        {
            if (_out != null)
            {
                _out[_outLen] = (byte)b;
            }
            _outLen++;
        }

        // Reads n (0..16) bits MSB first; past the end reads zeros and moves the position on, so callers detect
        // overflow by comparing the position with the end.
        private int Read(int n)
        {
            int p = _bitPos;
            byte[] data = _data;
            int at = p >> 3;
            if (p + n <= _bitEnd && at + 2 < data.Length)
            {
                // The n bits lie inside the data: take them from a 24-bit window (at most 7 + 16 bits deep).
                _bitPos = p + n;
                int window = (data[at] << 16) | (data[at + 1] << 8) | data[at + 2];
                return (window >> (24 - (p & 7) - n)) & ((1 << n) - 1);
            }
            // Near the end, a byte-sized chunk at a time.
            int v = 0;
            while (n > 0)
            {
                int used = p & 7;
                int take = 8 - used < n ? 8 - used : n;
                int chunk = p < _bitEnd ? (data[p >> 3] >> (8 - used - take)) & ((1 << take) - 1) : 0;
                v = (v << take) | chunk;
                p += take;
                n -= take;
            }
            _bitPos = p;
            return v;
        }
    }
}
