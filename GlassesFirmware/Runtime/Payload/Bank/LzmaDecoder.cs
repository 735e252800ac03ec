namespace GlassesFirmware.Payload.Bank
{
    /// <summary>
    /// A raw LZMA (LZMA1, no header) decoder for small outputs, written from the format description of the LZMA SDK's
    /// lzma-specification: a binary range decoder with adaptive 11-bit probabilities, literals coded with lc context
    /// bits of the previous byte, matches with lengths 2-273 and distances by slot, and four repeat distances. The
    /// output buffer is the dictionary, so memory is the output size plus the probability table; the end is the
    /// known output size (or the end marker). Any inconsistency (a distance before the start, input exhausted)
    /// returns false: nothing is guessed.
    /// </summary>
    internal sealed class LzmaDecoder
    {
        private const int States = 12;
        private const int PosStatesMax = 16;

        // Offsets into one probability table.
        private const int IsMatch = 0;
        private const int IsRep = IsMatch + States * PosStatesMax;
        private const int IsRepG0 = IsRep + States;
        private const int IsRepG1 = IsRepG0 + States;
        private const int IsRepG2 = IsRepG1 + States;
        private const int IsRep0Long = IsRepG2 + States;
        private const int PosSlot = IsRep0Long + States * PosStatesMax;
        private const int SpecPos = PosSlot + 4 * 64;
        private const int Align = SpecPos + 115;
        private const int LenCoder = Align + 16;
        private const int LenSize = 2 + PosStatesMax * 8 * 2 + 256;
        private const int RepLenCoder = LenCoder + LenSize;
        private const int Literal = RepLenCoder + LenSize;

        private readonly int _lc;
        private readonly int _lp;
        private readonly int _pb;
        private readonly ushort[] _probs;
        private readonly ushort[] _initial;
        private byte[] _in;
        private int _inPos;
        private int _inEnd;
        private uint _range;
        private uint _code;
        private bool _overrun;

        /// <summary>A decoder for the literal context, literal position and position bits of the stream (PAY by square: 3, 0, 2).</summary>
        public LzmaDecoder(int lc, int lp, int pb)
        {
            _lc = lc;
            _lp = lp;
            _pb = pb;
            _probs = new ushort[Literal + (0x300 << (lc + lp))];
            // Every probability starts at one half (1024 of 2048). Filled once; each decode copies it (native on the device).
            _initial = new ushort[_probs.Length];
            for (int i = 0; i < _initial.Length; i++) _initial[i] = 1024;
        }

        /// <summary>
        /// Decodes the raw stream in [s, e) into exactly <paramref name="count"/> bytes of <paramref name="output"/>;
        /// false when the stream is inconsistent or ends early.
        /// </summary>
        public bool Decode(byte[] input, int s, int e, byte[] output, int count)
        {
            System.Array.Copy(_initial, _probs, _probs.Length);
            _in = input;
            _inPos = s;
            _inEnd = e;
            _overrun = false;
            _range = 0xFFFFFFFF;
            _code = 0;
            if (Next() != 0) return false;
            for (int i = 0; i < 4; i++) _code = (_code << 8) | Next();
            if (_code == _range) return false;

            int state = 0;
            uint rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0;
            int pos = 0;
            int pbMask = (1 << _pb) - 1;
            while (pos < count)
            {
                if (_overrun) return false;
                int posState = pos & pbMask;
                if (Bit(IsMatch + (state << 4) + posState) == 0)
                {
                    output[pos] = DecodeLiteral(output, pos, state, rep0);
                    pos++;
                    state = state < 4 ? 0 : (state < 10 ? state - 3 : state - 6);
                    continue;
                }

                int len;
                if (Bit(IsRep + state) != 0)
                {
                    if (pos == 0) return false;
                    if (Bit(IsRepG0 + state) == 0)
                    {
                        if (Bit(IsRep0Long + (state << 4) + posState) == 0)
                        {
                            state = state < 7 ? 9 : 11;
                            output[pos] = output[pos - (int)rep0 - 1];
                            pos++;
                            continue;
                        }
                    }
                    else
                    {
                        uint dist;
                        if (Bit(IsRepG1 + state) == 0)
                        {
                            dist = rep1;
                        }
                        else
                        {
                            if (Bit(IsRepG2 + state) == 0)
                            {
                                dist = rep2;
                            }
                            else
                            {
                                dist = rep3;
                                rep3 = rep2;
                            }

                            rep2 = rep1;
                        }

                        rep1 = rep0;
                        rep0 = dist;
                    }

                    len = DecodeLength(RepLenCoder, posState);
                    state = state < 7 ? 8 : 11;
                }
                else
                {
                    rep3 = rep2;
                    rep2 = rep1;
                    rep1 = rep0;
                    len = DecodeLength(LenCoder, posState);
                    state = state < 7 ? 7 : 10;
                    rep0 = DecodeDistance(len);
                    if (rep0 == 0xFFFFFFFF) return false;
                }

                if (rep0 >= (uint)pos) return false;
                for (int k = len + 2; k > 0 && pos < count; k--)
                {
                    output[pos] = output[pos - (int)rep0 - 1];
                    pos++;
                }
            }

            return !_overrun;
        }

        private byte DecodeLiteral(byte[] output, int pos, int state, uint rep0)
        {
            int previous = pos > 0 ? output[pos - 1] : 0;
            int literalState = ((pos & ((1 << _lp) - 1)) << _lc) + (previous >> (8 - _lc));
            int probs = Literal + 0x300 * literalState;
            int symbol = 1;
            if (state >= 7 && rep0 < (uint)pos)
            {
                int match = output[pos - (int)rep0 - 1];
                while (symbol < 0x100)
                {
                    int matchBit = (match >> 7) & 1;
                    match <<= 1;
                    int bit = Bit(probs + ((1 + matchBit) << 8) + symbol);
                    symbol = (symbol << 1) | bit;
                    if (matchBit != bit) break;
                }
            }

            while (symbol < 0x100) symbol = (symbol << 1) | Bit(probs + symbol);
            return (byte)symbol;
        }

        /// <summary>Match length minus 2: 0-7 (low), 8-15 (mid), 16-271 (high).</summary>
        private int DecodeLength(int coder, int posState)
        {
            if (Bit(coder) == 0) return BitTree(coder + 2 + posState * 8, 3);
            if (Bit(coder + 1) == 0) return 8 + BitTree(coder + 2 + PosStatesMax * 8 + posState * 8, 3);
            return 16 + BitTree(coder + 2 + PosStatesMax * 8 * 2, 8);
        }

        private uint DecodeDistance(int len)
        {
            int lenState = len < 3 ? len : 3;
            int slot = BitTree(PosSlot + (lenState << 6), 6);
            if (slot < 4) return (uint)slot;
            int direct = (slot >> 1) - 1;
            uint dist = (uint)((2 | (slot & 1)) << direct);
            if (slot < 14) return dist + ReverseBitTree(SpecPos + (int)dist - slot, direct);
            return dist + (DirectBits(direct - 4) << 4) + ReverseBitTree(Align, 4);
        }

        private int BitTree(int probs, int bits)
        {
            int m = 1;
            for (int i = 0; i < bits; i++) m = (m << 1) + Bit(probs + m);
            return m - (1 << bits);
        }

        private uint ReverseBitTree(int probs, int bits)
        {
            int m = 1;
            uint symbol = 0;
            for (int i = 0; i < bits; i++)
            {
                int bit = Bit(probs + m);
                m = (m << 1) + bit;
                symbol |= (uint)bit << i;
            }

            return symbol;
        }

        private uint DirectBits(int bits)
        {
            uint result = 0;
            for (int i = 0; i < bits; i++)
            {
                _range >>= 1;
                uint bit = _code >= _range ? 1u : 0u;
                if (bit != 0) _code -= _range;
                result = (result << 1) | bit;
                Normalize();
            }

            return result;
        }

        private int Bit(int index)
        {
            uint p = _probs[index];
            uint bound = (_range >> 11) * p;
            int bit;
            if (_code < bound)
            {
                _range = bound;
                _probs[index] = (ushort)(p + ((2048 - p) >> 5));
                bit = 0;
            }
            else
            {
                _range -= bound;
                _code -= bound;
                _probs[index] = (ushort)(p - (p >> 5));
                bit = 1;
            }

            Normalize();
            return bit;
        }

        private void Normalize()
        {
            if (_range < 0x1000000)
            {
                _range <<= 8;
                _code = (_code << 8) | Next();
            }
        }

        // Past the end the stream reads zeros, once flagged: the decoder may look ahead a few bytes legitimately.
        private uint Next()
        {
            if (_inPos < _inEnd) return _in[_inPos++];
            _inPos++;
            if (_inPos > _inEnd + 8) _overrun = true;
            return 0;
        }
    }
}
