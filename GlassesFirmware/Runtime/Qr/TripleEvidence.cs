namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Tells a finder triple of a symbol from three look-alikes in texture, cheaply: the timing pattern between the
    /// finders (<see cref="TimingLine"/>) with a quiet line beside it, the finders' rows on the frame's own pixels
    /// (contrast, a centre run of a finder's length) and the evidence a scan of the whole frame gives (finders crossed
    /// by several scanned rows, few candidates). <see cref="TripleSelector.Plausible"/> asks it. No allocation.
    /// </summary>
    public sealed class TripleEvidence
    {
        // Smallest module (pixels) whose timing line the 8 px maps still show reliably.
        private const float MinTimingModule = 2f;
        // Module size (pixels) from which the glance, too, accepts a timing line on one leg: the noise look-alikes that
        // pass one leg are fine (1-3 px), and a real code of larger modules can blur one leg on the coarse map.
        private const float BothLegsBelowModule = 3.5f;
        // Shortest leg (modules between finder centres) whose data lines are checked: version 3 and up.
        private const float MinDataLegModules = 22f;
        // Scanned rows across a finder's centre (three modules tall) from which one of a symbol's three finders is
        // crossed by two rows: the benchmark's codes were hit by 4-17 rows in all three (from 2.4 px a module, every
        // 4th row scanned), the look-alikes of noise, stripes and checkerboards that passed the timing test by 3.
        private const float TwoHitRows = 1.8f;
        // Most candidates a scan may have found when a triple of modules under 2 px is judged on its geometry alone:
        // a symbol gives its three finders and a few look-alikes (3-7 on the benchmark's codes), fine texture dozens.
        private const int MaxGeometryCandidates = 7;
        // Loosest triangle (Score: distortion, plus 0.5 when a finder was hit by one row) walked among many small candidates.
        private const float MaxLooseScore = 0.7f;

        // Least range of grey levels (as ThresholdKernel's flat blocks) along the row through each finder of a triple: a
        // finder's dark and light rings differ by far more; sensor noise in a near-flat dark region, which the map's
        // neighbour rule binarizes, makes look-alikes whose pixels span a few levels.
        private const int MinFinderRange = 24;
        // Shortest centre run (modules) of a finder's row on the frame's pixels, thresholded halfway between the row's
        // extremes, from 2.5 px a module: a symbol's finders showed 2.2 and more on the benchmark's frames, the coarse
        // map's look-alikes in checkerboards, whose centre on the frame is a single square, 1.6.
        private const float MinCentreModules = 2f;
        // Module size (pixels) from which a finder's centre run is measured: under it blur and rounding shorten it.
        private const float CentreRunFromModule = 2.5f;
        // Pixels of a finder's row per unit of Samples (a timing-line sample is about 8 pixel reads of work).
        private const int PixelsPerSample = 8;
        // Offset (modules towards the third finder) of the line beside a leg in the quiet zone: the finders' outer edge is
        // at -3.5.
        private const float QuietZoneOffset = -5f;
        // Most squared length ratio of the legs whose glance accepts a timing line on one leg: the benchmark's photo codes
        // reach 2.1 under perspective, a checkerboard's look-alikes 4.
        private const float MaxOneLegRatio = 3f;

        private readonly TimingLine _timing = new TimingLine();
        private ThresholdMap _map;
        private bool _bothLegs;
        private int _samples;

        /// <summary>Timing-line samples taken since <see cref="ResetSamples"/> (for the caller's work charge).</summary>
        public int Samples
        {
            get { return _samples; }
        }

        /// <summary>Starts counting <see cref="Samples"/> anew.</summary>
        public void ResetSamples()
        {
            _samples = 0;
        }

        /// <summary>
        /// True when the triple of finders <paramref name="i"/>, <paramref name="j"/>, <paramref name="k"/> shows finders on
        /// the frame's own pixels (<see cref="FinderRows"/>) and, from its corner finder (opposite the longest side), a
        /// timing line along either leg (both with <paramref name="bothLegs"/> under 3.5 px a module or with legs of
        /// squared lengths more than 3 times apart) with no alternation on the line 1.5 modules outside the finders
        /// beside it (the quiet zone; periodic texture alternates there too), and no alternation on the lines
        /// through the centres and one module inwards (data; from version 3); without <paramref name="bothLegs"/> (a scan
        /// of the whole frame) also the scan's evidence (<see cref="ShowsEvidence"/>), or else a timing line near its place
        /// on both legs among many candidates; under 2 px a module the evidence alone decides. (A check of the corner's
        /// light separators lost photo codes: perspective moves them off the sampled module centres.)
        /// </summary>
        public bool Shows(FinderScanner f, int i, int j, int k, ThresholdMap map, bool bothLegs)
        {
            // The finders' rows last: they are read for the few triples that show everything else.
            return ShowsLines(f, i, j, k, map, bothLegs) && FinderRows(f, i, j, k, map);
        }

        // Shows but the finders' rows.
        private bool ShowsLines(FinderScanner f, int i, int j, int k, ThresholdMap map, bool bothLegs)
        {
            _map = map;
            _bothLegs = bothLegs;
            float ij = TripleSelector.Dist2(f, i, j);
            float jk = TripleSelector.Dist2(f, j, k);
            float ik = TripleSelector.Dist2(f, i, k);
            int a = k, b = i, c = j;
            if (jk >= ij && jk >= ik)
            {
                a = i;
                b = j;
                c = k;
            }
            else if (ik >= ij && ik >= jk)
            {
                a = j;
                b = i;
                c = k;
            }
            // The scan measures a finder along rows and columns: a symbol turned by t looks 1 / max(|cos t|, |sin t|)
            // times larger there.
            float dx = QrMath.Abs(f.X[b] - f.X[a]);
            float dy = QrMath.Abs(f.Y[b] - f.Y[a]);
            float ms = (f.ModuleSize[i] + f.ModuleSize[j] + f.ModuleSize[k]) / 3f * (dx > dy ? dx : dy) / QrMath.Sqrt(dx * dx + dy * dy);
            if (!_bothLegs)
            {
                // Without the scan's evidence, and among many candidates without the hits to tell: a timing line near its
                // place on both legs (the finder centres of small modules are off by a good part of a module).
                if (!ShowsEvidence(f, i, j, k) && (TwoRowsAcross(f, i, j, k) || !(TimingNear(f, a, b, c, ms) && TimingNear(f, a, c, b, ms))))
                {
                    return false;
                }
                if (ms < MinTimingModule)
                {
                    // Under 2 px a module, blur and the 8 px map blur the timing line: geometry and the evidence above decide.
                    return true;
                }
            }
            bool timing;
            if (_bothLegs && (ms < BothLegsBelowModule || !SimilarLegs(f, a, b, c)))
            {
                timing = TimingBesideQuiet(f, a, b, c, ms) && Timing(f, a, c, b, ms, 3f);
            }
            else
            {
                timing = TimingBesideQuiet(f, a, b, c, ms) || TimingBesideQuiet(f, a, c, b, ms);
            }
            if (!timing)
            {
                return false;
            }
            // The data lines of a small symbol are too short to tell data from an alternation.
            float shortest = ij < jk ? ij : jk;
            shortest = ik < shortest ? ik : shortest;
            if (QrMath.Sqrt(shortest) < MinDataLegModules * ms)
            {
                return true;
            }
            return !Timing(f, a, b, c, ms, 0f) && !Timing(f, a, c, b, ms, 0f)
                && !Timing(f, a, b, c, ms, 1f) && !Timing(f, a, c, b, ms, 1f);
        }

        // True when the legs from corner a differ in squared length by at most 3 times.
        private static bool SimilarLegs(FinderScanner f, int a, int b, int c)
        {
            float ab = TripleSelector.Dist2(f, a, b);
            float ac = TripleSelector.Dist2(f, a, c);
            return ab <= MaxOneLegRatio * ac && ac <= MaxOneLegRatio * ab;
        }

        // A timing line along a-b, and no alternation beside the symbol on the other side of that leg (Quiet).
        private bool TimingBesideQuiet(FinderScanner f, int a, int b, int c, float ms)
        {
            return Timing(f, a, b, c, ms, 3f) && Quiet(f, a, b, c, ms);
        }

        // No alternation once a module on the line parallel to a-b 1.5 modules outside the finders (in the quiet zone): a
        // symbol's light margin stops the walk within a few samples, while periodic texture (checkerboards, screens)
        // alternates on every line as it does on the timing line.
        private bool Quiet(FinderScanner f, int a, int b, int c, float ms)
        {
            return !Walk(f, a, b, c, ms, QuietZoneOffset, true);
        }

        // A timing line 3 modules inwards, or half a module either side of it.
        private bool TimingNear(FinderScanner f, int a, int b, int c, float ms)
        {
            return Timing(f, a, b, c, ms, 3f) || Timing(f, a, b, c, ms, 2.5f) || Timing(f, a, b, c, ms, 3.5f);
        }

        private bool Timing(FinderScanner f, int a, int b, int c, float ms, float offset)
        {
            return Walk(f, a, b, c, ms, offset, false);
        }

        private bool Walk(FinderScanner f, int a, int b, int c, float ms, float offset, bool boundFirstRun)
        {
            bool shows = _timing.Shows(_map, f.X[a], f.Y[a], f.X[b], f.Y[b], f.X[c], f.Y[c], ms, offset, boundFirstRun);
            _samples += _timing.Samples;
            return shows;
        }

        /// <summary>
        /// True when the row through each finder's centre, on the frame's own pixels over the finder's 7 modules, shows a
        /// finder: its grey levels span more than 24 (a flat block of the threshold map; sensor noise in a near-flat dark
        /// region, binarized by the map, makes look-alikes spanning a few levels) and, from 2.5 px a module, thresholded
        /// halfway between its extremes, the run through the centre is at least 2 modules long (a finder's is 3; the coarse
        /// map merges a checkerboard's squares into look-alikes whose runs are single squares). Adds the pixels read to
        /// <see cref="Samples"/>, 8 to a sample.
        /// </summary>
        public bool FinderRows(FinderScanner f, int i, int j, int k, ThresholdMap map)
        {
            return FinderRow(f, i, map) && FinderRow(f, j, map) && FinderRow(f, k, map);
        }

        private bool FinderRow(FinderScanner f, int i, ThresholdMap map)
        {
            byte[] img = map.Image;
            float ms = f.ModuleSize[i];
            int row = map.Origin + (int)f.Y[i] * map.Stride;
            int centre = (int)f.X[i];
            int from = (int)(f.X[i] - 3.5f * ms);
            int to = (int)(f.X[i] + 3.5f * ms);
            from = from < 0 ? 0 : from;
            to = to >= map.Width ? map.Width - 1 : to;
            // The extremes from samples half a module apart (at least a pixel).
            int step = ms < 2f ? 1 : (int)(ms * 0.5f);
            int min = 255;
            int max = 0;
            for (int p = row + from; p <= row + to; p += step)
            {
                int v = img[p];
                min = v < min ? v : min;
                max = v > max ? v : max;
            }
            _samples += ((to - from) / step + PixelsPerSample) / PixelsPerSample;
            if (max - min <= MinFinderRange)
            {
                return false;
            }
            if (ms < CentreRunFromModule)
            {
                return true;
            }
            // The centre's colour: at most halfway for a dark centre, above it for a light one (an inverted symbol).
            int mid = (min + max) >> 1;
            bool dark = f.Polarity[i] == 1;
            if ((img[row + centre] <= mid) != dark)
            {
                return false;
            }
            int start = centre;
            while (start > from && (img[row + start - 1] <= mid) == dark)
            {
                start--;
            }
            int end = centre;
            while (end < to && (img[row + end + 1] <= mid) == dark)
            {
                end++;
            }
            _samples += (end - start + PixelsPerSample) / PixelsPerSample;
            return end - start + 1 >= MinCentreModules * ms;
        }

        /// <summary>
        /// The evidence of a symbol that a scan of the whole frame gives besides geometry: once the finders' centres
        /// span 1.8 scanned rows, one of the three finders was crossed by two of them; below that, the scan found at
        /// most 7 candidates.
        /// </summary>
        public static bool ShowsEvidence(FinderScanner f, int i, int j, int k)
        {
            return TwoRowsAcross(f, i, j, k) ? f.Hits[i] + f.Hits[j] + f.Hits[k] > 3 : f.Count <= MaxGeometryCandidates;
        }

        // True when the finders' centres (three modules tall) span two of the rows the scan looked at.
        private static bool TwoRowsAcross(FinderScanner f, int i, int j, int k)
        {
            return f.ModuleSize[i] + f.ModuleSize[j] + f.ModuleSize[k] >= TwoHitRows * f.RowStep;
        }

        /// <summary>
        /// False for a loose triangle (<paramref name="score"/> over 0.7) among many candidates under 2 px a module: fine
        /// texture makes dozens of those candidates and thousands of loose triangles, too many to walk their lines.
        /// </summary>
        public static bool WorthWalking(FinderScanner f, int i, int j, int k, float score)
        {
            return score <= MaxLooseScore || f.Count <= MaxGeometryCandidates
                || f.ModuleSize[i] + f.ModuleSize[j] + f.ModuleSize[k] >= 3f * MinTimingModule;
        }
    }
}
