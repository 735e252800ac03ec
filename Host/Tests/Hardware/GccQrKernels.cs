using System;
using System.IO;
using System.Runtime.InteropServices;
using GlassesFirmware.Qr;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>
    /// Hardware/Native/GlassesFirmware.QrKernels/gf_qr_kernels.c built with the machine's gcc and called through
    /// P/Invoke with the arguments NativeQrKernels passes on the device (each array with its length, as the interop
    /// .cpp passes GetSize()): the host's stand-in for the custom image's kernels.
    /// </summary>
    internal sealed class GccQrKernels : IQrKernels
    {
        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        public delegate int BlackPointsFn([In] byte[] image, int imageLength, int origin, int stride, int width, int height,
            int quality, int fromBand, int toBand, [In, Out] byte[] blackPoints, int blackPointsLength, [In, Out] byte[] busyRows,
            int busyRowsLength);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        public delegate int SmoothFn([In, Out] byte[] blackPoints, int blackPointsLength, [In, Out] byte[] map, int mapLength,
            int blocksX, int blocksY, int window);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        public delegate int FinderRowFn([In] byte[] image, int imageLength, int row, int width, [In] byte[] map, int mapLength,
            int mapRow, int shift, [In, Out] int[] scan, int scanLength);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        public delegate int SampleRowsFn([In] byte[] image, int imageLength, int origin, int stride, int width, int height,
            [In] byte[] map, int mapLength, int shift, int blocksX, [In] float[] transform, int transformLength, int color, int vote,
            int dimension, int fromRow, int toRow, [In, Out] int[] words, int wordsLength);

        /// <summary>GF_QR_OUT_OF_RANGE.</summary>
        public const int OutOfRange = -1;

        private static readonly Lazy<GccQrKernels> Built = new(() => new GccQrKernels(GccLibrary.Load(Path.Combine("GlassesFirmware.QrKernels", "gf_qr_kernels.c"))));

        private GccQrKernels(IntPtr library)
        {
            BlackPointsC = GccLibrary.Function<BlackPointsFn>(library, "gf_qr_black_points");
            SmoothC = GccLibrary.Function<SmoothFn>(library, "gf_qr_smooth");
            FinderRowC = GccLibrary.Function<FinderRowFn>(library, "gf_qr_finder_row");
            SampleRowsC = GccLibrary.Function<SampleRowsFn>(library, "gf_qr_sample_rows");
        }

        /// <summary>The kernels, compiled on first use.</summary>
        public static GccQrKernels Instance => Built.Value;

        public BlackPointsFn BlackPointsC { get; }

        public SmoothFn SmoothC { get; }

        public FinderRowFn FinderRowC { get; }

        public SampleRowsFn SampleRowsC { get; }

        public void BlackPoints(byte[] image, int origin, int stride, int width, int height, int quality, int fromBand, int toBand,
            byte[] blackPoints, byte[] busyRows)
        {
            Check(BlackPointsC(image, image.Length, origin, stride, width, height, quality, fromBand, toBand, blackPoints,
                blackPoints.Length, busyRows, busyRows == null ? 0 : busyRows.Length));
        }

        public void Smooth(byte[] blackPoints, byte[] map, int blocksX, int blocksY, int window)
        {
            Check(SmoothC(blackPoints, blackPoints.Length, map, map.Length, blocksX, blocksY, window));
        }

        public int FinderRow(byte[] image, int row, int width, byte[] map, int mapRow, int shift, int[] scan)
        {
            return Check(FinderRowC(image, image.Length, row, width, map, map.Length, mapRow, shift, scan, scan.Length));
        }

        public bool SampleRows(byte[] image, int origin, int stride, int width, int height, byte[] map, int shift, int blocksX,
            float[] transform, int color, bool vote, int dimension, int fromRow, int toRow, int[] words)
        {
            return Check(SampleRowsC(image, image.Length, origin, stride, width, height, map, map.Length, shift, blocksX, transform,
                transform.Length, color, vote ? 1 : 0, dimension, fromRow, toRow, words, words.Length)) != 0;
        }

        // As the interop .cpp does: an out-of-range result becomes IndexOutOfRangeException.
        private static int Check(int result)
        {
            if (result == OutOfRange)
            {
                throw new IndexOutOfRangeException("gf_qr_kernels: argument out of range");
            }

            return result;
        }
    }
}
