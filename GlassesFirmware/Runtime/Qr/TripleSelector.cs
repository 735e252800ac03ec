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
        private readonly int[] _bestA = new int[MaxBestWalked];
        private readonly int[] _bestB = new int[MaxBestWalked];
        private readonly int[] _bestC = new int[MaxBestWalked];
        private readonly float[] _bestScore = new float[MaxBestWalked];
        private int _bestCount;
        private readonly TripleEvidence _evidence = new TripleEvidence();
        private int _count;
        private int _visits;
        private int _moves;
        private int _walked;
        private bool _bothLegs;
        // Next candidate whose triples ContinueSelect scores.
        private int _nextK;
        private bool _evident;
        private bool _seekEvidence;

        // Work estimates (IL instructions, calibrated with Host/CostMeter): per pair of candidates looked at,
        // per triple looked at.
        private const int PairCost = 100;
        private const int TripleCost = 150;
        // Per place a better triple moves a kept one down the ranking (periodic texture scores thousands).
        private const int MoveCost = 60;
        // Most triples whose lines one Plausible call walks: periodic texture makes thousands of geometric triples.
        private const int MaxWalked = 8;
        // Most triples walked best first in a scan of the whole frame: a symbol's own triple ranks among the first.
        private const int MaxBestWalked = 3;
        // Work of walking one triple's lines besides their samples.
        private const int WalkCost = 3600;
        private ThresholdMap _map;
        private bool[] _used;

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

        /// <summary>Triples selected so far, best first.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>
        /// True when a triple selected since <see cref="BeginSelect"/> shows the evidence of a symbol that the scan
        /// itself gives (finders crossed by several rows, few candidates) and finders on the frame's pixels
        /// (<see cref="TripleEvidence.FinderRows"/>): the full map's triples unlock a frame's budget only then.
        /// </summary>
        public bool Evident
        {
            get { return _evident; }
        }

        /// <summary>
        /// Starts selecting triples among the scanner's candidates; <see cref="ContinueSelect"/> does the work. With
        /// <paramref name="seekEvidence"/> false (the view's budget is unlocked already) <see cref="Evident"/> stays false.
        /// </summary>
        public void BeginSelect(bool seekEvidence)
        {
            _evident = false;
            _seekEvidence = seekEvidence;
            _count = 0;
            _map = null;
            _evidence.ResetSamples();
            _walked = 0;
            _nextK = 2;
        }

        /// <summary>
        /// Scores the triples whose last candidate is the next one, and so on while <paramref name="budget"/> allows
        /// (at least one candidate when nothing else was done in the frame), charging what it did; true when every
        /// candidate was taken, false when the rest waits for the next frame. Dense texture gives 40 candidates and
        /// 10,000 triples, more than one frame's work. <see cref="Count"/> grows as it goes. <paramref name="map"/> is the
        /// map the finders were scanned on: <see cref="Evident"/> also asks for finders on its pixels.
        /// </summary>
        public bool ContinueSelect(FinderScanner f, ThresholdMap map, WorkBudget budget)
        {
            _map = map;
            bool done = ScanSteps(f, budget, false);
            _map = null;
            return done;
        }

        // Scans the triples whose last candidate is the next one (Scan), and so on while the budget allows (at least one
        // candidate when nothing else was done in the frame), charging each; true when every candidate was taken.
        private bool ScanSteps(FinderScanner f, WorkBudget budget, bool any)
        {
            while (_nextK < f.Count)
            {
                int k = _nextK;
                int visits = k + k * (k + 1) / 2;
                if (!budget.Allows(PairCost * visits + TripleCost * visits / 2) && !budget.NothingDone)
                {
                    return false;
                }
                _evidence.ResetSamples();
                Scan(f, k, k + 1, any);
                budget.Charge(LastWork);
                _nextK = k + 1;
            }
            return true;
        }

        /// <summary>
        /// True when a triple with at least one candidate from index <paramref name="from"/> on (the ones a glance's scan
        /// just added) would be selected, shows a timing pattern on <paramref name="map"/> between its corner finder and
        /// both others (from 3.5 px a module one of them: the coarse map of the glance gives look-alikes in fine texture
        /// more often) and no alternation through the centres (<see cref="TimingLine"/>): the "something here" test that
        /// lets a view's work go beyond the cheap path. At most 8 triples are walked per call (<see cref="LastWork"/> says
        /// what it took). Candidates marked in <paramref name="used"/> belong to a symbol already read and are left out.
        /// The plausible triple found is the list's only entry (<see cref="A"/> 0).
        /// </summary>
        public bool Plausible(FinderScanner f, int from, ThresholdMap map, bool[] used)
        {
            _map = map;
            _bothLegs = true;
            _used = used;
            _evidence.ResetSamples();
            _walked = 0;
            _count = 0;
            bool found = Scan(f, from, f.Count, true);
            _map = null;
            _used = null;
            return found;
        }

        /// <summary>
        /// Starts the "something here" test over a scan of the whole frame; <see cref="ContinuePlausible"/> does the work
        /// and <see cref="Found"/> tells the outcome.
        /// </summary>
        public void BeginPlausible()
        {
            _bestCount = 0;
            _nextK = 2;
            _count = 0;
            _walked = 0;
            _evidence.ResetSamples();
        }

        /// <summary>
        /// Ranks the triples whose last candidate is the next one, and so on while <paramref name="budget"/> allows (at
        /// least one step when nothing else was done in the frame), keeping the 3 most symbol-like (a large symbol's data
        /// makes look-alikes too, whose triples come first by index); then walks their lines on <paramref name="map"/>,
        /// best first, until one shows a timing pattern and the scan's evidence of a symbol (<see cref="TripleEvidence.Shows"/>:
        /// a finder crossed by two scanned rows once the centres span two, below that at most 7 candidates in all or else
        /// a timing line on both legs; under 2 px a module that evidence alone decides). Charges what it did; true when
        /// the test is done, false when the rest waits for the next frame: 40 candidates of fine texture make 10,000
        /// triples, several times the cheap allowance of a frame.
        /// </summary>
        public bool ContinuePlausible(FinderScanner f, ThresholdMap map, WorkBudget budget)
        {
            _bothLegs = false;
            if (!ScanSteps(f, budget, true))
            {
                return false;
            }
            if (!budget.Allows(MaxBestWalked * WalkCost) && !budget.NothingDone)
            {
                return false;
            }
            _map = map;
            _evidence.ResetSamples();
            _visits = 0;
            _moves = 0;
            _walked = 0;
            _count = 0;
            for (int t = 0; t < _bestCount && _count == 0; t++)
            {
                _walked++;
                if (_evidence.Shows(f, _bestA[t], _bestB[t], _bestC[t], _map, false))
                {
                    Insert(_bestA[t], _bestB[t], _bestC[t], _bestScore[t]);
                }
            }
            _map = null;
            budget.Charge(LastWork);
            _nextK = f.Count;
            return true;
        }

        /// <summary>True when the last finished <see cref="ContinuePlausible"/> found a plausible triple (<see cref="A"/> 0).</summary>
        public bool Found
        {
            get { return _count > 0; }
        }

        /// <summary>Work (units of <see cref="WorkBudget"/>) the last step of <see cref="ContinueSelect"/> or <see cref="Plausible"/> did.</summary>
        public int LastWork
        {
            get { return PairCost * _visits + TripleCost * _visits / 2 + MoveCost * _moves + WalkCost * _walked + TimingLine.SampleCost * _evidence.Samples; }
        }

        // Scores the triples i < j < k with from <= k < to, inserting each plausible one; with `any`, stops at
        // the first and returns true.
        private bool Scan(FinderScanner f, int from, int to, bool any)
        {
            _visits = 0;
            _moves = 0;
            for (int k = from < 2 ? 2 : from; k < to; k++)
            {
                _visits += k;
                if (Used(k))
                {
                    continue;
                }
                for (int i = 0; i < k; i++)
                {
                    if (Used(i) || f.Polarity[i] != f.Polarity[k] || !SimilarSize(f.ModuleSize[i], f.ModuleSize[k]))
                    {
                        continue;
                    }
                    _visits += k - i;
                    for (int j = i + 1; j < k; j++)
                    {
                        if (Used(j) || f.Polarity[j] != f.Polarity[k] || !SimilarSize(f.ModuleSize[i], f.ModuleSize[j])
                            || !SimilarSize(f.ModuleSize[j], f.ModuleSize[k]))
                        {
                            continue;
                        }
                        float score = Score(f, i, j, k);
                        if (score < 0)
                        {
                            continue;
                        }
                        if (any && !_bothLegs)
                        {
                            if (TripleEvidence.WorthWalking(f, i, j, k, score))
                            {
                                _bestCount = Rank(_bestA, _bestB, _bestC, _bestScore, _bestCount, i, j, k, score);
                            }
                            continue;
                        }
                        if (any)
                        {
                            if (_evidence.Shows(f, i, j, k, _map, _bothLegs))
                            {
                                Insert(i, j, k, score);
                                return true;
                            }
                            if (++_walked >= MaxWalked)
                            {
                                return false;
                            }
                            continue;
                        }
                        Insert(i, j, k, score);
                        if (_seekEvidence && !_evident)
                        {
                            _evident = TripleEvidence.ShowsEvidence(f, i, j, k) && _evidence.FinderRows(f, i, j, k, _map);
                        }
                    }
                }
            }
            return false;
        }

        private bool Used(int i)
        {
            return _used != null && _used[i];
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
            _count = Rank(_a, _b, _c, _score, _count, i, j, k, score);
        }

        // Puts triple (i, j, k) into the ranking held in a, b, c and scores (count entries, best first; the worst drops
        // out of a full one) and returns the new count.
        private int Rank(int[] a, int[] b, int[] c, float[] scores, int count, int i, int j, int k, float score)
        {
            int capacity = scores.Length;
            int pos = count;
            if (pos == capacity)
            {
                if (score >= scores[capacity - 1])
                {
                    return count;
                }
                pos = capacity - 1;
            }
            else
            {
                count++;
            }
            while (pos > 0 && scores[pos - 1] > score)
            {
                a[pos] = a[pos - 1];
                b[pos] = b[pos - 1];
                c[pos] = c[pos - 1];
                scores[pos] = scores[pos - 1];
                pos--;
                _moves++;
            }
            a[pos] = i;
            b[pos] = j;
            c[pos] = k;
            scores[pos] = score;
            return count;
        }

        /// <summary>Squared distance between candidates <paramref name="i"/> and <paramref name="j"/> of <paramref name="f"/>.</summary>
        public static float Dist2(FinderScanner f, int i, int j)
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
