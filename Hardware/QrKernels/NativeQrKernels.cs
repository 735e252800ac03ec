using System.Runtime.CompilerServices;
using GlassesFirmware.Qr;

namespace GlassesFirmware.Hardware.QrKernels
{
    /// <summary>
    /// The QR decoder's per-pixel stages in native code: the same bytes as the managed <see cref="ThresholdKernel"/>,
    /// <see cref="FinderRowKernel"/> and <see cref="GridRowKernel"/>, one native call per band group of a map, per row
    /// walk (up to the next finder-ratio window) and per band of module rows, on the decoder's buffers. The C kernels
    /// are Hardware/Native/GlassesFirmware.QrKernels, linked into a custom nanoCLR image (docs/custom-firmware.md);
    /// the stock firmware does not have them, and deploying this assembly there fails the native checksum check,
    /// which is why it is its own assembly. Arguments outside the kernels' range throw IndexOutOfRangeException, as
    /// the managed kernels do from an array access.
    /// </summary>
    public sealed class NativeQrKernels : IQrKernels
    {
        /// <inheritdoc />
        public void BlackPoints(byte[] image, int origin, int stride, int width, int height, int quality, int fromBand, int toBand,
            byte[] blackPoints, byte[] busyRows)
        {
            NativeBlackPoints(image, origin, stride, width, height, quality, fromBand, toBand, blackPoints, busyRows);
        }

        /// <inheritdoc />
        public void Smooth(byte[] blackPoints, byte[] rowPass, int blocksX, int blocksY, int window)
        {
            NativeSmooth(blackPoints, rowPass, blocksX, blocksY, window);
        }

        /// <inheritdoc />
        public int FinderRow(byte[] image, int row, int width, byte[] map, int mapRow, int shift, int[] scan)
        {
            return NativeFinderRow(image, row, width, map, mapRow, shift, scan);
        }

        /// <inheritdoc />
        public bool SampleRows(byte[] image, int origin, int stride, int width, int height, byte[] map, int shift, int blocksX,
            float[] transform, int color, bool vote, int dimension, int fromRow, int toRow, int[] words)
        {
            return NativeSampleRows(image, origin, stride, width, height, map, shift, blocksX, transform, color, vote ? 1 : 0,
                dimension, fromRow, toRow, words) != 0;
        }

        // gf_qr_black_points on the arrays in place; busyRows may be null for the full quality.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void NativeBlackPoints(byte[] image, int origin, int stride, int width, int height, int quality,
            int fromBand, int toBand, byte[] blackPoints, byte[] busyRows);

        // gf_qr_smooth on the arrays in place.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void NativeSmooth(byte[] blackPoints, byte[] rowPass, int blocksX, int blocksY, int window);

        // gf_qr_finder_row: RowDone, Hit or HitAtRowEnd, the walk state and window in scan.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeFinderRow(byte[] image, int row, int width, byte[] map, int mapRow, int shift, int[] scan);

        // gf_qr_sample_rows: 1 when every centre was inside the image, else 0; bits set in words.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeSampleRows(byte[] image, int origin, int stride, int width, int height, byte[] map,
            int shift, int blocksX, float[] transform, int color, int vote, int dimension, int fromRow, int toRow, int[] words);
    }
}
