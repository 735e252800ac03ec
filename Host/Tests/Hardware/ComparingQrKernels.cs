using System;
using GlassesFirmware.Qr;
using Xunit;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>
    /// A kernel set that runs every call twice, through the managed kernels (the reference, whose results the caller
    /// gets) and through the gcc-built C kernels on copies of the same buffers, and fails on the first output byte that
    /// differs, anywhere in the buffers the call was given. Counts the calls and the bytes compared.
    /// </summary>
    internal sealed class ComparingQrKernels : IQrKernels
    {
        private readonly GccQrKernels _native = GccQrKernels.Instance;

        /// <summary>What the failure message names as the frame being compared.</summary>
        public string Frame { get; set; } = "";

        /// <summary>Calls compared, per kernel: black points, smoothing, finder rows, grid rows.</summary>
        public long[] Calls { get; } = new long[4];

        /// <summary>Output bytes compared (buffers and results).</summary>
        public long Bytes { get; private set; }

        public void BlackPoints(byte[] image, int origin, int stride, int width, int height, int quality, int fromBand, int toBand,
            byte[] blackPoints, byte[] busyRows)
        {
            byte[] nativePoints = (byte[])blackPoints.Clone();
            byte[] nativeBusy = busyRows == null ? null : (byte[])busyRows.Clone();
            ThresholdKernel.BlackPoints(image, origin, stride, width, height, quality, fromBand, toBand, blackPoints, busyRows);
            _native.BlackPoints(image, origin, stride, width, height, quality, fromBand, toBand, nativePoints, nativeBusy);
            string call = $"black points, quality {quality}, bands {fromBand}..{toBand}";
            Same(call + ", black points", blackPoints, nativePoints);
            if (busyRows != null)
            {
                Same(call + ", busy rows", busyRows, nativeBusy);
            }

            Calls[0]++;
        }

        public void Smooth(byte[] blackPoints, byte[] map, int blocksX, int blocksY, int window)
        {
            byte[] nativePoints = (byte[])blackPoints.Clone();
            byte[] nativeMap = (byte[])map.Clone();
            ThresholdKernel.Smooth(blackPoints, map, blocksX, blocksY, window);
            _native.Smooth(nativePoints, nativeMap, blocksX, blocksY, window);
            string call = $"smoothing {blocksX}x{blocksY}, window {window}";
            Same(call + ", black points", blackPoints, nativePoints);
            Same(call + ", map", map, nativeMap);
            Calls[1]++;
        }

        public int FinderRow(byte[] image, int row, int width, byte[] map, int mapRow, int shift, int[] scan)
        {
            int[] nativeScan = (int[])scan.Clone();
            int found = FinderRowKernel.Next(image, row, width, map, mapRow, shift, scan);
            int nativeFound = _native.FinderRow(image, row, width, map, mapRow, shift, nativeScan);
            string call = $"finder row at {row}, from {nativeScan[FinderRowKernel.Position]}";
            Same(call + ", result", new[] { found }, new[] { nativeFound });
            Same(call + ", scan", scan, nativeScan);
            Calls[2]++;
            return found;
        }

        public bool SampleRows(byte[] image, int origin, int stride, int width, int height, byte[] map, int shift, int blocksX,
            float[] transform, int color, bool vote, int dimension, int fromRow, int toRow, int[] words)
        {
            int[] nativeWords = (int[])words.Clone();
            bool inside = GridRowKernel.SampleRows(image, origin, stride, width, height, map, shift, blocksX, transform, color, vote,
                dimension, fromRow, toRow, words);
            bool nativeInside = _native.SampleRows(image, origin, stride, width, height, map, shift, blocksX, transform, color, vote,
                dimension, fromRow, toRow, nativeWords);
            string call = $"grid rows {fromRow}..{toRow} of {dimension}, vote {vote}, colour {color}, transform [{string.Join(", ", transform)}]";
            Same(call + ", result", new[] { inside ? 1 : 0 }, new[] { nativeInside ? 1 : 0 });
            Same(call + ", words", words, nativeWords);
            Calls[3]++;
            return inside;
        }

        private void Same(string what, byte[] managed, byte[] native)
        {
            int at = managed.AsSpan().CommonPrefixLength(native);
            Assert.True(at == managed.Length && native.Length == managed.Length,
                $"{Frame}: {what}: byte {at} differs: managed {Show(managed, at)}, native {Show(native, at)}");
            Bytes += managed.Length;
        }

        private void Same(string what, int[] managed, int[] native)
        {
            int at = managed.AsSpan().CommonPrefixLength(native);
            Assert.True(at == managed.Length && native.Length == managed.Length,
                $"{Frame}: {what}: int {at} differs: managed {Show(managed, at)}, native {Show(native, at)}");
            Bytes += 4L * managed.Length;
        }

        private static string Show<T>(T[] values, int at) => at < values.Length ? values[at].ToString() : "(end)";
    }
}
