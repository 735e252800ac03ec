namespace GlassesFirmware.Qr
{
    /// <summary>
    /// The per-pixel part of <see cref="FinderScanner"/>: walks one thresholded row as runs of dark and light pixels
    /// and stops at every window of five runs in 1:1:3:1:1 (<see cref="FinderScanner.IsFinderRatio"/>), so the
    /// scanner can cross-check the hit and then let the walk go on. A pure function over the caller's buffers whose
    /// walk state lives in a small int array; Hardware/Native/GlassesFirmware.QrKernels/gf_qr_kernels.c is the C twin
    /// (Host/Tests/Hardware/NativeQrKernelsTests compares them byte for byte).
    /// </summary>
    public static class FinderRowKernel
    {
        /// <summary><see cref="Next"/>: the row is done and its last window is not a finder ratio.</summary>
        public const int RowDone = 0;
        /// <summary><see cref="Next"/>: a window inside the row is a finder ratio; call again to go on.</summary>
        public const int Hit = 1;
        /// <summary><see cref="Next"/>: the row is done and its last window (ending at the row end) is a finder ratio.</summary>
        public const int HitAtRowEnd = 2;

        /// <summary>
        /// scan[Position]: 0 to start a row; after a hit, where the window's last run ends (pixels from the row start),
        /// which is also where the walk resumes.
        /// </summary>
        public const int Position = 0;
        /// <summary>scan[Color]: 1 when the window's last run is dark, 0 when light.</summary>
        public const int Color = 1;
        /// <summary>scan[A] to scan[E]: the five runs of the window, oldest first.</summary>
        public const int A = 2;
        /// <summary>Second run of the window.</summary>
        public const int B = 3;
        /// <summary>Third (centre) run of the window.</summary>
        public const int C = 4;
        /// <summary>Fourth run of the window.</summary>
        public const int D = 5;
        /// <summary>Last run of the window.</summary>
        public const int E = 6;
        /// <summary>scan[Runs]: runs completed in the row before the window's last run (at <see cref="RowDone"/>: all).</summary>
        public const int Runs = 7;
        /// <summary>Length of the scan array.</summary>
        public const int Length = 8;

        /// <summary>
        /// Walks the row of <paramref name="width"/> pixels at image[<paramref name="row"/>], a pixel being dark when
        /// at most the threshold map[<paramref name="mapRow"/> + (x &gt;&gt; <paramref name="shift"/>)], from where
        /// <paramref name="scan"/> says (scan[Position] 0: from the row start) to the next finder-ratio window:
        /// returns <see cref="Hit"/> with the window in scan[A..E], scan[Position] and scan[Color], or at the row end
        /// <see cref="HitAtRowEnd"/> (the last window, ending at <paramref name="width"/>) or <see cref="RowDone"/>,
        /// with the row's run count in scan[Runs] either way. Only a window after at least four completed runs counts.
        /// </summary>
        public static int Next(byte[] image, int row, int width, byte[] map, int mapRow, int shift, int[] scan)
        {
            int side = 1 << shift;
            int blockMask = side - 1;
            int rowEnd = row + width;
            int q;
            int runStart;
            int color;
            int r0, r1, r2, r3, runs;
            if (scan[Position] == 0)
            {
                q = row;
                runStart = row;
                color = image[row] <= map[mapRow] ? 1 : 0;
                r0 = r1 = r2 = r3 = runs = 0;
            }
            else
            {
                // Resume after a hit: the window's last run becomes the newest of the four, the colour flips.
                q = row + scan[Position];
                runStart = q;
                color = scan[Color] ^ 1;
                r0 = scan[B];
                r1 = scan[C];
                r2 = scan[D];
                r3 = scan[E];
                runs = scan[Runs] + 1;
            }
            // The block holding q and its threshold; kept across the runs that end inside it.
            int blockEnd = row + ((q - row) | blockMask) + 1;
            if (blockEnd > rowEnd)
            {
                blockEnd = rowEnd;
            }
            int quadEnd = blockEnd - 3;
            // The block's threshold; the next block's is the next byte of the map row.
            int mapAt = mapRow + ((q - row) >> shift);
            int t = q < rowEnd ? map[mapAt] : 0;
            int run;
            // A run of each colour has its own code (the labels), so no step tests the colour: four pixels a step while
            // all are of the run's colour, over the long runs of backgrounds, then the block's last pixels one at a time;
            // a run that reaches the block's end goes on with the next block's threshold.
            if (q >= rowEnd)
            {
                goto RowEnd;
            }
            if (color == 0)
            {
                goto Light;
            }
        Dark:
            while (q < quadEnd)
            {
                if (image[q] > t)
                {
                    goto DarkEnd;
                }
                if (image[q + 1] > t)
                {
                    q++;
                    goto DarkEnd;
                }
                if (image[q + 2] > t)
                {
                    q += 2;
                    goto DarkEnd;
                }
                if (image[q + 3] > t)
                {
                    q += 3;
                    goto DarkEnd;
                }
                q += 4;
            }
            // Fewer than four pixels of the block are left.
            while (q < blockEnd)
            {
                if (image[q] > t)
                {
                    goto DarkEnd;
                }
                q++;
            }
            if (q >= rowEnd)
            {
                color = 1;
                goto RowEnd;
            }
            blockEnd = q + side;
            if (blockEnd > rowEnd)
            {
                blockEnd = rowEnd;
            }
            quadEnd = blockEnd - 3;
            t = map[++mapAt];
            goto Dark;
        DarkEnd:
            // A dark run ended at q; r0..r3 and it are the last five runs. The centre run of a finder is wider than its
            // neighbours: that rejects most windows before the ratio test.
            run = q - runStart;
            if (r2 > r1 && r2 > r3 && runs >= 4 && FinderScanner.IsFinderRatio(r0, r1, r2, r3, run))
            {
                Keep(scan, q - row, 1, r0, r1, r2, r3, runs, run);
                return Hit;
            }
            r0 = r1;
            r1 = r2;
            r2 = r3;
            r3 = run;
            runs++;
            runStart = q;
        Light:
            while (q < quadEnd)
            {
                if (image[q] <= t)
                {
                    goto LightEnd;
                }
                if (image[q + 1] <= t)
                {
                    q++;
                    goto LightEnd;
                }
                if (image[q + 2] <= t)
                {
                    q += 2;
                    goto LightEnd;
                }
                if (image[q + 3] <= t)
                {
                    q += 3;
                    goto LightEnd;
                }
                q += 4;
            }
            // Fewer than four pixels of the block are left.
            while (q < blockEnd)
            {
                if (image[q] <= t)
                {
                    goto LightEnd;
                }
                q++;
            }
            if (q >= rowEnd)
            {
                color = 0;
                goto RowEnd;
            }
            blockEnd = q + side;
            if (blockEnd > rowEnd)
            {
                blockEnd = rowEnd;
            }
            quadEnd = blockEnd - 3;
            t = map[++mapAt];
            goto Light;
        LightEnd:
            run = q - runStart;
            if (r2 > r1 && r2 > r3 && runs >= 4 && FinderScanner.IsFinderRatio(r0, r1, r2, r3, run))
            {
                Keep(scan, q - row, 0, r0, r1, r2, r3, runs, run);
                return Hit;
            }
            r0 = r1;
            r1 = r2;
            r2 = r3;
            r3 = run;
            runs++;
            runStart = q;
            goto Dark;
        RowEnd:
            scan[Runs] = runs;
            if (runs >= 4 && FinderScanner.IsFinderRatio(r0, r1, r2, r3, rowEnd - runStart))
            {
                Keep(scan, width, color, r0, r1, r2, r3, runs, rowEnd - runStart);
                return HitAtRowEnd;
            }
            return RowDone;
        }

        /// <summary>
        /// Sets <paramref name="scan"/> so that <see cref="Next"/> walks the row from pixel <paramref name="x"/> (above 0),
        /// of darkness <paramref name="dark"/> (1 dark), as from a row start: the state of a walk resuming there after a
        /// hit, with no run before it (the native kernel resumes the same way).
        /// </summary>
        public static void StartAt(int[] scan, int x, int dark)
        {
            scan[Position] = x;
            scan[Color] = dark ^ 1;
            scan[B] = 0;
            scan[C] = 0;
            scan[D] = 0;
            scan[E] = 0;
            scan[Runs] = -1;
        }

        // The window of a hit, which is also where the walk resumes.
        private static void Keep(int[] scan, int end, int color, int a, int b, int c, int d, int runs, int e)
        {
            scan[Position] = end;
            scan[Color] = color;
            scan[A] = a;
            scan[B] = b;
            scan[C] = c;
            scan[D] = d;
            scan[E] = e;
            scan[Runs] = runs;
        }
    }
}
