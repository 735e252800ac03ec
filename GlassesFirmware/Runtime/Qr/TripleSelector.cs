namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Groups finder candidates into plausible symbols: same polarity, similar module sizes, and a
    /// near right isosceles triangle. Triples are ranked by shape distortion (best first), with
    /// weakly confirmed finders penalised. Fixed capacity.
    /// </summary>
    public sealed class TripleSelector
    {
        /// <summary>Most triples kept.</summary>
        public const int Capacity = 32;

        private readonly int[] _a = new int[Capacity];
        private readonly int[] _b = new int[Capacity];
        private readonly int[] _c = new int[Capacity];
        private readonly float[] _score = new float[Capacity];
        private int _count;

        /// <summary>First finder index of triple t.</summary>
        public int A(int t)
        {
            return _a[t];
        }

        /// <summary>Second finder index of triple t.</summary>
        public int B(int t)
        {
            return _b[t];
        }

        /// <summary>Third finder index of triple t.</summary>
        public int C(int t)
        {
            return _c[t];
        }

        /// <summary>Builds the ranked triple list; returns its length.</summary>
        public int Select(FinderScanner f)
        {
            _count = 0;
            int n = f.Count;
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    if (f.Polarity[i] != f.Polarity[j] || !SimilarSize(f.ModuleSize[i], f.ModuleSize[j]))
                    {
                        continue;
                    }
                    for (int k = j + 1; k < n; k++)
                    {
                        if (f.Polarity[i] != f.Polarity[k] || !SimilarSize(f.ModuleSize[i], f.ModuleSize[k])
                            || !SimilarSize(f.ModuleSize[j], f.ModuleSize[k]))
                        {
                            continue;
                        }
                        float score = Score(f, i, j, k);
                        if (score >= 0)
                        {
                            Insert(i, j, k, score);
                        }
                    }
                }
            }
            return _count;
        }

        private static bool SimilarSize(float a, float b)
        {
            float hi = a > b ? a : b;
            float lo = a > b ? b : a;
            return hi <= lo * 1.6f;
        }

        // Distortion of the triangle from a right isosceles one (0 is perfect), or -1 if implausible.
        private static float Score(FinderScanner f, int i, int j, int k)
        {
            float ab = Dist2(f, i, j);
            float bc = Dist2(f, j, k);
            float ac = Dist2(f, i, k);
            float a, b, c;
            if (ab >= bc && ab >= ac)
            {
                c = ab; a = bc; b = ac;
            }
            else if (bc >= ab && bc >= ac)
            {
                c = bc; a = ab; b = ac;
            }
            else
            {
                c = ac; a = ab; b = bc;
            }
            float ms = (f.ModuleSize[i] + f.ModuleSize[j] + f.ModuleSize[k]) / 3f;
            // Legs must span at least a version 1 symbol (14 modules between centres) and at most v40.
            float minLeg = 10f * ms;
            float maxLeg = 180f * ms;
            if (a < minLeg * minLeg || b < minLeg * minLeg || a > maxLeg * maxLeg || b > maxLeg * maxLeg)
            {
                return -1f;
            }
            float d = (Abs(c - 2f * b) + Abs(c - 2f * a)) / c;
            float legRatio = a > b ? a / b : b / a;
            // Perspective can stretch one leg; beyond about 2:1 in squared length it is not a symbol.
            if (d > 1.2f || legRatio > 4f)
            {
                return -1f;
            }
            int minHits = f.Hits[i];
            if (f.Hits[j] < minHits)
            {
                minHits = f.Hits[j];
            }
            if (f.Hits[k] < minHits)
            {
                minHits = f.Hits[k];
            }
            return minHits < 2 ? d + 0.5f : d;
        }

        private void Insert(int i, int j, int k, float score)
        {
            int pos = _count;
            if (pos == Capacity)
            {
                if (score >= _score[Capacity - 1])
                {
                    return;
                }
                pos = Capacity - 1;
            }
            else
            {
                _count++;
            }
            while (pos > 0 && _score[pos - 1] > score)
            {
                _a[pos] = _a[pos - 1];
                _b[pos] = _b[pos - 1];
                _c[pos] = _c[pos - 1];
                _score[pos] = _score[pos - 1];
                pos--;
            }
            _a[pos] = i;
            _b[pos] = j;
            _c[pos] = k;
            _score[pos] = score;
        }

        private static float Dist2(FinderScanner f, int i, int j)
        {
            float dx = f.X[i] - f.X[j];
            float dy = f.Y[i] - f.Y[j];
            return dx * dx + dy * dy;
        }

        private static float Abs(float v)
        {
            return v < 0 ? -v : v;
        }
    }
}
