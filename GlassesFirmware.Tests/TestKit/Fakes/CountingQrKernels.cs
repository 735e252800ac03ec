using GlassesFirmware.Qr;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>
    /// A kernel set for the decoder that runs the managed kernels and counts the calls, standing in for the native
    /// kernels of a custom image: shows that the decoder routes every per-pixel stage through the kernels it is given.
    /// </summary>
    public sealed class CountingQrKernels : IQrKernels
    {
        /// <summary>Calls of <see cref="BlackPoints"/>.</summary>
        public int BlackPointCalls;
        /// <summary>Calls of <see cref="Smooth"/>.</summary>
        public int SmoothCalls;
        /// <summary>Calls of <see cref="FinderRow"/>.</summary>
        public int FinderRowCalls;
        /// <summary>Calls of <see cref="SampleRows"/>.</summary>
        public int SampleRowCalls;

        /// <inheritdoc />
        public void BlackPoints(byte[] image, int origin, int stride, int width, int height, int quality, int fromBand, int toBand,
            byte[] blackPoints, byte[] busyRows)
        {
            BlackPointCalls++;
            ThresholdKernel.BlackPoints(image, origin, stride, width, height, quality, fromBand, toBand, blackPoints, busyRows);
        }

        /// <inheritdoc />
        public void Smooth(byte[] blackPoints, byte[] map, int blocksX, int blocksY, int window)
        {
            SmoothCalls++;
            ThresholdKernel.Smooth(blackPoints, map, blocksX, blocksY, window);
        }

        /// <inheritdoc />
        public int FinderRow(byte[] image, int row, int width, byte[] map, int mapRow, int shift, int[] scan)
        {
            FinderRowCalls++;
            return FinderRowKernel.Next(image, row, width, map, mapRow, shift, scan);
        }

        /// <inheritdoc />
        public bool SampleRows(byte[] image, int origin, int stride, int width, int height, byte[] map, int shift, int blocksX,
            float[] transform, int color, bool vote, int dimension, int fromRow, int toRow, int[] words)
        {
            SampleRowCalls++;
            return GridRowKernel.SampleRows(image, origin, stride, width, height, map, shift, blocksX, transform, color, vote, dimension,
                fromRow, toRow, words);
        }
    }
}
