namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Reed-Solomon error correction for QR blocks (generator roots alpha^0..alpha^(n-1)):
    /// syndromes, Berlekamp-Massey, Chien search and Forney, on fixed scratch arrays so a decode
    /// allocates nothing. One instance per decoder; not thread-safe.
    /// </summary>
    public sealed class ReedSolomon
    {
        /// <summary>Most EC codewords in one QR block.</summary>
        public const int MaxEc = 30;
        private const int PolySize = MaxEc + 2;

        // PolySize leaves room for the syndromes past the EC count that the last pass of ComputeSyndromes computes.
        private readonly int[] _syndromes = new int[PolySize];
        private readonly int[] _sigma = new int[PolySize];
        private readonly int[] _prev = new int[PolySize];
        private readonly int[] _temp = new int[PolySize];
        private readonly int[] _omega = new int[PolySize];
        private readonly int[] _errorPos = new int[PolySize];
        // Highest index of _sigma that may be non-zero after BerlekampMassey (the entries above it are zero).
        private int _sigmaTop;

        /// <summary>
        /// Corrects block[offset .. offset+length) in place, where the last <paramref name="ecCount"/>
        /// bytes are EC codewords. Returns the number of corrected codewords (0 if clean), or -1 when
        /// the errors exceed what the block can correct (the block is then left unchanged).
        /// </summary>
        public int Correct(byte[] block, int offset, int length, int ecCount)
        {
            if (ecCount <= 0 || ecCount > MaxEc || length > 255 || length <= ecCount)
            {
                return -1;
            }
            if (!ComputeSyndromes(block, offset, length, ecCount))
            {
                return 0;
            }
            int degree = BerlekampMassey(ecCount);
            if (degree == 0 || degree * 2 > ecCount)
            {
                return -1;
            }
            int found = FindErrors(length, degree);
            if (found != degree)
            {
                return -1;
            }
            // Omega's terms from x^degree up are 0 (below): only the lower ones are computed and evaluated.
            ComputeOmega(degree);
            byte[] exp = Gf256.Exp;
            short[] log = Gf256.Log;
            // Values are computed before any byte changes so a failure leaves the block untouched.
            for (int k = 0; k < degree; k++)
            {
                int power = _errorPos[k];
                int xInv = exp[255 - power];
                int num = Evaluate(_omega, degree - 1, xInv);
                int den = 0;
                for (int i = 1; i <= degree; i += 2)
                {
                    // Formal derivative keeps odd terms: sigma_i x^(i-1).
                    int c = _sigma[i];
                    if (c != 0)
                    {
                        den ^= i == 1 ? c : exp[log[c] + (log[xInv] * (i - 1)) % 255];
                    }
                }
                if (den == 0)
                {
                    return -1;
                }
                // Forney with first consecutive root alpha^0: e = X * omega(X^-1) / sigma'(X^-1).
                int value = num == 0 ? 0 : exp[(log[num] + power + 255 - log[den]) % 255];
                _temp[k] = value;
            }
            // No second syndrome pass: Berlekamp-Massey's sigma (degree L, at most ecCount / 2) generates all ecCount
            // syndromes, so omega = S sigma mod x^ecCount has degree below L; with L distinct roots inside the block,
            // omega / sigma splits into the L error terms Forney gives, whose syndromes are S itself. The corrected
            // block is therefore a codeword (a miscorrection is one beyond the block's reach, which no check of the
            // syndromes can see).
            for (int k = 0; k < degree; k++)
            {
                block[offset + length - 1 - _errorPos[k]] ^= (byte)_temp[k];
            }
            return degree;
        }

        /// <summary>
        /// Where the <paramref name="k"/>-th error the last successful <see cref="Correct"/> of a
        /// <paramref name="length"/>-codeword block fixed was, in codewords from the block's start (k below the count
        /// it returned).
        /// </summary>
        public int ErrorIndex(int k, int length)
        {
            return length - 1 - _errorPos[k];
        }

        /// <summary>The bits the <paramref name="k"/>-th fix of the last successful <see cref="Correct"/> flipped.</summary>
        public int ErrorValue(int k)
        {
            return _temp[k];
        }

        // Returns true when any syndrome is non-zero.
        private bool ComputeSyndromes(byte[] block, int offset, int length, int ecCount)
        {
            byte[][] times = TimesAlpha;
            int end = offset + length;
            // Eight syndromes per pass over the block (Horner's rule at alpha^i .. alpha^(i+7), each step one lookup in
            // the table of products by alpha^i); the last pass may compute up to seven beyond the count (at most index
            // 31 for 30 EC codewords), which are not looked at.
            for (int i = 0; i < ecCount; i += 8)
            {
                int s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
                int i1 = i + 1, i2 = i + 2, i3 = i + 3, i4 = i + 4, i5 = i + 5, i6 = i + 6, i7 = i + 7;
                byte[] t0 = times[i], t1 = times[i1], t2 = times[i2], t3 = times[i3];
                byte[] t4 = times[i4], t5 = times[i5], t6 = times[i6], t7 = times[i7];
                for (int j = offset; j < end; j++)
                {
                    int c = block[j];
                    s0 = t0[s0] ^ c;
                    s1 = t1[s1] ^ c;
                    s2 = t2[s2] ^ c;
                    s3 = t3[s3] ^ c;
                    s4 = t4[s4] ^ c;
                    s5 = t5[s5] ^ c;
                    s6 = t6[s6] ^ c;
                    s7 = t7[s7] ^ c;
                }
                int[] syndromes = _syndromes;
                syndromes[i] = s0;
                syndromes[i1] = s1;
                syndromes[i2] = s2;
                syndromes[i3] = s3;
                syndromes[i4] = s4;
                syndromes[i5] = s5;
                syndromes[i6] = s6;
                syndromes[i7] = s7;
            }
            for (int i = 0; i < ecCount; i++)
            {
                if (_syndromes[i] != 0)
                {
                    return true;
                }
            }
            return false;
        }

        // TimesAlpha[i][s] = s * alpha^i for i below PolySize (8 KiB): a syndrome step is one lookup.
        private static readonly byte[][] TimesAlpha = BuildTimesAlpha();

        private static byte[][] BuildTimesAlpha()
        {
            byte[][] tables = new byte[PolySize][];
            for (int i = 0; i < PolySize; i++)
            {
                byte[] table = new byte[256];
                for (int v = 1; v < 256; v++)
                {
                    table[v] = Gf256.Exp[Gf256.Log[v] + i];
                }
                tables[i] = table;
            }
            return tables;
        }

        private int BerlekampMassey(int n)
        {
            int[] sigma = _sigma;
            int[] prev = _prev;
            int[] temp = _temp;
            int[] syndromes = _syndromes;
            byte[] exp = Gf256.Exp;
            short[] log = Gf256.Log;
            for (int i = 0; i < PolySize; i++)
            {
                sigma[i] = 0;
                prev[i] = 0;
            }
            sigma[0] = 1;
            prev[0] = 1;
            // The loops over sigma and prev stop at the highest entries that may be non-zero: the ones above add zero.
            int sigmaTop = 0;
            int prevTop = 0;
            int l = 0;
            int m = 1;
            int b = 1;
            for (int k = 0; k < n; k++)
            {
                int d = syndromes[k];
                for (int i = 1; i <= l; i++)
                {
                    d ^= exp[log[sigma[i]] + log[syndromes[k - i]]];
                }
                if (d == 0)
                {
                    m++;
                    continue;
                }
                // The log of coef = d / b (b is never zero).
                int logCoef = log[exp[log[d] + 255 - log[b]]];
                int last = prevTop + m < PolySize ? prevTop : PolySize - 1 - m;
                int top = last + m > sigmaTop ? last + m : sigmaTop;
                if (2 * l <= k)
                {
                    for (int i = 0; i <= sigmaTop; i++)
                    {
                        temp[i] = sigma[i];
                    }
                    for (int i = 0; i <= last; i++)
                    {
                        sigma[i + m] ^= exp[logCoef + log[prev[i]]];
                    }
                    l = k + 1 - l;
                    // prev takes the old sigma; its entries above the old sigma's top are cleared.
                    for (int i = 0; i <= sigmaTop; i++)
                    {
                        prev[i] = temp[i];
                    }
                    for (int i = sigmaTop + 1; i <= prevTop; i++)
                    {
                        prev[i] = 0;
                    }
                    prevTop = sigmaTop;
                    b = d;
                    m = 1;
                }
                else
                {
                    for (int i = 0; i <= last; i++)
                    {
                        sigma[i + m] ^= exp[logCoef + log[prev[i]]];
                    }
                    m++;
                }
                sigmaTop = top;
            }
            _sigmaTop = sigmaTop;
            return l;
        }

        // Chien search over the positions of the block; stores powers (0 = last byte) of the roots.
        private int FindErrors(int length, int degree)
        {
            int found = 0;
            // Sigma has degree at most `degree` (Berlekamp-Massey's length), so it has no root beyond the degree-th:
            // the search stops there.
            for (int power = 0; power < length && found < degree; power++)
            {
                if (Evaluate(_sigma, degree, Gf256.Exp[255 - power]) == 0)
                {
                    _errorPos[found++] = power;
                }
            }
            return found;
        }

        // omega = S(x) * sigma(x) mod x^n.
        private void ComputeOmega(int n)
        {
            int[] syndromes = _syndromes;
            int[] sigma = _sigma;
            byte[] exp = Gf256.Exp;
            short[] log = Gf256.Log;
            for (int i = 0; i < n; i++)
            {
                int v = 0;
                // sigma is zero above _sigmaTop.
                int last = i < _sigmaTop ? i : _sigmaTop;
                for (int j = 0; j <= last; j++)
                {
                    v ^= exp[log[syndromes[i - j]] + log[sigma[j]]];
                }
                _omega[i] = v;
            }
        }

        private static int Evaluate(int[] poly, int degree, int x)
        {
            byte[] exp = Gf256.Exp;
            short[] log = Gf256.Log;
            int logX = log[x];
            int v = 0;
            for (int i = degree; i >= 0; i--)
            {
                v = exp[log[v] + logX] ^ poly[i];
            }
            return v;
        }

        /// <summary>
        /// Computes <paramref name="ecCount"/> EC codewords for data[offset .. offset+dataLength)
        /// into ec[ecOffset ..]; used by tests and the synthetic frame generator. Allocates the
        /// generator polynomial, so it is not for the decode path.
        /// </summary>
        public static void Encode(byte[] data, int offset, int dataLength, byte[] ec, int ecOffset, int ecCount)
        {
            int[] gen = new int[ecCount + 1];
            gen[0] = 1;
            for (int i = 0; i < ecCount; i++)
            {
                // Multiply by (x - alpha^i); gen[0] is the highest-degree coefficient.
                int root = Gf256.Exp[i];
                for (int j = i + 1; j >= 1; j--)
                {
                    gen[j] = gen[j] ^ Gf256.Multiply(gen[j - 1], root);
                }
            }
            for (int i = 0; i < ecCount; i++)
            {
                ec[ecOffset + i] = 0;
            }
            for (int i = 0; i < dataLength; i++)
            {
                int factor = data[offset + i] ^ ec[ecOffset];
                for (int j = 0; j < ecCount - 1; j++)
                {
                    ec[ecOffset + j] = (byte)(ec[ecOffset + j + 1] ^ Gf256.Multiply(gen[j + 1], factor));
                }
                ec[ecOffset + ecCount - 1] = (byte)Gf256.Multiply(gen[ecCount], factor);
            }
        }
    }
}
